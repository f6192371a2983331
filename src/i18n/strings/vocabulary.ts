/**
 * The names of the schema's fixed vocabularies as elements show them: areas and contact roles. Their
 * English is the schema's own (vocabularies.ts); here they become strings a council can override like any
 * other ("Money" → "Money and benefits").
 */
import { AREA_LABELS, CONTACT_ROLE_LABELS, type Area, type ContactRole } from '../../schema/vocabularies.js';
import type { Messages } from './messages.js';

export const AREA_STRINGS = Object.freeze({
  areaHealthAndWellbeing: AREA_LABELS['health-and-wellbeing'],
  areaRelationships: AREA_LABELS.relationships,
  areaEducationAndTraining: AREA_LABELS['education-and-training'],
  areaEmployment: AREA_LABELS.employment,
  areaAccommodation: AREA_LABELS.accommodation,
  areaParticipationInSociety: AREA_LABELS['participation-in-society'],
  areaFinancialLiteracy: AREA_LABELS['financial-literacy'],
}) satisfies Messages;

export type AreaKey = keyof typeof AREA_STRINGS;

export const AREA_KEYS: Readonly<Record<Area, AreaKey>> = Object.freeze({
  'health-and-wellbeing': 'areaHealthAndWellbeing',
  relationships: 'areaRelationships',
  'education-and-training': 'areaEducationAndTraining',
  employment: 'areaEmployment',
  accommodation: 'areaAccommodation',
  'participation-in-society': 'areaParticipationInSociety',
  'financial-literacy': 'areaFinancialLiteracy',
});

export const CONTACT_ROLE_STRINGS = Object.freeze({
  roleLeavingCareTeam: CONTACT_ROLE_LABELS['leaving-care-team'],
  rolePersonalAdviserDuty: CONTACT_ROLE_LABELS['personal-adviser-duty'],
  roleOutOfHours: CONTACT_ROLE_LABELS['out-of-hours'],
  roleHousing: CONTACT_ROLE_LABELS.housing,
  roleCouncilTax: CONTACT_ROLE_LABELS['council-tax'],
  roleComplaints: CONTACT_ROLE_LABELS.complaints,
  roleAdvocacy: CONTACT_ROLE_LABELS.advocacy,
  roleHealth: CONTACT_ROLE_LABELS.health,
  roleEmployment: CONTACT_ROLE_LABELS.employment,
  roleVirtualSchool: CONTACT_ROLE_LABELS['virtual-school'],
  roleChildrenInCareCouncil: CONTACT_ROLE_LABELS['children-in-care-council'],
  roleMentalHealthCrisis: CONTACT_ROLE_LABELS['mental-health-crisis'],
  roleHomelessnessOutOfHours: CONTACT_ROLE_LABELS['homelessness-out-of-hours'],
  roleOther: CONTACT_ROLE_LABELS.other,
}) satisfies Messages;

export type ContactRoleKey = keyof typeof CONTACT_ROLE_STRINGS;

export const CONTACT_ROLE_KEYS: Readonly<Record<ContactRole, ContactRoleKey>> = Object.freeze({
  'leaving-care-team': 'roleLeavingCareTeam',
  'personal-adviser-duty': 'rolePersonalAdviserDuty',
  'out-of-hours': 'roleOutOfHours',
  housing: 'roleHousing',
  'council-tax': 'roleCouncilTax',
  complaints: 'roleComplaints',
  advocacy: 'roleAdvocacy',
  health: 'roleHealth',
  employment: 'roleEmployment',
  'virtual-school': 'roleVirtualSchool',
  'children-in-care-council': 'roleChildrenInCareCouncil',
  'mental-health-crisis': 'roleMentalHealthCrisis',
  'homelessness-out-of-hours': 'roleHomelessnessOutOfHours',
  other: 'roleOther',
});
