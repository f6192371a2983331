/**
 * Providers from ORUK organizations. Each organization becomes one provider however many services it runs;
 * its kind and council code are worked out from its identifiers and name, and reported as assumptions.
 */
import { councilByCode, type Council } from '../places/council-registry.js';
import { PROVIDER_KINDS, type Provider, type ProviderKind } from '../schema/index.js';
import type { ConversionReport } from './conversion-report.js';
import { htmlToLine } from './html-to-text.js';
import { isObject, quote, textOf } from './json-reading.js';
import { councilOfOrganization, guessProviderKind, identifiersOf } from './organization-kinds.js';
import type { JsonObject } from './oruk-types.js';
import { slugify, UniqueSlugs } from './slugs.js';
import { webAddress } from './import-contacts.js';
import { clip } from './text-limits.js';
import { fold } from '../text/fold.js';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The most providers an offer holds, less one kept for the publisher. */
const MAX_ORGANIZATIONS = 999;

export interface ProviderUse {
  readonly provider: Provider;
  /** The organization object, for its contacts. */
  readonly organization: JsonObject;
  /** True the first time this organization is seen, so its own fields are reported once. */
  readonly isNew: boolean;
}

export class ProviderRegistry {
  readonly providers: Provider[] = [];
  /** How many services each provider runs, to pick the publisher. */
  readonly serviceCounts = new Map<string, number>();
  private readonly byKey = new Map<string, Provider>();
  private readonly slugs = new UniqueSlugs();

  private keyOf(organization: JsonObject, name: string): string {
    const extension = isObject(organization.local_offer_elements) ? organization.local_offer_elements : undefined;
    return textOf(extension?.id) ?? textOf(organization.id) ?? fold(name);
  }

  /** True when the organization would be a new provider and the offer has no room for one. */
  isFullFor(organization: JsonObject): boolean {
    const name = textOf(organization.name) ? htmlToLine(textOf(organization.name)!) : '';
    return this.providers.length >= MAX_ORGANIZATIONS && !this.byKey.has(this.keyOf(organization, clip(name, 200)));
  }

  /** The provider for an organization object, or undefined when it has no name. */
  fromOrganization(organization: JsonObject, path: string, report: ConversionReport): ProviderUse | undefined {
    const name = textOf(organization.name) ? clip(htmlToLine(textOf(organization.name)!), 200) : '';
    if (!name) {
      report.dropped(path, 'the organization has no name');
      return undefined;
    }
    const extension = isObject(organization.local_offer_elements) ? organization.local_offer_elements : undefined;
    const key = this.keyOf(organization, name);
    const known = this.byKey.get(key);
    if (known) {
      this.count(known.id);
      return { provider: known, organization, isNew: false };
    }

    const identifiers = identifiersOf(organization);
    const extensionKind = textOf(extension?.kind);
    const kindGuess = extensionKind && (PROVIDER_KINDS as readonly string[]).includes(extensionKind) ? undefined : guessProviderKind(name, identifiers);
    const kind = (kindGuess?.kind ?? extensionKind) as ProviderKind;
    const extensionCouncil = textOf(extension?.councilCode) ? councilByCode(textOf(extension?.councilCode)!) : undefined;
    // A team inside another provider (our extension's partOf) has no council code of its own.
    const partOf = textOf(extension?.partOf);
    const team = !!partOf && SLUG.test(partOf);
    const councilGuess = kind === 'council' && !extensionCouncil && !team ? councilOfOrganization(name, identifiers) : undefined;
    const council: Council | undefined = extensionCouncil ?? councilGuess?.council;

    const wantedId = textOf(extension?.id);
    const id = this.slugs.take(wantedId && SLUG.test(wantedId) ? wantedId : (slugify(name) ?? 'provider'));
    const website = webAddress(organization.website) ?? webAddress(organization.url);
    const provider: Provider = {
      id,
      name,
      kind,
      ...(council ? { councilCode: council.code, tier: council.tier } : {}),
      ...(website ? { website } : {}),
      ...(team ? { partOf } : {}),
    };
    this.providers.push(provider);
    this.byKey.set(key, provider);
    this.count(id);

    report.mapped(path, `organization ${quote(name)} → providers "${id}"${website ? ' (with its website)' : ''}`);
    if (kindGuess) report.assumed(path, `provider kind "${kind}": ${kindGuess.reason}`);
    if (councilGuess) report.assumed(path, `council code ${councilGuess.council.code} (${councilGuess.council.name}): ${councilGuess.reason}`);
    if (kind === 'council' && !council && !team)
      report.assumed(path, `${quote(name)} looks like a council but matches none in England's register: no council code`);
    // Our export writes a description made from the provider's kind, which says nothing new.
    for (const field of extension ? ['email', 'logo', 'uri'] : ['description', 'email', 'logo', 'uri']) {
      if (textOf(organization[field])) report.dropped(`${path}.${field}`, `an offer's provider has a name, kind and website only`);
    }
    if (!website && textOf(organization.website ?? organization.url))
      report.dropped(`${path}.${organization.website ? 'website' : 'url'}`, `${quote(String(organization.website ?? organization.url))} is not a web address`);
    return { provider, organization, isNew: true };
  }

  /** The provider standing for the publisher, for services that name no organization; made if missing. */
  forPublisher(name: string, council: Council | undefined, website: string | undefined, report: ConversionReport): Provider {
    const match = this.providers.find((provider) => (council && provider.councilCode === council.code) || fold(provider.name) === fold(name));
    if (match) return match;
    const provider: Provider = {
      id: this.slugs.take(slugify(name) ?? 'publisher'),
      name,
      kind: council ? 'council' : 'other',
      ...(council ? { councilCode: council.code, tier: council.tier } : {}),
      ...(website ? { website } : {}),
    };
    this.providers.push(provider);
    report.assumed(
      `providers "${provider.id}"`,
      `added the publisher ${quote(name)} as a provider (kind "${provider.kind}"), for services that name no organization`,
    );
    return provider;
  }

  private count(id: string): void {
    this.serviceCounts.set(id, (this.serviceCounts.get(id) ?? 0) + 1);
  }
}
