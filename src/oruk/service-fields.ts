/**
 * The fields of one ORUK service that say what an item is: its taxonomy terms, area, basis, eligibility,
 * tags, evidence, links and value. Each reader reports what it mapped, assumed or dropped, and returns the
 * value for the item (undefined, or an empty list, when there is none).
 */
import { councilByCode } from '../places/council-registry.js';
import {
  AREAS,
  BASES,
  CARE_STATUSES,
  EntitlementSchema,
  type Area,
  type Basis,
  type CareStatus,
  type Eligibility,
  type Entitlement,
  type Provider,
} from '../schema/index.js';
import { fold } from '../text/fold.js';
import { areaOfTerm, guessArea } from './area-keywords.js';
import type { ConversionReport } from './conversion-report.js';
import { plainLinks, plainValue } from './extension-texts.js';
import { htmlToLine } from './html-to-text.js';
import { webAddress } from './import-contacts.js';
import { readConditions, readResidentsOf, type Ages } from './import-eligibility.js';
import { lineOf, MARKUP_ONLY, objectOrUndefined, objectsIn, quote, textOf } from './json-reading.js';
import { EXTENSION, type JsonObject } from './oruk-types.js';
import { TAXONOMY, type TaxonomyName } from './taxonomies.js';
import { clip } from './text-limits.js';

/** The values of ORUK's enumerated fields, as the specifications spell them. */
export const ENUMS: Readonly<Record<string, readonly string[]>> = {
  attending_type: ['phone', 'online', 'venue', 'home visit'],
  attending_access: ['referral', 'appointment', 'membership', 'drop-in'],
  deliverable_type: ['Advice', 'Assessment', 'Counselling', 'Equipment', 'Financial Support', 'Information', 'Permission', 'Training'],
  status: ['active', 'inactive', 'defunct', 'temporarily closed'],
};

/** The most tags and evidence items an item lists. */
const MAX_LIST = 20;

