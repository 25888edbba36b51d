/** The reminder sent to a notice's author on the day a response is due. No personal details: the reference only. */
import type { Pack } from '../rules';
import { formatLongDate, nextStage, stageById } from '../rules';
import { expandCard, submit, type AdaptiveCard, type Json } from './expand';
import { withSafetyNet } from './parts';
import template from './templates/notice-reminder.json';

export interface NoticeReminderData {
  pack: Pack;
  draftId: string;
  reference: string;
  stageId: string;
  dueOn: string;
}

export function buildNoticeReminderCard(d: NoticeReminderData): AdaptiveCard {
  const stage = stageById(d.pack, d.stageId);
  if (!stage) throw new RangeError('unknown escalation stage');
  const next = nextStage(d.pack, stage.id);
  const body = `${stage.to} should respond by today, ${formatLongDate(d.dueOn)}. If you have had a response that resolves it, record the outcome on the child’s file.`;
  const nextLine = next ? `If not, you can take it to the next stage: ${next.title}.` : '';
  const card = expandCard(template, {
    reference: d.reference,
    body,
    next: nextLine,
    fallbackText: `A response to escalation notice ${d.reference} is due today. ${nextLine}`,
  });
  withSafetyNet(card, d.pack);
  const actions: Json[] = [submit('Open the notice', 'notice.open', { draftId: d.draftId })];
  if (next) actions.push(submit(`Next stage: ${next.title}`, 'notice.next', { draftId: d.draftId, fromStage: stage.id }));
  card.actions = actions;
  return card;
}
