/**
 * From what a message is about to the card that answers it. Pure: rules in,
 * card out, so the chat, the message extension and tests all give the same answer.
 */
import type { Assessment, Engine, Intent, Recognition } from '../rules';
import { addWorkingDays, answersFromMessage, ladder, londonTime, stageById } from '../rules';
import { buildContactsCard } from './contacts';
import { buildEmergencyCard } from './emergency';
import type { AdaptiveCard, Json } from './expand';
import { buildEscalationCard } from './escalation';
import { ESCALATION_ANSWER, UNSURE_ANSWER, withFeedback } from './feedback';
import { buildResultCard } from './result';
import { buildInfoSharingCard, hasInfoSharingAnswers } from './referralHelp';
import { buildRouteCard } from './route';
import { contactsFor } from './view';
import { buildUnsureCard } from './unsure';
import { buildWelcomeCard } from './welcome';

export interface AnswerOptions {
  /** Personal (1:1) chat: typed words may be echoed back; elsewhere only labels are. */
  personal: boolean;
  /** "Contact details last checked on ..." when the pack is old. */
  stale?: string;
  /** Ask "Was this the right answer?" (default true; not on a card shown to someone else, such as the message extension's). */
  feedback?: boolean;
  /** The organisation has a DSL consult channel (offer "Ask my DSL"), has none (say who can set it up), or unknown. */
  consultChannel?: boolean;
}

const INTENT_TITLES: Partial<Record<Intent, { title: string; verb: string; data?: Record<string, Json> }>> = {
  escalation: { title: 'Escalation steps', verb: 'escalation.show' },
  info_sharing: { title: 'Sharing information', verb: 'route.show', data: { route: 'info_sharing' } },
  private_fostering: { title: 'Private fostering', verb: 'route.show', data: { route: 'private_fostering' } },
  disability: { title: 'Children with disabilities', verb: 'route.show', data: { route: 'disability' } },
  lado: { title: 'Concerns about staff (LADO)', verb: 'route.show', data: { route: 'lado' } },
  adult_concern: { title: 'Worried about an adult', verb: 'route.show', data: { route: 'adult_concern' } },
  anonymous: { title: 'Anonymous referrals', verb: 'route.show', data: { route: 'anonymous' } },
  secure_estate: { title: 'Secure estate', verb: 'route.show', data: { route: 'secure_estate' } },
  fgc: { title: 'Family Group Conferencing', verb: 'route.show', data: { route: 'fgc' } },
  advice: { title: 'Services and advice', verb: 'route.show', data: { route: 'advice' } },
  after_referral: { title: 'After a referral', verb: 'route.show', data: { route: 'after_referral' } },
  contextual_safeguarding: { title: 'Harm outside the home', verb: 'route.show', data: { route: 'contextual_safeguarding' } },
  contact: { title: 'Who to contact', verb: 'contacts.show' },
  glossary: { title: 'What the words mean', verb: 'route.show', data: { route: 'glossary' } },
};

/** Routes a topic intent maps to, when the pack has them. */
const TOPIC_ROUTE: Partial<Record<Intent, string>> = {
  info_sharing: 'info_sharing',
  private_fostering: 'private_fostering',
  disability: 'disability',
  lado: 'lado',
  adult_concern: 'adult_concern',
  anonymous: 'anonymous',
  secure_estate: 'secure_estate',
  fgc: 'fgc',
  advice: 'advice',
  after_referral: 'after_referral',
  contextual_safeguarding: 'contextual_safeguarding',
  glossary: 'glossary',
};

/** The card for a free-text message, from the engine's recognition; an answer asks whether it was the right one. */
export function answerFor(engine: Engine, r: Recognition, text: string, at: Date, opts: AnswerOptions): AdaptiveCard {
  const { card, given } = answerCard(engine, r, text, at, opts);
  return given !== undefined && opts.feedback !== false ? withFeedback(card, engine.pack, given) : card;
}

/**
 * The answer to an assessment (the screening's last answer, a red flag typed mid-dialog): the
 * emergency card at the emergency level (or when `emergency` says so), else the result card; it
 * asks whether it was the right one.
 */
export function assessmentAnswer(engine: Engine, assessment: Assessment, opts: AnswerOptions & { recognition?: Recognition; emergency?: boolean }): AdaptiveCard {
  const { pack } = engine;
  const card =
    (opts.emergency ?? assessment.level.id === pack.emergencyLevel)
      ? buildEmergencyCard({ pack, assessment, ...(opts.recognition ? { recognition: opts.recognition } : {}) })
      : buildResultCard({ pack, assessment, ...(opts.recognition ? { recognition: opts.recognition } : {}), offerScreening: false, also: [], personal: opts.personal, consultChannel: opts.consultChannel, ...(opts.stale ? { stale: opts.stale } : {}) });
  return opts.feedback !== false ? withFeedback(card, pack, assessment.route.id) : card;
}

