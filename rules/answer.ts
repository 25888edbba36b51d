/**
 * One answer, built once (issue 17, section 1). A typed message (its recognition) or the
 * screening's answers, a clock and a pack become one `Answer`: the route, the level, the
 * steps, the contacts with whether each is open now, the warnings, why, the sources and the
 * safety net. The chat, the message extension, the Guidance tab and the decision record all
 * take this value; cards only display it. Pure: no bot SDK, no card code, runs in a browser.
 */
import { answersFromMessage, type Answers, type Assessment, type Warning } from './assess';
import { addWorkingDays, londonTime, type IsoDate } from './calendar';
import type { ContactStatus } from './contacts';
import { ladder, stageById } from './escalation';
import { assessmentSources, contactsFor, emergencyNumberOf, safetyNet, sourcesOf, uncertainLevelText, whyFromRecognition } from './explain';
import type { Engine } from './index';
import type { Intent, Recognition } from './recognise';
import type { EscalationStage, Level, Pack, Route, Source, Step } from './schema';

/**
 * What kind of answer: a red flag (999 first), a worry placed at a level, the escalation
 * ladder, a contact look-up, a topic's route, a worry the bot could not place, or nothing
 * in particular (a greeting, a topic this pack does not cover).
 */
export type AnswerKind = 'emergency' | 'concern' | 'escalation' | 'contact' | 'topic' | 'unsure' | 'none';

/** Something the answer offers to do next; the card layer turns each into a button. */
export type AnswerOffer = 'screening' | 'referral' | 'ask_dsl' | 'escalation' | 'check_private_fostering' | 'check_disability';

/** The red-flag question a worry that might be danger now opens with (Answer `askDangerNow`), on the card and in the Guidance tab. */
export const DANGER_NOW_QUESTION = 'First: is the child in danger right now, or home alone?';

/** What the answer is built from: words typed (with the engine's recognition of them), or the screening's answers. */
export type AnswerInput =
  | { from: 'message'; recognition: Recognition; text: string }
  | { from: 'screening'; answers: Answers; recognition?: Recognition; emergency?: boolean };

/** Who is asking, as the practitioner said (asked once, kept in user state, changed with "role"). */
export const ROLES = ['school', 'health', 'voluntary', 'dsl'] as const;
export type Role = (typeof ROLES)[number];
export const ROLE_NAMES: Readonly<Record<Role, string>> = {
  school: 'School or nursery staff',
  health: 'Health',
  voluntary: 'Youth or voluntary sector',
  dsl: 'Designated safeguarding lead or manager',
};

export interface AnswerOptions {
  /** A personal (1:1) chat, or a page nothing leaves: the words typed may be quoted back in "why". Elsewhere only labels are. */
  personal: boolean;
  /**
   * Who is asking. Anyone but a DSL or manager gets the pack's own step about their designated
   * safeguarding lead first (the guidance: consult your safeguarding lead throughout), on a worry
   * placed below an emergency and on a topic; the emergency card's 999 stays first for everyone.
   */
  role?: Role;
}

const TELL_DSL = /\bdesignated safeguarding (lead|person)\b/i;
const CALLS_999 = /\b999\b/;

type Shown = { text: string; source?: Source };

/**
 * The steps in the order for who is asking (issue 17: "order the steps for that role, citing the
 * guidance for each"); each step keeps its own citation, and a step that starts with 999 stays first
 * for everyone.
 * - School, health and voluntary staff: the step about their designated safeguarding lead first (the
 *   guidance: consult your safeguarding lead throughout). On a worry (`worry`) whose route has no such
 *   step, the pack's own cited `staffFirstStep` is added; the bot writes none of its own.
 * - A DSL or manager, on a worry: the front door first; a step telling them to consult their DSL that
 *   came before it moves to just after it.
 * - No role given: the pack's order.
 */
