/**
 * toOruk: an offer to ORUK 3.0 services, one per item, as a single-page `/services` response.
 *
 * Everything ORUK has a field for goes in that field, so directories and ORUK tools read it without
 * knowing this project. Our vocabularies (area, care statuses, basis, amount, tags) become attributes in
 * taxonomies named "local-offer-elements:…". What ORUK has no field for (our ids, roles, amounts as numbers,
 * the offer's own details) travels in `local_offer_elements` extensions, so the export can be imported
 * again without loss of what matters. Ids are name-based UUIDs, the same every time.
 */
import {
  AREA_LABELS,
  BASIS_LABELS,
  CARE_STATUS_LABELS,
  CONTACT_ROLE_LABELS,
  SCHEMA_VERSION,
  type Contact,
  type CouncilTier,
  type Entitlement,
  type Offer,
  type Provider,
  type ProviderKind,
} from '../schema/index.js';
import { councilByCode } from '../places/council-registry.js';
import { ConversionReport } from './conversion-report.js';
import { schedulesFromOpeningHours } from './opening-hours.js';
import {
  EXTENSION,
  type ContactExtension,
  type ListExtension,
  type OrukAttribute,
  type OrukContact,
  type OrukOrganization,
  type OrukPhone,
  type OrukService,
  type OrukServiceArea,
  type OrukServiceAtLocation,
  type OrukServiceList,
  type ServiceExtension,
} from './oruk-types.js';
import { TAXONOMY, type TaxonomyName } from './taxonomies.js';
import { nameUuid } from './uuid.js';

export interface ToOrukResult {
  /** The services as a `/services` page, with the offer's own details in its extension. */
  readonly list: OrukServiceList;
  readonly services: readonly OrukService[];
  readonly report: ConversionReport;
}

const KIND_DESCRIPTIONS: Readonly<Record<ProviderKind, string>> = {
  council: 'a council in England',
  nhs: 'part of the NHS',
  dwp: 'the Department for Work and Pensions',
  government: 'part of government',
  education: 'a school, college, university or training provider',
  charity: 'a charity',
  business: 'a business',
  community: 'a community group',
  other: 'an organisation',
};

const TIER_DESCRIPTIONS: Readonly<Record<CouncilTier, string>> = {
  county: 'a county council in England',
  district: 'a district council in England',
  unitary: 'a unitary council in England',
  metropolitan: 'a metropolitan district council in England',
  'london-borough': 'a London borough council',
};

const PERIOD_WORDS: Readonly<Record<string, string>> = {
  once: 'once',
  week: 'a week',
  month: 'a month',
  year: 'a year',
  'academic-year': 'each academic year',
};

/** The same test as ajv-formats' "email", so that every exported address validates. */
const ORUK_EMAIL = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

/**
 * A web address ORUK's "uri" format accepts, or undefined for other links (tel:, mailto:). Addresses are
 * kept as written unless they hold characters a URI may not (spaces, accents), which are then escaped.
 */
function webUri(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.trim());
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    return /^https?:\/\/[^\s"<>\\^`{|}\u0080-\uffff]+$/i.test(value.trim()) ? value.trim() : url.href;
  } catch {
    return undefined;
  }
}