/** The card, and the answer it gives (a route id, or a pseudo-answer) when it is an answer rather than help or contacts. */
function answerCard(engine: Engine, r: Recognition, text: string, at: Date, opts: AnswerOptions): { card: AdaptiveCard; given?: string } {
  const { pack } = engine;
  const echo = opts.personal ? r : { ...r, indicators: r.indicators.map((i) => ({ id: i.id, matched: [labelOf(engine, i.id)] })), negated: [] };
  const also = r.also.map((i) => INTENT_TITLES[i]).filter((x) => x !== undefined);
  const baseAnswers = answersFromMessage(r, text);

  switch (r.intent) {
    case 'emergency': {
      const a = engine.assess(baseAnswers, at);
      return { card: buildEmergencyCard({ pack, assessment: a, recognition: echo }), given: a.route.id };
    }
    case 'concern': {
      const a = engine.assess(baseAnswers, at);
      // A worry above universal services is not answered with "Services and advice" because a word like "youth club" came up.
      const lowest = Math.min(...pack.levels.map((l) => l.rank));
      const offered = a.level.rank > lowest ? r.also.filter((i) => i !== 'advice').map((i) => INTENT_TITLES[i]).filter((x) => x !== undefined) : also;
      const card = buildResultCard({ pack, assessment: a, recognition: echo, offerScreening: true, also: offered, personal: opts.personal, consultChannel: opts.consultChannel, ...(opts.stale ? { stale: opts.stale } : {}) });
      return { card, given: a.route.id };
    }
    case 'escalation':
      return { card: escalationCard(engine, at, r.escalationStage, opts.personal), given: ESCALATION_ANSWER };
    case 'contact':
      return { card: contactCard(engine, text, at) };
    case 'help':
      return { card: buildWelcomeCard({ pack, personal: opts.personal }) };
    case 'unsure':
    case 'non_english':
      return { card: buildUnsureCard({ pack, at, recognition: r, reason: r.intent }), given: UNSURE_ANSWER };
    default: {
      const routeId = TOPIC_ROUTE[r.intent];
      const route = routeId ? engine.route(routeId) : undefined;
      if (!routeId || !route) return { card: buildWelcomeCard({ pack, personal: opts.personal }) };
      return { card: topicCard(engine, routeId, at, also, opts), given: routeId };
    }
  }
}

function labelOf(engine: Engine, id: string): string {
  return engine.pack.indicators.find((i) => i.id === id)?.label.toLowerCase() ?? id;
}

/** A special pathway card (private fostering, information sharing, ...) with its cited guidance. */
export function topicCard(engine: Engine, routeId: string, at: Date, also: { title: string; verb: string; data?: Record<string, Json> }[], opts: AnswerOptions): AdaptiveCard {
  const { pack } = engine;
  const route = engine.route(routeId);
  if (!route) return buildWelcomeCard({ pack, personal: opts.personal });
  if (routeId === 'info_sharing' && hasInfoSharingAnswers(pack))
    return buildInfoSharingCard({ pack, contacts: contactsFor(pack, route.contacts, at), ...(opts.stale ? { stale: opts.stale } : {}) });
  const guidanceId = routeId === 'info_sharing' ? 'golden_rules' : undefined;
  const g = guidanceId ? pack.guidance.find((x) => x.id === guidanceId) : undefined;
  const actions = [...also];
  if (routeId === 'private_fostering') actions.unshift({ title: 'Check if it is private fostering', verb: 'pf.start' });
  if (routeId === 'disability') actions.unshift({ title: 'Check the criteria', verb: 'cwd.start' });
  if (routeId === 'after_referral') actions.unshift({ title: 'Escalation steps', verb: 'escalation.show' });
  // After a referral: the possible outcomes the guidance lists, under the steps.
  const outcomes = routeId === 'after_referral' ? pack.escalation?.afterReferral.outcomes : undefined;
  const points = g ? { title: g.title, items: g.points } : outcomes ? { title: 'What the outcome can be', items: outcomes } : undefined;
  return buildRouteCard({
    pack,
    route,
    contacts: contactsFor(pack, route.contacts, at),
    ...(points ? { points } : {}),
    actions,
    ...(opts.stale ? { stale: opts.stale } : {}),
  });
}

/** The escalation ladder, starting at the stage the practitioner has reached. */
export function escalationCard(engine: Engine, at: Date, stageId: string | undefined, personal: boolean): AdaptiveCard {
  const { pack } = engine;
  const stages = ladder(pack);
  const next = (stageId ? stageById(pack, stageId) : undefined) ?? stages[0];
  if (!next) {
    const route = engine.route('escalation');
    return route
      ? buildRouteCard({ pack, route, contacts: contactsFor(pack, route.contacts, at) })
      : buildContactsCard({ pack, title: 'Challenging a decision', intro: 'This area’s guidance gives no escalation ladder. Talk to your designated safeguarding lead and the front door.', contacts: contactsFor(pack, [pack.frontDoor], at) });
  }
  const today = londonTime(at).date;
  const due = next.respondWithinWorkingDays ? addWorkingDays(today, next.respondWithinWorkingDays) : undefined;
  const contactIds = [...new Set([...stages.flatMap((s) => s.contacts), pack.frontDoor])];
  return buildEscalationCard({ pack, stages, next, ...(due ? { dueIfSentToday: due } : {}), contacts: contactsFor(pack, contactIds, at), personal });
}

/** A contact look-up: the contacts named, or the main ones. */
export function contactCard(engine: Engine, query: string, at: Date): AdaptiveCard {
  const { pack } = engine;
  const found = engine.lookup(query).contacts;
  if (found.length > 0) {
    // No seed says which places each locality team covers: say so rather than guess from a place name.
    const localityIds = new Set(pack.localities.map((l) => l.contact));
    const door = pack.contacts.find((c) => c.id === pack.frontDoor);
    const localities = found.length > 1 && found.every((c) => localityIds.has(c.id));
    const intro = localities ? `${pack.area}’s guidance names its ${pack.localities.length} locality teams but not the places each one covers. Referrals for their support go through ${door?.name ?? 'the front door'}.` : undefined;
    return buildContactsCard({ pack, title: found.length === 1 ? (found[0]?.name ?? 'Contact') : 'Contacts', ...(intro ? { intro } : {}), contacts: found.slice(0, 6).map((c) => engine.openNow(c, at)) });
  }
  const main = engine.route('contacts');
  return buildContactsCard({ pack, title: `Who to contact in ${pack.area}`, contacts: contactsFor(pack, main?.contacts ?? [pack.emergencyContact, pack.frontDoor], at) });
}