function forRole(pack: Pack, steps: readonly Step[], role: Role | undefined, worry: boolean): Shown[] {
  let out = [...steps];
  // Steps that open with 999 (not the front door's step that also mentions it) stay first.
  const lead = out.findIndex((s) => !CALLS_999.test(s.text) || s.contacts.includes(pack.frontDoor));
  const head = lead < 0 ? out.length : lead;
  if (role && role !== 'dsl') {
    const i = out.findIndex((s, k) => k >= head && TELL_DSL.test(s.text));
    if (i >= 0) out = [...out.slice(0, head), out[i] as Step, ...out.slice(head, i), ...out.slice(i + 1)];
    else if (worry && pack.staffFirstStep) out = [...out.slice(0, head), pack.staffFirstStep, ...out.slice(head)];
  } else if (role === 'dsl' && worry) {
    const d = out.findIndex((s, k) => k >= head && TELL_DSL.test(s.text));
    const door = out.findIndex((s) => s.contacts.includes(pack.frontDoor) && !TELL_DSL.test(s.text));
    if (d >= 0 && door > d) out = [...out.slice(0, d), ...out.slice(d + 1, door + 1), out[d] as Step, ...out.slice(door + 1)];
  }
  return distinctSteps(out);
}

export interface Answer {
  kind: AnswerKind;
  packId: string;
  packVersion: string;
  /** The pack's route this answer gives, when it has one. */
  routeId?: string;
  /** The route's title, or a plain sentence when there is no particular route. */
  title: string;
  /** The route's summary; for a level reached only on "not sure", what the level means. */
  summary?: string;
  /**
   * The level of need, for a concern or an emergency; and for a question about sharing or referring (`WITH_WORRY`) that
   * also tells of a worry placed above universal services, that worry's level (the card says it first).
   */
  level?: {
    id: string;
    name: string;
    rank: number;
    /** The level's definition in plain words (the pack's `plain`). */
    definition: string;
    /** The level in plain words for this answer: the definition, or worded as "in case it is so" when it stands only on "not sure". */
    plain: string;
    fromNotSure: boolean;
    /**
     * An emergency read from the meaning of the message alone (no listed phrase, no "yes" to the red-flag question):
     * worded as what to do because it might be so, never as a finding.
     */
    fromMeaning?: boolean;
    /** The level this one sits within (the pack's `within`), by name: immediate danger is child protection acted on at once. */
    within?: string;
  };
  /**
   * A worry placed below 999 that the meaning gives danger now a real chance (Recognition `mightBeNow`), nothing typed or
   * answered having said no: the line that asks about danger now first, 999 at once if there is any chance of it.
   */
  askDangerNow?: string;
  /** What to do now, in order, each with its source; never a step twice. */
  steps: { text: string; source?: Source }[];
  /** Contacts in the order to show them, with whether each is open at the clock's time (and what to use instead). */
  contacts: ContactStatus[];
  warnings: Warning[];
  /** Why this answer: what was recognised and the rules that applied. */
  why: string[];
  /** Short citations: one per document, its sections after it. */
  sources: string[];
  /** The line on every answer: 999, the front door, out of hours. */
  safetyNet: string;
  /** Extra cited points under the steps (the golden rules, the outcomes after a referral). */
  points?: { title: string; items: { text: string; source: Source }[] };
  /** Other topics the message was also about, to offer as buttons. */
  also: Intent[];
  offers: AnswerOffer[];
  /** For a contact look-up: a line before the contacts. */
  intro?: string;
  /** For escalation: the ladder and the stage to go to next, with the response due if sent today. */
  escalation?: { stages: EscalationStage[]; next?: EscalationStage; dueIfSentToday?: IsoDate };
  /** For an unplaced worry: why it was not placed. */
  unsureReason?: 'unsure' | 'non_english';
  /** The engine's recognition of the words, when the answer came from a message (the "not sure" card asks about what it set aside). */
  recognition?: Recognition;
  /** For a concern or an emergency: the engine's assessment and the answers it assessed (the decision record keeps ids from these). */
  assessment?: Assessment;
  answers?: Answers;
}

