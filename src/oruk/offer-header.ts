/**
 * The offer's own fields, once every service is read: publisher, id, title, lastReviewed and covers. Each
 * comes from the command's options, else from our list extension (an export read back), else is worked
 * out from the services (the council running the most of them, their latest date) and reported as assumed.
 */
import { councilByCode, councilByName, type Council } from '../places/council-registry.js';
import { SCHEMA_VERSION, type Entitlement, type Offer } from '../schema/index.js';
import { fold } from '../text/fold.js';
import type { ConversionReport } from './conversion-report.js';
import { plainLine, plainText } from './extension-texts.js';
import { isEmail, webAddress, type ContactRegistry } from './import-contacts.js';
import type { ProviderRegistry } from './import-providers.js';
import { dateOf, objectOrUndefined, quote, textOf } from './json-reading.js';
import { EXTENSION, type JsonObject } from './oruk-types.js';
import { isSlug, slugify } from './slugs.js';
import { clip } from './text-limits.js';

const OFFER_SCHEMA_URL = 'https://unpkg.com/local-offer-elements/schema/offer.schema.json';

/** Stands in for the publisher's provider until the publisher is known. */
export const PUBLISHER_PROVIDER = '\u0000publisher';

/** The options that decide the header (a part of FromOrukOptions). */
export interface HeaderOptions {
  readonly id?: string;
  readonly title?: string;
  readonly publisher?: string;
  readonly councilCode?: string;
  readonly careLeaversOnly?: boolean;
  /** Today, as YYYY-MM-DD: the fallback lastReviewed; later dates are not used. */
  readonly today: string;
}

/** A date a service was modified or assured, and where it was found. */
export interface ServiceDate {
  readonly date: string;
  readonly from: string;
}

/** What the import of the services produced. */
export interface ImportedParts {
  readonly providers: ProviderRegistry;
  readonly contacts: ContactRegistry;
  readonly entitlements: Entitlement[];
  readonly dates: readonly ServiceDate[];
}

/** The dates of a service that can say when the offer was last reviewed; one that is not a date is reported. */
export function serviceDates(service: JsonObject, path: string, report: ConversionReport): ServiceDate[] {
  const dates: ServiceDate[] = [];
  for (const field of ['last_modified', 'assured_date']) {
    const date = dateOf(service[field]);
    if (date) dates.push({ date, from: `${path}.${field}` });
    // Blank values are reported with the service's other blanks.
    else if (textOf(service[field])) report.dropped(`${path}.${field}`, `${quote(textOf(service[field])!)} is not a date`);
  }
  const vendorDates = objectOrUndefined(service.pc_metadata);
  for (const field of ['date_modified', 'date_assured']) {
    const date = dateOf(vendorDates?.[field]);
    if (date) dates.push({ date, from: `${path}.pc_metadata.${field}` });
  }
  return dates;
}

interface Publisher {
  readonly name: string;
  readonly council: Council | undefined;
  readonly website: string | undefined;
}

/**
 * Who publishes the offer. A council's directory is published by the council: with --council-code its name
 * comes from England's register, else from the council running the most services. A partner organization
 * (a charity, a park trust) is never taken for the publisher of a council's directory, however many
 * services it runs; only an organization's own record (an organization with its services) is its own.
 */
