/**
 * toOruk: an offer to ORUK 3.0 services, one per item, as a single-page `/services` response.
 *
 * Everything ORUK has a field for goes in that field, so directories and ORUK tools read it without
 * knowing this project. Our vocabularies (area, care statuses, basis, amount, tags) become attributes in
 * taxonomies named "local-offer-elements:…" (export-attributes). What ORUK has no field for (our ids, roles,
 * amounts as numbers, the offer's own details) travels in `local_offer_elements` extensions, so the export
 * can be imported again without loss of what matters. Organizations, contacts and locations are made in
 * export-contacts. Ids are name-based UUIDs, the same every time.
 */
import { type Contact, type Entitlement, type Offer, type Provider } from '../schema/index.js';
import { councilByCode } from '../places/council-registry.js';
import { ConversionReport } from './conversion-report.js';
import { attributesOf } from './export-attributes.js';
import { costsOf, eligibilityText, fundingOf, orukStatus, schema11Extension } from './export-rules.js';
import { contactOf, locationsOf, orukEmail, organizationOf, phonesOf, placeUnreferencedContacts, webUri } from './export-contacts.js';
import { schedulesFromOpeningHours } from './opening-hours.js';
import { EXTENSION, type ListExtension, type OrukService, type OrukServiceArea, type OrukServiceList, type ServiceExtension } from './oruk-types.js';
import { TAXONOMY } from './taxonomies.js';
import { recordIds, type RecordIds } from './uuid.js';

export { describeValue } from './export-rules.js';

export interface ToOrukResult {
  /** The services as a `/services` page, with the offer's own details in its extension. */
  readonly list: OrukServiceList;
  readonly services: readonly OrukService[];
  readonly report: ConversionReport;
}

class OfferExport {
  readonly report = new ConversionReport();
  private readonly seen = { value: 0, careLeaversOf: 0, extraLinks: 0, hsdsOnly: 0, contactExtras: 0, deliveredBy: 0, available: 0 };
  private readonly providers: Map<string, Provider>;
  private readonly contacts: Map<string, Contact>;
  /** Contacts no item points at, by the provider whose organization will carry them. */
  private readonly organizationContacts: Map<string, Contact[]>;
  private readonly ids: RecordIds;

  constructor(private readonly offer: Offer) {
    this.ids = recordIds(offer.id);
    this.providers = new Map(offer.providers.map((provider) => [provider.id, provider]));
    this.contacts = new Map(offer.contacts.map((contact) => [contact.id, contact]));
    this.organizationContacts = placeUnreferencedContacts(offer, this.report);
  }

  /** The service's url: the item's first web link, else the offer's, publisher's or provider's address (reported). */
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

  private serviceAreas(item: Entitlement, serviceId: string): OrukServiceArea[] {
    return (item.eligibility?.residentsOf ?? []).map((code) => {
      const name = councilByCode(code)?.name ?? code;
      return {
        id: this.ids('service-area', `${item.id}/${code}`),
        service_id: serviceId,
        name,
        service_area: name,
        extent_type: 'uri',
        uri: `https://statistics.data.gov.uk/id/statistical-geography/${code}`,
      };
    });
  }

