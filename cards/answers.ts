/**
 * From the answer (rules/answer.ts: built once, for the chat, the message extension, the
 * Guidance tab and the decision record) to the card that displays it. Pure: no bot SDK.
 */
import type { Answer, Answers, Assessment, Engine, Intent, Recognition, Role } from '../rules';
import { answerOf, assessmentToAnswer, contactAnswer, escalationAnswer, topicAnswer } from '../rules';
import { buildContactsCard } from './contacts';
import { buildEmergencyCard } from './emergency';
import type { AdaptiveCard, Button } from './expand';
import { ACTIONS } from './actions';
import { buildEscalationCard } from './escalation';
import { ESCALATION_ANSWER, UNSURE_ANSWER, withFeedback } from './feedback';
import { buildResultCard } from './result';
import { buildInfoSharingCard, hasInfoSharingAnswers } from './referralHelp';
import { buildRouteCard } from './route';
import { buildUnsureCard } from './unsure';
import { buildWelcomeCard } from './welcome';

export interface AnswerOptions {
  /** Personal (1:1) chat: typed words may be echoed back; elsewhere only labels are. */
  personal: boolean;
  /** "Contact details last checked on ..." when the pack is old. */
  stale?: string;
  /** Ask "Was this the right answer?" (default true; not on a card shown to someone else, such as the message extension's). */
  feedback?: boolean;
  /** Who is asking (user state): their first step first. */
  role?: Role;
  /** The organisation has a DSL consult channel (offer "Ask my DSL"), has none (say who can set it up), or unknown. */
  consultChannel?: boolean;
}

const INTENT_TITLES: Partial<Record<Intent, Button>> = {
  escalation: { title: 'Escalation steps', action: ACTIONS.escalationShow.value() },
  info_sharing: { title: 'Sharing information', action: ACTIONS.routeShow.value({ route: 'info_sharing' }) },
  private_fostering: { title: 'Private fostering', action: ACTIONS.routeShow.value({ route: 'private_fostering' }) },
  disability: { title: 'Children with disabilities', action: ACTIONS.routeShow.value({ route: 'disability' }) },
  lado: { title: 'Concerns about staff (LADO)', action: ACTIONS.routeShow.value({ route: 'lado' }) },
  adult_concern: { title: 'Worried about an adult', action: ACTIONS.routeShow.value({ route: 'adult_concern' }) },
  anonymous: { title: 'Anonymous referrals', action: ACTIONS.routeShow.value({ route: 'anonymous' }) },
  secure_estate: { title: 'Secure estate', action: ACTIONS.routeShow.value({ route: 'secure_estate' }) },
  fgc: { title: 'Family Group Conferencing', action: ACTIONS.routeShow.value({ route: 'fgc' }) },
  advice: { title: 'Services and advice', action: ACTIONS.routeShow.value({ route: 'advice' }) },
  after_referral: { title: 'After a referral', action: ACTIONS.routeShow.value({ route: 'after_referral' }) },
  contextual_safeguarding: { title: 'Harm outside the home', action: ACTIONS.routeShow.value({ route: 'contextual_safeguarding' }) },
  contact: { title: 'Who to contact', action: ACTIONS.contactsShow.value() },
  glossary: { title: 'What the words mean', action: ACTIONS.routeShow.value({ route: 'glossary' }) },
};

/** A contacts answer gives the first few in full (tap to call, email, address); the rest one line each, so a list of ten stays under 12 KB. */
const CONTACTS_IN_FULL = 4;

/** The other topics an answer offers, as buttons. */
const buttonsFor = (intents: readonly Intent[]): Button[] => intents.map((i) => INTENT_TITLES[i]).filter((x) => x !== undefined);

/** What an answer's offers look like as buttons (the result card words its own). */
const OFFER_BUTTONS: Partial<Record<Answer['offers'][number], Button>> = {
  check_private_fostering: { title: 'Check if it is private fostering', action: ACTIONS.pfStart.value() },
  check_disability: { title: 'Check the criteria', action: ACTIONS.cwdStart.value() },
  escalation: { title: 'Escalation steps', action: ACTIONS.escalationShow.value() },
};

/** The answer to a typed message, as every surface builds it. */
export function messageAnswer(engine: Engine, r: Recognition, text: string, at: Date, opts: Pick<AnswerOptions, 'personal' | 'role'>): Answer {
  return answerOf(engine, { from: 'message', recognition: r, text }, at, { personal: opts.personal, ...(opts.role ? { role: opts.role } : {}) });
}

/** The card for a free-text message, from the engine's recognition; an answer asks whether it was the right one. */
export function answerFor(engine: Engine, r: Recognition, text: string, at: Date, opts: AnswerOptions): AdaptiveCard {
  return cardForAnswer(engine, messageAnswer(engine, r, text, at, opts), at, opts);
}

/**
 * The answer to an assessment (the screening's last answer, a red flag typed mid-dialog): the
 * emergency card at the emergency level (or when `emergency` says so), else the result card; it
 * asks whether it was the right one.
 */
