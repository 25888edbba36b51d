/**
 * The drafted Escalation Notice, shown only in its author's personal chat:
 * every field, the addressee, the working-day due date, the return address,
 * a plain-text copy for an email, a mailto: link and the next stage.
 */
import type { Pack } from '../rules';
import { formatLongDate, nextStage, stageById } from '../rules';
import { addresseeFor, addresseeText, copyToEmails, dueText, EMAIL_LEAVES_OUT, historyLines, mailtoHref, noticeLines, noticeText, raisedWords, type NoticeView } from '../rules/notice';
import { expandCard, submit, type AdaptiveCard, type Json } from './expand';
import { withSafetyNet } from './parts';
import template from './templates/notice.json';
import { ACTIONS } from './actions';

export interface NoticeCardData {
  pack: Pack;
  draftId: string;
  notice: NoticeView;
  /** A line at the top, e.g. "Moved to the next stage." */
  status?: string;
}

export function buildNoticeCard(d: NoticeCardData): AdaptiveCard {
  const { pack, notice } = d;
  const esc = pack.escalation;
  const stage = stageById(pack, notice.stageId);
  if (!esc || !stage) throw new RangeError('unknown escalation stage');
  const addressee = addresseeText(addresseeFor(pack, stage));
  const due = dueText(stage, notice.dueOn);
  const next = nextStage(pack, stage.id);
  const plain = noticeText(pack, notice);
  const card = expandCard(template, {
    title: esc.notice.title,
    reference: notice.reference,
    stageLine: `${d.status ? `${d.status} ` : ''}Stage ${stage.order + 1}: ${stage.title}`,
    raisedLine: notice.history.length > 0 || notice.sentHow ? `At this stage: ${raisedWords(notice.sentOn, notice.sentHow)}.` : '',
    recordLine: esc.recordOnFile?.text ?? '',
    emailLine: mailtoHref(pack, notice) ? `“Email it” opens an email to ${addressee}${copyToEmails(pack).length ? `, copied to ${copyToEmails(pack).join(', ')}` : ''}. ${EMAIL_LEAVES_OUT}` : '',
    addressee,
    due,
    attach: stage.attach.join('; '),
    copy: [...new Set([...stage.copyTo, ...esc.notice.copyTo])].join('; '),
    lines: noticeLines(pack, notice),
    history: historyLines(pack, notice.history),
    returnTo: esc.notice.returnTo.lines,
    remindLine: notice.dueOn
      ? `I will remind you here on ${formatLongDate(notice.dueOn)} if you have not moved it on by then.`
      : 'Keep a copy on the child’s file, and record how it was resolved.',
    fallbackText: `${esc.notice.title}. Reference ${notice.reference}. Stage ${stage.order + 1}: ${stage.title}. Send to ${addressee}. ${due}`,
  });
  withSafetyNet(card, pack);
  const actions: Json[] = [];
  const mailto = mailtoHref(pack, notice);
  if (mailto) actions.push({ type: 'Action.OpenUrl', title: 'Email it', url: mailto });
  actions.push({
    type: 'Action.ShowCard',
    title: 'Plain text to copy',
    card: { type: 'AdaptiveCard', body: [{ type: 'TextBlock', text: plain, wrap: true, fontType: 'Monospace', size: 'Small' }] },
  });
  if (next) actions.push(submit(`Next stage: ${next.title}`, ACTIONS.noticeNext.value({ draftId: d.draftId, fromStage: stage.id })));
  actions.push(submit('Edit', ACTIONS.noticeEdit.value({ draftId: d.draftId })));
  actions.push(submit('Share with a team (redacted)', ACTIONS.noticeShare.value({ draftId: d.draftId })));
  card.actions = actions;
  return card;
}
