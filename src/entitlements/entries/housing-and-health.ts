/** Housing and health: rules every council and the NHS follow. Sources and what could not be verified: docs/entitlements.md. */
import type { NationalEntitlement } from '../national-catalogue.js';
import { CHECKED } from './common.js';

export const HOUSING_AND_HEALTH: readonly NationalEntitlement[] = [
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
];
