/**
 * The fixed vocabularies of the offer schema. Each is a frozen list of stable codes plus the plain-English
 * label a young person reads, so elements and tools never invent their own wording.
 */

/** The statutory areas of a local offer: the six of the 2018 guidance plus financial literacy (CWSA 2026 s8). */
export const AREAS = [
  'health-and-wellbeing',
  'relationships',
  'education-and-training',
  'employment',
  'accommodation',
  'participation-in-society',
  'financial-literacy',
] as const;
export type Area = (typeof AREAS)[number];

/** What a young person reads for each area: plain words, not the guidance's terms. */
export const AREA_LABELS: Readonly<Record<Area, string>> = Object.freeze({
  'health-and-wellbeing': 'Health and wellbeing',
  relationships: 'Support and relationships',
  'education-and-training': 'Education and training',
  employment: 'Jobs and apprenticeships',
  accommodation: 'Housing',
  'participation-in-society': 'ID, rights and having your say',
  'financial-literacy': 'Money',
});

/**
 * Legal care statuses (Children Act 1989, as amended; see src/model/care-status.ts), plus a child still in
 * care and unaccompanied asylum-seeking young people. The last is not a status in law, but a group whose
 * support councils often describe apart.
 */
export const CARE_STATUSES = ['in-care', 'eligible', 'relevant', 'former-relevant', 'qualifying', 'unaccompanied-asylum-seeking'] as const;
export type CareStatus = (typeof CARE_STATUSES)[number];

export const CARE_STATUS_LABELS: Readonly<Record<CareStatus, string>> = Object.freeze({
  'in-care': 'In care (looked after)',
  eligible: 'Eligible child (16 or 17, in care for 13 weeks or more since 14)',
  relevant: 'Relevant child (16 or 17, left care after being an eligible child)',
  'former-relevant': 'Former relevant child (18 or over, was a relevant or eligible child)',
  qualifying: 'Qualifying care leaver (16 to 20, in care after 16 without being an eligible child, or special guardianship from care)',
  'unaccompanied-asylum-seeking': 'Unaccompanied asylum-seeking young person',
});

/** What a contact is for; the contact card picks contacts by these. */
export const CONTACT_ROLES = [
  'leaving-care-team',
  'personal-adviser-duty',
  'out-of-hours',
  'housing',
  'council-tax',
  'complaints',
  'advocacy',
  'health',
  'employment',
  'virtual-school',
  'children-in-care-council',
  'mental-health-crisis',
  'homelessness-out-of-hours',
  'other',
] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];

export const CONTACT_ROLE_LABELS: Readonly<Record<ContactRole, string>> = Object.freeze({
  'leaving-care-team': 'Leaving care team',
  'personal-adviser-duty': 'Personal adviser duty line',
  'out-of-hours': 'Out of hours emergency line',
  housing: 'Housing',
  'council-tax': 'Council tax',
  complaints: 'Complaints',
  advocacy: 'Advocacy',
  health: 'Health',
  employment: 'Jobs and training',
  'virtual-school': 'Virtual School (education)',
  'children-in-care-council': 'Children in care council',
  'mental-health-crisis': 'Mental health crisis line',
  'homelessness-out-of-hours': 'Homeless out of hours',
  other: 'Other',
});

/** Who delivers an item. Community and business offers are first-class, not an afterthought. */
export const PROVIDER_KINDS = ['council', 'nhs', 'dwp', 'government', 'education', 'charity', 'business', 'community', 'other'] as const;
export type ProviderKind = (typeof PROVIDER_KINDS)[number];

/** The tiers of English local government, as in the ONS GSS code prefixes E06–E10. */
export const COUNCIL_TIERS = ['county', 'district', 'unitary', 'metropolitan', 'london-borough'] as const;
export type CouncilTier = (typeof COUNCIL_TIERS)[number];

/**
 * Why an item exists, and how far it binds: the law everywhere in England, a minimum the government
 * recommends, a national scheme, a policy announced but not in force, a duty of this council, a council's
 * own choice, or a partner's offer. Only the law may be called a right.
 */
export const BASES = [
  'national-statutory',
  'national-recommended',
  'national-scheme',
  'national-announced',
  'local-statutory',
  'discretionary',
  'partner',
  'community',
] as const;
export type Basis = (typeof BASES)[number];

export const BASIS_LABELS: Readonly<Record<Basis, string>> = Object.freeze({
  'national-statutory': 'By law, everywhere in England',
  'national-recommended': 'The government recommends every council gives at least this',
  'national-scheme': 'A national scheme, across England',
  'national-announced': 'Announced by the government, not in force yet',
  'local-statutory': 'By law, from this council',
  discretionary: 'Extra support this council chooses to give',
  partner: 'From a partner organisation',
  community: 'From a local business or charity',
});

/** How often an amount is paid: "each-time" is per use (a gym visit), "birthday" once a year on it. */
export const PERIODS = ['once', 'week', 'month', 'year', 'academic-year', 'term', 'birthday', 'each-time'] as const;
export type Period = (typeof PERIODS)[number];

/**
 * What a value is, so that a discount or a price the young person pays is never read as money given, and
 * goods or a loan never look like extra cash. Missing means money given.
 */
export const VALUE_KINDS = ['money', 'discount', 'price', 'goods', 'service', 'loan'] as const;
export type ValueKind = (typeof VALUE_KINDS)[number];

/** Whether an item is running: an ended item is not shown; a pilot or a proposal is shown as one. */
export const ITEM_STATUSES = ['agreed', 'pilot', 'proposed', 'ended'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** The link schemes an offer may use; anything else (javascript:, data:, vbscript:…) is refused. */
export const ALLOWED_URL_SCHEMES = ['https', 'http', 'tel', 'mailto', 'sms'] as const;
