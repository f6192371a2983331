/**
 * The offer document: one JSON file per publisher. Written with zod/mini because browsers load it; the
 * JSON Schema publishers use in their editors is generated from it, with the text in schema-docs.ts.
 */
import * as z from 'zod/mini';
import { councilCode, councilCodes, email, isoDate, link, slug, text } from './fields.js';
import { AREAS, BASES, CARE_STATUSES, CONTACT_ROLES, COUNCIL_TIERS, ITEM_STATUSES, PERIODS, PROVIDER_KINDS, VALUE_KINDS, WEEKDAYS } from './vocabularies.js';

const TIME_PATTERN = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const time = () => z.string().check(z.regex(TIME_PATTERN, { error: 'must be a 24-hour time such as "09:00" or "17:30"' }));

export const OpeningIntervalSchema = z.strictObject({ opens: time(), closes: time() });

const day = () => z.optional(z.array(OpeningIntervalSchema).check(z.maxLength(6)));

export const OpeningHoursSchema = z.strictObject({
  alwaysOpen: z.optional(z.boolean()),
  monday: day(),
  tuesday: day(),
  wednesday: day(),
  thursday: day(),
  friday: day(),
  saturday: day(),
  sunday: day(),
  bankHolidays: day(),
  closedDates: z.optional(z.array(isoDate()).check(z.maxLength(60))),
  note: z.optional(text(300)),
});

export const AddressSchema = z.strictObject({
  lines: z.array(text(120)).check(z.minLength(1), z.maxLength(6)),
  postcode: z.optional(text(10)),
});

export const ContactSchema = z.strictObject({
  id: slug(),
  name: text(200),
  role: z.enum(CONTACT_ROLES),
  providerId: z.optional(slug()),
  serves: z.optional(councilCodes()),
  phone: z.optional(text(40)),
  sms: z.optional(text(40)),
  email: z.optional(email()),
  website: z.optional(link()),
  address: z.optional(AddressSchema),
  openingHours: z.optional(OpeningHoursSchema),
  languages: z.optional(z.array(text(60)).check(z.maxLength(50))),
  notes: z.optional(text(500)),
});

export const ProviderSchema = z.strictObject({
  id: slug(),
  name: text(200),
  kind: z.enum(PROVIDER_KINDS),
  councilCode: z.optional(councilCode()),
  tier: z.optional(z.enum(COUNCIL_TIERS)),
  website: z.optional(link()),
  partOf: z.optional(slug()),
});

const age = () => z.int().check(z.minimum(0), z.maximum(30));
const pence = () => z.int().check(z.minimum(0), z.maximum(100_000_000));
const percentage = () => z.number().check(z.minimum(0), z.maximum(100));
const ids = (max: number) => z.array(slug()).check(z.minLength(1), z.maxLength(max));

/** The rules of one way to be eligible; `anyOf` lists several such ways. */
const rules = {
  statuses: z.optional(z.array(z.enum(CARE_STATUSES)).check(z.minLength(1))),
  minAge: z.optional(age()),
  maxAge: z.optional(age()),
  careLeaversOf: z.optional(councilCodes()),
  residentsOf: z.optional(councilCodes()),
  intendingResidentsOf: z.optional(councilCodes()),
  notResidentsOf: z.optional(councilCodes()),
  assessedNeed: z.optional(z.boolean()),
  conditions: z.optional(text(500)),
};

export const EligibilityRuleSchema = z.strictObject(rules);

export const EligibilitySchema = z.strictObject({ ...rules, anyOf: z.optional(z.array(EligibilityRuleSchema).check(z.minLength(2), z.maxLength(10))) });

export const ValueTierSchema = z.strictObject({
  amountPence: z.optional(pence()),
  percentage: z.optional(percentage()),
  minAge: z.optional(age()),
  maxAge: z.optional(age()),
  condition: z.optional(text(200)),
});

export const ValueSchema = z.strictObject({
  kind: z.optional(z.enum(VALUE_KINDS)),
  amountPence: z.optional(pence()),
  percentage: z.optional(percentage()),
  upTo: z.optional(z.boolean()),
  period: z.optional(z.enum(PERIODS)),
  count: z.optional(z.int().check(z.minimum(2), z.maximum(520))),
  instalmentsPence: z.optional(z.array(pence()).check(z.minLength(2), z.maxLength(60))),
  tiers: z.optional(z.array(ValueTierSchema).check(z.minLength(2), z.maxLength(20))),
  notPublished: z.optional(z.boolean()),
  paidFrom: z.optional(slug()),
  validFrom: z.optional(isoDate()),
  description: z.optional(text(200)),
});

export const AvailabilitySchema = z.strictObject({
  from: z.optional(isoDate()),
  until: z.optional(isoDate()),
  hours: z.optional(OpeningHoursSchema),
  in: z.optional(councilCodes()),
  note: z.optional(text(300)),
});

export const EntitlementLinkSchema = z.strictObject({ title: text(200), url: link() });

export const EntitlementSchema = z.strictObject({
  id: slug(),
  title: text(200),
  summary: text(600),
  details: z.optional(text(4000)),
  area: z.enum(AREAS),
  tags: z.optional(z.array(text(40)).check(z.maxLength(20))),
  basis: z.enum(BASES),
  nationalEntitlement: z.optional(slug()),
  providerId: slug(),
  deliveredBy: z.optional(ids(400)),
  fundedBy: z.optional(ids(50)),
  status: z.optional(z.enum(ITEM_STATUSES)),
  available: z.optional(AvailabilitySchema),
  eligibility: z.optional(EligibilitySchema),
  value: z.optional(ValueSchema),
  howToClaim: z.optional(text(1000)),
  evidence: z.optional(z.array(text(200)).check(z.maxLength(20))),
  links: z.optional(z.array(EntitlementLinkSchema).check(z.maxLength(20))),
  contactId: z.optional(slug()),
});

export const PublisherSchema = z.strictObject({
  name: text(200),
  councilCode: z.optional(councilCode()),
  website: z.optional(link()),
  email: z.optional(email()),
});

export const OfferSchema = z.strictObject({
  $schema: z.optional(z.string()),
  schemaVersion: z.string(),
  id: slug(),
  title: text(200),
  summary: z.optional(text(1000)),
  isExample: z.optional(z.boolean()),
  locale: z.optional(z.string().check(z.regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, { error: 'must be a language tag such as "en-GB"' }))),
  publisher: PublisherSchema,
  covers: z.optional(councilCodes()),
  lastReviewed: isoDate(),
  nextReviewDue: z.optional(isoDate()),
  sourceUrl: z.optional(link()),
  providers: z.array(ProviderSchema).check(z.minLength(1), z.maxLength(1000)),
  contacts: z.array(ContactSchema).check(z.maxLength(1000)),
  entitlements: z.array(EntitlementSchema).check(z.maxLength(100_000)),
});

export type Offer = z.output<typeof OfferSchema>;
export type Entitlement = z.output<typeof EntitlementSchema>;
export type Eligibility = z.output<typeof EligibilitySchema>;
export type EligibilityRules = z.output<typeof EligibilityRuleSchema>;
export type ValueTier = z.output<typeof ValueTierSchema>;
export type Availability = z.output<typeof AvailabilitySchema>;
export type EntitlementValue = z.output<typeof ValueSchema>;
export type Contact = z.output<typeof ContactSchema>;
export type Provider = z.output<typeof ProviderSchema>;
export type OpeningHours = z.output<typeof OpeningHoursSchema>;
export type OpeningInterval = z.output<typeof OpeningIntervalSchema>;
export type Publisher = z.output<typeof PublisherSchema>;
export { WEEKDAYS };
