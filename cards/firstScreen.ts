/**
 * Short first, detail on demand (issue 17, section 2). The first screen of an answer card
 * holds what to do now (one line), the number to call as a tap-to-call button (999 first
 * when it applies), the level in plain words, whether the contact is open now or what to
 * use instead, and one line of safety net. Everything else goes in a "More detail" container
 * that starts hidden and opens with Action.ToggleVisibility (Adaptive Cards 1.2, which Teams
 * supports); the card's fallbackText still carries the whole answer.
 */
import { DANGER_NOW_QUESTION, type Answer, type ContactStatus, type Pack } from '../rules';
import type { AdaptiveCard, Json } from './expand';
import { telHref } from './view';

/** The id of the hidden container; the "More detail" button toggles it. */
export const DETAILS_ID = 'details';
export const MORE_DETAIL = 'More detail';

/** The first sentence of a text (up to the first ". " or the end). */
export function firstSentence(text: string): string {
  const m = /^(.+?[.!?])(\s|$)/.exec(text);
  return (m?.[1] ?? text).trim();
}

/** The sentences of a pack text (not user text: short, and split once). */
const sentences = (text: string): string[] => text.split(/(?<=[.!?])\s+/).filter((x) => x.trim() !== '');
const norm = (x: string): string => x.trim().toLowerCase();

/** `text` without the sentences already said in `said` (the first screen, an earlier paragraph): no sentence twice on one card. */
export function unsaid(text: string, said: readonly string[]): string {
  const seen = new Set(said.flatMap(sentences).map(norm));
  return sentences(text)
    .filter((x) => !seen.has(norm(x)))
    .join(' ');
}

interface Call {
  name: string;
  number: string;
}

/** The contact to call first and its line: the first one with a phone other than the police, or what to use instead while it is closed. */
export function contactToCall(pack: Pack, contacts: readonly ContactStatus[]): { status: ContactStatus; call?: Call; line: string } | undefined {
  const others = contacts.filter((c) => c.contact.id !== pack.emergencyContact);
  const status = others.find((c) => c.contact.phones.length > 0 || (c.state === 'closed' && c.instead)) ?? others[0];
  if (!status) return undefined;
  const c = status.contact;
  // The guidance gives no number for it (Bury's MASH): say so, and what to use instead, never a guessed number.
  if (c.phones.length === 0 && !(status.state === 'closed' && status.instead)) return { status, line: c.missing ? firstSentence(c.missing) : `${c.name}: the guidance gives no phone number.` };
  const own = c.phones[0] ? { name: c.name, number: c.phones[0].number } : undefined;
  if (status.state === 'closed') {
    const alt = status.instead;
    const altPhone = alt?.phones[0];
    if (alt && altPhone) return { status, call: { name: alt.name, number: altPhone.number }, line: `${c.name} is closed now. Use ${alt.name} instead.` };
    return { status, ...(own ? { call: own } : {}), line: `${c.name} is closed now${status.hours ? ` (${status.hours})` : ''}.` };
  }
  const line =
    status.state === 'open'
      ? `${c.name} is open now.`
      : status.state === 'always'
        ? `${c.name} is open any time.`
        : status.hours
          ? `${c.name}: ${status.hours}.`
          : `${c.name}: the guidance does not give its opening hours.`;
  return { status, ...(own ? { call: own } : {}), line };
}

/** "Call Emergency Duty Team 0161 794 8888": the name without its bracketed note (the line under the buttons gives it in full). */
const callButton = (c: Call): Json => ({ type: 'Action.OpenUrl', title: `Call ${c.name.replace(/\s*\([^)]*\)\s*$/, '')} ${c.number}`.replace(/\s+/g, ' '), url: telHref(c.number) });

/**
 * The first-screen elements for an answer. `heading` replaces the title (the emergency card's
 * "Call 999 now"); `doNow` replaces step 1 as the one line of what to do now.
 */
