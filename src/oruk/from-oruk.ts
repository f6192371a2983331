/**
 * fromOruk: an Open Referral UK services response (1.0 or 3.0, as real feeds publish it) to an offer.
 *
 * Lenient by design: directories are messy, and a publisher would rather fix an import than be refused
 * one. Every field ends up in the report: mapped (and where to), assumed (and why), or dropped (and why).
 * It never throws on bad data; only input that holds no services at all is refused.
 */
import { councilByCode, councilByName, type Council } from '../places/council-registry.js';
import {
  AREAS,
  BASES,
  CARE_STATUSES,
  EntitlementSchema,
  SCHEMA_VERSION,
  type Area,
  type Basis,
  type CareStatus,
  type Eligibility,
  type Entitlement,
  type Offer,
  type OpeningHours,
  type Provider,
} from '../schema/index.js';
import { areaOfTerm, guessArea } from './area-keywords.js';
import { careLeaverEvidence } from './care-leavers.js';
import { ConversionReport } from './conversion-report.js';
import { htmlToLine, htmlToText, looksLikeHtml } from './html-to-text.js';
import {
  ContactRegistry,
  draftFromOrukContact,
  firstLocationAddress,
  guessRole,
  isEmail,
  readPhones,
  webAddress,
  type ContactDraft,
} from './import-contacts.js';
import { readAges, readConditions, readResidentsOf } from './import-eligibility.js';
import { ProviderRegistry } from './import-providers.js';
import { dateOf, describeBlank, isObject, numberOf, objectOrUndefined, objectsIn, quote, textOf } from './json-reading.js';
import { locateServices, type LocatedService } from './locate-services.js';
import { openingHoursFromSchedules, type ScheduleSource } from './opening-hours.js';
import { EXTENSION, type JsonObject } from './oruk-types.js';
import { slugify, UniqueSlugs } from './slugs.js';
import { TAXONOMY, type TaxonomyName } from './taxonomies.js';
import { clip, splitSummary } from './text-limits.js';
import { fold } from '../text/fold.js';

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

const OFFER_SCHEMA_URL = 'https://unpkg.com/local-offer-elements/schema/offer.schema.json';
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Stands in for the publisher's provider until the publisher is known. */
const PUBLISHER_PROVIDER = '\u0000publisher';

const ENUMS: Readonly<Record<string, readonly string[]>> = {
  attending_type: ['phone', 'online', 'venue', 'home visit'],
  attending_access: ['referral', 'appointment', 'membership', 'drop-in'],
  deliverable_type: ['Advice', 'Assessment', 'Counselling', 'Equipment', 'Financial Support', 'Information', 'Permission', 'Training'],
  status: ['active', 'inactive', 'defunct', 'temporarily closed'],
};

const ACCESS_WORDS: Readonly<Record<string, string>> = {
  referral: 'You need to be referred (your personal adviser can do this).',
  appointment: 'Make an appointment first.',
  membership: 'You need to become a member.',
  'drop-in': 'You can just drop in.',
};

const ATTENDING_WORDS: Readonly<Record<string, string>> = {
  phone: 'by phone',
  online: 'online',
  venue: 'in person',
  'home visit': 'at home (they visit you)',
};

