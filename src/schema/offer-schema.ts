/**
 * The offer document: one JSON file per publisher. Written with zod/mini because browsers load it; the
 * JSON Schema publishers use in their editors is generated from this file at build time.
 */
import * as z from 'zod/mini';
import { SCHEMA_VERSION_JSON_PATTERN, councilCode, described, isoDate, link, slug, text } from './fields.js';
import { AREAS, BASES, CARE_STATUSES, CONTACT_ROLES, COUNCIL_TIERS, PERIODS, PROVIDER_KINDS, WEEKDAYS } from './vocabularies.js';

const TIME_PATTERN = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const time = (title: string, description: string) =>
  described(z.string().check(z.regex(TIME_PATTERN, { error: 'must be a 24-hour time such as "09:00" or "17:30"' })), title, description);

export const OpeningIntervalSchema = described(
  z.strictObject({
    opens: time('Opens', 'When the line opens, 24-hour clock in UK time, such as "09:00".'),
    closes: time('Closes', 'When it closes, 24-hour clock in UK time, such as "17:00"; "24:00" means midnight at the end of the day.'),
  }),
  'Opening interval',
  'One stretch of time the contact is open. For a line open overnight, give the evening and the morning as two intervals on their own days.',
);

const day = (name: string) =>
  z.optional(
    described(
      z.array(OpeningIntervalSchema).check(z.maxLength(6)),
      name,
      `Opening intervals on ${name}, in order. An empty list or a missing day means closed.`,
    ),
  );

export const OpeningHoursSchema = described(
  z.strictObject({
    alwaysOpen: z.optional(described(z.boolean(), 'Always open', 'True for a line answered 24 hours a day, every day.')),
    monday: day('Monday'),
    tuesday: day('Tuesday'),
    wednesday: day('Wednesday'),
    thursday: day('Thursday'),
    friday: day('Friday'),
    saturday: day('Saturday'),
    sunday: day('Sunday'),
    note: z.optional(text('Note', 'Anything else about the hours in plain words, such as "Closed on bank holidays".', 300)),
  }),
  'Opening hours',
  'Weekly opening hours in UK time (Europe/London, so BST in summer).',
);

export const AddressSchema = described(
  z.strictObject({
    lines: described(z.array(text('Address line', 'One line of the address.', 120)).check(z.minLength(1), z.maxLength(6)), 'Lines', 'The address, one line each, without the postcode.'),
    postcode: z.optional(text('Postcode', 'The postcode, such as "NG2 7QP".', 10)),
  }),
  'Address',
  'A postal or visiting address.',
);

export const ContactSchema = described(
  z.strictObject({
    id: slug('Contact id', 'Stable id for this contact, used by entitlements that point to it.'),
    name: text('Name', 'Who the young person reaches, such as "Leaving Care Team (north)".', 200),
    role: described(z.enum(CONTACT_ROLES), 'Role', 'What the contact is for. The contact card shows the leaving-care team and out-of-hours line by default.'),
    providerId: z.optional(slug('Provider id', 'The provider (from "providers") that runs this contact.')),
    phone: z.optional(text('Phone', 'Phone number as people dial it in the UK, such as "0115 496 0123".', 40)),
    sms: z.optional(text('Text message number', 'A number that accepts text messages.', 40)),
    email: z.optional(described(z.email({ error: 'must be an email address such as "team@council.gov.uk"' }), 'Email', 'Email address.')),
    website: z.optional(link('Website', 'A web page about this contact.')),
    address: z.optional(AddressSchema),
    openingHours: z.optional(OpeningHoursSchema),
    languages: z.optional(described(z.array(text('Language', 'A language, such as "English" or "Arabic".', 60)).check(z.maxLength(50)), 'Languages', 'Languages the contact can help in, besides English.')),
    notes: z.optional(text('Notes', 'Anything else a young person should know before getting in touch.', 500)),
  }),
  'Contact',
  'A way to get in touch: a team, a duty line or an emergency number.',
);

