/**
 * Field coverage: every field of a service ends up in the report. The readers report what they mapped and
 * assumed; this module reports the rest: blank values (one line each, as real feeds send "" and null where a
 * value is expected) and the fields no reader uses, each with the reason it has no place in an offer.
 */
import type { ConversionReport } from './conversion-report.js';
import { describeBlank } from './json-reading.js';
import { EXTENSION, type JsonObject } from './oruk-types.js';

/** Fields read by the converter; the rest of a service is reported as left out. */
export const READ_FIELDS: ReadonlySet<string> = new Set([
  'id',
  'name',
  'description',
  'url',
  'email',
  'status',
  'organization',
  'organization_id',
  'contacts',
  'phones',
  'schedules',
  'regular_schedules',
  'eligibilitys',
  'eligibilities',
  'minimum_age',
  'maximum_age',
  'eligibility_description',
  'service_taxonomys',
  'attributes',
  'service_at_locations',
  'service_areas',
  'languages',
  'cost_options',
  'fees',
  'fees_description',
  'last_modified',
  'assured_date',
  'alert',
  'application_process',
  'attending_type',
  'attending_access',
  'deliverable_type',
  'required_documents',
  'interpretation_services',
  'pc_targetAudience',
  'pc_metadata',
  EXTENSION,
]);

/** Why well-known fields an offer has no place for are left out. */
export const LEFT_OUT_REASONS: Readonly<Record<string, string>> = {
  alternate_name: 'an item has one title',
  accreditations: 'an offer does not list accreditations',
  assurer_email: 'who checked the record is not shown to young people',
  licenses: 'an offer does not list licences',
  funding: 'a funding source is a name, not a provider of the offer: who pays is read only from our own extension (fundedBy)',
  fundings: 'a funding source is a name, not a provider of the offer: who pays is read only from our own extension (fundedBy)',
  program: 'an offer has no programmes',
  metadata: 'an offer keeps no change history',
  reviews: 'an offer does not carry reviews',
  holiday_schedules: 'an offer holds weekly opening hours only; put closures in the opening hours note',
  wait_time: 'an offer has no field for waiting times; put it in the details if it matters',
  service_at_location: 'locations are read from service_at_locations',
};

/** True for a field that says nothing: null or a string of white space. */
function isEmptyValue(field: unknown): boolean {
  return field === null || (typeof field === 'string' && field.trim() === '');
}

/** One line for each field that is null or an empty string. */
export function reportBlankFields(service: JsonObject, path: string, report: ConversionReport): void {
  for (const [key, field] of Object.entries(service)) {
    if (isEmptyValue(field)) report.dropped(`${path}.${key}`, describeBlank(field));
  }
}

/** Why a field no reader uses is left out. */
export function leftOutReason(key: string): string {
  return (
    LEFT_OUT_REASONS[key] ??
    (/^[a-z]{1,5}_[a-zA-Z]/.test(key) && !key.startsWith('service_')
      ? `vendor extension: not part of ORUK, so it has no place in an offer`
      : 'not a field this converter reads')
  );
}

/** One line for each field with a value that no reader uses, and for the Placecube fields read only in part. */
export function reportLeftOut(service: JsonObject, path: string, report: ConversionReport): void {
  for (const [key, field] of Object.entries(service)) {
    if (isEmptyValue(field) || (Array.isArray(field) && field.length === 0)) continue;
    if (key === 'pc_targetAudience') {
      report.dropped(`${path}.${key}`, 'vendor extension (Placecube): used only to find services for care leavers');
    } else if (key === 'pc_metadata') {
      report.dropped(`${path}.${key}`, 'vendor extension (Placecube): only its dates were used, for lastReviewed');
    } else if (!READ_FIELDS.has(key)) {
      report.dropped(`${path}.${key}`, leftOutReason(key));
    }
  }
}