/** Fields read by the converter; the rest of a service is reported as left out, with these reasons. */
const READ_FIELDS = new Set([
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

const LEFT_OUT_REASONS: Readonly<Record<string, string>> = {
  alternate_name: 'an item has one title',
  accreditations: 'an offer does not list accreditations',
  assurer_email: 'who checked the record is not shown to young people',
  licenses: 'an offer does not list licences',
  funding: 'who pays for a service is not shown to young people',
  fundings: 'who pays for a service is not shown to young people',
  program: 'an offer has no programmes',
  metadata: 'an offer keeps no change history',
  reviews: 'an offer does not carry reviews',
  holiday_schedules: 'an offer holds weekly opening hours only; put closures in the opening hours note',
  wait_time: 'an offer has no field for waiting times; put it in the details if it matters',
  service_at_location: 'locations are read from service_at_locations',
};

/** How a value from our own taxonomies reads back. */
interface Terms {
  /** Terms from the directory's own taxonomies. */
  readonly foreign: { readonly name: string; readonly path: string }[];
  /** Codes from our taxonomies, as written by toOruk. */
  readonly ours: Map<TaxonomyName, string[]>;
}

const OUR_TAXONOMIES = new Set<string>(Object.values(TAXONOMY));

function termsOf(service: JsonObject, path: string): Terms {
  const terms: Terms = { foreign: [], ours: new Map() };
  for (const { item, index } of objectsIn(service.service_taxonomys)) {
    const taxonomy = objectOrUndefined(item.taxonomy);
    const name = textOf(taxonomy?.name);
    if (name) terms.foreign.push({ name: htmlToLine(name), path: `${path}.service_taxonomys[${index}]` });
  }
  for (const { item, index } of objectsIn(service.attributes)) {
    const term = objectOrUndefined(item.taxonomy_term);
    if (!term) continue;
    const taxonomy = textOf(term.taxonomy) ?? textOf(objectOrUndefined(term.taxonomy_detail)?.name);
    if (taxonomy && OUR_TAXONOMIES.has(taxonomy)) {
      const code = textOf(term.code) ?? textOf(term.term) ?? textOf(term.name);
      if (code) terms.ours.set(taxonomy as TaxonomyName, [...(terms.ours.get(taxonomy as TaxonomyName) ?? []), code]);
      continue;
    }
    const name = textOf(term.name) ?? textOf(term.term);
    if (name) terms.foreign.push({ name: htmlToLine(name), path: `${path}.attributes[${index}]` });
  }
  return terms;
}

function oneOf<T extends string>(values: readonly T[], value: string | undefined): T | undefined {
  return value !== undefined && (values as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** Locations of a service, wherever the feed nested them. */
function locationsOf(
  service: JsonObject,
  path: string,
  serviceAtLocation: JsonObject | undefined,
): { location: JsonObject; path: string; sal: JsonObject; salPath: string }[] {
  const found = objectsIn(service.service_at_locations).flatMap(({ item, index }) => {
    const location = objectOrUndefined(item.location);
    return location
      ? [{ location, path: `${path}.service_at_locations[${index}].location`, sal: item, salPath: `${path}.service_at_locations[${index}]` }]
      : [];
  });
  const nested = objectOrUndefined(serviceAtLocation?.location);
  if (serviceAtLocation && nested) found.push({ location: nested, path: 'location', sal: serviceAtLocation, salPath: '(service_at_location)' });
  return found;
}

class OfferImport {
  readonly report = new ConversionReport();
  private readonly providers = new ProviderRegistry();
  private readonly contacts = new ContactRegistry();
  private readonly entitlements: Entitlement[] = [];
  private readonly entitlementSlugs = new UniqueSlugs();
  private readonly dates: { date: string; from: string }[] = [];
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
    if (status === 'inactive' || status === 'defunct') {
      report.dropped(label, `status is "${status}": the service is not running`);
      return;
    }

    const ages = readAges(service, path, report);
    if (ages.tooOld) {
      report.dropped(label, ages.tooOld);
      return;
    }

    for (const [key, field] of Object.entries(service)) {
      if (field === null || (typeof field === 'string' && field.trim() === '')) report.dropped(`${path}.${key}`, describeBlank(field));
    }
    if (status && !oneOf(ENUMS.status!, status)) report.dropped(`${path}.status`, `${quote(status)} is not one of ${ENUMS.status!.join(', ')}`);
    if (status === 'temporarily closed') report.note(`${path}.status`, 'temporarily closed: kept, with the tag "temporarily closed"');

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
    const contactId = this.importServiceContacts(service, path, name, providerId, located.serviceAtLocation);
    if (use?.isNew) this.importOrganizationContacts(use.organization, organizationPath, use.provider.id);

    const { description, summary, details } = this.readTexts(service, path, name, extension !== undefined);
    const area = this.readArea(path, label, name, description, terms);
    const basis = this.readBasis(path, label, terms, use?.provider);
    const eligibility = this.readEligibility(service, path, ages, terms, extension);
    const howToClaim = this.readHowToClaim(service, path);
    const tags = this.readTags(service, path, terms, status);
    const documents = objectsIn(service.required_documents)
      .map(({ item }) => textOf(item.document))
      .filter((text): text is string => !!text)
      .map((text) => clip(htmlToLine(text), 200));
    const evidence = documents.slice(0, 20);
    if (evidence.length > 0) report.mapped(`${path}.required_documents`, '→ evidence');
    if (documents.length > 20) report.dropped(`${path}.required_documents`, `${documents.length - 20} documents after the first 20: an item lists at most 20`);
    const links = this.readLinks(service, path, name, extension);
    const itemValue = this.readValue(path, extension);
    const nationalEntitlement = textOf(extension?.nationalEntitlement) ?? terms.ours.get(TAXONOMY.nationalEntitlement)?.[0];

    const wantedId = textOf(extension?.id);
    const id = this.entitlementSlugs.take(wantedId && SLUG.test(wantedId) ? wantedId : (slugify(name) ?? slugify(textOf(service.id) ?? '') ?? 'service'));
    const entitlement: Entitlement = {
      id,
      title: name,
      summary,
      ...(details ? { details } : {}),
      area,
      ...(tags.length > 0 ? { tags } : {}),
      basis,
      ...(nationalEntitlement && SLUG.test(nationalEntitlement) ? { nationalEntitlement } : {}),
      providerId,
      ...(eligibility ? { eligibility } : {}),
      ...(itemValue ? { value: itemValue } : {}),
      ...(howToClaim ? { howToClaim } : {}),
      ...(evidence.length > 0 ? { evidence } : {}),
      ...(links.length > 0 ? { links } : {}),
      ...(contactId ? { contactId } : {}),
    };
    this.entitlements.push(entitlement);
    report.mapped(label, `→ entitlements "${id}" (name → title${contactId ? `, contact → "${contactId}"` : ''})`);

    for (const field of ['last_modified', 'assured_date']) {
      const date = dateOf(service[field]);
      if (date) this.dates.push({ date, from: `${path}.${field}` });
    }
    const vendorDates = objectOrUndefined(service.pc_metadata);
    for (const field of ['date_modified', 'date_assured']) {
      const date = dateOf(vendorDates?.[field]);
      if (date) this.dates.push({ date, from: `${path}.pc_metadata.${field}` });
    }
    this.reportLeftOut(service, path);
  }

  /** The summary and details from the description, with the alert first and any costs last. */
  private readTexts(service: JsonObject, path: string, name: string, fromExport: boolean): { description: string; summary: string; details: string } {
    const report = this.report;
    const raw = textOf(service.description);
    const description = raw ? htmlToText(raw) : '';
    if (raw && looksLikeHtml(raw)) {
      const script = /<script\b/i.test(raw) ? '; a <script> element was removed' : '';
      report.mapped(`${path}.description`, `HTML converted to plain text (tags removed, entities decoded, paragraphs kept as line breaks${script})`);
    }
    let summary: string;
    const details: string[] = [];
    if (description && fromExport) {
      // Our export writes the summary as the first paragraph and the details after it.
      const [first, ...more] = description.split(/\n\n/);
      summary = clip(first!.replace(/\s*\n\s*/g, ' '), 600);
      if (more.length > 0) details.push(more.join('\n\n'));
    } else if (description) {
      const split = splitSummary(description, 600);
      summary = split.summary;
      if (split.rest) details.push(split.rest);
      report.mapped(
        `${path}.description`,
        `→ summary (its first sentence${split.summary.includes('. ') ? 's' : ''})${split.rest ? ' and details (the rest)' : ''}`,
      );
    } else {
      summary = /[.!?]$/.test(name) ? name : `${name}.`;
      report.assumed(`${path}.description`, 'no description: the summary repeats the name');
    }
    const alert = textOf(service.alert) ? htmlToText(textOf(service.alert)!) : '';
    if (alert) {
      details.unshift(`Please note: ${alert}`);
      report.mapped(`${path}.alert`, '→ details, first, as "Please note: …"');
    }
    const costs = this.readCosts(service, path);
    if (costs) details.push(costs);
    const joined = details.join('\n\n').trim();
    if (joined.length > 4000) report.assumed(`${path}.description`, 'details cut to 4000 characters');
    return { description, summary, details: clip(joined, 4000) };
  }

  private importOrganizationContacts(organization: JsonObject, path: string, providerId: string): void {
    const key = textOf(organization.id) ?? providerId;
    if (this.organizationsWithContactsRead.has(key)) return;
    this.organizationsWithContactsRead.add(key);
    for (const { item, index } of objectsIn(organization.contacts)) {
      const draft = draftFromOrukContact(item, `${path}.contacts[${index}]`, textOf(organization.name) ?? 'Contact', this.report);
      if (!draft.ours) draft.providerId = providerId;
      this.contacts.add(draft, this.report);
    }
  }

  /** The service's contacts, completed from its own phone, email, address, hours and languages. */
  private importServiceContacts(
    service: JsonObject,
    path: string,
    name: string,
    providerId: string,
    serviceAtLocation: JsonObject | undefined,
  ): string | undefined {
    const report = this.report;
    const locations = locationsOf(service, path, serviceAtLocation);
    const drafts: ContactDraft[] = objectsIn(service.contacts).map(({ item, index }) => draftFromOrukContact(item, `${path}.contacts[${index}]`, name, report));
    for (const { sal, salPath, location, path: locationPath } of locations) {
      for (const [owner, ownerPath] of [
        [sal, salPath],
        [location, locationPath],
      ] as const) {
        objectsIn(owner.contacts).forEach(({ item, index }) => drafts.push(draftFromOrukContact(item, `${ownerPath}.contacts[${index}]`, name, report)));
      }
    }

    const own = readPhones(service.phones, `${path}.phones`, report);
    const known = new Set(drafts.flatMap((draft) => [...draft.phones, ...draft.texts]));
    const servicePhones = own.voice.filter((number) => !known.has(number));
    const serviceTexts = own.text.filter((number) => !known.has(number));
    const emailText = textOf(service.email);
    const serviceEmail = emailText && isEmail(emailText) ? emailText : undefined;
    if (emailText && !serviceEmail) report.dropped(`${path}.email`, `${quote(emailText)} is not an email address`);

    const schedules: ScheduleSource[] = [];
    for (const field of ['schedules', 'regular_schedules']) {
      for (const { item, index } of objectsIn(service[field])) schedules.push({ item, path: `${path}.${field}[${index}]` });
    }
    for (const { sal, salPath, location, path: locationPath } of locations) {
      for (const [owner, ownerPath] of [
        [sal, salPath],
        [location, locationPath],
      ] as const) {
        for (const field of ['schedules', 'regular_schedules', 'regular_schedule']) {
          for (const { item, index } of objectsIn(owner[field])) schedules.push({ item, path: `${ownerPath}.${field}[${index}]` });
        }
      }
    }
    const writtenByUs = isObject(service[EXTENSION]);
    const hours: OpeningHours | undefined =
      schedules.length > 0 ? openingHoursFromSchedules(schedules, this.options.today, report, { writtenByUs }) : undefined;
    const address = firstLocationAddress(locations);
    const languages = objectsIn(service.languages)
      .map(({ item }) => textOf(item.name) ?? textOf(item.language))
      .filter((language): language is string => !!language)
      .map(htmlToLine);
    const interpretation = textOf(service.interpretation_services) ? htmlToLine(textOf(service.interpretation_services)!) : '';

    if (drafts.length === 0 && (servicePhones.length > 0 || serviceTexts.length > 0 || serviceEmail || address)) {
      const contactName = name;
      const role = guessRole([name]);
      drafts.push({
        name: contactName,
        role: role.role,
        ...(role.reason ? { roleReason: role.reason } : {}),
        phones: [...servicePhones],
        texts: [...serviceTexts],
        ...(serviceEmail ? { email: serviceEmail } : {}),
        notes: [],
        key: `service:${textOf(service.id) ?? fold(name)}`,
        ours: false,
        path: `${path} (its own phone, email and address)`,
      });
      report.assumed(
        path,
        `no contacts: made one called ${quote(contactName)} from the service's own ${[servicePhones.length + serviceTexts.length > 0 && 'phone', serviceEmail && 'email', address && 'address'].filter(Boolean).join(', ')}`,
      );
    } else {
      let emailUsed = false;
      for (const draft of drafts) {
        if (draft.phones.length === 0 && draft.texts.length === 0 && (servicePhones.length > 0 || serviceTexts.length > 0)) {
          draft.phones.push(...servicePhones);
          draft.texts.push(...serviceTexts);
          report.assumed(draft.path, `no phone of its own: used the service's (${[...servicePhones, ...serviceTexts].join(', ')})`);
        }
        if (!draft.email && serviceEmail) {
          draft.email = serviceEmail;
          emailUsed = true;
          report.assumed(draft.path, `no email of its own: used the service's (${serviceEmail})`);
        }
      }
      if (serviceEmail && !emailUsed && !drafts.some((draft) => draft.email === serviceEmail))
        report.dropped(`${path}.email`, 'every contact already has an email of its own');
      const stray = [...servicePhones, ...serviceTexts].filter(
        (number) => !drafts.some((draft) => draft.phones.includes(number) || draft.texts.includes(number)),
      );
      if (stray.length > 0) report.dropped(`${path}.phones`, `${stray.join(', ')}: every contact already has a phone of its own`);
    }

    const first = drafts[0];
    if (first) {
      if (address && !first.address) {
        first.address = address.address;
        report.mapped(address.path, `→ the address of contact ${quote(first.name)}`);
      }
      if (hours) {
        first.openingHours = hours;
        const field = Array.isArray(service.schedules) || !Array.isArray(service.regular_schedules) ? 'schedules' : 'regular_schedules';
        report.mapped(`${path}.${field}`, `→ the opening hours of contact ${quote(first.name)}`);
      }
      if (languages.length > 0) {
        first.languages = [...new Set([...(first.languages ?? []), ...languages])];
        report.mapped(`${path}.languages`, `→ the languages of contact ${quote(first.name)}`);
      }
      if (interpretation) {
        first.notes.push(/^interpret/i.test(interpretation) ? interpretation : `Interpretation: ${interpretation}`);
        report.mapped(`${path}.interpretation_services`, `→ the notes of contact ${quote(first.name)}`);
      }
    } else {
      report.note(path, 'no contacts, phone, email or address: the item has no contact; young people will be sent to its link or provider');
      if (hours) report.dropped(`${path}.schedules`, 'opening hours need a contact to belong to, and the service has none');
      if (languages.length > 0) report.dropped(`${path}.languages`, 'languages belong to a contact, and the service has none');
    }

    let firstId: string | undefined;
    for (const draft of drafts) {
      if (!draft.ours) draft.providerId = providerId;
      const id = this.contacts.add(draft, report);
      firstId ??= id;
    }
    return firstId;
  }

  private readCosts(service: JsonObject, path: string): string | undefined {
    const parts: string[] = [];
    for (const field of ['fees_description', 'fees']) {
      const text = textOf(service[field]);
      if (!text) continue;
      // The UK profile's example writes the field's own name as a placeholder.
      if (text === 'fees_description') {
        this.report.dropped(`${path}.${field}`, `${quote(text)} is a placeholder`);
      } else {
        parts.push(htmlToLine(text));
        this.report.mapped(`${path}.${field}`, '→ details ("Cost: …")');
      }
    }
    for (const { item, index } of objectsIn(service.cost_options)) {
      const amount = numberOf(item.amount);
      const words = [
        amount !== undefined ? `£${amount % 1 === 0 ? amount : amount.toFixed(2)}` : '',
        textOf(item.amount_description) ?? '',
        textOf(item.option) ? `(${textOf(item.option)})` : '',
      ]
        .filter(Boolean)
        .join(' ');
      if (words) parts.push(htmlToLine(words));
      this.report.mapped(
        `${path}.cost_options[${index}]`,
        '→ details as words ("Cost: …"): it is a cost to the user, not an amount given to them, so it is not an item value',
      );
    }
    if (parts.length === 0) return undefined;
    return `Cost: ${[...new Set(parts)].join('; ')}`;
  }

  private readArea(path: string, label: string, name: string, description: string, terms: Terms): Area {
    const report = this.report;
    const ours = oneOf(AREAS, terms.ours.get(TAXONOMY.area)?.[0]);
    if (ours) {
      report.mapped(`${path}.attributes`, `area "${ours}" from the ${TAXONOMY.area} taxonomy`);
      return ours;
    }
    if (terms.foreign.length > 0) {
      const votes = new Map<Area, string[]>();
      for (const term of terms.foreign) {
        const match = areaOfTerm(term.name);
        if (match) votes.set(match.area, [...(votes.get(match.area) ?? []), term.name]);
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

  private readBasis(path: string, label: string, terms: Terms, provider: Provider | undefined): Basis {
    const ours = oneOf(BASES, terms.ours.get(TAXONOMY.basis)?.[0]);
    if (ours) {
      this.report.mapped(`${path}.attributes`, `basis "${ours}" from the ${TAXONOMY.basis} taxonomy`);
      return ours;
    }
    // A service that names no organization is the publisher's, which is a council when a council code is given.
    const isCouncil = provider ? provider.kind === 'council' : !!this.options.councilCode;
    const basis: Basis = isCouncil ? 'discretionary' : 'partner';
    this.report.assumed(
      label,
      isCouncil
        ? 'basis "discretionary": a council runs it, and ORUK cannot say whether the law requires it'
        : 'basis "partner": it is run by an organization other than the council',
    );
    return basis;
  }

  private readEligibility(
    service: JsonObject,
    path: string,
    ages: { minAge?: number; maxAge?: number },
    terms: Terms,
    extension: JsonObject | undefined,
  ): Eligibility | undefined {
    const statuses = [
      ...new Set((terms.ours.get(TAXONOMY.careStatus) ?? []).filter((code): code is CareStatus => (CARE_STATUSES as readonly string[]).includes(code))),
    ];
    if (statuses.length > 0) this.report.mapped(`${path}.attributes`, `care statuses ${statuses.join(', ')} from the ${TAXONOMY.careStatus} taxonomy`);
    const careLeaversOf = Array.isArray(extension?.careLeaversOf)
      ? (extension.careLeaversOf as unknown[]).map(textOf).filter((code): code is string => !!code && !!councilByCode(code))
      : [];
    const residentsOf = readResidentsOf(service, path, this.report);
    const conditions = readConditions(service, path, this.report);
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

  private readHowToClaim(service: JsonObject, path: string): string | undefined {
    const parts: string[] = [];
    const process = textOf(service.application_process);
    if (process) {
      parts.push(htmlToText(process).replace(/\s*\n\s*/g, ' '));
      this.report.mapped(`${path}.application_process`, '→ howToClaim');
    }
    const access = this.readEnum(service, path, 'attending_access');
    if (access) {
      parts.push(ACCESS_WORDS[access]!);
      this.report.mapped(`${path}.attending_access`, `"${access}" → howToClaim, as words`);
    }
    const attending = this.readEnum(service, path, 'attending_type');
    if (attending) {
      parts.push(`You can use it ${ATTENDING_WORDS[attending]}.`);
      this.report.mapped(`${path}.attending_type`, `"${attending}" → howToClaim, as words`);
    }
    if (parts.length === 0) return undefined;
    const text = parts.join(' ');
    if (text.length > 1000) this.report.assumed(`${path}.application_process`, 'howToClaim cut to 1000 characters');
    return clip(text, 1000);
  }

  /** An enumerated 1.0 field, when it holds one of its values (matched ignoring case). */
  private readEnum(service: JsonObject, path: string, field: string): string | undefined {
    const text = textOf(service[field]);
    if (!text) return undefined;
    const value = ENUMS[field]!.find((allowed) => allowed.toLowerCase() === text.toLowerCase());
    if (!value) this.report.dropped(`${path}.${field}`, `${quote(text)} is not one of ${ENUMS[field]!.join(', ')}`);
    return value;
  }

  private readTags(service: JsonObject, path: string, terms: Terms, status: string | undefined): string[] {
    const tags: string[] = [];
    const add = (tag: string) => {
      const clipped = clip(tag, 40);
      if (clipped && !tags.some((existing) => fold(existing) === fold(clipped))) tags.push(clipped);
    };
    const ours = terms.ours.get(TAXONOMY.tag) ?? [];
    ours.forEach(add);
    for (const term of terms.foreign) add(term.name);
    if (terms.foreign.length > 0)
      this.report.mapped(
        `${path} taxonomy terms`,
        `${terms.foreign
          .slice(0, 5)
          .map((t) => quote(t.name, 40))
          .join(', ')} → tags`,
      );
    const deliverable = this.readEnum(service, path, 'deliverable_type');
    if (deliverable) {
      add(deliverable);
      this.report.mapped(`${path}.deliverable_type`, `"${deliverable}" → tags`);
    }
    if (status === 'temporarily closed') add('temporarily closed');
    if (tags.length > 20) this.report.dropped(`${path} taxonomy terms`, `${tags.length - 20} tags after the first 20: an item has at most 20`);
    return tags.slice(0, 20);
  }

  private readLinks(service: JsonObject, path: string, name: string, extension: JsonObject | undefined): { title: string; url: string }[] {
    if (extension) {
      // Our export fills url from the offer or publisher when an item has no link; that is not the item's link.
      const fromExtension = EntitlementSchema.shape.links.safeParse(extension.links);
      if (fromExtension.success) return fromExtension.data ?? [];
      this.report.dropped(`${path}.${EXTENSION}.links`, 'not a valid list of links');
    }
    const url = textOf(service.url);
    if (!url) return [];
    const link = webAddress(url);
    if (!link) {
      this.report.dropped(`${path}.url`, `${quote(url)} is not a web address (http or https)`);
      return [];
    }
    this.report.mapped(`${path}.url`, '→ links[0]');
    return [{ title: clip(`More about ${name}`, 200), url: link }];
  }

  private readValue(path: string, extension: JsonObject | undefined): Entitlement['value'] {
    if (extension?.value === undefined) return undefined;
    const value = EntitlementSchema.shape.value.safeParse(extension.value);
    if (value.success && value.data && (value.data.amountPence !== undefined || value.data.description !== undefined)) return value.data;
    this.report.dropped(`${path}.${EXTENSION}.value`, 'not a valid item value');
    return undefined;
  }

  private reportLeftOut(service: JsonObject, path: string): void {
    for (const [key, field] of Object.entries(service)) {
      if (field === null || (typeof field === 'string' && field.trim() === '') || (Array.isArray(field) && field.length === 0)) continue;
      if (key === 'pc_targetAudience') {
        this.report.dropped(`${path}.${key}`, 'vendor extension (Placecube): used only to find services for care leavers');
      } else if (key === 'pc_metadata') {
        this.report.dropped(`${path}.${key}`, 'vendor extension (Placecube): only its dates were used, for lastReviewed');
      } else if (!READ_FIELDS.has(key)) {
        const reason =
          LEFT_OUT_REASONS[key] ??
          (/^[a-z]{1,5}_[a-zA-Z]/.test(key) && !key.startsWith('service_')
            ? `vendor extension: not part of ORUK, so it has no place in an offer`
            : 'not a field this converter reads');
        this.report.dropped(`${path}.${key}`, reason);
      }
    }
  }

  finish(located: { shape: string; version: string; count: number; listExtension?: JsonObject }): Offer {
    const report = this.report;
    const header = objectOrUndefined(located.listExtension?.offer);
    const headerPublisher = objectOrUndefined(header?.publisher);

    // Publisher
    let council: Council | undefined = this.options.councilCode ? councilByCode(this.options.councilCode) : undefined;
    let publisherName = this.options.publisher;
    let publisherWebsite: string | undefined;
    if (!publisherName && headerPublisher && textOf(headerPublisher.name)) {
      publisherName = textOf(headerPublisher.name)!;
      council ??= textOf(headerPublisher.councilCode) ? councilByCode(textOf(headerPublisher.councilCode)!) : undefined;
      publisherWebsite = webAddress(headerPublisher.website);
      report.mapped(EXTENSION, `publisher ${quote(publisherName)} from the list's ${EXTENSION} extension`);
    }
    if (!publisherName) {
      const byCount = [...this.providers.providers].sort(
        (a, b) => (this.providers.serviceCounts.get(b.id) ?? 0) - (this.providers.serviceCounts.get(a.id) ?? 0),
      );
      const matchingCouncil = council && byCount.find((provider) => provider.councilCode === council!.code);
      const chosen = matchingCouncil ?? byCount.find((provider) => provider.kind === 'council') ?? byCount[0];
      if (council && !matchingCouncil) {
        publisherName = council.name;
        report.assumed('publisher.name', `${quote(council.name)}: the name of council ${council.code} (--council-code)`);
      } else if (chosen) {
        publisherName = chosen.name;
        publisherWebsite = chosen.website;
        council ??= chosen.councilCode ? councilByCode(chosen.councilCode) : undefined;
        report.assumed(
          'publisher.name',
          `${quote(chosen.name)}: the ${chosen.kind === 'council' ? 'council' : 'organization'} running the most services (give --publisher to choose)`,
        );
      } else {
        publisherName = 'Publisher not known';
        report.assumed('publisher.name', `${quote(publisherName)}: the input names no organization (give --publisher)`);
      }
    } else if (this.options.publisher) {
      council ??= councilByName(publisherName);
      const sameProvider = this.providers.providers.find((provider) => fold(provider.name) === fold(publisherName!));
      publisherWebsite = sameProvider?.website;
      if (council && !this.options.councilCode) report.assumed('publisher.councilCode', `${council.code}: the publisher's name matches ${council.name}`);
    }
    publisherName = clip(publisherName, 200);
    if (council && this.options.councilCode) report.mapped('publisher.councilCode', `${council.code} (--council-code)`);

    // Items without an organization belong to the publisher.
    const needsPublisher = this.entitlements.some((item) => item.providerId === PUBLISHER_PROVIDER) || this.providers.providers.length === 0;
    if (needsPublisher) {
      const publisherProvider = this.providers.forPublisher(publisherName, council, publisherWebsite, report);
      for (const item of this.entitlements) if (item.providerId === PUBLISHER_PROVIDER) item.providerId = publisherProvider.id;
      for (const contact of this.contacts.contacts) if (contact.providerId === PUBLISHER_PROVIDER) contact.providerId = publisherProvider.id;
    }

    // A contact our export tied to another provider than its service's goes back to that provider.
    const providerIds = new Set(this.providers.providers.map((provider) => provider.id));
    for (const contact of this.contacts.contacts) {
      const wanted = this.contacts.wantedProviders.get(contact.id);
      if (wanted && providerIds.has(wanted)) contact.providerId = wanted;
    }

    // Identity
    let id = this.options.id;
    if (!id && textOf(header?.id) && SLUG.test(textOf(header?.id)!)) {
      id = textOf(header?.id)!;
      report.mapped('id', `"${id}" from the list's ${EXTENSION} extension`);
    }
    if (!id) {
      id = slugify(council?.shortName ?? publisherName, 60) ?? 'imported-offer';
      report.assumed('id', `"${id}" from the publisher's name (give --id to choose)`);
    }
    let title = this.options.title ? clip(this.options.title, 200) : undefined;
    if (!title && textOf(header?.title)) {
      title = clip(textOf(header?.title)!, 200);
      report.mapped('title', `from the list's ${EXTENSION} extension`);
    }
    if (!title) {
      const place = council?.shortName ?? publisherName;
      title = clip(this.options.careLeaversOnly ? `${place}: services for care leavers` : `${place}: services from its directory`, 200);
      report.assumed('title', `${quote(title)} (give --title to choose)`);
    }

    // Dates
    let lastReviewed = dateOf(header?.lastReviewed);
    if (lastReviewed) {
      report.mapped('lastReviewed', `${lastReviewed} from the list's ${EXTENSION} extension`);
    } else {
      const past = this.dates.filter((entry) => entry.date <= this.options.today);
      const future = this.dates.length - past.length;
      if (future > 0)
        report.dropped('lastReviewed', `${future} service date${future > 1 ? 's are' : ' is'} in the future and ${future > 1 ? 'were' : 'was'} not used`);
      const latest = past.sort((a, b) => b.date.localeCompare(a.date))[0];
      if (latest) {
        lastReviewed = latest.date;
        report.assumed('lastReviewed', `${latest.date}: the latest last_modified or assured date of the services (${latest.from})`);
      } else {
        lastReviewed = this.options.today;
        report.assumed('lastReviewed', `${lastReviewed} (today): no service gives a last_modified or assured date`);
      }
    }

    const publisherEmail = textOf(headerPublisher?.email);
    const covers = Array.isArray(header?.covers)
      ? (header.covers as unknown[]).map(textOf).filter((code): code is string => !!code && !!councilByCode(code))
      : [];
    if (covers.length === 0 && council) {
      covers.push(council.code);
      report.assumed('covers', `${council.code}: the publisher's council area`);
    }
    const summary = textOf(header?.summary);
    const sourceUrl = webAddress(header?.sourceUrl);
    const nextReviewDue = dateOf(header?.nextReviewDue);
    const locale = textOf(header?.locale);

    if (located.count > 0 && this.entitlements.length === 0) report.note('', 'no service became an item: the offer is empty');
    const offer: Offer = {
      $schema: OFFER_SCHEMA_URL,
      schemaVersion: SCHEMA_VERSION,
      id,
      title,
      ...(summary ? { summary: clip(summary, 1000) } : {}),
      ...(header?.isExample === true ? { isExample: true } : {}),
      ...(locale && /^[a-z]{2,3}(?:-[A-Z]{2})?$/.test(locale) ? { locale } : {}),
      publisher: {
        name: publisherName,
        ...(council ? { councilCode: council.code } : {}),
        ...(publisherWebsite ? { website: publisherWebsite } : {}),
        ...(publisherEmail && isEmail(publisherEmail) ? { email: publisherEmail } : {}),
      },
      ...(covers.length > 0 ? { covers } : {}),
      lastReviewed,
      ...(nextReviewDue ? { nextReviewDue } : {}),
      ...(sourceUrl ? { sourceUrl } : {}),
      providers: this.providers.providers,
      contacts: this.contacts.contacts,
      entitlements: this.entitlements,
    };
    return offer;
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
    shape: located.shape,
    version: located.version,
    count: located.services.length,
    ...(located.listExtension ? { listExtension: located.listExtension } : {}),
  });
  return {
    ok: true,
    offer,
    report: conversion.report,
    read: { shape: located.shape, version: located.version, services: located.services.length, kept: offer.entitlements.length },
  };
}