export const ProviderSchema = described(
  z.strictObject({
    id: slug('Provider id', 'Stable id for this provider, used by entitlements and contacts.'),
    name: text('Name', 'The provider as people know it, such as "Ashfield District Council".', 200),
    kind: described(z.enum(PROVIDER_KINDS), 'Kind', 'What sort of organisation this is.'),
    councilCode: z.optional(councilCode('Council code', 'For a council: its ONS GSS code, such as "E07000170".')),
    tier: z.optional(described(z.enum(COUNCIL_TIERS), 'Tier', 'For a council: its tier of local government.')),
    website: z.optional(link('Website', "The provider's website.")),
  }),
  'Provider',
  'An organisation that delivers items in this offer: a council, the NHS, DWP, a charity or a local business.',
);

export const EligibilitySchema = described(
  z.strictObject({
    statuses: z.optional(described(z.array(z.enum(CARE_STATUSES)).check(z.minLength(1)), 'Care statuses', 'The legal care statuses that can get this. Missing means any care leaver.')),
    minAge: z.optional(described(z.int().check(z.minimum(0), z.maximum(30)), 'Minimum age', 'Youngest age that can get this, in years.')),
    maxAge: z.optional(described(z.int().check(z.minimum(0), z.maximum(30)), 'Maximum age', 'Oldest age that can get this, in years (inclusive: 25 means up to the 26th birthday).')),
    careLeaversOf: z.optional(
      described(z.array(councilCode('Council code', 'GSS code of a council.')).check(z.minLength(1)), 'Care leavers of', 'Only for young people looked after by these councils (the responsible authority), wherever they live now.'),
    ),
    residentsOf: z.optional(
      described(z.array(councilCode('Council code', 'GSS code of a council.')).check(z.minLength(1)), 'Residents of', 'Only for young people who live in these council areas now, whoever looked after them.'),
    ),
    conditions: z.optional(text('Conditions', 'Any other condition in plain words, such as "while in full-time education".', 500)),
  }),
  'Eligibility',
  'Who can get this item. Every rule given must hold.',
);

export const ValueSchema = described(
  z.strictObject({
    amountPence: z.optional(described(z.int().check(z.minimum(0), z.maximum(100_000_000)), 'Amount in pence', 'The amount in whole pence, so £3,000 is 300000. Pence avoid rounding errors.')),
    upTo: z.optional(described(z.boolean(), 'Up to', 'True when the amount is a maximum, not a fixed sum.')),
    period: z.optional(described(z.enum(PERIODS), 'Period', 'How often the amount is paid.')),
    validFrom: z.optional(isoDate('Valid from', 'The date this amount applies from.')),
    description: z.optional(text('Description', 'The value in words, for items that are not a sum of money, such as "100% off your council tax".', 200)),
  }),
  'Value',
  'What the item is worth. Give an amount, a description, or both.',
);

export const EntitlementLinkSchema = described(
  z.strictObject({
    title: text('Link text', 'What the link leads to, in words that make sense out of context.', 200),
    url: link('Address', 'The link address.'),
  }),
  'Link',
  'A link to more information or an application form.',
);

export const EntitlementSchema = described(
  z.strictObject({
    id: slug('Id', 'Stable id for this item; keep it when the wording changes.'),
    title: text('Title', 'Short name of the item, such as "Setting-up-home allowance".', 200),
    summary: text('Summary', 'One or two plain sentences a young person understands.', 600),
    details: z.optional(text('Details', 'More detail, in plain text.', 4000)),
    area: described(z.enum(AREAS), 'Area', 'The statutory area of the local offer this belongs to.'),
    tags: z.optional(described(z.array(text('Tag', 'A local tag, such as "money" or "leisure".', 40)).check(z.maxLength(20)), 'Tags', 'Local tags that help search, such as "money", "leisure" or "transport".')),
    basis: described(z.enum(BASES), 'Basis', 'Why this exists: the law, a local duty, a council choice, or a partner or community offer.'),
    nationalEntitlement: z.optional(slug('National entitlement', 'The id of the national entitlement in the library catalogue that this item delivers, such as "setting-up-home-allowance".')),
    providerId: slug('Provider id', 'The provider (from "providers") that delivers this item.'),
    eligibility: z.optional(EligibilitySchema),
    value: z.optional(ValueSchema),
    howToClaim: z.optional(text('How to claim', 'What to do to get it, in plain words.', 1000)),
    evidence: z.optional(described(z.array(text('Evidence', 'One thing to bring or send.', 200)).check(z.maxLength(20)), 'Evidence needed', 'What the young person needs to show.')),
    links: z.optional(described(z.array(EntitlementLinkSchema).check(z.maxLength(20)), 'Links', 'Links to more information.')),
    contactId: z.optional(slug('Contact id', 'The contact (from "contacts") to ask about this item.')),
  }),
  'Entitlement',
  'One thing a care leaver can get: a payment, a service, a discount or a right.',
);

