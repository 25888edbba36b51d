import type { Answer, Pack } from '../rules';
import { expand, expandCard, expandPackCard, packPartsKeptText, splice, submit, type AdaptiveCard, type Button, type Json } from './expand';
import { behindMoreDetail, firstScreen, firstSentence, setFallback, unsaid } from './firstScreen';
import { sourcesLine, withContactsAndSafetyNet } from './parts';
import template from './templates/result.json';
import { consultUnavailable, type ConsultChannel } from './consultOffer';
import { ACTIONS } from './actions';

export interface ResultCardData {
  pack: Pack;
  /** The answer (rules/answer.ts) for a worry placed at a level. */
  answer: Answer;
  /** Other things the message was about: shown as buttons. */
  also: Button[];
  /** Shown when the pack's contacts were last checked too long ago. */
  stale?: string;
  /** Personal chat: the notice form and referral preparation are offered only there. */
  personal: boolean;
  /** "Ask my DSL" only with a consult channel; without one, who can set it up and the advice line. */
  consultChannel: ConsultChannel;
}

/**
 * The result template in two (decision 020): everything but "Why", whose data comes from the pack and
 * the answer's route, level and role, is expanded once per distinct data and copied after that; "Why",
 * which in a personal chat quotes the words typed, is expanded on every card and put in its place, so
 * the words typed never reach the kept expansions. Together they give the same card as the whole
 * template (test/cards/result-cache.test.ts checks it byte for byte on every route).
 */
const WHY_ID = 'why';
const SPLIT = splitWhy(template as unknown as { body: Json[] });

/**
 * The template without "Why" (a placeholder where it was) and "Why" without its condition; undefined
 * when the template no longer has one top-level "Why" container shown on count(why) > 0, and then
 * every card is expanded whole (test/cards/result-cache.test.ts fails, so it is noticed).
 */
function splitWhy(whole: { body: Json[] }): { shared: object; why: object } | undefined {
  const at = whole.body.findIndex((el) => JSON.stringify(el).includes('${why}'));
  const part = whole.body[at];
  if (at < 0 || !part || typeof part !== 'object' || Array.isArray(part) || part['$when'] !== '${count(why) > 0}') return undefined;
  // Nothing else in the template may read `why`.
  if (/\$\{[^}]*\bwhy\b/.test(JSON.stringify(whole.body.filter((_, i) => i !== at)))) return undefined;
  const { $when: _shownWhen, ...why } = part;
  const body = [...whole.body];
  body[at] = { type: 'Container', id: WHY_ID, items: [] };
  return { shared: { ...whole, body }, why };
}

/** What the result card keeps in memory between cards, as text (tests: never the words typed). */
export function resultCardsKeptText(): string[] {
  return SPLIT ? packPartsKeptText(SPLIT.shared) : [];
}

/** The result of a triage: what to do now, the number, the level and open-now first; the rest behind "More detail". */
export function buildResultCard(d: ResultCardData, opts: { whole?: boolean } = {}): AdaptiveCard {
  const a = d.answer;
  const steps = a.steps.map((s, i) => ({ n: i + 1, text: s.text }));
  const warnings = a.warnings.map((w) => ({ text: w.text }));
  // The fallback is set from the first screen below (setFallback).
  const fallbackText = `${a.title}.`;
  // The first screen gives the level's first sentence: the detail says only what it has not said.
  const shown = a.level ? [firstSentence(a.level.plain)] : [];
  const levelPlain = unsaid(a.level?.plain ?? '', shown);
  const fromPack = {
    levelName: a.level?.name ?? '',
    levelPlain,
    summary: unsaid(a.summary ?? '', [...shown, levelPlain]),
    warnings,
    // Step 1 is on the first screen.
    steps: steps.slice(1),
    also: d.also.map((x) => x.title),
    sources: sourcesLine(a.sources),
    fallbackText,
  };
  let card: AdaptiveCard;
  if (opts.whole || !SPLIT) {
    // The whole template in one expansion, nothing kept (the tests' reference).
    card = expandCard(template, { ...fromPack, why: a.why });
  } else {
    card = expandPackCard(SPLIT.shared, fromPack);
    splice(card, WHY_ID, a.why.length > 0 ? [expand(SPLIT.why, { why: a.why })] : []);
  }
  withContactsAndSafetyNet(card, d.pack, a.contacts, { full: 0, ...(d.stale ? { stale: d.stale } : {}) });
  // No consult channel: who can set "Ask my DSL" up, and the advice line to call meanwhile (in the detail, under the contacts).
  splice(card, 'consultOffer', d.consultChannel === false ? consultUnavailable(d.pack) : []);
  behindMoreDetail(card, firstScreen(d.pack, a));
  setFallback(card, [...warnings.map((w) => `⚠ ${w.text}`), ...steps.slice(1).map((s) => `${s.n}. ${firstSentence(s.text)}`)]);
  const actions: Json[] = [];
  const ids = a.assessment?.indicatorIds ?? [];
  if (a.offers.includes('screening')) actions.push(submit('Answer a few questions', ACTIONS.screenStart.value({ indicators: ids })));
  if (d.personal && a.offers.includes('referral')) actions.push(submit('Prepare my referral', ACTIONS.referralPrepare.value({ route: a.routeId ?? '' })));
  // Route and level ids only: the consult never carries what was typed.
  if (d.consultChannel === true) actions.push(submit('Ask my DSL', ACTIONS.dslAsk.value({ route: a.routeId ?? '', level: a.level?.id ?? '' })));
  actions.push(submit('Escalate: I disagree with a decision', ACTIONS.escalationShow.value()));
  for (const x of d.also.slice(0, 2)) actions.push(submit(x.title, x.action));
  card.actions = actions.slice(0, 6);
  return card;
}
