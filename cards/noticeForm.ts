/**
 * The Escalation Notice form (personal chat only): one input per field of the
 * guidance's form, labels from the pack, values put back after a validation
 * error, and the server's message under the field it is about.
 */
import type { EscalationStage, IsoDate, Pack } from '../rules';
import { addresseeText, noticeFieldLabels, NOTICE_INPUT_FIELDS, NOTICE_MAX_LENGTH, type NoticeAddressee, type NoticeErrors, type NoticeRawValues } from '../rules/notice';
import { expandCard, submit, type AdaptiveCard } from './expand';
import { withSafetyNet } from './parts';
import template from './templates/notice-form.json';
import { ACTIONS } from './actions';

export interface NoticeFormData {
  pack: Pack;
  draftId: string;
  stage: EscalationStage;
  addressee: NoticeAddressee;
  /** What to show in each input: the user's last input, or the pre-filled values. */
  values: NoticeRawValues;
  /** One message per field, from the server-side check. */
  errors: NoticeErrors;
  /** How it was raised at this stage, when already given. */
  sentHow?: string;
  today: IsoDate;
}

export function buildNoticeFormCard(d: NoticeFormData): AdaptiveCard {
  const notice = d.pack.escalation?.notice;
  const labels: Record<string, string> = noticeFieldLabels(d.pack);
  const values: Record<string, string> = {};
  const errors: Record<string, string> = {};
  for (const f of NOTICE_INPUT_FIELDS) {
    values[f] = d.values[f] ?? '';
    errors[f] = d.errors[f] ?? '';
  }
  const errorCount = Object.values(errors).filter(Boolean).length;
  const stageLine = `Stage ${d.stage.order + 1}: ${d.stage.title}`;
  const dueHint = d.stage.respondWithinWorkingDays
    ? `The guidance says a response is due within ${d.stage.respondWithinWorkingDays} working days of the date you send it. I will work out the date and remind you.`
    : 'The guidance sets no response time at this stage.';
  const card = expandCard(template, {
    title: notice?.title ?? 'Escalation Notice',
    stageLine,
    addresseeLine: `It goes to: ${addresseeText(d.addressee)}`,
    privacy: 'This form stays in this personal chat. If you share the notice with a team, only the child’s initials, the stage, who it went to, the due date and a reference are posted.',
    hasErrors: errorCount > 0,
    errorSummary: errorCount === 1 ? 'One answer needs checking: see the message under it. What you typed is kept.' : `${errorCount} answers need checking: see the messages under them. What you typed is kept.`,
    labels,
    values,
    errors,
    max: NOTICE_MAX_LENGTH,
    today: d.today,
    sentHow: d.sentHow ?? '',
    dueHint,
    fallbackText: `${notice?.title ?? 'Escalation Notice'} form. ${stageLine}. It goes to ${addresseeText(d.addressee)}.${errorCount ? ` ${errorCount} answers need checking.` : ''}`,
  });
  withSafetyNet(card, d.pack);
  card.actions = [
    submit('Draft the notice', ACTIONS.noticeSubmit.value({ draftId: d.draftId })),
    // The same form as a Teams dialog (task module: bot/pages/noticeTaskModule.ts); this card stays the fallback.
    // associatedInputs "none": the client must not check the form's required fields first (they are empty when it opens).
    { type: 'Action.Submit', title: 'Open the form in a window', associatedInputs: 'none', data: { msteams: { type: 'task/fetch' }, ...ACTIONS.noticeForm.value({ draftId: d.draftId }) } },
  ];
  return card;
}