/** "£1,200" or "£12.50", written out by hand so the text is the same in every browser and locale. */
function pounds(pence: number): string {
  const whole = Math.floor(pence / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const rest = pence % 100;
  return rest === 0 ? `£${whole}` : `£${whole}.${String(rest).padStart(2, '0')}`;
}

/** An item's value in words, as the value attribute's term name. */
export function describeValue(value: NonNullable<Entitlement['value']>): string {
  if (value.amountPence === undefined) return value.description ?? 'A value';
  const amount = `${value.upTo ? 'Up to ' : ''}${pounds(value.amountPence)}`;
  const period = value.period ? ` ${PERIOD_WORDS[value.period] ?? value.period}` : '';
  return `${amount}${period}`;
}

class OfferExport {
  readonly report = new ConversionReport();
  private readonly seen = { value: 0, careLeaversOf: 0, extraLinks: 0, hsdsOnly: 0, contactExtras: 0 };
  private readonly providers: Map<string, Provider>;
  private readonly contacts: Map<string, Contact>;
  /** Contacts no item points at, by the provider whose organization will carry them. */
  private readonly organizationContacts = new Map<string, Contact[]>();

  constructor(private readonly offer: Offer) {
    this.providers = new Map(offer.providers.map((provider) => [provider.id, provider]));
    this.contacts = new Map(offer.contacts.map((contact) => [contact.id, contact]));
    this.placeUnreferencedContacts();
  }

  private id(kind: string, key: string): string {
    return nameUuid(`${this.offer.id}/${kind}/${key}`);
  }

  /**
   * ORUK hangs contacts on services; a contact no item points at (an out-of-hours line, complaints) goes
   * on its provider's organization instead, as HSDS 3.0 allows, so it is not lost.
   */
  private placeUnreferencedContacts(): void {
    const referenced = new Set(this.offer.entitlements.map((item) => item.contactId).filter(Boolean));
    const usedProviders = new Set(this.offer.entitlements.map((item) => item.providerId));
    const publisherProvider = this.offer.providers.find(
      (provider) =>
        (this.offer.publisher.councilCode && provider.councilCode === this.offer.publisher.councilCode) || provider.name === this.offer.publisher.name,
    );
    this.offer.contacts.forEach((contact, index) => {
      if (referenced.has(contact.id)) return;
      const owner = contact.providerId ?? publisherProvider?.id;
      if (owner && usedProviders.has(owner)) {
        this.organizationContacts.set(owner, [...(this.organizationContacts.get(owner) ?? []), contact]);
        this.report.mapped(
          `contacts[${index}] "${contact.id}"`,
          `no item points at it: it goes on the organization of provider "${owner}" (HSDS 3.0 organization contacts)`,
        );
      } else {
        this.report.dropped(
          `contacts[${index}] "${contact.id}"`,
          'no item points at it, and its provider runs no item, so no ORUK service or organization can carry it',
        );
      }
    });
  }

  private phones(contact: Contact, key: string, link: { contact_id: string } | { service_id: string }): OrukPhone[] {
    const phones: OrukPhone[] = [];
    if (contact.phone) phones.push({ id: this.id('phone', `${key}/voice`), ...link, number: contact.phone, type: 'voice' });
    if (contact.sms) phones.push({ id: this.id('phone', `${key}/text`), ...link, number: contact.sms, type: 'text' });
    return phones;
  }

  private contact(contact: Contact, owner: { service_id: string } | { organization_id: string }, path: string): OrukContact {
    const id = this.id('contact', contact.id);
    const email = contact.email && ORUK_EMAIL.test(contact.email) ? contact.email : undefined;
    if (contact.email && !email) this.report.dropped(`${path}.email`, `${contact.email} would not pass ORUK's email format`);
    const phones = this.phones(contact, `contact/${contact.id}`, { contact_id: id });
    const website = webUri(contact.website);
    const { bankHolidays, closedDates } = contact.openingHours ?? {};
    const holidayHours =
      'service_id' in owner && (bankHolidays || closedDates)
        ? { ...(bankHolidays ? { bankHolidays } : {}), ...(closedDates ? { closedDates } : {}) }
        : undefined;
    const extension: ContactExtension = {
      id: contact.id,
      role: contact.role,
      ...(contact.providerId ? { providerId: contact.providerId } : {}),
      ...(website ? { website } : {}),
      ...(contact.notes ? { notes: contact.notes } : {}),
      ...(contact.languages ? { languages: contact.languages } : {}),
      ...('organization_id' in owner && contact.openingHours ? { openingHours: contact.openingHours } : {}),
      ...('organization_id' in owner && contact.address ? { address: contact.address } : {}),
      ...(holidayHours ? { holidayHours } : {}),
    };
    return {
      id,
      ...owner,
      name: contact.name,
      title: CONTACT_ROLE_LABELS[contact.role],
      ...(email ? { email } : {}),
      ...(phones.length > 0 ? { phones } : {}),
      [EXTENSION]: extension,
    };
  }

  private organization(provider: Provider): OrukOrganization {
    const id = this.id('provider', provider.id);
    const council = provider.councilCode ? councilByCode(provider.councilCode) : undefined;
    const tier = provider.tier ?? council?.tier;
    const description =
      provider.kind === 'council' && provider.councilCode
        ? `${provider.name} is ${tier ? TIER_DESCRIPTIONS[tier] : KIND_DESCRIPTIONS.council} (GSS code ${provider.councilCode}).`
        : `${provider.name} is ${KIND_DESCRIPTIONS[provider.kind]}.`;
    const website = webUri(provider.website);
    const contacts = (this.organizationContacts.get(provider.id) ?? []).map((contact) =>
      this.contact(contact, { organization_id: id }, `contacts "${contact.id}"`),
    );
    return {
      id,
      name: provider.name,
      description,
      ...(website ? { website } : {}),
      ...(provider.councilCode
        ? {
            organization_identifiers: [
              { id: this.id('provider-identifier', provider.id), organization_id: id, identifier_type: 'ONS GSS code', identifier: provider.councilCode },
            ],
          }
        : {}),
      ...(contacts.length > 0 ? { contacts } : {}),
      [EXTENSION]: {
        id: provider.id,
        kind: provider.kind,
        ...(provider.councilCode ? { councilCode: provider.councilCode } : {}),
        ...(provider.tier ? { tier: provider.tier } : {}),
      },
    };
  }

  private attribute(
    serviceId: string,
    itemId: string,
    taxonomy: TaxonomyName,
    code: string,
    name: string,
    description: string,
    linkType: string,
    value?: string,
  ): OrukAttribute {
    const termId = nameUuid(`taxonomy/${taxonomy}/${code}`);
    return {
      id: this.id('attribute', `${itemId}/${taxonomy}/${code}`),
      link_id: serviceId,
      link_type: linkType,
      link_entity: 'service',
      taxonomy_term_id: termId,
      taxonomy_term: { id: termId, name, description, taxonomy, term: code, code },
      ...(value !== undefined ? { value } : {}),
    };
  }

  private attributes(item: Entitlement, serviceId: string): OrukAttribute[] {
    const attributes = [
      this.attribute(
        serviceId,
        item.id,
        TAXONOMY.area,
        item.area,
        AREA_LABELS[item.area],
        'One of the seven areas of a Local Offer for Care Leavers.',
        'category',
      ),
      ...(item.eligibility?.statuses ?? []).map((status) =>
        this.attribute(
          serviceId,
          item.id,
          TAXONOMY.careStatus,
          status,
          CARE_STATUS_LABELS[status],
          'A care status that makes a young person eligible.',
          'eligibility',
        ),
      ),
      this.attribute(
        serviceId,
        item.id,
        TAXONOMY.basis,
        item.basis,
        BASIS_LABELS[item.basis],
        'Why the item exists: the law, a council’s choice, or a partner’s offer.',
        'basis',
      ),
    ];
    if (item.value) {
      const words = describeValue(item.value);
      const code =
        item.value.amountPence !== undefined
          ? [item.value.upTo ? 'up-to' : '', `${item.value.amountPence}-pence`, item.value.period ?? ''].filter(Boolean).join('-')
          : 'described';
      attributes.push(
        this.attribute(
          serviceId,
          item.id,
          TAXONOMY.value,
          code,
          words,
          'What the item is worth to the young person: an amount given, not a cost to them.',
          'value',
          item.value.amountPence !== undefined ? String(item.value.amountPence) : undefined,
        ),
      );
    }
    if (item.nationalEntitlement) {
      attributes.push(
        this.attribute(
          serviceId,
          item.id,
          TAXONOMY.nationalEntitlement,
          item.nationalEntitlement,
          item.nationalEntitlement,
          'An entitlement in the national catalogue of Local Offer Elements.',
          'national-entitlement',
        ),
      );
    }
    for (const tag of item.tags ?? [])
      attributes.push(this.attribute(serviceId, item.id, TAXONOMY.tag, tag, tag, 'A word a young person might search for.', 'category'));
    return attributes;
  }

  private url(item: Entitlement, path: string): string | undefined {
    const fromLink = item.links?.map((link) => webUri(link.url)).find(Boolean);
    if (fromLink) return fromLink;
    const candidates: [string | undefined, string][] = [
      [this.offer.sourceUrl, "the offer's sourceUrl"],
      [this.offer.publisher.website, "the publisher's website"],
      [this.providers.get(item.providerId)?.website, "the provider's website"],
    ];
    for (const [candidate, from] of candidates) {
      const url = webUri(candidate);
      if (url) {
        this.report.assumed(`${path}.url`, `the item has no web link: used ${from}`);
        return url;
      }
    }
    this.report.dropped(`${path}.url`, 'no web address at all (no link, sourceUrl or website): the UK profile expects a url on every service');
    return undefined;
  }

  service(item: Entitlement, index: number): OrukService {
    const path = `entitlements[${index}] "${item.id}"`;
    const report = this.report;
    const id = this.id('entitlement', item.id);
    const provider = this.providers.get(item.providerId)!;
    const organization = this.organization(provider);
    const contact = item.contactId ? this.contacts.get(item.contactId) : undefined;
    const url = this.url(item, path);
    const email = contact?.email && ORUK_EMAIL.test(contact.email) ? contact.email : undefined;
    const eligibility = item.eligibility ?? {};
    const schedules = contact?.openingHours ? schedulesFromOpeningHours(contact.openingHours, id, (key) => this.id('schedule', `${item.id}/${key}`)) : [];
    const phones = contact ? this.phones(contact, `service/${item.id}`, { service_id: id }) : [];

    let serviceAtLocations: OrukServiceAtLocation[] = [];
    if (contact?.address) {
      const locationId = this.id('location', contact.id);
      const lines = contact.address.lines;
      const city = lines.length > 1 ? lines[lines.length - 1]! : '';
      const street = lines.length > 1 ? lines.slice(0, -1) : lines;
      serviceAtLocations = [
        {
          id: this.id('service-at-location', `${item.id}/${contact.id}`),
          service_id: id,
          location_id: locationId,
          location: {
            id: locationId,
            location_type: 'physical',
            name: contact.name,
            addresses: [
              {
                id: this.id('address', contact.id),
                location_id: locationId,
                address_1: street[0]!,
                // HSDS 3.0 has address_2; ORUK 1.0 and HSDS 2 also had address_3 and address_4, which importers read.
                ...(street[1] ? { address_2: street[1] } : {}),
                ...(street[2] ? { address_3: street[2] } : {}),
                ...(street.length > 3 ? { address_4: street.slice(3).join(', ') } : {}),
                city,
                state_province: '',
                postal_code: contact.address.postcode ?? '',
                country: 'GB',
                address_type: 'physical',
              },
            ],
          },
        },
      ];
    }

    const serviceAreas: OrukServiceArea[] = (eligibility.residentsOf ?? []).map((code) => {
      const name = councilByCode(code)?.name ?? code;
      return {
        id: this.id('service-area', `${item.id}/${code}`),
        service_id: id,
        name,
        service_area: name,
        extent_type: 'uri',
        uri: `https://statistics.data.gov.uk/id/statistical-geography/${code}`,
      };
    });

    const extraLinks = item.links && item.links.length > 1;
    const extension: ServiceExtension = {
      id: item.id,
      providerId: item.providerId,
      ...(item.contactId ? { contactId: item.contactId } : {}),
      ...(item.nationalEntitlement ? { nationalEntitlement: item.nationalEntitlement } : {}),
      ...(eligibility.careLeaversOf ? { careLeaversOf: eligibility.careLeaversOf } : {}),
      ...(item.value ? { value: item.value } : {}),
      ...(item.links && item.links.length > 0 ? { links: item.links } : {}),
    };

    const service: OrukService = {
      id,
      organization_id: organization.id,
      name: item.title,
      description: item.details ? `${item.summary}\n\n${item.details}` : item.summary,
      ...(url ? { url } : {}),
      ...(email ? { email } : {}),
      status: 'active',
      ...(eligibility.minAge !== undefined ? { minimum_age: eligibility.minAge } : {}),
      ...(eligibility.maxAge !== undefined ? { maximum_age: eligibility.maxAge } : {}),
      ...(eligibility.conditions ? { eligibility_description: eligibility.conditions } : {}),
      ...(item.howToClaim ? { application_process: item.howToClaim } : {}),
      assured_date: this.offer.lastReviewed,
      last_modified: `${this.offer.lastReviewed}T00:00:00Z`,
      organization,
      ...(contact ? { contacts: [this.contact(contact, { service_id: id }, `${path} contact "${contact.id}"`)] } : {}),
      ...(phones.length > 0 ? { phones } : {}),
      ...(schedules.length > 0 ? { schedules } : {}),
      ...(serviceAtLocations.length > 0 ? { service_at_locations: serviceAtLocations } : {}),
      ...(serviceAreas.length > 0 ? { service_areas: serviceAreas } : {}),
      ...(contact?.languages ? { languages: contact.languages.map((name) => ({ id: this.id('language', `${item.id}/${name}`), service_id: id, name })) } : {}),
      ...(item.evidence
        ? { required_documents: item.evidence.map((document, n) => ({ id: this.id('required-document', `${item.id}/${n}`), service_id: id, document })) }
        : {}),
      attributes: this.attributes(item, id),
      [EXTENSION]: extension,
    };

    const mapped = [
      'title → name',
      `summary${item.details ? ' and details' : ''} → description`,
      url && 'link → url',
      eligibility.minAge !== undefined || eligibility.maxAge !== undefined ? 'ages → minimum_age/maximum_age' : '',
      'provider → organization',
      contact && 'contact → contacts, phones and email',
      schedules.length > 0 && 'opening hours → schedules',
      serviceAtLocations.length > 0 && 'address → service_at_locations',
      serviceAreas.length > 0 && 'residentsOf → service_areas',
      `area, basis${eligibility.statuses ? ', care statuses' : ''}${item.value ? ', value' : ''}${item.tags ? ', tags' : ''} → attributes`,
    ].filter(Boolean);
    report.mapped(path, mapped.join('; '));
    if (item.value) this.seen.value++;
    if (eligibility.careLeaversOf) this.seen.careLeaversOf++;
    if (extraLinks) this.seen.extraLinks++;
    if (item.howToClaim || item.evidence || eligibility.conditions) this.seen.hsdsOnly++;
    if (contact && (contact.website || contact.notes)) this.seen.contactExtras++;
    return service;
  }

  listExtension(): ListExtension {
    const { offer } = this;
    return {
      schemaVersion: SCHEMA_VERSION,
      offer: {
        id: offer.id,
        title: offer.title,
        ...(offer.summary ? { summary: offer.summary } : {}),
        ...(offer.isExample ? { isExample: offer.isExample } : {}),
        ...(offer.locale ? { locale: offer.locale } : {}),
        publisher: offer.publisher,
        ...(offer.covers ? { covers: offer.covers } : {}),
        lastReviewed: offer.lastReviewed,
        ...(offer.nextReviewDue ? { nextReviewDue: offer.nextReviewDue } : {}),
        ...(offer.sourceUrl ? { sourceUrl: offer.sourceUrl } : {}),
      },
    };
  }

  /** What several items share is explained once, not once per item. */
  reportWhatDoesNotFit(): void {
    const { seen, report } = this;
    const items = (count: number) => `${count} item${count === 1 ? '' : 's'}`;
    if (seen.value > 0)
      report.note(
        'value',
        `${items(seen.value)}: kept as a ${TAXONOMY.value} attribute and in ${EXTENSION}; an amount given to a young person is not an ORUK cost_option, which is a cost to the user`,
      );
    if (seen.careLeaversOf > 0)
      report.note(
        'eligibility.careLeaversOf',
        `${items(seen.careLeaversOf)}: kept only in ${EXTENSION}; ORUK has no field for whose care leavers a service is for`,
      );
    if (seen.extraLinks > 0)
      report.note('links', `${items(seen.extraLinks)} with several links: only the first web link fits url; every link is kept in ${EXTENSION}`);
    if (seen.hsdsOnly > 0)
      report.note(
        'howToClaim, evidence, eligibility.conditions',
        `${items(seen.hsdsOnly)}: written to the HSDS 3.0 fields application_process, required_documents and eligibility_description, which the UK profile's service leaves out`,
      );
    if (seen.contactExtras > 0)
      report.note(
        'contacts',
        `a contact's role, website and notes have no ORUK field: the role's label is the contact's title, and all three are kept in ${EXTENSION}`,
      );
  }

  reportUnusedProviders(): void {
    const used = new Set(this.offer.entitlements.map((item) => item.providerId));
    this.offer.providers.forEach((provider, index) => {
      if (!used.has(provider.id))
        this.report.dropped(`providers[${index}] "${provider.id}"`, 'it runs no item, and ORUK lists organizations only through their services');
    });
  }
}

/** ORUK 3.0 services from a valid offer (check it with parseOffer first). */
export function toOruk(offer: Offer): ToOrukResult {
  const conversion = new OfferExport(offer);
  const services = offer.entitlements.map((item, index) => conversion.service(item, index));
  conversion.reportUnusedProviders();
  conversion.reportWhatDoesNotFit();
  conversion.report.note('', `the offer's own details (id, title, publisher, dates) are in the list's ${EXTENSION} extension`);
  const list: OrukServiceList = {
    total_items: services.length,
    total_pages: 1,
    page_number: 1,
    size: services.length,
    first_page: true,
    last_page: true,
    empty: services.length === 0,
    contents: services,
    [EXTENSION]: conversion.listExtension(),
  };
  return { list, services, report: conversion.report };
}
