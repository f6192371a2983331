/**
 * fromOruk: an Open Referral UK services response (1.0 or 3.0, as real feeds publish it) to an offer.
 *
 * Lenient by design: directories are messy, and a publisher would rather fix an import than be refused
 * one. Every field ends up in the report: mapped (and where to), assumed (and why), or dropped (and why).
 * It never throws on bad data; only input that holds no services at all is refused.
 *
 * This module reads each service in order and builds its item; the readers live beside it: the item's
 * fields (service-fields), its words (service-texts), its contacts (service-contacts), the fields nothing
 * reads (field-coverage) and, once every service is read, the offer's own fields (offer-header).
 */
import type { Eligibility, Entitlement, Offer } from '../schema/index.js';
import { careLeaverEvidence } from './care-leavers.js';
import { ConversionReport } from './conversion-report.js';
import { reportBlankFields, reportLeftOut } from './field-coverage.js';
import { htmlToLine } from './html-to-text.js';
import { ContactRegistry } from './import-contacts.js';
import { readAges } from './import-eligibility.js';
import { ProviderRegistry } from './import-providers.js';
import { readSchema11, settleReferences } from './import-rules.js';
import { describeBlank, isObject, objectOrUndefined, quote, textOf } from './json-reading.js';
import { locateServices, type LocatedService } from './locate-services.js';
import { buildOffer, PUBLISHER_PROVIDER, serviceDates, type ServiceDate } from './offer-header.js';
import { EXTENSION, type JsonObject } from './oruk-types.js';
import { importOrganizationContacts, importServiceContacts } from './service-contacts.js';
import { ENUMS, oneOf, readArea, readBasis, readEligibility, readEvidence, readLinks, readTags, readValue, termsOf } from './service-fields.js';
import { readHowToClaim, readTexts } from './service-texts.js';
import { isSlug, slugify, UniqueSlugs } from './slugs.js';
import { TAXONOMY } from './taxonomies.js';
import { clip } from './text-limits.js';

export interface FromOrukOptions {
  /** The offer's id; derived from the publisher when absent. */
  readonly id?: string;
  readonly title?: string;
  /** The publisher's name; the council running most services when absent. */
  readonly publisher?: string;
  /** The publisher's GSS code. */
  readonly councilCode?: string;
  /** Keep only services that say they are for care leavers. */
  readonly careLeaversOnly?: boolean;
  /** Today, as YYYY-MM-DD: the fallback lastReviewed, and the day schedules must be valid on. */
  readonly today: string;
}

export interface FromOrukSuccess {
  readonly ok: true;
  readonly offer: Offer;
  readonly report: ConversionReport;
  /** What was read, for the summary line. */
  readonly read: { readonly shape: string; readonly version: string; readonly services: number; readonly kept: number };
}

export interface FromOrukFailure {
  readonly ok: false;
  readonly message: string;
}

class OfferImport {
  readonly report = new ConversionReport();
  private readonly providers = new ProviderRegistry();
  private readonly contacts = new ContactRegistry();
  private readonly entitlements: Entitlement[] = [];
  private readonly entitlementSlugs = new UniqueSlugs();
  private readonly dates: ServiceDate[] = [];
  private readonly organizationsWithContactsRead = new Set<string>();

  constructor(private readonly options: FromOrukOptions) {}

