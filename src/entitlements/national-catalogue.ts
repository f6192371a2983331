/**
 * What every care leaver in England is entitled to, whichever council looked after them. Each entry
 * carries its source and the date its amount applies from, because the amounts change and offers are
 * judged against the figure in force. Only facts with a public source are here; see docs/entitlements.md.
 *
 * Ages are inclusive, as in offers: a right "up to 25" ends at the 25th birthday, so its maxAge is 24.
 *
 * Offers point at these by id (`nationalEntitlement`), so a local figure below the national minimum can be
 * flagged and the same entitlement from two councils can be shown once.
 */
import type { Area, CareStatus, Period } from '../schema/vocabularies.js';

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
  /** The amount is the least a council may pay; a local offer can pay more. */
  readonly isMinimum?: boolean;
  /** The amount is a maximum. */
  readonly upTo?: boolean;
  readonly period?: Period;
  readonly amountValidFrom?: string;
  readonly conditions?: string;
  /** Who gives it, in words a young person understands. */
  readonly deliveredBy: string;
  /** Given by the council that looked after the young person: elements name that council when they know it. */
  readonly byLookedAfterCouncil?: boolean;
  readonly source: { readonly title: string; readonly url: string };
  /** When the library's maintainers last checked the source. */
  readonly checked: string;
}

const CARE_LEAVERS: readonly CareStatus[] = ['relevant', 'former-relevant'];