/** Topic intents whose answer is the pack's route of the same id. */
const TOPICS: ReadonlySet<Intent> = new Set<Intent>([
  'info_sharing',
  'private_fostering',
  'disability',
  'lado',
  'adult_concern',
  'anonymous',
  'secure_estate',
  'fgc',
  'advice',
  'after_referral',
  'contextual_safeguarding',
  'glossary',
]);

/** Topics offered as buttons beside an answer (a look-up and help are not offered). */
const OFFERABLE: ReadonlySet<Intent> = new Set<Intent>([...TOPICS, 'escalation', 'contact']);

/** The name of the level a level sits within (immediate danger within child protection), when the pack says so. */
function withinOf(pack: Pack, level: Level): { within?: string } {
  const name = level.within && pack.levels.find((l) => l.id === level.within?.level)?.name;
  return name ? { within: name } : {};
}

/** Steps in order, each text once (a route and a pathway can carry the same step). */
function distinctSteps(steps: readonly Step[]): { text: string; source?: Source }[] {
  const seen = new Set<string>();
  const out: { text: string; source?: Source }[] = [];
  for (const s of steps) {
    const key = s.text.trim().toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ text: s.text, ...(s.source ? { source: s.source } : {}) });
  }
  return out;
}

/** The words typed, or only the labels of what was recognised (outside a personal chat). */
function echoOf(engine: Engine, r: Recognition, personal: boolean): Recognition {
  if (personal) return r;
  const label = (id: string) => engine.pack.indicators.find((i) => i.id === id)?.label.toLowerCase() ?? id;
  return { ...r, indicators: r.indicators.map((i) => ({ id: i.id, matched: [label(i.id)] })), negated: [] };
}

/** The answer to an assessment: an emergency (999 first) or a worry placed at a level. */
function fromAssessment(engine: Engine, a: Assessment, answers: Answers, r: Recognition | undefined, emergency: boolean | undefined, opts: AnswerOptions): Answer {
  const { pack } = engine;
  const kind: AnswerKind = (emergency ?? a.level.id === pack.emergencyLevel) ? 'emergency' : 'concern';
  const echo = r ? echoOf(engine, r, opts.personal) : undefined;
  const fromWords = whyFromRecognition(echo, pack);
  const why =
    kind === 'emergency'
      ? [...a.warnings.filter((w) => w.id === 'not_sure').map((w) => w.text), ...fromWords]
      : [...fromWords, ...a.rationale.filter((x) => !r || /^You\b/.test(x.because)).map((x) => `${x.because} That means ${x.effect}.${x.basis ? ` ${x.basis}` : ''}`)];
  const uncertain = a.levelFromNotSure ? uncertainLevelText(pack, a) : undefined;
  const redFlags = (r?.indicators ?? []).filter((i) => pack.indicators.find((x) => x.id === i.id)?.kind === 'red-flag');
  const confirmed = answers.immediateDanger === 'yes' || answers.homeAlone === 'yes';
  const fromMeaning = kind === 'emergency' && !confirmed && redFlags.length > 0 && redFlags.every((i) => i.by === 'meaning');
  const police = emergencyNumberOf(pack);
  const mayMean = `What you described may mean the child is in immediate danger or home alone. If there is any chance of it, call ${police} now.`;
  const askDangerNow =
    kind === 'concern' && r?.mightBeNow && answers.immediateDanger !== 'no' && answers.homeAlone !== 'no'
      ? `Some of what you described could mean the child is in danger now or later today. If there is any chance of it, call ${police} now. If the child is safe for now, the rest of this answer stands.`
      : undefined;
  const lowest = Math.min(...pack.levels.map((l) => l.rank));
  // A worry above universal services is not answered with "Services and advice" because a word like "youth club" came up.
  const also = (r?.also ?? []).filter((i) => OFFERABLE.has(i) && !(a.level.rank > lowest && i === 'advice'));
  const offers: AnswerOffer[] = [];
  if (kind === 'concern') {
    if (r) offers.push('screening');
    if (a.level.rank >= 2) offers.push('referral');
    offers.push('ask_dsl', 'escalation');
  }
  return {
    kind,
    packId: pack.id,
    packVersion: pack.version,
    routeId: a.route.id,
    title: a.route.title,
    summary: uncertain?.summary ?? a.route.summary,
    level: { id: a.level.id, name: a.level.name, rank: a.level.rank, definition: a.level.plain, plain: fromMeaning ? mayMean : (uncertain?.levelPlain ?? a.level.plain), fromNotSure: a.levelFromNotSure, ...(fromMeaning ? { fromMeaning } : {}), ...withinOf(pack, a.level) },
    ...(askDangerNow ? { askDangerNow } : {}),
    steps: kind === 'emergency' ? distinctSteps(a.actions) : forRole(pack, a.actions, opts.role, true),
    contacts: a.contacts,
    warnings: a.warnings,
    why,
    sources: sourcesOf(assessmentSources(pack, a)),
    safetyNet: safetyNet(pack),
    also: kind === 'concern' ? also : [],
    offers,
    ...(r ? { recognition: r } : {}),
    assessment: a,
    answers,
  };
}

