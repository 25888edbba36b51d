/**
 * "Next stage": before the notice moves on, when the practitioner raised it at the next
 * stage and how (phone call, email, meeting). The response date is worked out from that day,
 * not from the day the button was pressed. Cancel goes back to the notice without checking.
 */
import type { EscalationStage, IsoDate, Pack } from '../rules';
import type { ContactMethod } from '../rules/notice';
import { expandCard, submit, type AdaptiveCard } from './expand';
import { withSafetyNet } from './parts';
import template from './templates/notice-next.json';
import { ACTIONS } from './actions';

export interface NoticeNextData {
  pack: Pack;
  draftId: string;
  reference: string;
  /** The stage the notice is at now (the card only acts from it). */
  from: EscalationStage;
  to: EscalationStage;
  today: IsoDate;
  /** Not before the current stage's date. */
  earliest: IsoDate;
  /** What to show again after a correction. */
  date?: string;
  how?: ContactMethod;
  error?: string;
}

export function buildNoticeNextCard(d: NoticeNextData): AdaptiveCard {
  const heading = `Next stage: ${d.to.title}`;
  const dueHint = d.to.respondWithinWorkingDays
    ? `The guidance says a response is due within ${d.to.respondWithinWorkingDays} working days. I count them from the date you give (weekends and bank holidays skipped) and remind you on the day.`
    : 'The guidance sets no response time at this stage.';
  const card = expandCard(template, {
    heading,
    reference: d.reference,
    ask: `When did you raise it with ${d.to.to.replace(/^A /, 'a ').replace(/^The /, 'the ')}, and how?`,
    howLine: `If you have not raised it yet, do that first. The guidance says: ${d.to.how}`,
    error: d.error ?? '',
    earliest: d.earliest,
    today: d.today,
    date: d.date ?? d.today,
    how: d.how ?? '',
    dueHint,
    fallbackText: `${heading}. When did you raise it, and how? Reference ${d.reference}.`,
  });
  withSafetyNet(card, d.pack);
  card.actions = [
    submit('Move to the next stage', ACTIONS.noticeNext.value({ draftId: d.draftId, fromStage: d.from.id })),
    { type: 'Action.Submit', title: 'Cancel', associatedInputs: 'none', data: ACTIONS.noticeOpen.value({ draftId: d.draftId }) },
  ];
  return card;
}
