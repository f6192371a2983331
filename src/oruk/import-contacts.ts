/**
 * Contacts from ORUK: named contacts with their phones, the service's own phone and email, and the address
 * of its location. An offer's contact must give a way to get in touch, so each ORUK contact is completed
 * from the service where it lacks one, and a contact that still has none is dropped and reported.
 */
import { CONTACT_ROLES, ContactSchema, isAllowedUrl, WEEKDAYS, type Contact, type ContactRole, type OpeningHours } from '../schema/index.js';
import type { ConversionReport } from './conversion-report.js';
import { plainAddress, plainLine, plainLines, plainOpeningHours } from './extension-texts.js';
import { htmlToLine } from './html-to-text.js';
import { isObject, lineOf, objectsIn, quote, textOf } from './json-reading.js';
import { EXTENSION, type JsonObject } from './oruk-types.js';
import { slugify, UniqueSlugs } from './slugs.js';
import { clip } from './text-limits.js';
import { fold } from '../text/fold.js';

type Address = NonNullable<Contact['address']>;

/** The most contacts an offer holds. */
const MAX_CONTACTS = 1000;

export interface ContactDraft {
  name: string;
  role: ContactRole;
  roleReason?: string;
  providerId?: string;
  /** Never changed once made: a contact given the service's numbers shares the service's lists. */
  phones: readonly string[];
  texts: readonly string[];
  email?: string;
  website?: string;
  address?: Address;
  openingHours?: OpeningHours;
  /** Bank-holiday hours and closed dates from our export, added to the weekly hours read from schedules. */
  holidayHours?: Pick<OpeningHours, 'bankHolidays' | 'closedDates'>;
  languages?: string[];
  serves?: string[];
  notes: string[];
  /** Same key, same contact: a directory repeats one team on many services. */
  key: string;
  /** Our own id, when the feed was exported by this tool. */
  wantedId?: string;
  /** The provider our export named, used if that provider is in the offer. */
  wantedProviderId?: string;
  /** Written by our export, which says which provider the contact belongs to, if any. */
  readonly ours: boolean;
  /** Where the contact came from, for the report. */
  readonly path: string;
}

const ROLE_RULES: readonly [ContactRole, RegExp][] = [
  ['out-of-hours', /\bout of hours\b|\bemergency\b|\b24 ?hours?\b|\bevenings? and weekends?\b/i],
  ['leaving-care-team', /\bleaving care\b|\bcare leavers?\b|\bafter ?care\b|\b16 ?\+|\bthrough ?care\b|\bcare experienced\b/i],
  ['personal-adviser-duty', /\bpersonal advis[eo]rs?\b|\bpa duty\b/i],
  ['council-tax', /\bcouncil tax\b/i],
  ['complaints', /\bcomplaints?\b/i],
  ['advocacy', /\badvoca(?:cy|tes?)\b/i],
  ['housing', /\bhousing\b|\bhomeless(?:ness)?\b|\baccommodation\b|\btenancy\b/i],
  ['health', /\bhealth\b|\bnhs\b|\bgp\b|\bnurses?\b|\bcounsell?ing\b|\bwellbeing\b|\bmental\b|\btherap/i],
  ['employment', /\bemploy(?:ment|ability)\b|\bjobs?\b|\bcareers?\b|\bapprentice|\btraining\b/i],
];

/** The role a contact's name or title points to; "other" when none does. */
export function guessRole(texts: readonly string[]): { role: ContactRole; reason?: string } {
  for (const [role, rule] of ROLE_RULES) {
    for (const text of texts) {
      const match = rule.exec(text);
      if (match) return { role, reason: `"${match[0]}" in ${quote(text)}` };
    }
  }
  return { role: 'other' };
}

export function isEmail(value: string): boolean {
  return ContactSchema.shape.email.safeParse(value).success;
}

