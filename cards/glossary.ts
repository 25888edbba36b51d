/**
 * Words the guidance uses that a newcomer may not know ("front door", the levels' names,
 * "LADO", "EDT", "NFA"): where one appears on a card, a line at the foot of that card says
 * what it means, in the pack's own (cited) words. Plain data in, card out.
 */
import type { Pack } from '../rules';
import type { AdaptiveCard, Json } from './expand';

export interface Term {
  term: string;
  pattern: RegExp;
  /** One line, from the pack. */
  text: string;
  /** Pack text that, when already on the card, explains the word there (then no line is added). */
  shownBy: string;
}

const noStop = (s: string) => s.replace(/[.\s]+$/, '');

/** The words a card may need to explain, for this pack. Only those the pack can explain from its own data. */
export function termsFor(pack: Pack): Term[] {
  const terms: Term[] = [];
  const door = pack.contacts.find((c) => c.id === pack.frontDoor);
  if (door) terms.push({ term: 'front door', pattern: /\bfront door\b/i, text: `Front door: ${door.name}. ${door.purpose}`, shownBy: door.purpose });
  for (const l of pack.levels) {
    if (/risk/i.test(l.name)) terms.push({ term: l.name, pattern: new RegExp(`\\b${l.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`), text: `${l.name}: ${noStop(l.plain)}.`, shownBy: l.plain });
  }
  const lado = pack.contacts.find((c) => /\(LADO\)/.test(c.name));
  if (lado) terms.push({ term: 'LADO', pattern: /\bLADO\b/, text: `LADO: the ${lado.name.replace(/\s*\(LADO\)/, '')}. ${lado.purpose}`, shownBy: lado.purpose });
  const edt = pack.contacts.find((c) => c.aliases.includes('edt'));
  if (edt) terms.push({ term: 'EDT', pattern: /\bEDT\b/, text: `EDT: the ${edt.name.replace(/\s*\(out of hours\)/i, '')}. ${edt.purpose}`, shownBy: edt.purpose });
  const nfa = pack.escalation?.afterReferral.outcomes.find((o) => /^No further action/i.test(o.text));
  if (nfa) terms.push({ term: 'NFA', pattern: /\bNFA(?:'d|’d|d)?\b/i, text: `NFA: “no further action”, an outcome of a referral. ${nfa.text}`, shownBy: nfa.text });
  return terms;
}

/** termsFor, once per pack (packs are frozen at load): every answer card asks, and the terms never change. */
const termsByPack = new WeakMap<Pack, readonly Term[]>();
function termsOf(pack: Pack): readonly Term[] {
  let terms = termsByPack.get(pack);
  if (!terms) {
    terms = termsFor(pack);
    termsByPack.set(pack, terms);
  }
  return terms;
}

/**
 * The line of citations ("Sources: Support and Safeguarding in Salford: “Child Protection – Getting Risk Support”"): a
 * section's title there is where the answer comes from, not a word the card uses, so it brings no line of its own (a
 * self-harm answer at Getting More Help, cited to the child-protection section, defined child protection at its foot).
 */
const SOURCES = /^Sources: /;

/** Every piece of text a person reads on the card's body (not its buttons), but the line of sources. */
function bodyText(node: Json, out: string[]): void {
  if (Array.isArray(node)) return node.forEach((n) => bodyText(n, out));
  if (!node || typeof node !== 'object') return;
  if (typeof node.text === 'string' && !SOURCES.test(node.text)) out.push(node.text);
  if (node.type === 'FactSet' && Array.isArray(node.facts)) for (const f of node.facts) if (f && typeof f === 'object' && !Array.isArray(f)) out.push(String(f.title ?? ''), String(f.value ?? ''));
  for (const key of ['items', 'columns', 'inlines']) if (key in node) bodyText(node[key] as Json, out);
}

/**
 * Adds "What the words mean" with one line for each term on the card whose meaning the card
 * does not already give, before the safety net (or at the end). Returns the card.
 */
export function explainTerms(card: AdaptiveCard, pack: Pack): AdaptiveCard {
  const texts: string[] = [];
  bodyText(card.body, texts);
  const all = texts.join('\n');
  const lines = termsOf(pack)
    .filter((t) => t.pattern.test(all) && !all.includes(t.shownBy))
    .map((t) => t.text);
  if (lines.length === 0) return card;
  const part: Json = {
    type: 'Container',
    id: 'wordsUsed',
    spacing: 'Medium',
    items: [
      { type: 'TextBlock', text: 'What the words mean', weight: 'Bolder', size: 'Small', wrap: true },
      ...lines.map((text): Json => ({ type: 'TextBlock', text, size: 'Small', wrap: true, spacing: 'None' })),
    ],
  };
  const at = card.body.findIndex((el) => el && typeof el === 'object' && !Array.isArray(el) && el.id === 'safetyNet');
  card.body.splice(at >= 0 ? at : card.body.length, 0, part);
  return card;
}
