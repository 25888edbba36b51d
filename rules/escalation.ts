import { addWorkingDays, type IsoDate } from './calendar';
import type { EscalationStage, Pack } from './schema';

export interface StageStep {
  stage: EscalationStage;
  /** The response due date for a notice sent on `sentOn`, when the stage has a deadline. */
  dueOn?: IsoDate;
}

/** The ladder for a pack, in order. Empty when the pack's guidance gives none. */
export function ladder(pack: Pack): EscalationStage[] {
  return [...(pack.escalation?.stages ?? [])].sort((a, b) => a.order - b.order);
}

export function stageById(pack: Pack, id: string): EscalationStage | undefined {
  return pack.escalation?.stages.find((s) => s.id === id);
}

/** The stage after this one, if any. */
export function nextStage(pack: Pack, id: string): EscalationStage | undefined {
  const l = ladder(pack);
  const i = l.findIndex((s) => s.id === id);
  return i >= 0 ? l[i + 1] : undefined;
}

/** A stage with its response due date for a notice sent on `sentOn` (London date). */
export function stageWithDue(pack: Pack, id: string, sentOn: IsoDate): StageStep | undefined {
  const stage = stageById(pack, id);
  if (!stage) return undefined;
  return stage.respondWithinWorkingDays ? { stage, dueOn: addWorkingDays(sentOn, stage.respondWithinWorkingDays) } : { stage };
}