/** The answer to an assessment already made (a red flag typed while the screening waits). */
export function assessmentToAnswer(engine: Engine, a: Assessment, opts: AnswerOptions & { answers: Answers; recognition?: Recognition; emergency?: boolean }): Answer {
  return fromAssessment(engine, a, opts.answers, opts.recognition, opts.emergency, opts);
}

/** Topics that explain or check rather than act on a worry (their own order stands; the escalation ladder's order is the guidance's). */
const EXPLAINS: ReadonlySet<string> = new Set(['glossary', 'after_referral', 'escalation', 'private_fostering', 'disability']);

/**
 * A route a worry can reach below an emergency: a level's route, or a topic whose steps send the
 * practitioner to the front door (harm outside the home, an anonymous worry, ...). Not the emergency
 * route (999 first), nor a topic that only explains (the glossary, what happens after a referral).
 */
function isWorryRoute(pack: Pack, route: Route): boolean {
  if (route.level !== undefined) return route.level !== pack.emergencyLevel;
  return !EXPLAINS.has(route.id) && route.steps.some((s) => s.contacts.includes(pack.frontDoor));
}

/** A topic's route (private fostering, information sharing, after a referral...), with its cited points. */
function fromRoute(engine: Engine, route: Route, at: Date, also: Intent[], role?: Role): Answer {
  const { pack } = engine;
  const g = route.id === 'info_sharing' ? pack.guidance.find((x) => x.id === 'golden_rules') : undefined;
  const outcomes = route.id === 'after_referral' ? pack.escalation?.afterReferral.outcomes : undefined;
  const points = g ? { title: g.title, items: g.points } : outcomes ? { title: 'What the outcome can be', items: outcomes } : undefined;
  const offers: AnswerOffer[] = [];
  if (route.id === 'private_fostering') offers.push('check_private_fostering');
  if (route.id === 'disability') offers.push('check_disability');
  if (route.id === 'after_referral') offers.push('escalation');
  return {
    kind: 'topic',
    packId: pack.id,
    packVersion: pack.version,
    routeId: route.id,
    title: route.title,
    summary: route.summary,
    steps: forRole(pack, route.steps, role, isWorryRoute(pack, route)),
    contacts: contactsFor(pack, route.contacts, at),
    warnings: [],
    why: [],
    sources: sourcesOf([route, ...route.steps, ...(points?.items ?? [])]),
    safetyNet: safetyNet(pack),
    ...(points ? { points } : {}),
    also: also.filter((i) => i !== route.id),
    offers,
  };
}

