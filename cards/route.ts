import type { Answer, Pack } from '../rules';
import { expandCard, submit, type AdaptiveCard, type Button } from './expand';
import { behindMoreDetail, firstScreen, firstSentence, setFallback } from './firstScreen';
import { sourcesLine, withContactsAndSafetyNet } from './parts';
import template from './templates/route.json';

export interface RouteCardData {
  pack: Pack;
  /** The answer for a topic's route (rules/answer.ts). */
  answer: Answer;
  actions?: Button[];
  stale?: string;
}

/** A special pathway or topic: private fostering, information sharing, LADO, after a referral... Step 1 first, the rest behind "More detail". */
export function buildRouteCard(d: RouteCardData): AdaptiveCard {
  const a = d.answer;
  const steps = a.steps.map((s, i) => ({ n: i + 1, text: s.text }));
  const points = a.points?.items.map((p) => p.text) ?? [];
  const card = expandCard(template, {
    summary: a.summary ?? '',
    steps: steps.slice(1),
    pointsTitle: a.points?.title ?? '',
    points,
    why: a.why,
    sources: sourcesLine(a.sources),
    fallbackText: `${a.title}.`,
  });
  withContactsAndSafetyNet(card, d.pack, a.contacts, { full: 0, ...(d.stale ? { stale: d.stale } : {}) });
  // No steps (a pack's route may have none): the summary is what to do now.
  behindMoreDetail(card, firstScreen(d.pack, a, steps.length === 0 && a.summary ? { doNow: a.summary } : {}));
  setFallback(card, [...(steps.length > 0 && a.summary ? [a.summary] : []), ...steps.slice(1).map((s) => `${s.n}. ${firstSentence(s.text)}`), ...points.map(firstSentence)]);
  card.actions = (d.actions ?? []).slice(0, 5).map((x) => submit(x.title, x.action));
  return card;
}
