/**
 * Who the law counts as a care leaver, and how: the statuses of the Children Act 1989 (as amended), worked
 * out from facts about a young person's time in care. Pure, and the one place these rules are written;
 * profile.ts maps the answers a young person gives onto these facts. Sources: docs/entitlements.md.
 *
 * - in care (looked after, s.22): until 18.
 * - eligible (Sch. 2 para. 19B; Care Planning, Placement and Case Review (England) Regulations 2010 reg. 40):
 *   16 or 17, looked after now, and looked after for 13 weeks or more in all since turning 14.
 * - relevant (s.23A): 16 or 17, no longer looked after, and was an eligible child before leaving care.
 * - former relevant (s.23C(1)): 18 or over, and was a relevant child, or an eligible child until 18. This
 *   includes a young person in Staying Put (s.23CZA). The duties end at 21, the personal adviser at 25
 *   (s.23CZB); each item carries its own ages.
 * - qualifying (s.24): 16 to 20, and either was looked after after turning 16 without becoming an eligible
 *   child (s.24(1B)), or is (or was at 18) under a special guardianship order made when they were looked
 *   after just before it (s.24(1A)).
 */
import type { CareStatus } from '../schema/vocabularies.js';

export interface CareHistory {
  readonly age: number;
  /** Looked after by a council now. Care ends at 18, so this is never true from 18. */
  readonly inCareNow: boolean;
  /** Looked after at some time after the 16th birthday. */
  readonly inCareAfter16: boolean;
  /** Looked after for 13 weeks or more in all, counting from the 14th birthday. */
  readonly thirteenWeeksSince14: boolean;
  /** Under a special guardianship order (or was at 18), and looked after just before it was made. */
  readonly specialGuardianshipFromCare?: boolean;
  /** Came to the UK as a child on their own, seeking asylum. */
  readonly unaccompanied?: boolean;
}

/** The statuses a history gives, in CARE_STATUSES order; empty when the law gives none. */
export function statusesForHistory(history: CareHistory): CareStatus[] {
  const { age } = history;
  const inCare = history.inCareNow && age < 18;
  const wasEligible = history.thirteenWeeksSince14 && history.inCareAfter16 && age >= 16;
  const statuses: CareStatus[] = [];
  if (inCare) statuses.push('in-care');
  if (inCare && wasEligible) statuses.push('eligible');
  if (!inCare && wasEligible && age < 18) statuses.push('relevant');
  if (wasEligible && age >= 18) statuses.push('former-relevant');
  const leftCareAfter16 = !inCare && history.inCareAfter16 && !wasEligible;
  if (age >= 16 && age < 21 && (leftCareAfter16 || history.specialGuardianshipFromCare) && !statuses.length) statuses.push('qualifying');
  if (history.unaccompanied) statuses.push('unaccompanied-asylum-seeking');
  return statuses;
}
