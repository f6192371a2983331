/**
 * The order results are shown in: what a young person leaving care most often needs first. Money and a home
 * come before everything else (they are what care leavers ask about first, and what goes wrong fastest),
 * then education and work, then health, relationships and having a say. The schema's order (AREAS) follows
 * the statutory guidance instead, and is kept for data.
 */
import type { Area } from '../schema/vocabularies.js';

export const AREA_ORDER: readonly Area[] = Object.freeze([
  'financial-literacy',
  'accommodation',
  'education-and-training',
  'employment',
  'health-and-wellbeing',
  'relationships',
  'participation-in-society',
]);
