/**
 * "Was this the right answer?" (issue 15, section 5): the question and its Yes / No buttons,
 * added to every answer card by one builder ({@link withFeedback}, called where the answer is
 * assembled: cards/answers.ts), the card that asks what it was about instead, and the one
 * line of thanks. The buttons carry ids only: the route given, the pack id and its version.
 * What the bot does with them is declared once, in bot/insights/feedback.ts.
 */
import { openNow, type Pack, type Route } from '../rules';
import { expandCard, expandPackPart, splice, submit, type AdaptiveCard, type Json } from './expand';
import { withSafetyNet } from './parts';
import partTemplate from './templates/feedback.json';
import pickerTemplate from './templates/feedback-picker.json';
import { ACTIONS } from './actions';

/** The feedback buttons' verbs (bot/insights/feedback.ts declares what each must carry). */
export const FEEDBACK_VERBS = Object.freeze({ yes: ACTIONS.feedbackYes.verb, no: ACTIONS.feedbackNo.verb, route: ACTIONS.feedbackRoute.verb } as const);
export type FeedbackVerb = (typeof FEEDBACK_VERBS)[keyof typeof FEEDBACK_VERBS];

/** What a "given" id can be besides a route of the pack: the "not sure" card, and the escalation ladder (not every pack has an escalation route). */
export const UNSURE_ANSWER = 'unsure';
export const ESCALATION_ANSWER = 'escalation';

/** The ids every feedback button carries. */
export interface FeedbackRef {
  /** The route the bot gave (or {@link UNSURE_ANSWER}, {@link ESCALATION_ANSWER}). */
  given: string;
  pack: string;
  version: string;
}

/** True when `id` can be the answer a card gave, for this pack. */
export function isGivenAnswer(pack: Pack, id: string): boolean {
  return id === UNSURE_ANSWER || id === ESCALATION_ANSWER || pack.routes.some((r) => r.id === id);
}

/** Adds the question and its Yes / No buttons at the end of an answer card (under 500 bytes). */
export function withFeedback(card: AdaptiveCard, pack: Pack, given: string): AdaptiveCard {
  card.body.push(expandPackPart(partTemplate, { yes: FEEDBACK_VERBS.yes, no: FEEDBACK_VERBS.no, given, pack: pack.id, version: pack.version }));
  return card;
}

/** The routes a practitioner may say it was about: levels first (most serious first), then the topics, in the pack's order. */
export function pickableRoutes(pack: Pack): { levels: Route[]; topics: Route[] } {
  const rank = (r: Route): number => pack.levels.find((l) => l.id === r.level)?.rank ?? 0;
  return {
    levels: pack.routes.filter((r) => r.level !== undefined).sort((a, b) => rank(b) - rank(a)),
    topics: pack.routes.filter((r) => r.level === undefined),
  };
}

/** A route or pseudo-answer as a practitioner would recognise it: "Getting Risk Support: Refer to the Bridge now". */
export function answerTitle(pack: Pack, id: string): string {
  const route = pack.routes.find((r) => r.id === id);
  if (route) {
    const level = route.level ? pack.levels.find((l) => l.id === route.level) : undefined;
    return level ? `${level.name}: ${route.title}` : route.title;
  }
  if (id === UNSURE_ANSWER) return 'Not sure (the bot did not place it)';
  if (id === ESCALATION_ANSWER) return 'Escalation steps';
  return id;
}

/** After "No": the routes of the pack to pick from (not the one given), each a button carrying ids only. */
export function buildFeedbackPickerCard(d: { pack: Pack; ref: FeedbackRef }): AdaptiveCard {
  const { pack, ref } = d;
  const { levels, topics } = pickableRoutes(pack);
  const button = (r: Route): Json => ({
    type: 'ActionSet',
    actions: [{ ...(submit(answerTitle(pack, r.id), ACTIONS.feedbackRoute.value({ given: ref.given, pack: ref.pack, version: ref.version, chosen: r.id })) as Record<string, Json>), associatedInputs: 'none' }],
  });
  const shown = (rs: Route[]) => rs.filter((r) => r.id !== ref.given);
  const intro = 'Pick what it was about. I keep only the two route ids, the guidance version and the hour: nothing you typed, and not who you are.';
  const card = expandCard(pickerTemplate, {
    intro,
    hasTopics: shown(topics).length > 0,
    fallbackText: `What was it about? ${intro} ${[...shown(levels), ...shown(topics)].map((r) => answerTitle(pack, r.id)).join('; ')}.`,
  });
  splice(card, 'levelRoutes', shown(levels).map(button));
  splice(card, 'topicRoutes', shown(topics).map(button));
  return withSafetyNet(card, pack);
}

const JUDGEMENT = 'This bot supports your professional judgement; it does not replace it.';

/** The rank of an answer's level of need; topics and the pseudo-answers have none (0). */
function rankOf(pack: Pack, id: string): number {
  const route = pack.routes.find((r) => r.id === id);
  return pack.levels.find((l) => l.id === route?.level)?.rank ?? 0;
}

/**
 * The one line of thanks, and the reminder that the bot supports their judgement. When the
 * practitioner picked a more serious level than the bot gave, that route's first step too,
 * with a number to call (the step's own, or its first contact's, open now), all from the pack.
 */
export function feedbackThanks(d: { pack: Pack; given: string; /** A route id, or 'yes'. */ chosen: string; at: Date }): string {
  const { pack, given, chosen } = d;
  if (chosen === 'yes') return `Thank you: I have noted that this was the right answer. ${JUDGEMENT}`;
  const thanks = `Thank you: I have noted that it was about “${answerTitle(pack, chosen)}”. ${JUDGEMENT}`;
  const route = pack.routes.find((r) => r.id === chosen);
  const step = route?.steps[0];
  if (!route || !step || rankOf(pack, chosen) <= rankOf(pack, given)) return thanks;
  return `${thanks}\n\nFor that level of need, first: ${step.text}${callLine(pack, [...step.contacts, ...route.contacts], step.text, d.at)}`;
}

/** " Call the Bridge on 0161 603 4500." when the step names no number itself; the out-of-hours service when closed. */
function callLine(pack: Pack, contactIds: string[], stepText: string, at: Date): string {
  const numbers = pack.contacts.flatMap((c) => c.phones.map((p) => p.number));
  if (numbers.some((n) => stepText.includes(n))) return '';
  for (const id of contactIds) {
    const contact = pack.contacts.find((c) => c.id === id);
    if (!contact) continue;
    const status = openNow(pack, contact, at);
    const reach = status.state === 'closed' && status.instead?.phones[0] ? status.instead : contact;
    const phone = reach.phones[0];
    if (phone) return ` Call ${reach.name} on ${phone.number}.`;
  }
  return '';
}
