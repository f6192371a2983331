/**
 * What kind of provider an ORUK organization is, and which council it is when it is one. ORUK has no
 * field for either, so both come from the organization's identifiers and name, and are always reported
 * as assumptions unless our own extension says so.
 */
import { councilByCode, councilByName, type Council } from '../places/council-registry.js';
import type { ProviderKind } from '../schema/index.js';
import { objectsIn, textOf } from './json-reading.js';
import type { JsonObject } from './oruk-types.js';

/** A GSS code of a council in England (the same rule as the schema's councilCode). */
const COUNCIL_CODE = /^E(?:0[6-9]|10)\d{6}$/;

export interface OrganizationIdentifier {
  readonly scheme: string;
  readonly type: string;
  readonly value: string;
}

export function identifiersOf(organization: JsonObject): OrganizationIdentifier[] {
  return objectsIn(organization.organization_identifiers).flatMap(({ item }) => {
    const value = textOf(item.identifier);
    return value ? [{ scheme: textOf(item.identifier_scheme) ?? '', type: textOf(item.identifier_type) ?? '', value }] : [];
  });
}

export interface KindGuess {
  readonly kind: ProviderKind;
  /** Why, for the report. */
  readonly reason: string;
}

const NAME_RULES: readonly [ProviderKind, RegExp][] = [
  ['council', /\bcouncil\b|\bcity of london corporation\b|\blocal authority\b/i],
  ['dwp', /\bdwp\b|\bjob ?centre\b|\bdepartment for work and pensions\b/i],
  ['nhs', /\bnhs\b|\bhealth(?:care)? trust\b|\bfoundation trust\b|\bccg\b|\bicb\b|\bintegrated care board\b|\bclinical commissioning\b/i],
  ['government', /\bdepartment (?:for|of)\b|\bministry of\b|\bhm (?:revenue|courts|prison)|\bhome office\b|\bcabinet office\b/i],
  ['education', /\bcollege\b|\buniversity\b|\bschool\b|\bsixth form\b/i],
  ['community', /\bcic\b|\bcommunity interest company\b/i],
  ['charity', /\bcharity\b|\bcharitable\b|\btrust\b|\bfoundation\b|\bbarnardo'?s\b|\bnspcc\b|\bcitizens advice\b|\bsamaritans\b|\bshelter\b|\bmind\b/i],
  ['business', /\bltd\b|\blimited\b|\bplc\b|\bllp\b|\binc\b/i],
  ['community', /\bcommunity\b|\bgroup\b|\bclub\b|\bassociation\b|\bnetwork\b|\bvolunteers?\b|\bpartnership\b/i],
];

/** Identifier schemes from org-id.guide that settle the kind on their own. */
const SCHEME_KINDS: Readonly<Record<string, ProviderKind>> = {
  'GB-LAE': 'council',
  'GB-LAS': 'council',
  'GB-PLA': 'council',
  'GB-CHC': 'charity',
  'GB-SC': 'charity',
  'GB-NIC': 'charity',
  'GB-NHS': 'nhs',
  'GB-GOR': 'government',
  'GB-EDU': 'education',
  'GB-UKPRN': 'education',
  'GB-MPR': 'community',
  'GB-COH': 'business',
};

export function guessProviderKind(name: string, identifiers: readonly OrganizationIdentifier[]): KindGuess {
  if (identifiers.some((id) => COUNCIL_CODE.test(id.value))) return { kind: 'council', reason: 'it has a council GSS code among its organization_identifiers' };
  // A charity that is also a company is still a charity, so schemes are tried in the order above.
  for (const [scheme, kind] of Object.entries(SCHEME_KINDS)) {
    if (identifiers.some((id) => id.scheme.toUpperCase() === scheme)) return { kind, reason: `its organization_identifiers use the ${scheme} scheme` };
  }
  for (const [kind, rule] of NAME_RULES) {
    const match = rule.exec(name);
    if (match) return { kind, reason: `its name contains "${match[0]}"` };
  }
  return { kind: 'other', reason: 'neither its name nor its identifiers say what it is' };
}

export interface CouncilGuess {
  readonly council: Council;
  readonly reason: string;
}

/** The council an organization is, by a GSS code among its identifiers or else by its name. */
export function councilOfOrganization(name: string, identifiers: readonly OrganizationIdentifier[]): CouncilGuess | undefined {
  for (const id of identifiers) {
    const council = COUNCIL_CODE.test(id.value.toUpperCase()) ? councilByCode(id.value) : undefined;
    if (council) return { council, reason: `organization_identifiers has its GSS code ${council.code}` };
  }
  const council = councilByName(name);
  if (council) {
    const scheme = identifiers.find((id) => id.scheme.toUpperCase() === 'GB-LAE');
    const via = scheme ? ` (its GB-LAE identifier "${scheme.value}" is a register code, not a GSS code)` : '';
    return { council, reason: `its name matches ${council.name}${via}` };
  }
  return undefined;
}
