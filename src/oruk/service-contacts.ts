/**
 * The contacts of one ORUK service: its named contacts (on the service, its service_at_locations and their
 * locations) completed from the service's own phones and email, with the address, opening hours, languages
 * and interpretation of the service given to its first contact, since an offer keeps them on contacts.
 */
import type { OpeningHours } from '../schema/index.js';
import { fold } from '../text/fold.js';
import type { ConversionReport } from './conversion-report.js';
import { draftFromOrukContact, firstLocationAddress, guessRole, isEmail, readPhones, type ContactDraft, type ContactRegistry } from './import-contacts.js';
import { isObject, lineOf, MARKUP_ONLY, objectOrUndefined, objectsIn, quote, textOf } from './json-reading.js';
import { openingHoursFromSchedules, type ScheduleSource } from './opening-hours.js';
import { EXTENSION, type JsonObject } from './oruk-types.js';

/** The most numbers a report line lists before it says how many more there are. */
const LISTED_NUMBERS = 5;

/** Numbers for a report line: the first few, and how many more, so 200,000 numbers make a short line. */
function listNumbers(lists: readonly (readonly string[])[]): string {
  const total = lists.reduce((sum, list) => sum + list.length, 0);
  const shown: string[] = [];
  for (const list of lists) for (let i = 0; i < list.length && shown.length < LISTED_NUMBERS; i++) shown.push(list[i]!);
  return total > shown.length ? `${shown.join(', ')} and ${total - shown.length} more` : shown.join(', ');
}

/** "contact "Team"", or "3 contacts ("Team" first)". */
function contactsNamed(names: readonly string[]): string {
  return names.length === 1 ? `contact ${quote(names[0]!)}` : `${names.length} contacts (${quote(names[0]!)} first)`;
}

/** Where a service's location was found, and the service_at_location that holds it. */
export interface FoundLocation {
  readonly location: JsonObject;
  readonly path: string;
  readonly sal: JsonObject;
  readonly salPath: string;
}