export function assessmentAnswer(engine: Engine, assessment: Assessment, opts: AnswerOptions & { recognition?: Recognition; emergency?: boolean; answers?: Answers }): AdaptiveCard {
  const answer = assessmentToAnswer(engine, assessment, {
    personal: opts.personal,
    ...(opts.role ? { role: opts.role } : {}),
    answers: opts.answers ?? { indicators: assessment.indicatorIds },
    ...(opts.recognition ? { recognition: opts.recognition } : {}),
    ...(opts.emergency !== undefined ? { emergency: opts.emergency } : {}),
  });
  // An assessment's answer is an emergency or a worry placed at a level: neither card reads the clock again.
  return cardForAnswer(engine, answer, new Date(0), opts);
}

/** The card that displays an answer; an answer (not help, not a look-up) asks whether it was the right one. */
export function cardForAnswer(engine: Engine, answer: Answer, at: Date, opts: AnswerOptions): AdaptiveCard {
  const { card, given } = displayAnswer(engine, answer, at, opts);
  return given !== undefined && opts.feedback !== false ? withFeedback(card, engine.pack, given) : card;
}

/** The card for an answer, and the answer it gives (a route id, or a pseudo-answer) when it is an answer rather than help or contacts. */
function displayAnswer(engine: Engine, a: Answer, at: Date, opts: AnswerOptions): { card: AdaptiveCard; given?: string } {
  const { pack } = engine;
  const stale = opts.stale ? { stale: opts.stale } : {};
  switch (a.kind) {
    case 'emergency':
      return { card: buildEmergencyCard({ pack, answer: a }), given: a.routeId ?? '' };
    case 'concern':
      return { card: buildResultCard({ pack, answer: a, also: buttonsFor(a.also), personal: opts.personal, consultChannel: opts.consultChannel, ...stale }), given: a.routeId ?? '' };
    case 'escalation':
      return { card: escalationView(engine, a, opts.personal), given: ESCALATION_ANSWER };
    case 'contact':
      return { card: buildContactsCard({ pack, title: a.title, ...(a.intro ? { intro: a.intro } : {}), contacts: a.contacts, full: CONTACTS_IN_FULL, shortFirst: true }) };
    case 'unsure':
      return a.recognition
        ? { card: buildUnsureCard({ pack, at, recognition: a.recognition, reason: a.unsureReason ?? 'unsure' }), given: UNSURE_ANSWER }
        : { card: buildWelcomeCard({ pack, personal: opts.personal, answering: true }) };
    case 'topic':
      return { card: topicView(engine, a, buttonsFor(a.also), opts), given: a.routeId ?? '' };
    case 'none':
      // Something typed that is not a worry or a topic: the welcome card, without "tell me in your own words".
      return { card: buildWelcomeCard({ pack, personal: opts.personal, answering: true }) };
  }
}

/** A topic's answer as a card: the information-sharing answer where the pack has it, else the route card. */
function topicView(engine: Engine, a: Answer, also: Button[], opts: AnswerOptions): AdaptiveCard {
  const { pack } = engine;
  if (a.routeId === 'info_sharing' && hasInfoSharingAnswers(pack)) return buildInfoSharingCard({ pack, answer: a, ...(opts.stale ? { stale: opts.stale } : {}) });
  const actions = [...a.offers.map((o) => OFFER_BUTTONS[o]).filter((x) => x !== undefined), ...also];
  return buildRouteCard({ pack, answer: a, actions, ...(opts.stale ? { stale: opts.stale } : {}) });
}

/** A special pathway card (private fostering, information sharing, ...) with its cited guidance. */
export function topicCard(engine: Engine, routeId: string, at: Date, also: Button[], opts: AnswerOptions): AdaptiveCard {
  const a = topicAnswer(engine, routeId, at, opts.role);
  if (!a) return buildWelcomeCard({ pack: engine.pack, personal: opts.personal });
  return topicView(engine, a, also, opts);
}

/** The escalation answer as a card: the ladder, or the escalation route where the pack has no ladder. */
function escalationView(engine: Engine, a: Answer, personal: boolean): AdaptiveCard {
  const { pack } = engine;
  const e = a.escalation;
  if (e?.next) return buildEscalationCard({ pack, stages: e.stages, next: e.next, ...(e.dueIfSentToday ? { dueIfSentToday: e.dueIfSentToday } : {}), contacts: a.contacts, personal });
  if (a.routeId) return buildRouteCard({ pack, answer: a });
  return buildContactsCard({ pack, title: 'Challenging a decision', ...(a.intro ? { intro: a.intro } : {}), contacts: a.contacts, shortFirst: true });
}

/** The escalation ladder, starting at the stage the practitioner has reached. */
export function escalationCard(engine: Engine, at: Date, stageId: string | undefined, personal: boolean): AdaptiveCard {
  return escalationView(engine, escalationAnswer(engine, at, stageId), personal);
}

/** A contact look-up: the contacts named, or the main ones. */
export function contactCard(engine: Engine, query: string, at: Date): AdaptiveCard {
  const a = contactAnswer(engine, query, at);
  return buildContactsCard({ pack: engine.pack, title: a.title, ...(a.intro ? { intro: a.intro } : {}), contacts: a.contacts, full: CONTACTS_IN_FULL, shortFirst: true });
}