export function firstScreen(pack: Pack, answer: Answer, opts: { heading?: string; doNow?: string; style?: 'attention' } = {}): Json[] {
  const police = pack.contacts.find((c) => c.id === pack.emergencyContact);
  const policeNumber = police?.phones[0]?.number ?? '999';
  const emergency = answer.kind === 'emergency';
  const doNow = opts.doNow ?? answer.steps[0]?.text;
  const calls: Call[] = [];
  // 999 first on an emergency, on a route whose first contact is the police, and on a worry that might be danger now.
  if (emergency || answer.askDangerNow || answer.contacts[0]?.contact.id === pack.emergencyContact) calls.push({ name: police?.name ?? 'the police', number: policeNumber });
  const first = contactToCall(pack, answer.contacts);
  if (first?.call) calls.push(first.call);
  // A worry placed at a level always brings the front door's number, even when another service comes first.
  const door = pack.contacts.find((c) => c.id === pack.frontDoor);
  if (answer.level && door && !calls.some((c) => door.phones.some((p) => p.number === c.number))) {
    const doorStatus = answer.contacts.find((c) => c.contact.id === door.id);
    const use = doorStatus?.state === 'closed' && doorStatus.instead?.phones[0] ? { name: doorStatus.instead.name, number: doorStatus.instead.phones[0].number } : door.phones[0] ? { name: door.name, number: door.phones[0].number } : undefined;
    if (use && !calls.some((c) => c.number === use.number)) calls.push(use);
  }
  const items: Json[] = [
    { type: 'TextBlock', text: opts.heading ?? answer.title, style: 'heading', size: 'Large', weight: 'Bolder', wrap: true },
  ];
  // A worry that might be danger now: the red-flag question before anything else (any chance → 999 now), then the answer.
  if (answer.askDangerNow && !emergency) {
    items.unshift({
      type: 'Container',
      style: 'attention',
      items: [
        { type: 'TextBlock', text: DANGER_NOW_QUESTION, wrap: true, weight: 'Bolder' },
        { type: 'TextBlock', text: answer.askDangerNow, wrap: true },
      ],
    });
  }
  if (doNow) items.push({ type: 'TextBlock', text: opts.doNow ? doNow : `Do now: ${doNow}`, weight: 'Bolder', wrap: true });
  // Not telling the parents changes what to do in the next hour: it stays on the first screen. Other warnings are pointed to.
  const warnings = answer.warnings.filter((x) => x.id === 'do_not_tell_parents' || x.id === 'mandatory_reporting');
  for (const w of warnings.filter((x) => x.id === 'do_not_tell_parents')) items.push({ type: 'TextBlock', text: `⚠ ${firstSentence(w.text)}`, wrap: true, color: 'Attention' });
  if (warnings.some((x) => x.id !== 'do_not_tell_parents')) items.push({ type: 'TextBlock', text: '⚠ Read the important note under More detail before you act.', wrap: true, color: 'Attention' });
  if (calls.length > 0) items.push({ type: 'ActionSet', actions: calls.slice(0, 3).map(callButton) });
  if (answer.level) items.push({ type: 'TextBlock', text: levelLine(answer.level), wrap: true });
  if (first?.line) items.push({ type: 'TextBlock', text: first.line, wrap: true, weight: 'Bolder' });
  if (!emergency && !answer.askDangerNow) items.push({ type: 'TextBlock', text: `A child in immediate danger or home alone: call ${policeNumber}.`, wrap: true, isSubtle: true, size: 'Small' });
  return opts.style ? [{ type: 'Container', style: opts.style, items }] : items;
}

/** "Level of need: Getting Risk Support. Child protection: …": the level in plain words, as the first screen says it. */
export function levelLine(level: NonNullable<Answer['level']>): string {
  const name = level.within ? `${level.name}, within ${level.within}` : level.name;
  return `Level of need: ${name}. ${firstSentence(level.plain)}`.trim();
}

/** Puts everything the card had behind "More detail", under the first screen. */
export function behindMoreDetail(card: AdaptiveCard, first: Json[]): AdaptiveCard {
  const details: Json = { type: 'Container', id: DETAILS_ID, isVisible: false, spacing: 'Medium', items: card.body };
  card.body = [
    ...first,
    { type: 'ActionSet', actions: [{ type: 'Action.ToggleVisibility', title: MORE_DETAIL, targetElements: [DETAILS_ID] }] },
    details,
  ];
  return card;
}

/** The first screen's text: what is visible before the "More detail" button (text blocks, facts and button titles). */
export function firstScreenText(card: AdaptiveCard): string[] {
  const out: string[] = [];
  let stop = false;
  const walk = (node: unknown): void => {
    if (stop) return;
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const n = node as Record<string, unknown>;
    if (n.isVisible === false) return;
    if (n.type === 'Action.ToggleVisibility' || n.type === 'Action.ShowCard') {
      stop = true;
      return;
    }
    if (n.type === 'TextBlock' && typeof n.text === 'string') out.push(n.text);
    if (typeof n.type === 'string' && n.type.startsWith('Action.') && typeof n.title === 'string') out.push(n.title);
    if (Array.isArray(n.facts)) for (const f of n.facts as { title?: unknown; value?: unknown }[]) out.push(`${String(f.title ?? '')} ${String(f.value ?? '')}`);
    for (const k of ['items', 'body', 'actions', 'columns']) if (k in n) walk(n[k]);
  };
  walk(card.body);
  return out;
}

/**
 * The card's fallback (for a client that cannot show the card): the
 * first screen's words (what to do now, the numbers to call, open now), then `more` (the warnings
 * in full, the other steps by their first sentence). The detail's contact list is not repeated: the numbers are on the
 * first screen, and every byte counts towards the card sizes (issue 17).
 */
export function setFallback(card: AdaptiveCard, more: readonly string[]): AdaptiveCard {
  const first = firstScreenText(card).filter((t) => !t.startsWith('⚠ Read the important note'));
  card.fallbackText = [...first, ...more]
    .map((t) => t.trim())
    .filter(Boolean)
    .map((t) => (/[.!?:]$/.test(t) ? t : `${t}.`))
    .join(' ');
  return card;
}