/** Locations of a service, wherever the feed nested them. */
export function locationsOf(service: JsonObject, path: string, serviceAtLocation: JsonObject | undefined): FoundLocation[] {
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

/** The contacts of an organization, read once per organization, for the provider `providerId`. */
export function importOrganizationContacts(
  organization: JsonObject,
  path: string,
  providerId: string,
  contacts: ContactRegistry,
  alreadyRead: Set<string>,
  report: ConversionReport,
): void {
  const key = textOf(organization.id) ?? providerId;
  if (alreadyRead.has(key)) return;
  alreadyRead.add(key);
  for (const { item, index } of objectsIn(organization.contacts)) {
    // Named after the organization as its provider is: in plain text, never in the feed's markup.
    const draft = draftFromOrukContact(item, `${path}.contacts[${index}]`, lineOf(organization.name) ?? 'Contact', report);
    if (!draft.ours) draft.providerId = providerId;
    contacts.add(draft, report);
  }
}

export interface ServiceContactsInput {
  readonly service: JsonObject;
  readonly path: string;
  /** The item's title, for a contact made from the service itself. */
  readonly name: string;
  readonly providerId: string;
  /** The service_at_location the service was nested in, if any. */
  readonly serviceAtLocation: JsonObject | undefined;
  /** Today, as YYYY-MM-DD: schedules must be valid on it. */
  readonly today: string;
}

/** Schedules on the service, its service_at_locations and their locations. */
function schedulesOf(service: JsonObject, path: string, locations: readonly FoundLocation[]): ScheduleSource[] {
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
  return schedules;
}

/** The service's contacts, completed from its own phone, email, address, hours and languages; the id of the first. */
export function importServiceContacts(input: ServiceContactsInput, contacts: ContactRegistry, report: ConversionReport): string | undefined {
  const { service, path, name, providerId, serviceAtLocation, today } = input;
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

  const schedules = schedulesOf(service, path, locations);
  const writtenByUs = isObject(service[EXTENSION]);
  const hours: OpeningHours | undefined = schedules.length > 0 ? openingHoursFromSchedules(schedules, today, report, { writtenByUs }) : undefined;
  const address = firstLocationAddress(locations);
  const languages: string[] = [];
  for (const { item, index } of objectsIn(service.languages)) {
    const raw = textOf(item.name) ?? textOf(item.language);
    const language = lineOf(raw);
    if (language) languages.push(language);
    else if (raw) report.dropped(`${path}.languages[${index}]`, MARKUP_ONLY);
  }
  const interpretation = lineOf(service.interpretation_services) ?? '';
  if (!interpretation && textOf(service.interpretation_services)) report.dropped(`${path}.interpretation_services`, MARKUP_ONLY);

  const serviceNumbers = servicePhones.length + serviceTexts.length;
  if (drafts.length === 0 && (serviceNumbers > 0 || serviceEmail || address)) {
    const contactName = name;
    const role = guessRole([name]);
    drafts.push({
      name: contactName,
      role: role.role,
      ...(role.reason ? { roleReason: role.reason } : {}),
      phones: servicePhones,
      texts: serviceTexts,
      ...(serviceEmail ? { email: serviceEmail } : {}),
      notes: [],
      key: `service:${textOf(service.id) ?? fold(name)}`,
      ours: false,
      path: `${path} (its own phone, email and address)`,
    });
    report.assumed(
      path,
      `no contacts: made one called ${quote(contactName)} from the service's own ${[serviceNumbers > 0 && 'phone', serviceEmail && 'email', address && 'address'].filter(Boolean).join(', ')}`,
    );
    if (serviceNumbers > 0) report.mapped(`${path}.phones`, `→ the ${serviceNumbers > 1 ? 'numbers' : 'number'} of contact ${quote(contactName)}`);
    if (serviceEmail) report.mapped(`${path}.email`, `→ the email of contact ${quote(contactName)}`);
  } else {
    const numbers = listNumbers([servicePhones, serviceTexts]);
    const phonesTo: string[] = [];
    const emailTo: string[] = [];
    for (const draft of drafts) {
      if (draft.phones.length === 0 && draft.texts.length === 0 && serviceNumbers > 0) {
        // The service's own lists, shared rather than copied: copying 20,000 numbers into each of 20,000
        // contacts would be 400 million copies. No reader changes a draft's numbers.
        draft.phones = servicePhones;
        draft.texts = serviceTexts;
        phonesTo.push(draft.name);
        report.assumed(draft.path, `no phone of its own: used the service's (${numbers})`);
      }
      if (!draft.email && serviceEmail) {
        draft.email = serviceEmail;
        emailTo.push(draft.name);
        report.assumed(draft.path, `no email of its own: used the service's (${serviceEmail})`);
      }
    }
    if (emailTo.length > 0) {
      report.mapped(`${path}.email`, `→ the email of ${contactsNamed(emailTo)} that had none`);
    } else if (serviceEmail) {
      const same = drafts.find((draft) => draft.email === serviceEmail);
      if (same) report.mapped(`${path}.email`, `already the email of contact ${quote(same.name)}`);
      else report.dropped(`${path}.email`, 'every contact already has an email of its own');
    }
    if (phonesTo.length > 0) report.mapped(`${path}.phones`, `→ the number${serviceNumbers > 1 ? 's' : ''} of ${contactsNamed(phonesTo)} that had none`);
    else if (serviceNumbers > 0) report.dropped(`${path}.phones`, `${numbers}: every contact already has a phone of its own`);
  }
  const alreadyKnown = own.voice.length + own.text.length - serviceNumbers;
  if (alreadyKnown > 0) report.mapped(`${path}.phones`, `${alreadyKnown} number${alreadyKnown === 1 ? ' is' : 's are'} already a contact's own`);

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
    const id = contacts.add(draft, report);
    firstId ??= id;
  }
  return firstId;
}