export const PublisherSchema = described(
  z.strictObject({
    name: text('Name', 'Who is responsible for this document, such as "Nottinghamshire County Council".', 200),
    councilCode: z.optional(councilCode('Council code', "For a council: its ONS GSS code.")),
    website: z.optional(link('Website', "The publisher's website.")),
    email: z.optional(described(z.email({ error: 'must be an email address such as "team@council.gov.uk"' }), 'Email', 'Where to report a mistake in this offer.')),
  }),
  'Publisher',
  'The organisation responsible for this document.',
);

export const OfferSchema = described(
  z.strictObject({
    $schema: z.optional(described(z.string(), 'JSON Schema', 'The address of this JSON Schema, for editors.')),
    schemaVersion: described(z.string(), 'Schema version', 'The version of this format the file is written in, such as "1.0".', { pattern: SCHEMA_VERSION_JSON_PATTERN }),
    id: slug('Offer id', 'Stable id for this offer, such as "nottinghamshire".'),
    title: text('Title', 'The name of the offer, such as "Nottinghamshire Local Offer for Care Leavers".', 200),
    summary: z.optional(text('Summary', 'A short plain introduction to the offer.', 1000)),
    isExample: z.optional(described(z.boolean(), 'Example data', 'True when this file is example data, not a real offer. Elements show a notice.')),
    locale: z.optional(described(z.string().check(z.regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, { error: 'must be a language tag such as "en-GB"' })), 'Locale', 'Language of the text, such as "en-GB".')),
    publisher: PublisherSchema,
    covers: z.optional(
      described(z.array(councilCode('Council code', 'GSS code of a council.')).check(z.minLength(1)), 'Covers', 'The councils whose areas this offer covers. A joint two-tier offer lists the county and its districts.'),
    ),
    lastReviewed: isoDate('Last reviewed', 'When the publisher last checked every item. Elements warn when this is old.'),
    nextReviewDue: z.optional(isoDate('Next review due', 'When the publisher plans to check it again.')),
    sourceUrl: z.optional(link('Source', 'The page or document this offer is published from.')),
    providers: described(z.array(ProviderSchema).check(z.minLength(1)), 'Providers', 'Everyone who delivers an item in this offer.'),
    contacts: described(z.array(ContactSchema), 'Contacts', 'Ways to get in touch.'),
    entitlements: described(z.array(EntitlementSchema), 'Entitlements', 'Everything in the offer.'),
  }),
  'Local Offer for Care Leavers',
  'One council or organisation\'s Local Offer for Care Leavers (Children and Social Work Act 2017, s.2), in the Local Offer Elements format.',
);

export type Offer = z.output<typeof OfferSchema>;
export type Entitlement = z.output<typeof EntitlementSchema>;
export type Eligibility = z.output<typeof EligibilitySchema>;
export type EntitlementValue = z.output<typeof ValueSchema>;
export type Contact = z.output<typeof ContactSchema>;
export type Provider = z.output<typeof ProviderSchema>;
export type OpeningHours = z.output<typeof OpeningHoursSchema>;
export type OpeningInterval = z.output<typeof OpeningIntervalSchema>;
export type Publisher = z.output<typeof PublisherSchema>;
export type { Weekday } from './vocabularies.js';
export { WEEKDAYS };