export const NATIONAL_ENTITLEMENTS: readonly NationalEntitlement[] = Object.freeze([
  {
    id: 'personal-adviser',
    title: 'A personal adviser up to age 25',
    summary: 'You can have a personal adviser from your council until you are 25, whether or not you are in education or training.',
    area: 'relationships',
    statuses: ['eligible', 'relevant', 'former-relevant'],
    minAge: 16,
    maxAge: 24,
    deliveredBy: 'The council that looked after you',
    byLookedAfterCouncil: true,
    source: { title: 'Children and Social Work Act 2017, s.3 (Walsall procedures)', url: 'https://walsallchildcare.proceduresonline.com/p_trans_leav_LA_ser.html' },
    checked: '2026-11-23',
  },
  {
    id: 'pathway-plan',
    title: 'A pathway plan, reviewed at least every 6 months',
    summary: 'Your plan for leaving care, written with you and looked at again at least every six months. Your personal adviser should see you at least every two months.',
    area: 'relationships',
    statuses: ['eligible', 'relevant', 'former-relevant'],
    minAge: 16,
    maxAge: 24,
    deliveredBy: 'The council that looked after you',
    byLookedAfterCouncil: true,
    source: { title: 'Croydon Local Offer for Care Leavers', url: 'https://www.croydon.gov.uk/children-young-people-and-families/children-looked-after-and-care-leavers/local-offer-care-leavers-support-children-looked-after-and-young-people' },
    checked: '2026-11-23',
  },
  {
    id: 'staying-put',
    title: 'Staying Put with your foster carers up to 21',
    summary: 'If you and your foster carers agree, you can stay living with them until you are 21, and the council supports the arrangement with money.',
    area: 'accommodation',
    statuses: ['former-relevant'],
    minAge: 18,
    maxAge: 20,
    deliveredBy: 'The council that looked after you',
    byLookedAfterCouncil: true,
    source: { title: 'Staying Put (Derbyshire procedures)', url: 'https://derbyshirecaya.proceduresonline.com/p_stay.html' },
    checked: '2026-11-23',
  },
  {
    id: 'setting-up-home-allowance',
    title: 'Setting-up-home allowance',
    summary: 'Money to buy what you need for your first home, such as a cooker, a bed and bedding. Every council must give at least £3,000.',
    area: 'accommodation',
    statuses: CARE_LEAVERS,
    minAge: 16,
    maxAge: 24,
    amountPence: 300_000,
    isMinimum: true,
    period: 'once',
    amountValidFrom: '2023-04-01',
    deliveredBy: 'The council that looked after you',
    byLookedAfterCouncil: true,
    source: { title: 'Coram: care leavers setting up home', url: 'https://coram.org.uk/news/care-leavers-setting-up-home' },
    checked: '2026-11-23',
  },
  {
    id: 'higher-education-bursary',
    title: 'Higher education bursary',
    summary: 'A £2,000 bursary from your council if you go to university or take another higher education course.',
    area: 'education-and-training',
    statuses: ['former-relevant'],
    minAge: 18,
    maxAge: 24,
    amountPence: 200_000,
    period: 'once',
    amountValidFrom: '2008-09-01',
    conditions: 'For a course of higher education that started on or after 1 September 2008.',
    deliveredBy: 'The council that looked after you',
    byLookedAfterCouncil: true,
    source: { title: 'Nottingham City: higher education bursary', url: 'https://nottinghamcitycs.trixonline.co.uk/chapter/care-leavers-financial-entitlements-higher-education-bursary' },
    checked: '2026-11-23',
  },
  {
    id: 'vacation-accommodation',
    title: 'Somewhere to live in the university holidays',
    summary: 'If you are in higher education, your council must help you with accommodation during the holidays if you need it.',
    area: 'accommodation',
    statuses: ['former-relevant'],
    minAge: 18,
    maxAge: 24,
    deliveredBy: 'The council that looked after you',
    byLookedAfterCouncil: true,
    source: { title: 'Croydon Local Offer for Care Leavers', url: 'https://www.croydon.gov.uk/children-young-people-and-families/children-looked-after-and-care-leavers/local-offer-care-leavers-support-children-looked-after-and-young-people' },
    checked: '2026-11-23',
  },
  {
    id: 'bursary-16-19',
    title: '16 to 19 bursary',
    summary: 'Up to £1,200 a year from your school, college or training provider to help with costs such as travel, books and equipment.',
    area: 'education-and-training',
    statuses: ['in-care', 'eligible', 'relevant', 'former-relevant'],
    minAge: 16,
    maxAge: 19,
    amountPence: 120_000,
    upTo: true,
    period: 'academic-year',
    amountValidFrom: '2025-08-01',
    conditions: 'Amount for the 2025 to 2026 academic year. Ask your school, college or training provider.',
    deliveredBy: 'Your school, college or training provider',
    source: { title: '16 to 19 Bursary Fund guide 2025 to 2026 (GOV.UK)', url: 'https://www.gov.uk/government/publications/16-to-19-bursary-fund-guidance/16-to-19-bursary-fund-guide-2025-to-2026' },
    checked: '2026-11-23',
  },
  {
    id: 'apprenticeship-bursary',
    title: 'Care leaver apprenticeship bursary',
    summary: '£3,000 if you start an apprenticeship, paid in three parts of £1,000. It does not count as income for Universal Credit.',
    area: 'employment',
    statuses: CARE_LEAVERS,
    minAge: 16,
    maxAge: 24,
    amountPence: 300_000,
    period: 'once',
    amountValidFrom: '2023-08-01',
    conditions: 'For apprenticeships starting on or after 1 August 2023.',
    deliveredBy: 'Your apprenticeship training provider',
    source: { title: 'Apprenticeship bursary for care leavers (BLC)', url: 'https://blc.ac.uk/funding-bursaries-loans-apprentices' },
    checked: '2026-11-23',
  },
  {
    id: 'housing-one-bedroom-rate',
    title: 'Housing help at the one-bedroom rate up to 25',
    summary: 'If you get help with rent from Universal Credit or Housing Benefit, you get the one-bedroom rate rather than the lower shared-accommodation rate until you are 25.',
    area: 'accommodation',
    statuses: ['former-relevant'],
    minAge: 18,
    maxAge: 24,
    deliveredBy: 'Universal Credit or Housing Benefit',
    source: { title: 'GOV.UK: extra housing support for care leavers', url: 'https://gov.uk/government/news/care-leavers-and-homeless-people-could-receive-extra-housing-support' },
    checked: '2026-11-23',
  },
  {
    id: 'universal-credit-housing-18-21',
    title: 'Universal Credit housing costs at 18 to 21',
    summary: 'Care leavers aged 18 to 21 can get help with housing costs in Universal Credit.',
    area: 'accommodation',
    statuses: ['former-relevant'],
    minAge: 18,
    maxAge: 21,
    deliveredBy: 'Universal Credit (DWP)',
    source: { title: 'CPAG: housing costs for 18 to 21 year olds', url: 'https://askcpag.org.uk/content/200076/housing-costs-for-18-to-21-year-olds' },
    checked: '2026-11-23',
  },
  {
    id: 'priority-need-homelessness',
    title: 'Priority help if you are homeless',
    summary: 'If you were looked after at 16 or 17, you are in priority need for housing if you become homeless aged 18 to 20. From 21, you are if leaving care has made you vulnerable.',
    area: 'accommodation',
    statuses: ['former-relevant'],
    minAge: 18,
    maxAge: 24,
    deliveredBy: 'The council where you ask for housing help',
    source: { title: 'Shelter Legal: priority need of care leavers', url: 'https://england.shelter.org.uk/legal/homelessness_applications/priority_need/care_leavers_aged_18,_19_or_20' },
    checked: '2026-11-23',
  },
  {
    id: 'jobcentre-care-leaver-support',
    title: 'Jobcentre help for care leavers',
    summary: 'An appointment to start your Universal Credit claim up to 28 days before you turn 18, and a care leaver point of contact in every Jobcentre.',
    area: 'employment',
    statuses: ['eligible', 'relevant', 'former-relevant'],
    minAge: 17,
    maxAge: 24,
    deliveredBy: 'Jobcentre Plus (DWP)',
    source: { title: 'DWP Care Leaver Covenant offer (GOV.UK)', url: 'https://www.gov.uk/government/publications/department-for-work-and-pensions-care-leaver-covenant-offer/department-for-work-and-pensions-care-leaver-covenant-offer' },
    checked: '2026-11-23',
  },
  {
    id: 'care-leaver-covenant',
    title: 'Care Leaver Covenant offers',
    summary: 'Jobs, training and discounts from businesses and organisations that have signed the Care Leaver Covenant.',
    area: 'employment',
    statuses: ['relevant', 'former-relevant'],
    minAge: 16,
    maxAge: 25,
    deliveredBy: 'Care Leaver Covenant partners',
    source: { title: 'Care Leaver Covenant', url: 'https://mycovenant.org.uk/' },
    checked: '2026-11-23',
  },
]);

const byId: ReadonlyMap<string, NationalEntitlement> = new Map(NATIONAL_ENTITLEMENTS.map((entry) => [entry.id, entry]));

export function findNationalEntitlement(id: string): NationalEntitlement | undefined {
  return byId.get(id);
}

/** The catalogue's ids, for parseOffer's check of `nationalEntitlement` references. */
export const NATIONAL_ENTITLEMENT_IDS: ReadonlySet<string> = new Set(byId.keys());
