/**
 * The Open Referral UK shapes this converter reads and writes.
 *
 * Input types describe what real feeds send, not what the specification promises: every field is optional,
 * and fields that feeds fill with the wrong type (an empty string for an enum, a number as text, null) are
 * typed `unknown` so the reader has to check them. ORUK 1.0 (the format most UK feeds still publish) and
 * HSDS/ORUK 3.0 differ mainly in names: `eligibilitys` and `regular_schedules` in 1.0, `minimum_age` and
 * `schedules` in 3.0; both are listed here.
 *
 * Output types describe exactly what `toOruk` writes: the UK profile 3.0 `service`, plus the few HSDS 3.0
 * fields the UK profile leaves out (`phones`, contact `email`, `application_process`…) and our own
 * `local_offer_elements` extensions. The UK profile schema allows extra properties, so both still validate.
 */
import type { ContactExtension, ListExtension, OrganizationExtension, ServiceExtension } from './oruk-extensions.js';

export * from './oruk-extensions.js';

/** A JSON object read from a feed: anything may be missing or of the wrong type. */
export type JsonObject = Readonly<Record<string, unknown>>;

export interface OrukPhoneInput {
  readonly id?: unknown;
  readonly number?: unknown;
  readonly extension?: unknown;
  /** HSDS 3.0: voice, fax, text, cell, video, pager, textphone. */
  readonly type?: unknown;
  readonly description?: unknown;
}

export interface OrukContactInput {
  readonly id?: unknown;
  readonly name?: unknown;
  readonly title?: unknown;
  readonly department?: unknown;
  readonly email?: unknown;
  readonly phones?: unknown;
  readonly local_offer_elements?: unknown;
}

export interface OrukOrganizationIdentifierInput {
  readonly identifier_scheme?: unknown;
  readonly identifier_type?: unknown;
  readonly identifier?: unknown;
}

export interface OrukOrganizationInput {
  readonly id?: unknown;
  readonly name?: unknown;
  readonly description?: unknown;
  readonly email?: unknown;
  /** 3.0 */
  readonly website?: unknown;
  /** 1.0 */
  readonly url?: unknown;
  readonly organization_identifiers?: unknown;
  readonly contacts?: unknown;
  readonly local_offer_elements?: unknown;
}

/** ORUK 3.0 `schedules[]` and ORUK 1.0 `regular_schedules[]` (which adds `weekday`). */
export interface OrukScheduleInput {
  readonly id?: unknown;
  readonly weekday?: unknown;
  readonly byday?: unknown;
  readonly freq?: unknown;
  readonly interval?: unknown;
  readonly opens_at?: unknown;
  readonly closes_at?: unknown;
  readonly valid_from?: unknown;
  readonly valid_to?: unknown;
  readonly description?: unknown;
  readonly notes?: unknown;
}

/** ORUK 1.0 `eligibilitys[]` (the verbose schema spells it `eligibilities`). */
export interface OrukEligibilityInput {
  readonly eligibility?: unknown;
  readonly minimum_age?: unknown;
  readonly maximum_age?: unknown;
}

export interface OrukTaxonomyTermInput {
  readonly id?: unknown;
  readonly name?: unknown;
  readonly term?: unknown;
  readonly code?: unknown;
  readonly taxonomy?: unknown;
  /** 1.0 */
  readonly vocabulary?: unknown;
}

export interface OrukServiceInput {
  readonly id?: unknown;
  readonly name?: unknown;
  readonly description?: unknown;
  readonly url?: unknown;
  readonly email?: unknown;
  readonly status?: unknown;
  readonly organization?: unknown;
  readonly contacts?: unknown;
  readonly phones?: unknown;
  readonly schedules?: unknown;
  readonly regular_schedules?: unknown;
  readonly eligibilitys?: unknown;
  readonly eligibilities?: unknown;
  readonly minimum_age?: unknown;
  readonly maximum_age?: unknown;
  readonly eligibility_description?: unknown;
  readonly service_taxonomys?: unknown;
  readonly attributes?: unknown;
  readonly service_at_locations?: unknown;
  readonly service_areas?: unknown;
  readonly languages?: unknown;
  readonly cost_options?: unknown;
  readonly last_modified?: unknown;
  readonly assured_date?: unknown;
  readonly pc_targetAudience?: unknown;
  readonly pc_metadata?: unknown;
  readonly local_offer_elements?: unknown;
}

// ---- Output: ORUK 3.0 (UK profile), with the HSDS 3.0 fields the UK profile leaves out. ----

export interface OrukTaxonomyTerm {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly taxonomy: string;
  readonly term: string;
  /** HSDS 3.0: the term's code. */
  readonly code: string;
}

