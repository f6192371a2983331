/**
 * What young people in or leaving care in England can get, whichever council looked after them. Each entry
 * cites a primary source (legislation.gov.uk, GOV.UK, the NHS or DWP), the date it was checked, how far it
 * binds (`basis`) and whether it is in force (`status`); what could not be verified is said in
 * `unverified`. docs/entitlements.md is generated from this file.
 *
 * Ages are inclusive, as in offers: a right "up to 25" ends at the 25th birthday, so its maxAge is 24.
 *
 * Offers point at these by id (`nationalEntitlement`), so a local figure below the national minimum can be
 * flagged and the same entitlement from two councils can be shown once.
 */
import type { Area, CareStatus, Period } from '../schema/vocabularies.js';

/**
 * How far a national entitlement binds, which decides the words elements use: only `statute` is "a right
 * in law"; `recommended` is a minimum the government asks councils to give; `scheme` is a national scheme
 * whose money is given on need or by others (bursaries); `announced` is a policy not yet in force.
 */
export type NationalBasis = 'statute' | 'recommended' | 'scheme' | 'announced';

/** Whether the rule applies today: in force since a date, enacted but not commenced, or only announced. */
export type LegalStatus =
  | { readonly kind: 'in-force'; readonly since?: string }
  | { readonly kind: 'not-yet-in-force'; readonly enacted: string; readonly expected?: string }
  | { readonly kind: 'announced'; readonly announced: string; readonly expected?: string };

export interface Source {
  readonly title: string;
  readonly url: string;
}

export interface NationalEntitlement {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly area: Area;
  readonly statuses: readonly CareStatus[];
  readonly minAge?: number;
  readonly maxAge?: number;
  /** In pence. */
  readonly amountPence?: number;
  /** The amount is the least the government recommends; a local offer can give more. */
  readonly isMinimum?: boolean;
  /** The amount is a maximum. */
  readonly upTo?: boolean;
  readonly period?: Period;
  readonly amountValidFrom?: string;
  /** The date of the source that states the amount, where when it began is not known. */
  readonly amountStatedOn?: string;
  /** What else must be true, in words; an item with conditions is "may be for you" until they are checked. */
  readonly conditions?: string;
  /** Who gives it, in words a young person understands. */
  readonly deliveredBy: string;
  /** Given by the council that looked after the young person: elements name that council when they know it. */
  readonly byLookedAfterCouncil?: boolean;
  readonly basis: NationalBasis;
  readonly status: LegalStatus;
  /** The primary source: legislation.gov.uk, GOV.UK, the NHS or DWP. */
  readonly source: Source;
  /** Other primary sources the entry relies on. */
  readonly alsoSee?: readonly Source[];
  /** When the library's maintainers last checked the sources. */
  readonly checked: string;
  /** What could not be verified against a primary source, said plainly. */
  readonly unverified?: string;
}

const CHECKED = '2026-12-01';
const CA1989 = (section: string) => ({
  title: `Children Act 1989, section ${section}`,
  url: `https://www.legislation.gov.uk/ukpga/1989/41/section/${section}`,
});
const LOOKED_AFTER_COUNCIL = 'The council that looked after you';

