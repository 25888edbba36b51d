/** The reminder sent to a notice's author on the day a response is due. No personal details: the reference only. */
import type { Pack } from '../rules';
import { formatLongDate, nextStage, stageById } from '../rules';
import { expandCard, submit, type AdaptiveCard, type Json } from './expand';
import { withSafetyNet } from './parts';
import template from './templates/notice-reminder.json';
import { ACTIONS } from './actions';

export interface NoticeReminderData {
  pack: Pack;
  draftId: string;
  reference: string;
  stageId: string;
  dueOn: string;
  /** Today (London): the wording says "today" or "was due". */
  today: string;
}

export function buildNoticeReminderCard(d: NoticeReminderData): AdaptiveCard {
  const stage = stageById(d.pack, d.stageId);
  if (!stage) throw new RangeError('unknown escalation stage');
  const next = nextStage(d.pack, stage.id);
  const late = d.today > d.dueOn;
  const heading = late ? 'A response to your escalation notice was due' : 'A response to your escalation notice is due today';
  const body = `${stage.to} should respond by ${late ? '' : 'today, '}${formatLongDate(d.dueOn)}. If you have had a response that resolves it, record the outcome on the child’s file.`;
  const nextLine = next ? `If not, you can take it to the next stage: ${next.title}.` : '';
  const card = expandCard(template, {
    heading,
    reference: d.reference,
    body,
    next: nextLine,
    fallbackText: `${heading} (${d.reference}, ${formatLongDate(d.dueOn)}). ${nextLine}`,
  });
  withSafetyNet(card, d.pack);
  const actions: Json[] = [submit('Open the notice', ACTIONS.noticeOpen.value({ draftId: d.draftId }))];
  if (next) actions.push(submit(`Next stage: ${next.title}`, ACTIONS.noticeNext.value({ draftId: d.draftId, fromStage: stage.id })));
  card.actions = actions;
  return card;
}