function choosePublisher(
  parts: ImportedParts,
  options: HeaderOptions,
  headerPublisher: JsonObject | undefined,
  ofOrganization: boolean,
  report: ConversionReport,
): Publisher {
  const { providers } = parts;
  let council: Council | undefined = options.councilCode ? councilByCode(options.councilCode) : undefined;
  let publisherName = options.publisher;
  let publisherWebsite: string | undefined;
  const headerName = !publisherName && headerPublisher ? plainLine(headerPublisher.name, `${EXTENSION}.offer.publisher.name`, report) : undefined;
  if (headerName && headerPublisher) {
    publisherName = headerName;
    council ??= textOf(headerPublisher.councilCode) ? councilByCode(textOf(headerPublisher.councilCode)!) : undefined;
    publisherWebsite = webAddress(headerPublisher.website);
    report.mapped(EXTENSION, `publisher ${quote(publisherName)} from the list's ${EXTENSION} extension`);
  }
  if (!publisherName) {
    const byCount = [...providers.providers].sort((a, b) => (providers.serviceCounts.get(b.id) ?? 0) - (providers.serviceCounts.get(a.id) ?? 0));
    const councils = byCount.filter((provider) => provider.kind === 'council');
    const chosen = councils[0] ?? (ofOrganization ? byCount[0] : undefined);
    if (council) {
      publisherName = council.name;
      publisherWebsite = byCount.find((provider) => provider.councilCode === council!.code)?.website;
      report.assumed('publisher.name', `${quote(council.name)}: the name of council ${council.code} in England's register (--council-code)`);
    } else if (chosen) {
      publisherName = chosen.name;
      publisherWebsite = chosen.website;
      council = chosen.councilCode ? councilByCode(chosen.councilCode) : undefined;
      report.assumed(
        'publisher.name',
        chosen.kind === 'council'
          ? `${quote(chosen.name)}: the council running the most services (give --council-code or --publisher to choose)`
          : `${quote(chosen.name)}: the organization whose record this is (give --publisher to choose)`,
      );
    } else {
      publisherName = 'Publisher not known';
      const partner = byCount[0];
      report.assumed(
        'publisher.name',
        partner
          ? `${quote(publisherName)}: no council runs a service here, and a partner organization such as ${quote(partner.name)} is not the publisher of a council's directory (give --council-code, or --publisher)`
          : `${quote(publisherName)}: the input names no organization (give --council-code, or --publisher)`,
      );
    }
  } else if (options.publisher) {
    council ??= councilByName(publisherName);
    const sameProvider = providers.providers.find((provider) => fold(provider.name) === fold(publisherName!));
    publisherWebsite = sameProvider?.website;
    if (council && !options.councilCode) report.assumed('publisher.councilCode', `${council.code}: the publisher's name matches ${council.name}`);
  }
  if (council && options.councilCode) report.mapped('publisher.councilCode', `${council.code} (--council-code)`);
  return { name: clip(publisherName, 200), council, website: publisherWebsite };
}

/** Items and contacts that named no organization belong to the publisher; contacts our export tied to another provider go back to it. */
function assignProviders(parts: ImportedParts, publisher: Publisher, report: ConversionReport): void {
  const { providers, contacts, entitlements } = parts;
  const needsPublisher = entitlements.some((item) => item.providerId === PUBLISHER_PROVIDER) || providers.providers.length === 0;
  if (needsPublisher) {
    const publisherProvider = providers.forPublisher(publisher.name, publisher.council, publisher.website, report);
    for (const item of entitlements) if (item.providerId === PUBLISHER_PROVIDER) item.providerId = publisherProvider.id;
    for (const contact of contacts.contacts) if (contact.providerId === PUBLISHER_PROVIDER) contact.providerId = publisherProvider.id;
  }
  const providerIds = new Set(providers.providers.map((provider) => provider.id));
  for (const contact of contacts.contacts) {
    const wanted = contacts.wantedProviders.get(contact.id);
    if (wanted && providerIds.has(wanted)) contact.providerId = wanted;
  }
}

function chooseIdentity(options: HeaderOptions, header: JsonObject | undefined, publisher: Publisher, report: ConversionReport): { id: string; title: string } {
  let id = options.id;
  if (!id && isSlug(textOf(header?.id))) {
    id = textOf(header?.id)!;
    report.mapped('id', `"${id}" from the list's ${EXTENSION} extension`);
  }
  if (!id) {
    id = slugify(publisher.council?.shortName ?? publisher.name, 60) ?? 'imported-offer';
    report.assumed('id', `"${id}" from the publisher's name (give --id to choose)`);
  }
  let title = options.title ? clip(options.title, 200) : undefined;
  const headerTitle = title ? undefined : plainLine(header?.title, `${EXTENSION}.offer.title`, report);
  if (headerTitle) {
    title = clip(headerTitle, 200);
    report.mapped('title', `from the list's ${EXTENSION} extension`);
  }
  if (!title) {
    const place = publisher.council?.shortName ?? publisher.name;
    title = clip(options.careLeaversOnly ? `${place}: services for care leavers` : `${place}: services from its directory`, 200);
    report.assumed('title', `${quote(title)} (give --title to choose)`);
  }
  return { id, title };
}