/** The value when it is one of `values`, else undefined. */
export function oneOf<T extends string>(values: readonly T[], value: string | undefined): T | undefined {
  return value !== undefined && (values as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** An enumerated 1.0 field, when it holds one of its values (matched ignoring case); other values are reported. */
export function readEnum(service: JsonObject, path: string, field: string, report: ConversionReport): string | undefined {
  const text = textOf(service[field]);
  if (!text) return undefined;
  const value = ENUMS[field]!.find((allowed) => allowed.toLowerCase() === text.toLowerCase());
  if (!value) report.dropped(`${path}.${field}`, `${quote(text)} is not one of ${ENUMS[field]!.join(', ')}`);
  return value;
}

/** A service's taxonomy terms: the directory's own, and the codes of ours that our export wrote. */
export interface Terms {
  /** Terms from the directory's own taxonomies, as plain text. */
  readonly foreign: { readonly name: string; readonly path: string }[];
  /** Codes from our taxonomies, as written by toOruk. */
  readonly ours: Map<TaxonomyName, string[]>;
  /** Where a term's name is only markup, so it names nothing. */
  readonly markupOnly?: string[];
}

const OUR_TAXONOMIES = new Set<string>(Object.values(TAXONOMY));

/** The terms of 1.0 `service_taxonomys[].taxonomy` and 3.0 `attributes[].taxonomy_term`. */
export function termsOf(service: JsonObject, path: string): Terms {
  const terms = { foreign: [] as Terms['foreign'], ours: new Map<TaxonomyName, string[]>(), markupOnly: [] as string[] };
  const addForeign = (name: string | undefined, where: string) => {
    if (!name) return;
    const line = htmlToLine(name);
    if (line) terms.foreign.push({ name: line, path: where });
    else terms.markupOnly.push(where);
  };
  for (const { item, index } of objectsIn(service.service_taxonomys)) {
    addForeign(textOf(objectOrUndefined(item.taxonomy)?.name), `${path}.service_taxonomys[${index}]`);
  }
  for (const { item, index } of objectsIn(service.attributes)) {
    const term = objectOrUndefined(item.taxonomy_term);
    if (!term) continue;
    const taxonomy = textOf(term.taxonomy) ?? textOf(objectOrUndefined(term.taxonomy_detail)?.name);
    if (taxonomy && OUR_TAXONOMIES.has(taxonomy)) {
      // Our codes are plain text too: a tag's code is shown as it is.
      const raw = textOf(term.code) ?? textOf(term.term) ?? textOf(term.name);
      const code = lineOf(raw);
      if (code) {
        // Pushed, not copied: a list copied for each term would make 20,000 terms cost 200 million copies.
        const codes = terms.ours.get(taxonomy as TaxonomyName);
        if (codes) codes.push(code);
        else terms.ours.set(taxonomy as TaxonomyName, [code]);
      } else if (raw) {
        terms.markupOnly.push(`${path}.attributes[${index}]`);
      }
      continue;
    }
    addForeign(textOf(term.name) ?? textOf(term.term), `${path}.attributes[${index}]`);
  }
  return terms;
}

/** The item's area: from our taxonomy, else by the votes of the directory's terms, else from the words of its name and description. */
export function readArea(path: string, label: string, name: string, description: string, terms: Terms, report: ConversionReport): Area {
  const ours = oneOf(AREAS, terms.ours.get(TAXONOMY.area)?.[0]);
  if (ours) {
    report.mapped(`${path}.attributes`, `area "${ours}" from the ${TAXONOMY.area} taxonomy`);
    return ours;
  }
  if (terms.foreign.length > 0) {
    const votes = new Map<Area, string[]>();
    for (const term of terms.foreign) {
      const match = areaOfTerm(term.name);
      if (!match) continue;
      const names = votes.get(match.area);
      if (names) names.push(term.name);
      else votes.set(match.area, [term.name]);
    }
    const best = [...votes.entries()].sort((a, b) => b[1].length - a[1].length)[0];
    if (best) {
      report.assumed(label, `area "${best[0]}" from taxonomy term${best[1].length > 1 ? 's' : ''} ${best[1].map((t) => quote(t, 40)).join(', ')}`);
      return best[0];
    }
    report.note(
      label,
      `taxonomy term${terms.foreign.length > 1 ? 's' : ''} ${terms.foreign
        .slice(0, 5)
        .map((t) => quote(t.name, 40))
        .join(', ')} name${terms.foreign.length > 1 ? '' : 's'} none of the seven areas`,
    );
  }
  const guess = guessArea([name, description]);
  if (guess) {
    report.assumed(
      label,
      `area "${guess.area}" from the words ${guess.keywords
        .slice(0, 4)
        .map((k) => `"${k}"`)
        .join(', ')} in its name and description`,
    );
    return guess.area;
  }
  report.assumed(label, 'no area could be found (no taxonomy term or keyword matches one): used "participation-in-society"');
  return 'participation-in-society';
}

/**
 * The item's basis: from our taxonomy, else "discretionary" for a council's service and "partner" for any
 * other's. A service that names no organization is the publisher's, which is a council when a council code is given.
 */
export function readBasis(
  path: string,
  label: string,
  terms: Terms,
  provider: Provider | undefined,
  publisherIsCouncil: boolean,
  report: ConversionReport,
): Basis {
  const ours = oneOf(BASES, terms.ours.get(TAXONOMY.basis)?.[0]);
  if (ours) {
    report.mapped(`${path}.attributes`, `basis "${ours}" from the ${TAXONOMY.basis} taxonomy`);
    return ours;
  }
  const isCouncil = provider ? provider.kind === 'council' : publisherIsCouncil;
  const basis: Basis = isCouncil ? 'discretionary' : 'partner';
  report.assumed(
    label,
    isCouncil
      ? 'basis "discretionary": a council runs it, and ORUK cannot say whether the law requires it'
      : 'basis "partner": it is run by an organization other than the council',
  );
  return basis;
}

/** Who the item is for: ages read already, care statuses from our taxonomy, the areas served and the eligibility text. */
export function readEligibility(
  service: JsonObject,
  path: string,
  ages: Pick<Ages, 'minAge' | 'maxAge'>,
  terms: Terms,
  extension: JsonObject | undefined,
  report: ConversionReport,
): Eligibility | undefined {
  const statuses = [
    ...new Set((terms.ours.get(TAXONOMY.careStatus) ?? []).filter((code): code is CareStatus => (CARE_STATUSES as readonly string[]).includes(code))),
  ];
  if (statuses.length > 0) report.mapped(`${path}.attributes`, `care statuses ${statuses.join(', ')} from the ${TAXONOMY.careStatus} taxonomy`);
  const careLeaversOf = Array.isArray(extension?.careLeaversOf)
    ? (extension.careLeaversOf as unknown[]).map(textOf).filter((code): code is string => !!code && !!councilByCode(code))
    : [];
  const residentsOf = readResidentsOf(service, path, report);
  const conditions = readConditions(service, path, report);
  const eligibility: Eligibility = {
    ...(statuses.length > 0 ? { statuses } : {}),
    ...(ages.minAge !== undefined ? { minAge: ages.minAge } : {}),
    ...(ages.maxAge !== undefined ? { maxAge: ages.maxAge } : {}),
    ...(careLeaversOf.length > 0 ? { careLeaversOf } : {}),
    ...(residentsOf ? { residentsOf } : {}),
    ...(conditions ? { conditions } : {}),
  };
  return Object.keys(eligibility).length > 0 ? eligibility : undefined;
}

/** Tags: our own, then every taxonomy term, the 1.0 deliverable_type and "temporarily closed"; the first 20. */
export function readTags(service: JsonObject, path: string, terms: Terms, status: string | undefined, report: ConversionReport): string[] {
  const tags: string[] = [];
  // The folded form of every tag so far: a tag is looked up once, not compared with each tag before it.
  const folded = new Set<string>();
  const add = (tag: string) => {
    const clipped = clip(tag, 40);
    const key = fold(clipped);
    if (clipped && !folded.has(key)) {
      folded.add(key);
      tags.push(clipped);
    }
  };
  for (const where of terms.markupOnly ?? []) report.dropped(where, MARKUP_ONLY);
  const ours = terms.ours.get(TAXONOMY.tag) ?? [];
  ours.forEach(add);
  for (const term of terms.foreign) add(term.name);
  if (terms.foreign.length > 0)
    report.mapped(
      `${path} taxonomy terms`,
      `${terms.foreign
        .slice(0, 5)
        .map((t) => quote(t.name, 40))
        .join(', ')} → tags`,
    );
  const deliverable = readEnum(service, path, 'deliverable_type', report);
  if (deliverable) {
    add(deliverable);
    report.mapped(`${path}.deliverable_type`, `"${deliverable}" → tags`);
  }
  if (status === 'temporarily closed') add('temporarily closed');
  if (tags.length > MAX_LIST)
    report.dropped(`${path} taxonomy terms`, `${tags.length - MAX_LIST} tags after the first ${MAX_LIST}: an item has at most ${MAX_LIST}`);
  return tags.slice(0, MAX_LIST);
}

/** Evidence from HSDS 3.0 `required_documents[].document`: the first 20. */
export function readEvidence(service: JsonObject, path: string, report: ConversionReport): string[] {
  const documents: string[] = [];
  for (const { item, index } of objectsIn(service.required_documents)) {
    const document = lineOf(item.document);
    if (document) documents.push(clip(document, 200));
    else if (textOf(item.document)) report.dropped(`${path}.required_documents[${index}].document`, MARKUP_ONLY);
  }
  const evidence = documents.slice(0, MAX_LIST);
  if (evidence.length > 0) report.mapped(`${path}.required_documents`, '→ evidence');
  if (documents.length > MAX_LIST)
    report.dropped(`${path}.required_documents`, `${documents.length - MAX_LIST} documents after the first ${MAX_LIST}: an item lists at most ${MAX_LIST}`);
  return evidence;
}

/** The item's links: every link our export kept, else the service's `url` when it is a web address. */
export function readLinks(
  service: JsonObject,
  path: string,
  name: string,
  extension: JsonObject | undefined,
  report: ConversionReport,
): { title: string; url: string }[] {
  if (extension) {
    // Our export fills url from the offer or publisher when an item has no link; that is not the item's link.
    const fromExtension = EntitlementSchema.shape.links.safeParse(extension.links);
    if (fromExtension.success) return plainLinks(fromExtension.data ?? [], `${path}.${EXTENSION}.links`, report);
    report.dropped(`${path}.${EXTENSION}.links`, 'not a valid list of links');
  }
  const url = textOf(service.url);
  if (!url) return [];
  const link = webAddress(url);
  if (!link) {
    report.dropped(`${path}.url`, `${quote(url)} is not a web address (http or https)`);
    return [];
  }
  report.mapped(`${path}.url`, '→ links[0]');
  return [{ title: clip(`More about ${name}`, 200), url: link }];
}

/** The item's value, which only our export carries (ORUK's costs are not values). */
export function readValue(path: string, extension: JsonObject | undefined, report: ConversionReport): Entitlement['value'] {
  if (extension?.value === undefined) return undefined;
  const value = EntitlementSchema.shape.value.safeParse(extension.value);
  // A value says something: an amount, a percentage, tiers, instalments, an unpublished amount, a period or words.
  const says = (v: NonNullable<Entitlement['value']>) =>
    [v.amountPence, v.percentage, v.tiers, v.instalmentsPence, v.notPublished, v.period, v.description].some((part) => part !== undefined);
  if (value.success && value.data && says(value.data)) return plainValue(value.data, `${path}.${EXTENSION}.value`, report);
  report.dropped(`${path}.${EXTENSION}.value`, 'not a valid item value');
  return undefined;
}
