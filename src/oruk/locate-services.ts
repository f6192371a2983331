/**
 * Finds the services in whatever an ORUK endpoint returned: a 3.0 `/services` page (`contents`), a 1.0
 * page (`content`, with `totalElements`), a bare array, one service, an organization with its services
 * (3.0 `full_service`), or a service_at_location with its service.
 */
import { isObject, numberOf } from './json-reading.js';
import { EXTENSION, type JsonObject } from './oruk-types.js';

export interface LocatedService {
  readonly value: unknown;
  /** Where the service is in the input, such as `contents[3]`. */
  readonly path: string;
  /** An organization the service was nested in, used when the service has none of its own. */
  readonly organization?: JsonObject;
  /** A location the service was nested in (a service_at_location response). */
  readonly serviceAtLocation?: JsonObject;
}

export interface LocatedServices {
  readonly services: readonly LocatedService[];
  /** What the input was, in words for the report. */
  readonly shape: string;
  /** Which ORUK version the field names point to. */
  readonly version: 'ORUK 1.0' | 'ORUK 3.0' | 'ORUK (version unclear)';
  /** Set when the input is one page of several. */
  readonly pageNote?: string;
  /** Our own list extension, present when the input was exported by this tool. */
  readonly listExtension?: JsonObject;
  /** True when the input is one organization's own record with its services, not a directory. */
  readonly ofOrganization?: boolean;
}

/** Field names that only one version uses. */
const VERSION_1_FIELDS = [
  'eligibilitys',
  'regular_schedules',
  'service_taxonomys',
  'deliverable_type',
  'attending_type',
  'attending_access',
  'fundings',
  'holiday_schedules',
];
const VERSION_3_FIELDS = ['schedules', 'minimum_age', 'maximum_age', 'attributes', 'last_modified', 'funding', 'eligibility_description'];

/** Fields a service has and other ORUK objects do not, so a lone object can be recognised. */
const SERVICE_FIELDS = [
  'status',
  'organization',
  'contacts',
  'eligibilitys',
  'eligibilities',
  'regular_schedules',
  'schedules',
  'service_at_locations',
  'service_taxonomys',
  'attributes',
  'minimum_age',
  'maximum_age',
  EXTENSION,
];

function looksLikeService(value: JsonObject): boolean {
  const isOrganization = 'organization_identifiers' in value && !('organization' in value);
  return typeof value.name === 'string' && !isOrganization && SERVICE_FIELDS.some((field) => field in value);
}

function versionOf(services: readonly LocatedService[], listVersion?: 'ORUK 1.0' | 'ORUK 3.0'): LocatedServices['version'] {
  let one = 0;
  let three = 0;
  for (const { value } of services) {
    if (!isObject(value)) continue;
    if (VERSION_1_FIELDS.some((field) => field in value)) one++;
    if (VERSION_3_FIELDS.some((field) => field in value)) three++;
  }
  if (one > three) return 'ORUK 1.0';
  if (three > one) return 'ORUK 3.0';
  return listVersion ?? 'ORUK (version unclear)';
}

function pageNoteOf(list: JsonObject): string | undefined {
  const pages = numberOf(list.total_pages) ?? numberOf(list.totalPages);
  const page = numberOf(list.page_number) ?? numberOf(list.number);
  const last = list.last_page ?? list.last;
  if ((pages !== undefined && pages > 1) || last === false) {
    const of = pages !== undefined ? ` of ${pages}` : '';
    return `the file is page ${page ?? '?'}${of} of a /services response: only its services were converted; fetch every page (for example with ?per_page= or ?page=) to import the whole directory`;
  }
  return undefined;
}

/** The services in the input, or a plain-English reason why it holds none. */
export function locateServices(input: unknown): LocatedServices | { readonly problem: string } {
  if (Array.isArray(input)) {
    const services = input.map((value, index) => ({ value, path: `[${index}]` }));
    return { services, shape: `a list of ${services.length} services`, version: versionOf(services) };
  }
  if (!isObject(input)) {
    return { problem: `it holds ${input === null ? 'null' : typeof input}, not Open Referral UK services` };
  }
  const listExtension = isObject(input[EXTENSION]) ? input[EXTENSION] : undefined;
  for (const [field, version] of [
    ['contents', 'ORUK 3.0'],
    ['content', 'ORUK 1.0'],
  ] as const) {
    if (Array.isArray(input[field])) {
      const services = (input[field] as unknown[]).map((value, index) => ({ value, path: `${field}[${index}]` }));
      const pageNote = pageNoteOf(input);
      return {
        services,
        shape: `a /services page with ${services.length} services (${field})`,
        version: versionOf(services, version),
        ...(pageNote ? { pageNote } : {}),
        ...(listExtension ? { listExtension } : {}),
      };
    }
  }
  if (Array.isArray(input.services) && typeof input.name === 'string') {
    const { services: _nested, ...organization } = input;
    const services = (input.services as unknown[]).map((value, index) => ({ value, path: `services[${index}]`, organization }));
    return { services, shape: `an organization with ${services.length} services`, version: versionOf(services), ofOrganization: true };
  }
  if (isObject(input.service) && isObject(input.location)) {
    const services = [{ value: input.service, path: 'service', serviceAtLocation: input }];
    return { services, shape: 'a service_at_location with its service', version: versionOf(services) };
  }
  if (looksLikeService(input)) {
    const services = [{ value: input, path: '(service)' }];
    return { services, shape: 'one service', version: versionOf(services) };
  }
  const keys = Object.keys(input).slice(0, 6).join(', ');
  return {
    problem: `it is not an Open Referral UK services response: expected a list of services, a /services page ("contents" or "content") or one service, but found an object with ${keys ? `the fields ${keys}` : 'no fields'}`,
  };
}