export const NATIONAL_ENTITLEMENTS: readonly NationalEntitlement[] = Object.freeze([
  {
    id: 'personal-adviser',
    title: 'A personal adviser up to age 25',
    summary:
      'Someone from the council that looked after you who helps you plan and sort things out. You can have one until you are 25 if you want one, whether or not you are in education or training, even if you said no before.',
    area: 'relationships',
    statuses: ['eligible', 'relevant', 'former-relevant'],
    minAge: 16,
    maxAge: 24,
    deliveredBy: LOOKED_AFTER_COUNCIL,
    byLookedAfterCouncil: true,
    basis: 'statute',
    status: { kind: 'in-force', since: '2018-04-01' },
    source: CA1989('23CZB'),
    alsoSee: [CA1989('23B'), CA1989('23C')],
    checked: CHECKED,
    unverified: 'The date section 23CZB came into force (1 April 2018) is as widely reported; we did not read the commencement regulations.',
  },
  {
    id: 'pathway-plan',
    title: 'A pathway plan, reviewed at least every 6 months',
    summary:
      'A written plan for your future, made with you and looked at again at least every six months. If the council provides your home, your personal adviser must visit you there at least every two months.',
    area: 'relationships',
    statuses: ['eligible', 'relevant', 'former-relevant'],
    minAge: 16,
    maxAge: 24,
    deliveredBy: LOOKED_AFTER_COUNCIL,
    byLookedAfterCouncil: true,
    basis: 'statute',
    status: { kind: 'in-force', since: '2011-04-01' },
    source: { title: 'Care Leavers (England) Regulations 2010, regulations 6 to 8', url: 'https://www.legislation.gov.uk/uksi/2010/2571/contents' },
    alsoSee: [CA1989('23E')],
    checked: CHECKED,
    unverified:
      'We read regulation 8(2) (visits at least every two months where the council provides your home); the six-monthly review is in regulation 7, whose English text we could not read.',
  },
  {
    id: 'staying-put',
    title: 'Staying Put with your foster carers up to 21',
    summary:
      'If you were living with foster carers when you turned 18, you can keep living with them until you are 21 if you and they agree. The council must support the arrangement, including paying your carers.',
    area: 'accommodation',
    statuses: ['former-relevant'],
    minAge: 18,
    maxAge: 20,
    conditions: 'You were living with foster carers from the council when you turned 18, and you and they both want you to stay.',
    deliveredBy: LOOKED_AFTER_COUNCIL,
    byLookedAfterCouncil: true,
    basis: 'statute',
    status: { kind: 'in-force', since: '2014-05-13' },
    source: CA1989('23CZA'),
    checked: CHECKED,
  },
  {
    id: 'setting-up-home-allowance',
    title: 'Setting-up-home allowance',
    summary:
      'Money to buy what you need for your first home, such as a cooker, a bed and bedding. The government recommends every council gives at least £3,000: ask your personal adviser what yours gives and when.',
    area: 'accommodation',
    statuses: ['relevant', 'former-relevant'],
    minAge: 16,
    maxAge: 24,
    amountPence: 300_000,
    isMinimum: true,
    period: 'once',
    amountValidFrom: '2023-04-01',
    deliveredBy: LOOKED_AFTER_COUNCIL,
    byLookedAfterCouncil: true,
    basis: 'recommended',
    status: { kind: 'in-force', since: '2023-04-01' },
    source: {
      title: 'Department for Education: leaving care allowance uplift implementation grant 2023 to 2025, grant determination letter',
      url: 'https://assets.publishing.service.gov.uk/media/648339e8103ca60013039ccf/Section_31_grant_determination_letter_for_leaving_care_allowance_uplift_implementation_grant__2023_to_2025.pdf',
    },
    alsoSee: [
      {
        title: 'Children Act 1989 guidance, volume 3: planning transition to adulthood for care leavers',
        url: 'https://assets.publishing.service.gov.uk/media/61f81624d3bf7f78df30b359/CA1989_Transitions_Guidance.pdf',
      },
      CA1989('23C'),
    ],
    checked: CHECKED,
    unverified:
      'No law sets an amount: the duty is to give assistance (sections 23B and 23C). We could not open the grant letter; its "minimum recommended amount" of £3,000 from April 2023 is as councils quote it in answers to FOI requests, and we found no later statement of the figure. Coram Voice found in 2024 that about 1 in 10 councils paid less.',
  },
  {
    id: 'higher-education-bursary',
    title: 'Higher education bursary',
    summary:
      'A £2,000 bursary from the council that looked after you if you go to university or take another higher education course, paid all at once or in parts.',
    area: 'education-and-training',
    statuses: ['former-relevant'],
    minAge: 18,
    maxAge: 24,
    amountPence: 200_000,
    period: 'once',
    amountValidFrom: '2008-09-01',
    conditions: 'For a higher education course of at least two years, in your pathway plan, that started on or after 1 September 2008.',
    deliveredBy: LOOKED_AFTER_COUNCIL,
    byLookedAfterCouncil: true,
    basis: 'statute',
    status: { kind: 'in-force', since: '2009-08-22' },
    source: { title: 'Children Act 1989 (Higher Education Bursary) (England) Regulations 2009', url: 'https://www.legislation.gov.uk/uksi/2009/2274/contents' },
    alsoSee: [CA1989('23C')],
    checked: CHECKED,
    unverified: 'Whether the bursary can still be paid after your 25th birthday on a course started before it.',
  },
  {
    id: 'return-to-education-21-24',
    title: 'Help to go back to education or training at 21 to 24',
    summary:
      'If you are 21 to 24 and want to start or go back to education or training, tell the council that looked after you: it must give you a personal adviser, plan with you and help with the costs your course needs.',
    area: 'education-and-training',
    statuses: ['former-relevant'],
    minAge: 21,
    maxAge: 24,
    conditions: 'You tell the council that looked after you that you are in, or want to start, education or training.',
    deliveredBy: LOOKED_AFTER_COUNCIL,
    byLookedAfterCouncil: true,
    basis: 'statute',
    status: { kind: 'in-force' },
    source: CA1989('23CA'),
    checked: CHECKED,
    unverified: 'The date section 23CA came into force in England.',
  },
  {
    id: 'vacation-accommodation',
    title: 'Somewhere to live in the holidays while you study',
    summary:
      'If you are in full-time higher education, or full-time further education where you live at college, and your term-time home is not available in the holidays, the council must give you somewhere to stay or the money for it.',
    area: 'accommodation',
    statuses: ['relevant', 'former-relevant', 'qualifying'],
    minAge: 16,
    maxAge: 24,
    conditions: 'You are in full-time higher education, or residential further education, and have nowhere to live in the holidays.',
    deliveredBy: LOOKED_AFTER_COUNCIL,
    byLookedAfterCouncil: true,
    basis: 'statute',
    status: { kind: 'in-force', since: '2001-10-01' },
    source: CA1989('24B'),
    alsoSee: [
      {
        title: 'Hansard, House of Lords, 28 November 2000: Children (Leaving Care) Bill, Commons amendment 3',
        url: 'https://api.parliament.uk/historic-hansard/lords/2000/nov/28/commons-amendment-2',
      },
    ],
    checked: CHECKED,
    unverified:
      'We could not read the current text of section 24B; the scope (full-time further or higher education, up to 25) is from the Bill debate and Coram Voice.',
  },
  {
    id: 'student-finance-independent',
    title: 'Student finance without your parents’ income',
    summary:
      'Student Finance England treats you as an independent student, so your parents’ income is not counted, if you were in care for at least three months in a row ending on or after your 16th birthday.',
    area: 'education-and-training',
    statuses: ['former-relevant', 'qualifying'],
    minAge: 17,
    maxAge: 24,
    conditions:
      'You apply for student finance for a higher education course, and were in care for three months or more in a row ending on or after your 16th birthday.',
    deliveredBy: 'Student Finance England',
    basis: 'statute',
    status: { kind: 'in-force' },
    source: {
      title: 'Education (Student Support) Regulations 2011, schedule 4, paragraph 2',
      url: 'https://www.legislation.gov.uk/uksi/2011/1986/schedule/4/paragraph/2',
    },
    checked: CHECKED,
    unverified: 'Whether newer student support regulations for courses starting from 2025 repeat the rule word for word.',
  },
  {
    id: 'bursary-16-19',
    title: '16 to 19 bursary',
    summary:
      'Up to £1,200 a year from your school, college or training provider for costs such as travel, books and equipment, if you need it to take part in your course. It is not given automatically: ask them.',
    area: 'education-and-training',
    statuses: ['in-care', 'eligible', 'relevant', 'former-relevant'],
    minAge: 16,
    maxAge: 19,
    amountPence: 120_000,
    upTo: true,
    period: 'academic-year',
    amountValidFrom: '2025-08-01',
    conditions: 'You are under 19 on 31 August at the start of your school or college year, and need the money to take part in your course.',
    deliveredBy: 'Your school, college or training provider',
    basis: 'scheme',
    status: { kind: 'in-force' },
    source: {
      title: '16 to 19 Bursary Fund guide: 2025 to 2026 (GOV.UK)',
      url: 'https://www.gov.uk/government/publications/16-to-19-bursary-fund-guidance/16-to-19-bursary-fund-guide-2025-to-2026',
    },
    alsoSee: [{ title: '16 to 19 Bursary Fund (GOV.UK)', url: 'https://www.gov.uk/1619-bursary-fund' }],
    checked: CHECKED,
    unverified: 'We could not find the guide for 2026 to 2027; the amount and rules are those of the 2025 to 2026 guide.',
  },
  {
    id: 'apprenticeship-bursary',
    title: 'Apprenticeship bursary for care leavers',
    summary: '£3,000, paid in parts during your first year, if you start an apprenticeship. It does not count as income for Universal Credit.',
    area: 'employment',
    statuses: ['eligible', 'relevant', 'former-relevant'],
    minAge: 16,
    maxAge: 24,
    amountPence: 300_000,
    period: 'once',
    amountValidFrom: '2023-08-01',
    conditions: 'You start an apprenticeship on or after 1 August 2023, before you turn 25.',
    deliveredBy: 'Your apprenticeship training provider',
    basis: 'scheme',
    status: { kind: 'in-force', since: '2023-08-01' },
    source: {
      title: 'Apprenticeships: care leavers’ bursary guidance (GOV.UK)',
      url: 'https://www.gov.uk/government/publications/apprenticeships-bursary-for-care-leavers/apprenticeships-care-leavers-bursary-policy-summary',
    },
    checked: CHECKED,
    unverified:
      'GOV.UK says it is paid "in instalments"; three payments of £1,000 is what training providers describe. Whether "under 25" is your age when the apprenticeship starts.',
  },
  {
    id: 'jobcentre-care-leaver-support',
    title: 'Jobcentre help to get ready for Universal Credit',
    summary:
      'An appointment at the Jobcentre up to 28 days before you turn 18, to get your Universal Credit claim ready (your personal adviser can come with you), and help from a work coach up to 24.',
    area: 'employment',
    statuses: ['eligible', 'relevant', 'former-relevant'],
    minAge: 17,
    maxAge: 24,
    deliveredBy: 'Jobcentre Plus (DWP)',
    basis: 'scheme',
    status: { kind: 'in-force', since: '2023-07-13' },
    source: {
      title: 'Department for Work and Pensions: Care Leaver Covenant offer (GOV.UK)',
      url: 'https://www.gov.uk/government/publications/department-for-work-and-pensions-care-leaver-covenant-offer/department-for-work-and-pensions-care-leaver-covenant-offer',
    },
    checked: CHECKED,
    unverified: 'Whether every Jobcentre has a named care leaver contact: the part of the DWP page we could read does not say so.',
  },
  {
    id: 'housing-one-bedroom-rate',
    title: 'Help with rent at the one-bedroom rate up to 25',
    summary:
      'If you rent from a private landlord and get help with rent from Universal Credit or Housing Benefit, you get the one-bedroom rate, not the lower rate for a room in a shared house, until you are 25.',
    area: 'accommodation',
    statuses: ['former-relevant'],
    minAge: 18,
    maxAge: 24,
    conditions: 'You rent from a private landlord and get help with rent from Universal Credit or Housing Benefit.',
    deliveredBy: 'Universal Credit or Housing Benefit',
    basis: 'statute',
    status: { kind: 'in-force', since: '2021-05-31' },
    source: {
      title: 'Universal Credit Regulations 2013, schedule 4, paragraph 29',
      url: 'https://www.legislation.gov.uk/uksi/2013/376/schedule/4/paragraph/29',
    },
    alsoSee: [
      {
        title: 'GOV.UK: care leavers and homeless people could receive extra housing support',
        url: 'https://www.gov.uk/government/news/care-leavers-and-homeless-people-could-receive-extra-housing-support',
      },
    ],
    checked: CHECKED,
    unverified: 'The name of the 2021 amending regulations, and whether everyone in care until 18 meets the Universal Credit definition of a care leaver.',
  },
  {
    id: 'priority-need-homelessness',
    title: 'Priority help with housing if you become homeless',
    summary:
      'If you become homeless at 18, 19 or 20 and you were in care at any time when you were 16 or 17, the council you ask for help must treat you as in priority need for housing. From 21, you are in priority need if being in care has left you vulnerable.',
    area: 'accommodation',
    statuses: ['former-relevant', 'qualifying'],
    minAge: 18,
    maxAge: 24,
    conditions: 'You become homeless. At 21 or over, being in care must have left you vulnerable.',
    deliveredBy: 'The council where you ask for housing help',
    basis: 'statute',
    status: { kind: 'in-force', since: '2002-07-31' },
    source: {
      title: 'Homelessness (Priority Need for Accommodation) (England) Order 2002, articles 4 and 5',
      url: 'https://www.legislation.gov.uk/uksi/2002/2051/contents/made',
    },
    alsoSee: [
      {
        title: 'Homelessness code of guidance, chapter 22: care leavers (GOV.UK)',
        url: 'https://www.gov.uk/guidance/homelessness-code-of-guidance-for-local-authorities/chapter-22-care-leavers',
      },
    ],
    checked: CHECKED,
  },
  {
    id: 'social-housing-no-local-connection',
    title: 'Join any council’s housing register without a local connection',
    summary:
      'Until you are 25, a council in England cannot turn you away from its housing register because you have no local connection to its area. You can apply where you want to live.',
    area: 'accommodation',
    statuses: ['eligible', 'relevant', 'former-relevant'],
    minAge: 16,
    maxAge: 24,
    deliveredBy: 'Any council in England you apply to for social housing',
    basis: 'statute',
    status: { kind: 'in-force', since: '2025-07-10' },
    source: {
      title: 'Allocation of Housing (Qualification Criteria for Victims of Domestic Abuse and Care Leavers) (England) Regulations 2025',
      url: 'https://www.legislation.gov.uk/uksi/2025/706/made',
    },
    checked: CHECKED,
    unverified:
      'We read the regulations on a verbatim copy, not on legislation.gov.uk. They cover local connection; whether a council may still ask how long you have lived in its area is not clear from the text we read. How much priority you get is still each council’s choice.',
  },
  {
    id: 'complaints-and-advocacy',
    title: 'Complain, with an advocate on your side',
    summary:
      'If you are unhappy with the support you get, you can complain to the council that looked after you, and have an independent advocate (someone on your side, not the council’s) to help you.',
    area: 'participation-in-society',
    statuses: ['in-care', 'eligible', 'relevant', 'former-relevant', 'qualifying'],
    minAge: 14,
    maxAge: 24,
    deliveredBy: LOOKED_AFTER_COUNCIL,
    byLookedAfterCouncil: true,
    basis: 'statute',
    status: { kind: 'in-force' },
    source: CA1989('26A'),
    alsoSee: [CA1989('24D')],
    checked: CHECKED,
    unverified: 'We read section 24D only as first made in 2000, not as amended since.',
  },
  {
    id: 'junior-isa',
    title: 'A Junior ISA with £200 from the government',
    summary:
      'If you have been in care for 12 months or more and have no Child Trust Fund, the government puts £200 into a Junior ISA (a savings account) for you. The money is yours when you turn 18.',
    area: 'financial-literacy',
    statuses: ['in-care'],
    minAge: 14,
    maxAge: 17,
    amountPence: 20_000,
    period: 'once',
    amountStatedOn: '2023-04-17',
    conditions: 'You have been in care for 12 months or more, and have no Child Trust Fund.',
    deliveredBy: 'The government’s Junior ISA scheme for children in care',
    basis: 'scheme',
    status: { kind: 'in-force' },
    source: {
      title: 'Junior individual saving accounts for looked-after children (GOV.UK statutory guidance)',
      url: 'https://www.gov.uk/government/publications/junior-individual-saving-accounts-for-looked-after-children/junior-individual-saving-accounts-for-looked-after-children',
    },
    checked: CHECKED,
    unverified: 'Who runs the scheme after 31 March 2025, when the contract named in the guidance ended, and when the £200 payment began.',
  },
  {
    id: 'staying-close',
    title: 'Staying Close support up to 25',
    summary:
      'A new law will make the council that looked after you check whether you need “staying close” support — help to find and keep a home, and to get the services you need — and give it if you do, until you are 25.',
    area: 'accommodation',
    statuses: ['former-relevant'],
    minAge: 18,
    maxAge: 24,
    deliveredBy: LOOKED_AFTER_COUNCIL,
    byLookedAfterCouncil: true,
    basis: 'announced',
    status: { kind: 'not-yet-in-force', enacted: '2026-04-29' },
    source: { title: 'Children’s Wellbeing and Schools Act 2026, section 7', url: 'https://www.legislation.gov.uk/ukpga/2026/21/section/7' },
    checked: CHECKED,
    unverified: 'We found no regulations bringing section 7 into force as at 1 December 2026.',
  },
  {
    id: 'not-intentionally-homeless',
    title: 'Not found “intentionally homeless” up to 25',
    summary: 'A new law says that if you become homeless before you are 25, the council cannot decide you made yourself homeless on purpose.',
    area: 'accommodation',
    statuses: ['relevant', 'former-relevant'],
    minAge: 16,
    maxAge: 24,
    deliveredBy: 'The council where you ask for housing help',
    basis: 'announced',
    status: { kind: 'not-yet-in-force', enacted: '2026-04-29' },
    source: { title: 'Children’s Wellbeing and Schools Act 2026, section 9', url: 'https://www.legislation.gov.uk/ukpga/2026/21/section/9' },
    checked: CHECKED,
    unverified: 'We found no regulations bringing section 9 into force as at 1 December 2026.',
  },
  {
    id: 'free-nhs-health-costs',
    title: 'Free prescriptions, dental treatment and eye care up to 25',
    summary:
      'The government has announced that care leavers will get free NHS prescriptions, dental treatment and eye care until their 25th birthday. Until it starts, you may get help with health costs through the NHS Low Income Scheme: ask your personal adviser.',
    area: 'health-and-wellbeing',
    statuses: ['relevant', 'former-relevant'],
    minAge: 16,
    maxAge: 24,
    deliveredBy: 'The NHS',
    basis: 'announced',
    status: { kind: 'announced', announced: '2025-12-23', expected: 'by the end of 2026, not confirmed' },
    source: { title: 'NHS: help with health costs', url: 'https://www.nhs.uk/nhs-services/help-with-health-costs/' },
    checked: CHECKED,
    unverified:
      'We could not find the Department of Health and Social Care’s own announcement or any regulations. The announcement of 23 December 2025 is known from news reports and the Local Government Association’s response of 24 December 2025; "by the end of 2026" is from the children’s minister’s own website. Which care leavers it covers is not yet published.',
  },
]);

const byId: ReadonlyMap<string, NationalEntitlement> = new Map(NATIONAL_ENTITLEMENTS.map((entry) => [entry.id, entry]));

export function findNationalEntitlement(id: string): NationalEntitlement | undefined {
  return byId.get(id);
}

/** The catalogue's ids, for parseOffer's check of `nationalEntitlement` references. */
export const NATIONAL_ENTITLEMENT_IDS: ReadonlySet<string> = new Set(byId.keys());