export interface OrukAttribute {
  readonly id: string;
  readonly link_id: string;
  readonly link_type: string;
  /** HSDS 3.0: which kind of entity `link_id` names. */
  readonly link_entity: 'service';
  readonly taxonomy_term_id: string;
  readonly taxonomy_term: OrukTaxonomyTerm;
  /** HSDS 3.0: a value for the attribute, used for amounts. */
  readonly value?: string;
}

export interface OrukPhone {
  readonly id: string;
  readonly contact_id?: string;
  readonly service_id?: string;
  readonly number: string;
  readonly type: 'voice' | 'text';
}

export interface OrukContact {
  readonly id: string;
  readonly service_id?: string;
  readonly organization_id?: string;
  readonly name: string;
  readonly title: string;
  readonly email?: string;
  readonly phones?: readonly OrukPhone[];
  readonly local_offer_elements: ContactExtension;
}

export interface OrukOrganizationIdentifier {
  readonly id: string;
  readonly organization_id: string;
  readonly identifier_type: string;
  readonly identifier: string;
}

export interface OrukOrganization {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly website?: string;
  readonly organization_identifiers?: readonly OrukOrganizationIdentifier[];
  readonly parent_organization_id?: string;
  /** HSDS 3.0 organisation contacts: the provider's contacts that no item points at. */
  readonly contacts?: readonly OrukContact[];
  readonly local_offer_elements: OrganizationExtension;
}

export interface OrukSchedule {
  readonly id: string;
  readonly service_id: string;
  readonly freq?: 'WEEKLY';
  readonly interval?: number;
  readonly byday?: string;
  readonly opens_at?: string;
  readonly closes_at?: string;
  readonly description?: string;
  readonly notes?: string;
}

export interface OrukAddress {
  readonly id: string;
  readonly location_id: string;
  readonly address_1: string;
  readonly address_2?: string;
  readonly address_3?: string;
  readonly address_4?: string;
  readonly city: string;
  readonly state_province: string;
  readonly postal_code: string;
  readonly country: string;
  readonly address_type: 'physical';
}

export interface OrukServiceAtLocation {
  readonly id: string;
  readonly service_id: string;
  readonly location_id: string;
  readonly location: {
    readonly id: string;
    readonly location_type: 'physical';
    readonly name: string;
    readonly addresses: readonly OrukAddress[];
  };
}

export interface OrukServiceArea {
  readonly id: string;
  readonly service_id: string;
  readonly name: string;
  readonly service_area: string;
  readonly extent_type: 'uri';
  readonly uri: string;
}

export interface OrukLanguage {
  readonly id: string;
  readonly service_id: string;
  readonly name: string;
}

export interface OrukFunding {
  readonly id: string;
  readonly service_id: string;
  readonly source: string;
}

export interface OrukCostOption {
  readonly id: string;
  readonly service_id: string;
  readonly option: string;
  readonly amount?: number;
  readonly amount_description: string;
  readonly valid_from?: string;
  readonly valid_to?: string;
}

export interface OrukRequiredDocument {
  readonly id: string;
  readonly service_id: string;
  readonly document: string;
}

export interface OrukService {
  readonly id: string;
  readonly organization_id: string;
  readonly name: string;
  readonly description: string;
  readonly url?: string;
  readonly email?: string;
  readonly status: 'active' | 'inactive' | 'defunct';
  readonly fees?: string;
  readonly minimum_age?: number;
  readonly maximum_age?: number;
  /** HSDS 3.0 (not in the UK profile's service). */
  readonly eligibility_description?: string;
  /** HSDS 3.0 (not in the UK profile's service). */
  readonly application_process?: string;
  readonly assured_date: string;
  readonly last_modified: string;
  readonly organization: OrukOrganization;
  readonly contacts?: readonly OrukContact[];
  /** HSDS 3.0 (not in the UK profile's service). */
  readonly phones?: readonly OrukPhone[];
  readonly schedules?: readonly OrukSchedule[];
  readonly service_at_locations?: readonly OrukServiceAtLocation[];
  readonly service_areas?: readonly OrukServiceArea[];
  readonly languages?: readonly OrukLanguage[];
  /** HSDS 3.0 (not in the UK profile's service). */
  readonly required_documents?: readonly OrukRequiredDocument[];
  readonly funding?: readonly OrukFunding[];
  readonly cost_options?: readonly OrukCostOption[];
  readonly attributes: readonly OrukAttribute[];
  readonly local_offer_elements: ServiceExtension;
}

/** A `/services` page as the UK profile's API returns it, holding every service on one page. */
export interface OrukServiceList {
  readonly total_items: number;
  readonly total_pages: 1;
  readonly page_number: 1;
  readonly size: number;
  readonly first_page: true;
  readonly last_page: true;
  readonly empty: boolean;
  readonly contents: readonly OrukService[];
  readonly local_offer_elements: ListExtension;
}
