import type { Assessment, Pack, Recognition } from '../rules';
import { expandCard, splice, submit, type AdaptiveCard, type Json } from './expand';
import { contactsText, sourcesLine, withContactsAndSafetyNet } from './parts';
import template from './templates/result.json';
import { assessmentSources, sourcesOf, uncertainLevelText, whyFromRecognition } from './view';
import { consultUnavailable, type ConsultChannel } from './consultOffer';

export interface ResultCardData {
  pack: Pack;
  assessment: Assessment;
  /** Present when the answer came from free text: the card shows the words that matched. */
  recognition?: Recognition;
  /** Offer the screening questions to confirm a free-text answer. */
  offerScreening: boolean;
  /** Other things the message was about: shown as buttons. */
  also: { title: string; verb: string; data?: Record<string, Json> }[];
  /** Shown when the pack's contacts were last checked too long ago. */
  stale?: string;
  /** Personal chat: the notice form and referral preparation are offered only there. */
  personal: boolean;
  /** "Ask my DSL" only with a consult channel; without one, who can set it up and the advice line. */
  consultChannel: ConsultChannel;
}

/** The result of a triage: the level in words, what to do now, who to contact, why, and the sources. */
export function buildResultCard(d: ResultCardData): AdaptiveCard {
  const a = d.assessment;
  const why = [
    ...whyFromRecognition(d.recognition, d.pack),
    ...a.rationale.filter((r) => !d.recognition || /^You\b/.test(r.because)).map((r) => `${r.because} That means ${r.effect}.${r.basis ? ` ${r.basis}` : ''}`),
  ];
  const steps = a.actions.map((s, i) => ({ n: i + 1, text: s.text }));
  const warnings = a.warnings.map((w) => ({ text: w.text }));
  const sources = sourcesOf(assessmentSources(d.pack, a));
  const level = a.levelFromNotSure ? uncertainLevelText(d.pack, a) : { levelPlain: a.level.plain, summary: a.route.summary };
  const fallbackText = [
    `${a.route.title}. Level of need: ${a.level.name}.`,
    ...warnings.map((w) => w.text),
    ...steps.map((s) => `${s.n}. ${s.text}`),
    `Contacts: ${contactsText(a.contacts)}.`,
  ].join(' ');
  const card = expandCard(template, {
    heading: a.route.title,
    levelName: a.level.name,
    levelPlain: level.levelPlain,
    summary: level.summary,
    warnings,
    steps,
    why,
    also: d.also.map((x) => x.title),
    sources: sourcesLine(sources),
    fallbackText,
  });
  withContactsAndSafetyNet(card, d.pack, a.contacts, d.stale ? { stale: d.stale } : {});
  splice(card, 'consultOffer', d.consultChannel === false ? consultUnavailable(d.pack) : []);
  const actions: Json[] = [];
  if (d.offerScreening) actions.push(submit('Answer a few questions', 'screen.start', { indicators: a.indicatorIds }));
  if (d.personal && a.level.rank >= 2) actions.push(submit('Prepare my referral', 'referral.prepare', { route: a.route.id }));
  // Route and level ids only: the consult never carries what was typed.
  if (d.consultChannel === true) actions.push(submit('Ask my DSL', 'dsl.ask', { route: a.route.id, level: a.level.id }));
  actions.push(submit('Escalate: I disagree with a decision', 'escalation.show'));
  for (const x of d.also.slice(0, 2)) actions.push(submit(x.title, x.verb, x.data ?? {}));
  card.actions = actions.slice(0, 6);
  return card;
}
