import type { ContactStatus, EscalationStage, Pack } from '../rules';
import { formatLongDate } from '../rules';
import { expandCard, submit, type AdaptiveCard, type Json } from './expand';
import { behindMoreDetail, firstSentence } from './firstScreen';
import { contactsText, sourcesLine, withContactsAndSafetyNet } from './parts';
import template from './templates/escalation.json';
import { sourcesOf, telHref } from './view';
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

export const ESCALATION_TITLE = 'Challenging a decision: escalation';

/**
 * The escalation ladder. First screen (issue 17, section 2): the next step in one line, when a
 * response is due, the number to call for it as a button and whether it is open now, and that an
 * immediate concern for a child's safety does not wait (999 first). The ladder, what the area's
 * guidance adds, the contacts, sources and the safety net sit behind "More detail".
 */
export function buildEscalationCard(d: EscalationCardData): AdaptiveCard {
  const { pack } = d;
  const police = pack.contacts.find((c) => c.id === pack.emergencyContact)?.phones[0]?.number ?? '999';
  const stages = d.stages.map((s, i) => ({
    n: i + 1,
    title: s.title,
    marker: s.id === d.next.id ? ' (your next step)' : '',
    // One paragraph per stage: how, when the response is due, what to attach and whom to copy.
    text: [s.how, s.respondWithinWorkingDays ? `Response within ${s.respondWithinWorkingDays} working days.` : '', s.attach.length ? `Attach: ${s.attach.join('; ')}.` : '', s.copyTo.length ? `Copy to: ${s.copyTo.join('; ')}.` : '']
      .filter(Boolean)
      .join(' '),
  }));
  const nextDue = d.dueIfSentToday && d.next.respondWithinWorkingDays ? `If you send it today, a response is due by ${formatLongDate(d.dueIfSentToday)}.` : '';
  const intro = 'Challenge is positive and focused on the child. Try to resolve it with the practitioner first, and keep your designated safeguarding lead involved throughout.';
  // What the area's guidance adds about challenge (recording it, the formal policy, the final stage), where it has it.
  const also = pack.guidance.find((g) => g.id === 'challenge');
  const alsoPoints = (also?.points ?? []).map((p) => p.text);
  // Recording on the child's file is said once: in the guidance's own words where it has them (Salford: "Still worried?"), else the pack's line.
  const recordLine = alsoPoints.some((t) => /child’s file/.test(t)) ? '' : (pack.escalation?.recordOnFile?.text ?? '');
  const card = expandCard(template, {
    intro,
    stages,
    recordLine,
    alsoTitle: also?.title ?? '',
    alsoPoints,
    sources: sourcesLine(sourcesOf([...d.stages, ...(also?.points ?? [])])),
    fallbackText: `Escalation. Your next step: ${d.next.title}: ${d.next.how} ${nextDue} Steps: ${stages.map((s) => `${s.n}. ${s.title}. ${s.text}`).join(' ')} ${alsoPoints.length ? `${also?.title ?? ''}: ${alsoPoints.join(' ')} ` : ''}Contacts: ${contactsText(d.contacts)}. A child in immediate danger or home alone: call ${police}.`,
  });
  withContactsAndSafetyNet(card, pack, d.contacts, { full: 0 });
  behindMoreDetail(card, escalationFirstScreen(d, police, nextDue));
  const actions: Json[] = [];
  if (pack.escalation) {
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

/** The next step, its due date, the number to call for it and whether it is open, and 999 for a child in danger now. */
function escalationFirstScreen(d: EscalationCardData, police: string, nextDue: string): Json[] {
  const how = firstSentence(d.next.how);
  const items: Json[] = [
    { type: 'TextBlock', text: ESCALATION_TITLE, style: 'heading', size: 'Large', weight: 'Bolder', wrap: true },
    // The Guidance tab says the next step in the same words.
    { type: 'TextBlock', text: `Your next step: ${d.next.title} (${d.next.to}).`, weight: 'Bolder', wrap: true },
    { type: 'TextBlock', text: `Do now: ${how}`, wrap: true },
  ];
  if (nextDue) items.push({ type: 'TextBlock', text: nextDue, wrap: true });
  // The contact for this stage: the first one with a phone (the front door's managers, or the practitioner's own service).
  const contact = d.contacts.find((c) => c.contact.phones.length > 0 && c.contact.id !== d.pack.emergencyContact);
  const phone = contact?.contact.phones[0];
  const calls: Json[] = [{ type: 'Action.OpenUrl', title: `Call ${police}`, url: telHref(police) }];
  if (contact && phone && d.next.how.includes(phone.number)) calls.push({ type: 'Action.OpenUrl', title: `Call ${contact.contact.name.replace(/\s*\([^)]*\)\s*$/, '')} ${phone.number}`, url: telHref(phone.number) });
  items.push({ type: 'ActionSet', actions: calls });
  if (contact && calls.length > 1) {
    const open = contact.state === 'open' ? 'is open now.' : contact.state === 'always' ? 'is open any time.' : contact.state === 'closed' ? 'is closed now: call when it opens.' : contact.hours ? `: ${contact.hours}.` : '';
    if (open) items.push({ type: 'TextBlock', text: `${contact.contact.name} ${open}`.replace(' :', ':'), wrap: true, weight: 'Bolder' });
  }
  // The rest of the next step (the notice, whom to copy) is in the ladder, behind "More detail".
  items.push({ type: 'TextBlock', text: `A child in immediate danger or home alone: call ${police}. Report an immediate worry now: do not wait for the escalation.`, wrap: true, isSubtle: true, size: 'Small' });
  return items;
}