  service(item: Entitlement, index: number): OrukService {
    const path = `entitlements[${index}] "${item.id}"`;
    const { report, ids } = this;
    const id = ids('entitlement', item.id);
    const provider = this.providers.get(item.providerId)!;
    const organization = organizationOf(provider, this.organizationContacts.get(provider.id) ?? [], ids, report);
    const contact = item.contactId ? this.contacts.get(item.contactId) : undefined;
    const url = this.url(item, path);
    const email = orukEmail(contact?.email);
    const eligibility = item.eligibility ?? {};
    const schedules = contact?.openingHours ? schedulesFromOpeningHours(contact.openingHours, id, (key) => ids('schedule', `${item.id}/${key}`)) : [];
    const phones = contact ? phonesOf(contact, `service/${item.id}`, { service_id: id }, ids) : [];
    const serviceAtLocations = contact ? locationsOf(item.id, contact, id, ids) : [];
    const serviceAreas = this.serviceAreas(item, id);

    const extraLinks = item.links && item.links.length > 1;
    const extension: ServiceExtension = {
      id: item.id,
      providerId: item.providerId,
      ...(item.contactId ? { contactId: item.contactId } : {}),
      ...(item.nationalEntitlement ? { nationalEntitlement: item.nationalEntitlement } : {}),
      ...(eligibility.careLeaversOf ? { careLeaversOf: eligibility.careLeaversOf } : {}),
      ...(item.value ? { value: item.value } : {}),
      ...(item.links && item.links.length > 0 ? { links: item.links } : {}),
      ...schema11Extension(item),
    };
    const eligibilityDescription = eligibilityText(item);
    const costs = costsOf(item, id, ids, this.offer);
    const funding = fundingOf(item, this.offer, id, ids);

    const service: OrukService = {
      id,
      organization_id: organization.id,
      name: item.title,
      description: item.details ? `${item.summary}\n\n${item.details}` : item.summary,
      ...(url ? { url } : {}),
      ...(email ? { email } : {}),
      status: orukStatus(item),
      ...(costs.fees ? { fees: costs.fees } : {}),
      ...(eligibility.minAge !== undefined ? { minimum_age: eligibility.minAge } : {}),
      ...(eligibility.maxAge !== undefined ? { maximum_age: eligibility.maxAge } : {}),
      ...(eligibilityDescription ? { eligibility_description: eligibilityDescription } : {}),
      ...(item.howToClaim ? { application_process: item.howToClaim } : {}),
      assured_date: this.offer.lastReviewed,
      last_modified: `${this.offer.lastReviewed}T00:00:00Z`,
      organization,
      ...(contact ? { contacts: [contactOf(contact, { service_id: id }, `${path} contact "${contact.id}"`, ids, report)] } : {}),
      ...(phones.length > 0 ? { phones } : {}),
      ...(schedules.length > 0 ? { schedules } : {}),
      ...(serviceAtLocations.length > 0 ? { service_at_locations: serviceAtLocations } : {}),
      ...(serviceAreas.length > 0 ? { service_areas: serviceAreas } : {}),
      ...(contact?.languages ? { languages: contact.languages.map((name) => ({ id: ids('language', `${item.id}/${name}`), service_id: id, name })) } : {}),
      ...(item.evidence
        ? { required_documents: item.evidence.map((document, n) => ({ id: ids('required-document', `${item.id}/${n}`), service_id: id, document })) }
        : {}),
      ...(funding.length > 0 ? { funding } : {}),
      ...(costs.cost_options ? { cost_options: costs.cost_options } : {}),
      attributes: attributesOf(item, id, ids, this.offer),
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
      item.status && item.status !== 'agreed' && `status "${item.status}" → status "${orukStatus(item)}"`,
      costs.cost_options && `value (a ${item.value!.kind}) → cost_options and fees`,
      funding.length > 0 && 'fundedBy → funding',
      eligibilityDescription !== eligibility.conditions && 'eligibility rules → eligibility_description, in words',
      `area, basis${eligibility.statuses ? ', care statuses' : ''}${item.value ? ', value' : ''}${item.tags ? ', tags' : ''} → attributes`,
    ].filter(Boolean);
    report.mapped(path, mapped.join('; '));
    if (item.value && !costs.cost_options) this.seen.value++;
    if (item.deliveredBy) this.seen.deliveredBy++;
    if (item.available) this.seen.available++;
    if (eligibility.careLeaversOf) this.seen.careLeaversOf++;
    if (extraLinks) this.seen.extraLinks++;
    if (item.howToClaim || item.evidence || eligibility.conditions) this.seen.hsdsOnly++;
    if (contact && (contact.website || contact.notes)) this.seen.contactExtras++;
    return service;
  }

  listExtension(providers: readonly Provider[]): ListExtension {
    const { offer } = this;
    return {
      ...(providers.length > 0 ? { providers } : {}),
      // The offer's own version: the export says what it holds, and reads back as it was.
      schemaVersion: offer.schemaVersion,
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
    if (seen.deliveredBy > 0)
      report.note(
        'deliveredBy',
        `${items(seen.deliveredBy)}: kept only in ${EXTENSION}; an ORUK service has one organization, its provider (only providers that run an item become organizations)`,
      );
    if (seen.available > 0)
      report.note(
        'available',
        `${items(seen.available)}: dates, hours and places of use kept only in ${EXTENSION}; ORUK's schedules are the contact's opening hours`,
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

  /**
   * Providers that run no item are no ORUK organization. Those another part names (who delivers or pays
   * for an item, a team's parent) travel in the list's extension; the rest are dropped.
   */
  providersWithoutItems(): Provider[] {
    const { offer } = this;
    const used = new Set(offer.entitlements.map((item) => item.providerId));
    const named = new Set([
      ...offer.entitlements.flatMap((item) => [...(item.deliveredBy ?? []), ...(item.fundedBy ?? [])]),
      ...offer.providers.flatMap((provider) => provider.partOf ?? []),
    ]);
    const kept: Provider[] = [];
    offer.providers.forEach((provider, index) => {
      if (used.has(provider.id)) return;
      const path = `providers[${index}] "${provider.id}"`;
      if (named.has(provider.id)) {
        kept.push(provider);
        this.report.note(path, `it runs no item, so it is no ORUK organization: kept in the list's ${EXTENSION}, since an item or a team names it`);
      } else this.report.dropped(path, 'it runs no item, and ORUK lists organizations only through their services');
    });
    return kept;
  }
}

/** ORUK 3.0 services from a valid offer (check it with parseOffer first). */
export function toOruk(offer: Offer): ToOrukResult {
  const conversion = new OfferExport(offer);
  const services = offer.entitlements.map((item, index) => conversion.service(item, index));
  const providersWithoutItems = conversion.providersWithoutItems();
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
    [EXTENSION]: conversion.listExtension(providersWithoutItems),
  };
  return { list, services, report: conversion.report };
}