  importService(located: LocatedService): void {
    const { value, path } = located;
    const report = this.report;
    if (!isObject(value)) {
      report.dropped(path, `${Array.isArray(value) ? 'a list' : describeBlank(value)}, not a service`);
      return;
    }
    const service = value;
    const extension = objectOrUndefined(service[EXTENSION]);
    const fullName = textOf(service.name) ? htmlToLine(textOf(service.name)!) : '';
    if (!fullName) {
      report.dropped(path, 'the service has no name, so it cannot become an item');
      return;
    }
    const name = clip(fullName, 200);
    if (name !== fullName) report.assumed(`${path}.name`, 'cut to 200 characters for the title');
    const label = `${path} ${quote(name, 50)}`;
    const terms = termsOf(service, path);

    if (this.options.careLeaversOnly) {
      const evidence = careLeaverEvidence(
        service,
        terms.foreign.map((term) => term.name),
      );
      if (!evidence) {
        report.dropped(label, 'nothing says it is for care leavers (--care-leavers-only)');
        return;
      }
      report.note(label, `kept for care leavers: ${evidence}`);
    }

    const status = textOf(service.status)?.toLowerCase();
    const schema11 = readSchema11(extension, path, report);
    // Our export writes a proposal as "inactive" and an ended item as "defunct": each is kept as it was.
    if ((status === 'inactive' && schema11.status !== 'proposed') || (status === 'defunct' && schema11.status !== 'ended')) {
      report.dropped(label, `status is "${status}": the service is not running`);
      return;
    }

    const ages = readAges(service, path, report);
    if (ages.tooOld) {
      report.dropped(label, ages.tooOld);
      return;
    }

    reportBlankFields(service, path, report);
    if (status && !oneOf(ENUMS.status!, status)) report.dropped(`${path}.status`, `${quote(status)} is not one of ${ENUMS.status!.join(', ')}`);
    if (status === 'temporarily closed') report.note(`${path}.status`, 'temporarily closed: kept, with the tag "temporarily closed"');
    if (status === 'active') report.mapped(`${path}.status`, '"active": the service is running, so it is kept (an offer lists only running services)');
    else if (status === 'inactive' || status === 'defunct')
      report.mapped(`${path}.status`, `"${status}": kept, as the item's status "${schema11.status}" in ${EXTENSION}`);
    else if (!status && service.status !== undefined && service.status !== null && typeof service.status !== 'string')
      report.dropped(`${path}.status`, `${describeBlank(service.status)}: read as a service that is running`);

    const organization = objectOrUndefined(service.organization) ?? located.organization;
    const organizationPath = objectOrUndefined(service.organization) ? `${path}.organization` : 'organization';
    if (organization && this.providers.isFullFor(organization)) {
      report.dropped(label, 'the offer already has 1000 providers, the most it can hold: convert the directory in parts, or with --care-leavers-only');
      return;
    }
    const use = organization ? this.providers.fromOrganization(organization, organizationPath, report) : undefined;
    const providerId = use?.provider.id ?? PUBLISHER_PROVIDER;
    if (!organization)
      report.assumed(
        `${path}.organization`,
        service.organization === undefined
          ? 'missing: the publisher is the provider'
          : `${describeBlank(service.organization)}, not an organization: the publisher is the provider`,
      );
    // The service's own contacts first: when the organization lists the same person, the service's copy
    // comes with the service's address and hours.
    const contactId = importServiceContacts(
      { service, path, name, providerId, serviceAtLocation: located.serviceAtLocation, today: this.options.today },
      this.contacts,
      report,
    );
    if (use?.isNew) importOrganizationContacts(use.organization, organizationPath, use.provider.id, this.contacts, this.organizationsWithContactsRead, report);

    const { description, summary, details } = readTexts(service, path, name, extension !== undefined, report);
    const area = readArea(path, label, name, description, terms, report);
    const basis = readBasis(path, label, terms, use?.provider, !!this.options.councilCode, report);
    const read = readEligibility(service, path, ages, terms, extension, report);
    const eligibility = schema11.eligibility ? { ...read, ...schema11.eligibility, conditions: schema11.eligibility.conditions } : read;
    const howToClaim = readHowToClaim(service, path, report);
    const tags = readTags(service, path, terms, status, report);
    const evidence = readEvidence(service, path, report);
    const links = readLinks(service, path, name, extension, report);
    const itemValue = readValue(path, extension, report);
    const nationalEntitlement = textOf(extension?.nationalEntitlement) ?? terms.ours.get(TAXONOMY.nationalEntitlement)?.[0];

    const wantedId = textOf(extension?.id);
    const id = this.entitlementSlugs.take(isSlug(wantedId) ? wantedId : (slugify(name) ?? slugify(textOf(service.id) ?? '') ?? 'service'));
    const entitlement: Entitlement = {
      id,
      title: name,
      summary,
      ...(details ? { details } : {}),
      area,
      ...(tags.length > 0 ? { tags } : {}),
      basis,
      ...(isSlug(nationalEntitlement) ? { nationalEntitlement } : {}),
      providerId,
      ...(schema11.deliveredBy ? { deliveredBy: schema11.deliveredBy } : {}),
      ...(schema11.fundedBy ? { fundedBy: schema11.fundedBy } : {}),
      ...(schema11.status ? { status: schema11.status } : {}),
      ...(schema11.available ? { available: schema11.available } : {}),
      ...(eligibility ? { eligibility: JSON.parse(JSON.stringify(eligibility)) as Eligibility } : {}),
      ...(itemValue ? { value: itemValue } : {}),
      ...(howToClaim ? { howToClaim } : {}),
      ...(evidence.length > 0 ? { evidence } : {}),
      ...(links.length > 0 ? { links } : {}),
      ...(contactId ? { contactId } : {}),
    };
    this.entitlements.push(entitlement);
    report.mapped(label, `→ entitlements "${id}" (name → title${contactId ? `, contact → "${contactId}"` : ''})`);
    for (const date of serviceDates(service, path, report)) this.dates.push(date);
    reportLeftOut(service, path, report);
  }

  finish(located: { count: number; listExtension?: JsonObject; ofOrganization?: boolean }): Offer {
    const parts = { providers: this.providers, contacts: this.contacts, entitlements: this.entitlements, dates: this.dates };
    return settleReferences(buildOffer(parts, this.options, located, this.report), located.listExtension, this.report);
  }
}

/** An offer from an ORUK response, with the report of what happened to every field. */
export function fromOruk(input: unknown, options: FromOrukOptions): FromOrukSuccess | FromOrukFailure {
  const located = locateServices(input);
  if ('problem' in located) return { ok: false, message: located.problem };
  const conversion = new OfferImport(options);
  conversion.report.note('', `read ${located.shape}, as ${located.version}`);
  if (located.pageNote) conversion.report.note('', located.pageNote);
  if (located.services.length === 0) conversion.report.note('', 'the input holds no services');
  for (const service of located.services) conversion.importService(service);
  const offer = conversion.finish({
    count: located.services.length,
    ...(located.listExtension ? { listExtension: located.listExtension } : {}),
    ...(located.ofOrganization ? { ofOrganization: true } : {}),
  });
  return {
    ok: true,
    offer,
    report: conversion.report,
    read: { shape: located.shape, version: located.version, services: located.services.length, kept: offer.entitlements.length },
  };
}