/** A web address we may link to (http or https only: ORUK fields hold web pages). */
export function webAddress(value: unknown): string | undefined {
  const text = textOf(value);
  if (!text || !/^https?:\/\//i.test(text) || !isAllowedUrl(text) || text.length > 2000) return undefined;
  return text;
}

/**
 * The text without the quotes and white space around it, walked once from each end: a pattern anchored at
 * the end would scan every run of quotes inside the text again from each of its characters.
 */
function trimQuotes(text: string): string {
  const isQuoteOrSpace = (character: string) => character === '"' || character === "'" || /\s/.test(character);
  let start = 0;
  let end = text.length;
  while (start < end && isQuoteOrSpace(text[start]!)) start++;
  while (end > start && isQuoteOrSpace(text[end - 1]!)) end--;
  return text.slice(start, end);
}

/**
 * A phone number as people write it, from a feed's value: quotes that some feeds wrap numbers in are
 * removed, and the extension is kept. Undefined when there are too few digits to be a number.
 */
export function cleanPhone(number: unknown, extension?: unknown): string | undefined {
  let text = textOf(number);
  if (!text) return undefined;
  text = trimQuotes(htmlToLine(text)).replace(/\s+/g, ' ');
  if ((text.match(/\d/g) ?? []).length < 6) return undefined;
  if (text.length > 40) {
    // A number inside words ("Call our freephone line on 0800 …"): keep the number itself.
    const found = /\+?\d[\d\s().-]{5,}\d/.exec(text)?.[0];
    if (!found || found.length > 40) return undefined;
    text = found;
  }
  const ext = textOf(extension);
  const withExtension = ext && /^\d{1,6}$/.test(ext) ? `${text} ext. ${ext}` : text;
  return withExtension.length <= 40 ? withExtension : text;
}

/** Reads a list of ORUK phones into voice and text numbers; fax and pager numbers are reported and left. */
export function readPhones(value: unknown, path: string, report: ConversionReport): { voice: string[]; text: string[] } {
  // Sets, not lists: a feed may give one contact thousands of numbers, and each is checked against the rest.
  const voice = new Set<string>();
  const text = new Set<string>();
  for (const { item, index } of objectsIn(value)) {
    const where = `${path}[${index}]`;
    const number = cleanPhone(item.number, item.extension);
    if (!number) {
      report.dropped(
        `${where}.number`,
        item.number === undefined || textOf(item.number) === undefined ? 'no number' : `${quote(String(item.number))} is not a phone number`,
      );
      continue;
    }
    const type = textOf(item.type)?.toLowerCase();
    if (type === 'fax' || type === 'pager') {
      report.dropped(where, `a ${type} number (${number}) is no use to a young person`);
      continue;
    }
    (type === 'text' || type === 'sms' || type === 'textphone' ? text : voice).add(number);
    if (textOf(item.description)) report.dropped(`${where}.description`, 'an offer has no place for a description of each phone number');
  }
  return { voice: [...voice], text: [...text] };
}

/** Our address from an ORUK 3.0 `addresses[]` or 1.0 `physical_addresses[]` entry. */
export function addressOf(address: JsonObject): Address | undefined {
  const parts = ['address_1', 'address_2', 'address_3', 'address_4', 'city', 'state_province']
    .map((field) => textOf(address[field]))
    .filter((part): part is string => !!part)
    .map((part) => clip(htmlToLine(part), 120))
    .filter(Boolean);
  const lines = parts.filter((part, index) => parts.findIndex((other) => fold(other) === fold(part)) === index).slice(0, 6);
  if (lines.length === 0) return undefined;
  // Markup goes before the capitals, or "<b>SE1</b>" would become "<B>SE1</B>".
  const postcode = lineOf(address.postal_code)?.toUpperCase().replace(/\s+/g, ' ');
  return { lines, ...(postcode && postcode.length <= 10 ? { postcode } : {}) };
}

/**
 * The first address of the service's locations (3.0 `addresses`, 1.0 `physical_addresses`). The location's
 * name is not part of it: our export writes the contact's name there, which the contact has already.
 */
export function firstLocationAddress(locations: readonly { location: JsonObject; path: string }[]): { address: Address; path: string } | undefined {
  for (const { location, path } of locations) {
    for (const field of ['addresses', 'physical_addresses']) {
      for (const { item, index } of objectsIn(location[field])) {
        const address = addressOf(item);
        if (address) return { address, path: `${path}.${field}[${index}]` };
      }
    }
  }
  return undefined;
}

/** A draft from one ORUK contact object. */
export function draftFromOrukContact(contact: JsonObject, path: string, fallbackName: string, report: ConversionReport): ContactDraft {
  const extension = isObject(contact[EXTENSION]) ? contact[EXTENSION] : undefined;
  const name = textOf(contact.name) ? htmlToLine(textOf(contact.name)!) : '';
  const title = textOf(contact.title) ? htmlToLine(textOf(contact.title)!) : '';
  const department = textOf(contact.department) ? htmlToLine(textOf(contact.department)!) : '';
  const shownName = clip(name || department || title || fallbackName, 200);
  if (!name) report.assumed(`${path}.name`, `no name: called the contact ${quote(shownName)}`);

  const extensionRole = textOf(extension?.role);
  const role =
    extensionRole && (CONTACT_ROLES as readonly string[]).includes(extensionRole)
      ? { role: extensionRole as ContactRole, reason: undefined }
      : guessRole([name, title, department]);
  const notes: string[] = [];
  const ours = `${path}.${EXTENSION}`;
  const extensionNotes = plainLine(extension?.notes, `${ours}.notes`, report);
  if (extensionNotes) notes.push(extensionNotes);
  // Our export writes the role's label as the title, which says nothing new when read back.
  if (title && !extension && title !== shownName) notes.push(`Job title: ${title}.`);

  const phones = readPhones(contact.phones, `${path}.phones`, report);
  const emailText = textOf(contact.email);
  const email = emailText && isEmail(emailText) ? emailText : undefined;
  if (emailText && !email) report.dropped(`${path}.email`, `${quote(emailText)} is not an email address`);
  const website = webAddress(extension?.website);
  const languages = plainLines(extension?.languages, `${ours}.languages`, report);
  const serves = ContactSchema.shape.serves.safeParse(extension?.serves);
  if (!serves.success) report.dropped(`${ours}.serves`, 'not a list of council codes');
  const wantedId = textOf(extension?.id);
  const orukId = textOf(contact.id);
  const hours = ContactSchema.shape.openingHours.safeParse(extension?.openingHours);
  const openingHours = hours.success && hours.data ? plainOpeningHours(hours.data, `${ours}.openingHours`, report) : undefined;
  if (!hours.success) report.dropped(`${ours}.openingHours`, 'not opening hours in our format');
  const parsedAddress = ContactSchema.shape.address.safeParse(extension?.address);
  const address = parsedAddress.success && parsedAddress.data ? plainAddress(parsedAddress.data, `${ours}.address`, report) : undefined;
  if (!parsedAddress.success) report.dropped(`${ours}.address`, 'not an address in our format');
  const holidays = ContactSchema.shape.openingHours.safeParse(extension?.holidayHours);
  if (!holidays.success) report.dropped(`${ours}.holidayHours`, 'not bank-holiday hours and closed dates in our format');
  return {
    name: shownName,
    role: role.role,
    ...(role.reason ? { roleReason: role.reason } : {}),
    phones: phones.voice,
    texts: phones.text,
    ...(email ? { email } : {}),
    ...(website ? { website } : {}),
    ...(languages.length > 0 ? { languages } : {}),
    ...(serves.success && serves.data ? { serves: [...serves.data] } : {}),
    ...(openingHours ? { openingHours } : {}),
    ...(address ? { address } : {}),
    ...(holidays.success && holidays.data ? { holidayHours: { bankHolidays: holidays.data.bankHolidays, closedDates: holidays.data.closedDates } } : {}),
    notes,
    key: wantedId ? `ours:${wantedId}` : orukId ? `oruk:${orukId}` : `name:${fold(shownName)}|${phones.voice[0] ?? ''}|${email ?? ''}`,
    ...(wantedId ? { wantedId } : {}),
    ...(textOf(extension?.providerId) ? { wantedProviderId: textOf(extension?.providerId)! } : {}),
    ours: extension !== undefined,
    path,
  };
}

export function hasWayToGetInTouch(draft: ContactDraft): boolean {
  return draft.phones.length > 0 || draft.texts.length > 0 || !!draft.email || !!draft.website || !!draft.address;
}

/** The most notes a contact holds, in characters. */
const MAX_NOTES = 500;

/**
 * The numbers after the first, joined with "or", for the notes. Only as many as can show in the notes are
 * joined: every number has at least six characters, so MAX_NOTES / 10 + 1 of them, with " or " between,
 * fill more than MAX_NOTES, and the notes read the same as if all 200,000 had been joined.
 */
function otherNumbers(numbers: readonly string[]): string {
  return numbers.slice(1, 1 + MAX_NOTES / 10 + 1).join(' or ');
}

/** The offer's contacts, shared by all services, each once. */
export class ContactRegistry {
  readonly contacts: Contact[] = [];
  /** Providers named by our export, by contact id, checked once every provider is known. */
  readonly wantedProviders = new Map<string, string>();
  private readonly byKey = new Map<string, string>();
  private readonly slugs = new UniqueSlugs();

  /** The id of the contact for this draft: an existing one with the same key, or a new one. */
  add(draft: ContactDraft, report: ConversionReport): string | undefined {
    const existing = this.byKey.get(draft.key);
    if (existing) return existing;
    if (this.contacts.length >= MAX_CONTACTS) {
      report.dropped(draft.path, `contact ${quote(draft.name)}: the offer already has ${MAX_CONTACTS} contacts, the most it can hold`);
      return undefined;
    }
    if (!hasWayToGetInTouch(draft)) {
      report.dropped(draft.path, `contact ${quote(draft.name)} gives no phone, email, website or address`);
      return undefined;
    }
    const wanted =
      draft.wantedId && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(draft.wantedId) && !this.slugs.has(draft.wantedId)
        ? draft.wantedId
        : (slugify(draft.name) ?? 'contact');
    const id = this.slugs.take(wanted);
    const [phone] = draft.phones;
    const [sms] = draft.texts;
    const notes = [...draft.notes];
    if (draft.phones.length > 1) notes.push(`Also call ${otherNumbers(draft.phones)}.`);
    if (draft.texts.length > 1) notes.push(`Also text ${otherNumbers(draft.texts)}.`);
    const languages = draft.languages?.slice(0, 50).map((language) => clip(language, 60));
    const openingHours = draft.holidayHours ? withHolidays(draft.openingHours ?? {}, draft.holidayHours) : draft.openingHours;
    const contact: Contact = {
      id,
      name: draft.name,
      role: draft.role,
      ...(draft.providerId ? { providerId: draft.providerId } : {}),
      ...(draft.serves ? { serves: draft.serves } : {}),
      ...(phone ? { phone } : {}),
      ...(sms ? { sms } : {}),
      ...(draft.email ? { email: draft.email } : {}),
      ...(draft.website ? { website: draft.website } : {}),
      ...(draft.address ? { address: draft.address } : {}),
      ...(openingHours ? { openingHours } : {}),
      ...(languages && languages.length > 0 ? { languages } : {}),
      ...(notes.length > 0 ? { notes: clip(notes.join(' '), MAX_NOTES) } : {}),
    };
    this.contacts.push(contact);
    this.byKey.set(draft.key, id);
    if (draft.wantedProviderId) this.wantedProviders.set(id, draft.wantedProviderId);
    const ways = [
      phone && 'phone',
      sms && 'text number',
      draft.email && 'email',
      draft.website && 'website',
      draft.address && 'address',
      openingHours && 'opening hours',
    ]
      .filter(Boolean)
      .join(', ');
    report.mapped(draft.path, `contact ${quote(draft.name)} → contacts "${id}" (${ways})`);
    if (draft.roleReason) report.assumed(draft.path, `role "${draft.role}" from ${draft.roleReason}`);
    else if (draft.role === 'other' && !draft.wantedId) report.assumed(draft.path, `role "other": nothing in the contact's name or title says what it is for`);
    if (draft.phones.length > 1 || draft.texts.length > 1)
      report.assumed(draft.path, `an offer's contact has one phone and one text number: the others went into its notes`);
    return id;
  }
}

function withHolidays(hours: OpeningHours, holidays: Pick<OpeningHours, 'bankHolidays' | 'closedDates'>): OpeningHours {
  // Seven days of round-the-clock schedules read back as alwaysOpen, which would override the closures:
  // write the days out instead.
  const { alwaysOpen, ...rest } = hours;
  const allDay = [{ opens: '00:00', closes: '24:00' }];
  const days = alwaysOpen ? Object.fromEntries(WEEKDAYS.map((day) => [day, allDay])) : {};
  return {
    ...days,
    ...rest,
    ...(holidays.bankHolidays ? { bankHolidays: holidays.bankHolidays } : {}),
    ...(holidays.closedDates ? { closedDates: holidays.closedDates } : {}),
  };
}
