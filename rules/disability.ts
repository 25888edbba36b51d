/**
 * The Children with Disabilities Team's eligibility criteria as a short check.
 * All criteria must apply. A "not sure" never ends as "not eligible": the safer
 * branch is to talk it through with the front door.
 */
import type { GuidanceItem, Pack } from './schema';
import type { YesNoNotSure } from './privateFostering';

export const CWD_CRITERIA_ID = 'cwd_criteria';

export type CwdOutcome = 'eligible' | 'not_eligible' | 'ask_front_door';

export interface CwdDecision {
  outcome: CwdOutcome;
  /** The criteria answered "no" or "not sure", by index. */
  unmet: number[];
  unsure: number[];
}

export function cwdCriteria(pack: Pack): GuidanceItem | undefined {
  return pack.guidance.find((g) => g.id === CWD_CRITERIA_ID);
}

/** answers[i] is the answer to criterion i; a missing answer counts as "not sure". */
export function cwdEligible(criteria: GuidanceItem, answers: readonly YesNoNotSure[]): CwdDecision {
  const unmet: number[] = [];
  const unsure: number[] = [];
  criteria.points.forEach((_p, i) => {
    const a = answers[i] ?? 'not_sure';
    if (a === 'no') unmet.push(i);
    if (a === 'not_sure') unsure.push(i);
  });
  const outcome: CwdOutcome = unmet.length > 0 ? 'not_eligible' : unsure.length > 0 ? 'ask_front_door' : 'eligible';
  return { outcome, unmet, unsure };
}
