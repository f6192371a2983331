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

export const AREA_LABELS: Readonly<Record<Area, string>> = Object.freeze({
  'health-and-wellbeing': 'Health and wellbeing',
  relationships: 'Relationships',
  'education-and-training': 'Education and training',
  employment: 'Employment',
  accommodation: 'Accommodation',
  'participation-in-society': 'Participation in society',
  'financial-literacy': 'Money and financial skills',
});

/**
 * Legal care statuses (Children (Leaving Care) Act 2000 as amended), plus a child still in care (14+, for
 * preparation for adulthood) and unaccompanied asylum-seeking young people, whose support varies by council.
 */
export const CARE_STATUSES = [
  'in-care',
  'eligible',
  'relevant',
  'former-relevant',
  'qualifying',
  'unaccompanied-asylum-seeking',
] as const;
export type CareStatus = (typeof CARE_STATUSES)[number];

export const CARE_STATUS_LABELS: Readonly<Record<CareStatus, string>> = Object.freeze({
  'in-care': 'Still in care',
  eligible: 'Eligible child (16 or 17, in care)',
  relevant: 'Relevant child (16 or 17, left care)',
  'former-relevant': 'Former relevant child (18 to 25)',
  qualifying: 'Qualifying care leaver',
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
  other: 'Other',
});

/** Who delivers an item. Community and business offers are first-class, not an afterthought. */
export const PROVIDER_KINDS = [
  'council',
  'nhs',
  'dwp',
  'government',
  'education',
  'charity',
  'business',
  'community',
  'other',
] as const;
export type ProviderKind = (typeof PROVIDER_KINDS)[number];

/** The tiers of English local government, as in the ONS GSS code prefixes E06–E10. */
export const COUNCIL_TIERS = ['county', 'district', 'unitary', 'metropolitan', 'london-borough'] as const;
export type CouncilTier = (typeof COUNCIL_TIERS)[number];

/** Why an item exists: the law for everyone, a local duty, a council's choice, or a partner's offer. */
export const BASES = ['national-statutory', 'local-statutory', 'discretionary', 'partner', 'community'] as const;
export type Basis = (typeof BASES)[number];

export const BASIS_LABELS: Readonly<Record<Basis, string>> = Object.freeze({
  'national-statutory': 'By law, everywhere in England',
  'local-statutory': 'By law, from this council',
  discretionary: 'Extra support this council chooses to give',
  partner: 'From a partner organisation',
  community: 'From a local business or charity',
});

/** How often an amount is paid. */
export const PERIODS = ['once', 'week', 'month', 'year', 'academic-year'] as const;
export type Period = (typeof PERIODS)[number];

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** The link schemes an offer may use; anything else (javascript:, data:, vbscript:…) is refused. */
export const ALLOWED_URL_SCHEMES = ['https', 'http', 'tel', 'mailto', 'sms'] as const;