/** The escalation ladder, from the stage the practitioner has reached (or the first). */
export function escalationAnswer(engine: Engine, at: Date, stageId?: string): Answer {
  const { pack } = engine;
  const route = engine.route('escalation');
  const stages = ladder(pack);
  const next = (stageId ? stageById(pack, stageId) : undefined) ?? stages[0];
  const due = next?.respondWithinWorkingDays ? addWorkingDays(londonTime(at).date, next.respondWithinWorkingDays) : undefined;
  const ids = stages.length > 0 ? [...new Set([...stages.flatMap((s) => s.contacts), pack.frontDoor])] : (route?.contacts ?? [pack.frontDoor]);
  return {
    kind: 'escalation',
    packId: pack.id,
    packVersion: pack.version,
    ...(route ? { routeId: route.id, summary: route.summary } : {}),
    title: route?.title ?? 'Challenging a decision',
    steps: route && stages.length === 0 ? distinctSteps(route.steps) : [],
    contacts: contactsFor(pack, ids, at),
    warnings: [],
    why: [],
    sources: route ? sourcesOf([route, ...route.steps]) : [],
    safetyNet: safetyNet(pack),
    also: [],
    offers: [],
    ...(stages.length === 0 && !route ? { intro: 'This area’s guidance gives no escalation ladder. Talk to your designated safeguarding lead and the front door.' } : {}),
    escalation: { stages, ...(next ? { next } : {}), ...(due ? { dueIfSentToday: due } : {}) },
  };
}

/** A contact look-up: the contacts named in `query`, or the main ones. */
export function contactAnswer(engine: Engine, query: string, at: Date): Answer {
  const { pack } = engine;
  const found = engine.lookup(query).contacts;
  const base = { kind: 'contact' as const, packId: pack.id, packVersion: pack.version, steps: [], warnings: [], why: [], sources: [], safetyNet: safetyNet(pack), also: [], offers: [] };
  if (found.length > 0) {
    // No seed says which places each locality team covers: say so rather than guess from a place name.
    const localityIds = new Set(pack.localities.map((l) => l.contact));
    const door = pack.contacts.find((c) => c.id === pack.frontDoor);
    const localities = found.length > 1 && found.every((c) => localityIds.has(c.id));
    const intro = localities ? `${pack.area}’s guidance names its ${pack.localities.length} locality teams but not the places each one covers. Referrals for their support go through ${door?.name ?? 'the front door'}.` : undefined;
    return { ...base, title: found.length === 1 ? (found[0]?.name ?? 'Contact') : 'Contacts', ...(intro ? { intro } : {}), contacts: found.slice(0, 6).map((c) => engine.openNow(c, at)) };
  }
  const main = engine.route('contacts');
  return {
    ...base,
    ...(main ? { routeId: main.id, summary: main.summary } : {}),
    title: `Who to contact in ${pack.area}`,
    contacts: contactsFor(pack, main?.contacts ?? [pack.emergencyContact, pack.frontDoor], at),
  };
}

/** A topic by route id (a "route.show" button): undefined when this pack has no such route. */
export function topicAnswer(engine: Engine, routeId: string, at: Date, role?: Role): Answer | undefined {
  const route = engine.route(routeId);
  return route ? fromRoute(engine, route, at, [], role) : undefined;
}

