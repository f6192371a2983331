/**
 * Who a service is for, from ORUK: ages (3.0 `minimum_age`/`maximum_age`, 1.0 `eligibilitys[]`), the
 * eligibility text, and the council areas it serves. ORUK's maximum_age is an age in years that is still
 * eligible, like our inclusive maxAge, so the numbers carry over unchanged.
 */
import { councilByCode, councilByName } from '../places/council-registry.js';
import type { ConversionReport } from './conversion-report.js';
import { htmlToText, oneLine } from './html-to-text.js';
import { describeBlank, isBlank, lineOf, MARKUP_ONLY, numberOf, objectsIn, quote, textOf } from './json-reading.js';
import type { JsonObject } from './oruk-types.js';
import { clip } from './text-limits.js';

/** The oldest age our schema records. */
const OLDEST_AGE = 30;

export interface Ages {
  readonly minAge?: number;
  readonly maxAge?: number;
  /** Set when the service starts at an age no care leaver has, so it cannot be in an offer. */
  readonly tooOld?: string;
}

function readAge(value: unknown, where: string, bound: 'minimum' | 'maximum', report: ConversionReport, reportBlank: boolean): number | 'too-old' | undefined {
  if (value === undefined) return undefined;
  if (isBlank(value)) {
    if (reportBlank) report.dropped(where, describeBlank(value));
    return undefined;
  }
  const age = numberOf(value);
  if (age === undefined) {
    report.dropped(where, `${quote(String(value))} is not an age`);
    return undefined;
  }
  if (age < 0) {
    report.dropped(where, `${age} means no ${bound} age`);
    return undefined;
  }
  if (age === 0) {
    // Feeds write 0 for "no limit", most often as a maximum; a minimum of 0 says nothing either.
    report.dropped(where, `0 is read as no ${bound} age`);
    return undefined;
  }
  const whole = Math.floor(age);
  if (whole !== age) report.assumed(where, `${age} is not a whole number of years: used ${whole}`);
  if (whole > OLDEST_AGE) {
    if (bound === 'minimum') return 'too-old';
    report.dropped(where, `${whole} is above ${OLDEST_AGE}, the oldest age an offer records: no maximum age`);
    return undefined;
  }
  return whole;
}

export function readAges(service: JsonObject, path: string, report: ConversionReport): Ages {
  const minimums: number[] = [];
  const maximums: number[] = [];
  let tooOld: string | undefined;
  const take = (value: unknown, where: string, bound: 'minimum' | 'maximum', reportBlank: boolean) => {
    const age = readAge(value, where, bound, report, reportBlank);
    if (age === 'too-old') tooOld = `${where} is ${numberOf(value)}: no care leaver is that old`;
    else if (age !== undefined) (bound === 'minimum' ? minimums : maximums).push(age);
  };
  // Blank top-level fields are reported with the service's other blanks.
  take(service.minimum_age, `${path}.minimum_age`, 'minimum', false);
  take(service.maximum_age, `${path}.maximum_age`, 'maximum', false);
  const field = Array.isArray(service.eligibilitys) ? 'eligibilitys' : 'eligibilities';
  const eligibilities = objectsIn(service[field]);
  for (const { item, index } of eligibilities) {
    const where = `${path}.${field}[${index}]`;
    take(item.minimum_age, `${where}.minimum_age`, 'minimum', true);
    take(item.maximum_age, `${where}.maximum_age`, 'maximum', true);
    const audience = textOf(item.eligibility);
    if (audience) report.dropped(`${where}.eligibility`, `${quote(audience)} is an audience word; an offer records ages and care statuses instead`);
    else if (item.eligibility !== undefined) report.dropped(`${where}.eligibility`, describeBlank(item.eligibility));
  }
  if (tooOld) return { tooOld };
  // A loop, not Math.min(...minimums): spreading 200,000 ages into one call overflows the stack.
  let minAge: number | undefined;
  for (const age of minimums) if (minAge === undefined || age < minAge) minAge = age;
  let maxAge: number | undefined;
  for (const age of maximums) if (maxAge === undefined || age > maxAge) maxAge = age;
  if (minimums.length + maximums.length > 2) report.assumed(`${path}.${field}`, 'several age ranges: used the widest');
  if (minAge !== undefined && maxAge !== undefined && minAge > maxAge) {
    report.dropped(`${path}`, `minimum age ${minAge} is above maximum age ${maxAge}: both left out`);
    minAge = undefined;
    maxAge = undefined;
  }
  if (minAge !== undefined || maxAge !== undefined) {
    const range = minAge !== undefined && maxAge !== undefined ? `${minAge} to ${maxAge}` : minAge !== undefined ? `${minAge} and over` : `up to ${maxAge}`;
    report.mapped(path, `ages ${range} → eligibility.minAge/maxAge (ORUK ages are inclusive, as ours are)`);
  }
  return { ...(minAge !== undefined ? { minAge } : {}), ...(maxAge !== undefined ? { maxAge } : {}) };
}

/** The eligibility text (HSDS 3.0 `eligibility_description`), plain and within our 500 characters. */
export function readConditions(service: JsonObject, path: string, report: ConversionReport): string | undefined {
  const raw = textOf(service.eligibility_description);
  if (!raw) return undefined;
  const text = oneLine(htmlToText(raw));
  if (!text) {
    report.dropped(`${path}.eligibility_description`, MARKUP_ONLY);
    return undefined;
  }
  if (text.length > 500) report.assumed(`${path}.eligibility_description`, `cut to 500 characters for eligibility.conditions`);
  else report.mapped(`${path}.eligibility_description`, '→ eligibility.conditions');
  return clip(text, 500);
}

const GSS_URI = /statistical-geography\/(E(?:0[6-9]|10)\d{6})\b/;

/**
 * The councils a service is limited to, from `service_areas`. Areas are free text in most feeds ("Bristol");
 * they become `residentsOf` only when every one names a council in England, since a partial list would
 * wrongly shut people out.
 */
export function readResidentsOf(service: JsonObject, path: string, report: ConversionReport): string[] | undefined {
  const areas = objectsIn(service.service_areas);
  if (areas.length === 0) return undefined;
  const codes = new Set<string>();
  const unknown: string[] = [];
  for (const { item } of areas) {
    const uriCode = GSS_URI.exec(textOf(item.uri) ?? '')?.[1];
    const name = lineOf(textOf(item.name) ?? textOf(item.service_area));
    const council = (uriCode ? councilByCode(uriCode) : undefined) ?? (name ? councilByName(name) : undefined);
    if (council) {
      codes.add(council.code);
    } else {
      unknown.push(name ? quote(name, 40) : '(no name)');
    }
  }
  if (unknown.length > 0) {
    report.dropped(
      `${path}.service_areas`,
      `${unknown.join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not a council in England, so the areas do not become eligibility.residentsOf`,
    );
    return undefined;
  }
  report.assumed(`${path}.service_areas`, `→ eligibility.residentsOf ${[...codes].join(', ')}: the service is only for people living there`);
  return [...codes];
}
