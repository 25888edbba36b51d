import type { ContactStatus, EscalationStage, Pack } from '../rules';
import { formatLongDate } from '../rules';
import { expandCard, submit, type AdaptiveCard, type Json } from './expand';
import { contactsText, sourcesLine, withContactsAndSafetyNet } from './parts';
import template from './templates/escalation.json';
import { sourcesOf } from './view';
import { ACTIONS } from './actions';

export interface EscalationCardData {
  pack: Pack;
  stages: EscalationStage[];
  /** The stage the practitioner should go to next. */
  next: EscalationStage;
  /** If a notice were sent today, when the response would be due (YYYY-MM-DD). */
  dueIfSentToday?: string;
  contacts: ContactStatus[];
  /** Personal chat: the notice can be drafted here. */
  personal: boolean;
}

/** The escalation ladder, stage by stage, with the practitioner's next step highlighted. */
export function buildEscalationCard(d: EscalationCardData): AdaptiveCard {
  const stages = d.stages.map((s, i) => ({
    n: i + 1,
    title: s.title,
    marker: s.id === d.next.id ? ' (your next step)' : '',
    how: s.how,
    respond: s.respondWithinWorkingDays ? `Response within ${s.respondWithinWorkingDays} working days.` : '',
    attach: s.attach.join('; '),
    copy: s.copyTo.join('; '),
  }));
  const nextDue = d.dueIfSentToday && d.next.respondWithinWorkingDays ? `If you send it today, a response is due by ${formatLongDate(d.dueIfSentToday)}.` : '';
  const intro = 'Challenge is positive and focused on the child. Try to resolve it with the practitioner first, and keep your designated safeguarding lead involved throughout.';
  // What the area's guidance adds about challenge (recording it, the formal policy, the final stage), where it has it.
  const also = d.pack.guidance.find((g) => g.id === 'challenge');
  const card = expandCard(template, {
    intro,
    nextTitle: `${d.next.title} (${d.next.to})`,
    nextHow: d.next.how,
    nextDue,
    recordLine: d.pack.escalation?.recordOnFile?.text ?? '',
    stages,
    alsoTitle: also?.title ?? '',
    alsoPoints: also?.points.map((p) => p.text) ?? [],
    sources: sourcesLine(sourcesOf([...d.stages, ...(also?.points ?? [])])),
    fallbackText: `Escalation. Your next step: ${d.next.title}: ${d.next.how} ${nextDue} Steps: ${stages.map((s) => `${s.n}. ${s.title}. ${s.how} ${s.respond}`).join(' ')} ${also ? `${also.title}: ${also.points.map((p) => p.text).join(' ')} ` : ''}Contacts: ${contactsText(d.contacts)}.`,
  });
  withContactsAndSafetyNet(card, d.pack, d.contacts);
  const actions: Json[] = [];
  if (d.pack.escalation) {
    actions.push(
      d.personal
        ? submit('Draft escalation notice', ACTIONS.noticeStart.value({ stage: d.next.id }))
        : submit('Draft the notice in a personal chat', ACTIONS.noticePersonalOnly.value()),
    );
  }
  actions.push(submit('What happens after a referral', ACTIONS.routeShow.value({ route: 'after_referral' })));
  card.actions = actions;
  return card;
}