/** The answer for a message or the screening's answers, at `at`, from `engine`'s pack. */
export function answerOf(engine: Engine, input: AnswerInput, at: Date, opts: AnswerOptions): Answer {
  const { pack } = engine;
  if (input.from === 'screening') {
    const a = engine.assess(input.answers, at);
    return fromAssessment(engine, a, input.answers, input.recognition, input.emergency, opts);
  }
  const { recognition: r, text } = input;
  switch (r.intent) {
    case 'emergency':
    case 'concern': {
      const answers = answersFromMessage(r, text);
      return fromAssessment(engine, engine.assess(answers, at), answers, r, undefined, opts);
    }
    case 'escalation':
      return escalationAnswer(engine, at, r.escalationStage);
    case 'contact':
      return contactAnswer(engine, text, at);
    case 'unsure':
    case 'non_english': {
      const police = pack.contacts.find((c) => c.id === pack.emergencyContact)?.phones[0]?.number ?? 'the police';
      return {
        ...safetyOnly(pack, at, 'unsure', `Not sure what this is about: if there is any chance a child is in immediate danger or home alone, call ${police} now`),
        offers: ['screening'],
        unsureReason: r.intent,
        recognition: r,
      };
    }
    default: {
      const route = TOPICS.has(r.intent) ? engine.route(topicRouteOf(pack, r)) : undefined;
      if (route) {
        const worry = WITH_WORRY.has(r.intent) ? worryLevel(engine, r, text, at) : undefined;
        const answer = { ...fromRoute(engine, route, at, r.also.filter((i) => OFFERABLE.has(i)), opts.role), ...(worry ? { level: worry } : {}) };
        // An ordinary matter after an injury or word the message explains, or a relationship between young people of about
        // the same age: say why it was not counted.
        return r.setAside?.length || r.betweenPeers?.length ? { ...answer, why: whyFromRecognition(echoOf(engine, r, opts.personal), pack) } : answer;
      }
      return safetyOnly(pack, at, 'none', 'No particular route found in this message');
    }
  }
}

/**
 * Questions about how to share or refer ("do I need mum's consent to ring the Bridge? the 6yo says her boyfriend hits him
 * with a belt"): the answer is the topic's, and the worry the message also tells of is placed at its level on the card,
 * with the front door's number (cards/firstScreen.ts), so the question's answer does not hide what the worry needs.
 */
const WITH_WORRY: ReadonlySet<Intent> = new Set<Intent>(['info_sharing', 'anonymous']);

/** The level of the worry a topic's message also tells of (its indicators, as a concern's answer assesses them), when above the lowest and below 999. */
function worryLevel(engine: Engine, r: Recognition, text: string, at: Date): Answer['level'] {
  const { pack } = engine;
  if (!r.also.includes('concern') || r.indicators.length === 0) return undefined;
  const a = engine.assess(answersFromMessage(r, text), at);
  const lowest = Math.min(...pack.levels.map((l) => l.rank));
  if (a.level.rank <= lowest || a.level.id === pack.emergencyLevel) return undefined;
  return { id: a.level.id, name: a.level.name, rank: a.level.rank, definition: a.level.plain, plain: a.level.plain, fromNotSure: a.levelFromNotSure, ...withinOf(pack, a.level) };
}

/**
 * The route a topic's answer looks up: the topic's own id, except "advice" where the pack's own advice topic's listed
 * phrases were found: then that topic's route (Nottingham's MARF, Bury's getting advice and contacts), not the lowest
 * level's route that answers an ordinary matter the meaning read (rules/assess.ts `routeFor`). Until 5 December 2026
 * "how do I make a referral?" in Nottingham got "Universal: needs met by everyday services".
 */
function topicRouteOf(pack: Pack, r: Recognition): string {
  if (r.intent !== 'advice' || !r.topicsFound?.includes('advice')) return r.intent;
  return pack.topics.find((t) => t.id === 'advice')?.route ?? r.intent;
}

/** An answer with no route of its own: the title, 999 and the front door, and the safety net. */
function safetyOnly(pack: Pack, at: Date, kind: 'unsure' | 'none', title: string): Answer {
  return {
    kind,
    packId: pack.id,
    packVersion: pack.version,
    title,
    steps: [],
    contacts: contactsFor(pack, [pack.emergencyContact, pack.frontDoor], at),
    warnings: [],
    why: [],
    sources: [],
    safetyNet: safetyNet(pack),
    also: [],
    offers: [],
  };
}

/** The answer to words typed: recognise, then answer. What the chat, the message extension and the Guidance tab each call. */
export function answerText(engine: Engine, text: string, at: Date, opts: AnswerOptions): Answer {
  return answerOf(engine, { from: 'message', recognition: engine.recognise(text), text }, at, opts);
}
