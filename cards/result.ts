import type { Answer, Pack } from '../rules';
import { expandCard, splice, submit, type AdaptiveCard, type Button, type Json } from './expand';
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

/** The result of a triage: what to do now, the number, the level and open-now first; the rest behind "More detail". */
export function buildResultCard(d: ResultCardData): AdaptiveCard {
  const a = d.answer;
  const steps = a.steps.map((s, i) => ({ n: i + 1, text: s.text }));
  const warnings = a.warnings.map((w) => ({ text: w.text }));
  // The fallback is set from the first screen below (setFallback).
  const fallbackText = `${a.title}.`;
  // The first screen gives the level's first sentence: the detail says only what it has not said.
  const shown = a.level ? [firstSentence(a.level.plain)] : [];
  const levelPlain = unsaid(a.level?.plain ?? '', shown);
  const card = expandCard(template, {
    levelName: a.level?.name ?? '',
    levelPlain,
    summary: unsaid(a.summary ?? '', [...shown, levelPlain]),
    warnings,
    // Step 1 is on the first screen.
    steps: steps.slice(1),
    why: a.why,
    also: d.also.map((x) => x.title),
    sources: sourcesLine(a.sources),
    fallbackText,
  });
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
