/**
 * Whether a directory service is meant for care leavers. Directories list every service in an area; an
 * offer should hold only what care leavers can use, so `--care-leavers-only` keeps services that say so in
 * an audience field, a taxonomy term, or their own words.
 */
import { EXTENSION, type JsonObject } from './oruk-types.js';
import { objectsIn, textOf } from './json-reading.js';
import { htmlToLine } from './html-to-text.js';

const CARE_LEAVER_WORDS = /\bcare[\s-]*leavers?\b|\bleaving[\s-]+care\b|\bcare[\s-]+experienced\b/i;

export function mentionsCareLeavers(text: string): boolean {
  return CARE_LEAVER_WORDS.test(text);
}

/** The reason a service counts as for care leavers, for the report; undefined when nothing says so. */
export function careLeaverEvidence(service: JsonObject, taxonomyTerms: readonly string[]): string | undefined {
  if (service[EXTENSION] !== undefined) return `it was exported from a Local Offer (${EXTENSION})`;
  for (const { item, index } of objectsIn(service.pc_targetAudience)) {
    const audience = textOf(item.audienceType) ?? textOf(item.name);
    if (audience && mentionsCareLeavers(audience)) return `pc_targetAudience[${index}].audienceType is "${audience}"`;
  }
  const term = taxonomyTerms.find(mentionsCareLeavers);
  if (term) return `taxonomy term "${term}"`;
  for (const field of ['name', 'description', 'eligibility_description']) {
    const text = textOf(service[field]);
    if (text && mentionsCareLeavers(htmlToLine(text))) return `its ${field.replace('_', ' ')} mentions care leavers`;
  }
  for (const { item, index } of [...objectsIn(service.eligibilitys), ...objectsIn(service.eligibilities)]) {
    const text = textOf(item.eligibility);
    if (text && mentionsCareLeavers(text)) return `eligibilitys[${index}] is "${text}"`;
  }
  return undefined;
}