function chooseLastReviewed(dates: readonly ServiceDate[], today: string, header: JsonObject | undefined, report: ConversionReport): string {
  const fromHeader = dateOf(header?.lastReviewed);
  if (fromHeader) {
    report.mapped('lastReviewed', `${fromHeader} from the list's ${EXTENSION} extension`);
    for (const entry of dates) {
      if (entry.date === fromHeader) report.mapped(entry.from, `${entry.date}: the same as lastReviewed`);
      else report.dropped(entry.from, `${entry.date}: not used, as the list's ${EXTENSION} extension gives lastReviewed (${fromHeader})`);
    }
    return fromHeader;
  }
  const past = dates.filter((entry) => entry.date <= today);
  const future = dates.length - past.length;
  if (future > 0)
    report.dropped('lastReviewed', `${future} service date${future > 1 ? 's are' : ' is'} in the future and ${future > 1 ? 'were' : 'was'} not used`);
  // The latest, in one pass; on a tie, the first found.
  let latest: ServiceDate | undefined;
  for (const entry of past) if (!latest || entry.date > latest.date) latest = entry;
  // Every other date has a line of its own, so that no date is left out of the report.
  for (const entry of dates) {
    if (entry === latest) continue;
    if (entry.date > today) report.dropped(entry.from, `${entry.date} is in the future, so it was not used for lastReviewed`);
    else if (entry.date === latest!.date) report.mapped(entry.from, `${entry.date}: the same as lastReviewed`);
    else report.dropped(entry.from, `${entry.date}: not used, as lastReviewed is the latest date, ${latest!.date} (${latest!.from})`);
  }
  if (latest) {
    report.assumed('lastReviewed', `${latest.date}: the latest last_modified or assured date of the services (${latest.from})`);
    return latest.date;
  }
  report.assumed('lastReviewed', `${today} (today): no service gives a last_modified or assured date`);
  return today;
}

/** The offer, from the imported parts and the header in our list extension, if any. */
export function buildOffer(
  parts: ImportedParts,
  options: HeaderOptions,
  located: { readonly count: number; readonly listExtension?: JsonObject; readonly ofOrganization?: boolean },
  report: ConversionReport,
): Offer {
  const header = objectOrUndefined(located.listExtension?.offer);
  const headerPublisher = objectOrUndefined(header?.publisher);
  const publisher = choosePublisher(parts, options, headerPublisher, located.ofOrganization === true, report);
  assignProviders(parts, publisher, report);
  const { id, title } = chooseIdentity(options, header, publisher, report);
  const lastReviewed = chooseLastReviewed(parts.dates, options.today, header, report);

  const { council } = publisher;
  const publisherEmail = textOf(headerPublisher?.email);
  const covers = Array.isArray(header?.covers)
    ? (header.covers as unknown[]).map(textOf).filter((code): code is string => !!code && !!councilByCode(code))
    : [];
  if (covers.length === 0 && council) {
    covers.push(council.code);
    report.assumed('covers', `${council.code}: the publisher's council area`);
  }
  const summary = plainText(header?.summary, `${EXTENSION}.offer.summary`, report);
  const sourceUrl = webAddress(header?.sourceUrl);
  const nextReviewDue = dateOf(header?.nextReviewDue);
  const locale = textOf(header?.locale);

  if (located.count > 0 && parts.entitlements.length === 0) report.note('', 'no service became an item: the offer is empty');
  // Our export keeps the offer's version: a 1.0 offer reads back as 1.0. Anything else is written as ours.
  const version = textOf(located.listExtension?.schemaVersion);
  const [major, minor] = SCHEMA_VERSION.split('.').map(Number) as [number, number];
  const keep = version && /^\d+\.\d+$/.test(version) && Number(version.split('.')[0]) === major && Number(version.split('.')[1]) <= minor;
  return {
    $schema: OFFER_SCHEMA_URL,
    schemaVersion: keep ? version : SCHEMA_VERSION,
    id,
    title,
    ...(summary ? { summary: clip(summary, 1000) } : {}),
    ...(header?.isExample === true ? { isExample: true } : {}),
    ...(locale && /^[a-z]{2,3}(?:-[A-Z]{2})?$/.test(locale) ? { locale } : {}),
    publisher: {
      name: publisher.name,
      ...(council ? { councilCode: council.code } : {}),
      ...(publisher.website ? { website: publisher.website } : {}),
      ...(publisherEmail && isEmail(publisherEmail) ? { email: publisherEmail } : {}),
    },
    ...(covers.length > 0 ? { covers } : {}),
    lastReviewed,
    ...(nextReviewDue ? { nextReviewDue } : {}),
    ...(sourceUrl ? { sourceUrl } : {}),
    providers: parts.providers.providers,
    contacts: parts.contacts.contacts,
    entitlements: parts.entitlements,
  };
}
