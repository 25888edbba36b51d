/**
 * Every card the bot can send, built at the longest inputs the packs allow, is
 * checked the way a client would see it: it parses with the `adaptivecards`
 * library without warnings or errors, declares version ≤ 1.5, carries
 * fallbackText, every action has a verb (or is a tel:/mailto:/https: link), and
 * its JSON stays under Teams' 28 KB message limit.
 */
import { createRequire } from 'node:module';
import { afterAll, describe, expect, it } from 'vitest';
import {
  answerFor,
  buildRoleCard,
  buildContactsCard,
  buildEmergencyCard,
  buildErrorCard,
  buildQuestionCard,
  buildResultCard,
  buildWelcomeCard,
  buildFeedbackPickerCard,
  contactCard,
  escalationCard,
  topicCard,
  withFeedback,
  type AdaptiveCard,
  type Button,
} from '../../cards';
import { ACTIONS } from '../../cards/actions';
import { questionsFor } from '../../dialogs/triage/questions';
import { AREAS, assessmentToAnswer, ladder, loadEngines, type Answers, type Area, type Engine, type Recognition } from '../../rules';

// lib/ is ES modules with extension-less imports and does not load in Node; the bundle does (PITFALLS).
const require = createRequire(import.meta.url);
const AC = require('adaptivecards/dist/adaptivecards.js') as {
  AdaptiveCard: new () => { parse(json: unknown, context: unknown): void };
  SerializationContext: new () => { eventCount: number; getEventAt(i: number): { phase: number; event: number; message: string } };
};

const MAX_BYTES = 28 * 1024;
const engines = loadEngines();
const WEEKDAY_10AM = new Date('2026-11-24T10:00:00Z'); // Tuesday, front doors open
const SATURDAY = new Date('2026-11-28T14:00:00Z'); // closed: out-of-hours lines shown

/** Every card built below, with a name for the report. */
const built: { name: string; card: AdaptiveCard }[] = [];
const sizes: { name: string; bytes: number }[] = [];

function longest(phrases: readonly string[]): string {
  return phrases.reduce((a, b) => (b.length > a.length ? b : a), '');
}

/** A message that used every phrase of every indicator (a pasted report): the longest "why" a card can get. */
function everything(engine: Engine, intent: Recognition['intent']): Recognition {
  const all = engine.pack.indicators.map((i) => ({ id: i.id, matched: [...i.phrases].sort((a, b) => b.length - a.length) }));
  return { intent, also: ['escalation', 'info_sharing', 'lado', 'fgc'], indicators: all, negated: [], contacts: [], uncertain: true, confidence: 'high' };
}

/** A message that negated every indicator but one ("not in immediate danger, no bruises, …, but she is scared"). */
function allButOneNegated(engine: Engine): Recognition {
  const [first, ...rest] = engine.pack.indicators.filter((i) => i.kind !== 'red-flag').map((i) => ({ id: i.id, matched: [longest(i.phrases)] }));
  return { intent: 'concern', also: [], indicators: first ? [first] : [], negated: rest, contacts: [], uncertain: true, confidence: 'high' };
}

/** Answers that light up every rule: every harm, every "not sure", do-not-tell and mandatory reporting. */
function worstAnswers(engine: Engine, redFlags: boolean): Answers {
  const ids = engine.pack.indicators.filter((i) => redFlags || i.kind !== 'red-flag').map((i) => i.id);
  return {
    immediateDanger: redFlags ? 'yes' : 'not_sure',
    homeAlone: redFlags ? 'yes' : 'not_sure',
    indicators: ids,
    unsureIndicators: ids,
    harmUnsure: true,
    needs: 'not_sure',
    earlyHelp: 'not_sure',
    ageBand: 'not_sure',
    familyKnows: 'not_sure',
    locality: 'not_sure',
  } as Answers;
}

const INTENT_ACTIONS: Button[] = [
  { title: 'Concerns about staff (LADO)', action: ACTIONS.routeShow.value({ route: 'lado' }) },
  { title: 'Family Group Conferencing', action: ACTIONS.routeShow.value({ route: 'fgc' }) },
  { title: 'Children with disabilities', action: ACTIONS.routeShow.value({ route: 'disability' }) },
  { title: 'Sharing information', action: ACTIONS.routeShow.value({ route: 'info_sharing' }) },
  { title: 'Harm outside the home', action: ACTIONS.routeShow.value({ route: 'contextual_safeguarding' }) },
  { title: 'Escalation steps', action: ACTIONS.escalationShow.value() },
];

function add(name: string, card: AdaptiveCard): void {
  built.push({ name, card });
}

for (const area of AREAS) {
  const engine = engines[area];
  const { pack } = engine;
  for (const at of [WEEKDAY_10AM, SATURDAY]) {
    const when = at === SATURDAY ? 'Saturday' : 'weekday';
    for (const personal of [true, false]) {
      const where = personal ? 'personal' : 'channel';
      add(`${area} welcome ${where}`, buildWelcomeCard({ pack, personal }));
      add(`${area} role question ${where}`, buildRoleCard({ pack, ...(personal ? { current: 'school' as const } : {}) }));
      for (const r of pack.routes) add(`${area} route ${r.id} ${where} ${when}`, topicCard(engine, r.id, at, INTENT_ACTIONS, { personal, stale: 'Contact details last checked on 30 September 2026. Check the partnership’s website if a number does not work.' }));
      for (const stage of ladder(pack)) add(`${area} escalation at ${stage.id} ${where} ${when}`, escalationCard(engine, at, stage.id, personal));
      add(`${area} escalation (no stage) ${where} ${when}`, escalationCard(engine, at, undefined, personal));
      // Free text: what answerFor sends for a message that matched everything.
      add(`${area} free-text concern ${where} ${when}`, answerFor(engine, everything(engine, 'concern'), 'x'.repeat(4000), at, { personal, stale: 'Contact details last checked on 30 September 2026.' }));
      add(`${area} free-text, every sign negated but one ${where} ${when}`, answerFor(engine, allButOneNegated(engine), 'x'.repeat(4000), at, { personal }));
      add(`${area} free-text emergency ${where} ${when}`, answerFor(engine, everything(engine, 'emergency'), 'x'.repeat(4000), at, { personal }));
      // With the feedback question every answer card ends with: the largest card the bot sends.
      const worst = engine.assess(worstAnswers(engine, false), at);
      add(
        `${area} result (screening, every rule) ${where} ${when}`,
        withFeedback(buildResultCard({ pack, answer: assessmentToAnswer(engine, worst, { personal, answers: {} }), also: INTENT_ACTIONS, personal, consultChannel: false, stale: 'Contact details last checked on 30 September 2026.' }), pack, worst.route.id),
      );
    }
    const emergency = engine.assess(worstAnswers(engine, true), at);
    add(`${area} emergency (every red flag) ${when}`, withFeedback(buildEmergencyCard({ pack, answer: assessmentToAnswer(engine, emergency, { personal: true, answers: {}, recognition: everything(engine, 'emergency'), emergency: true }) }), pack, emergency.route.id));
    add(`${area} what was it about (after "No") ${when}`, buildFeedbackPickerCard({ pack, ref: { given: emergency.route.id, pack: pack.id, version: pack.version } }));
    add(`${area} all contacts ${when}`, buildContactsCard({ pack, title: `Who to contact in ${pack.area}`, intro: 'Every contact in this area’s guidance.', contacts: pack.contacts.map((c) => engine.openNow(c, at)) }));
    add(`${area} contacts look-up ${when}`, contactCard(engine, '', at));
  }
  add(`${area} error`, buildErrorCard({ pack, title: 'Sorry, something went wrong', message: 'That button did not carry what I expected, so I have not acted on it. Please try again, or type what you need.' }));
  const questions = questionsFor(pack);
  questions.forEach((q, i) => {
    const base = { pack, question: q.id, text: q.text, number: i + 1, total: questions.length, ...(q.hint ? { hint: q.hint } : {}) };
    add(`${area} question ${q.id}`, q.multi ? buildQuestionCard({ ...base, multi: { choices: q.choices, preselected: q.choices.map((c) => c.value) } }) : buildQuestionCard({ ...base, buttons: q.choices }));
  });
}

/** Every action in the card, wherever it sits (card actions, ActionSets, selectActions). */
function actionsOf(node: unknown, out: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(node)) for (const n of node) actionsOf(n, out);
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (typeof o.type === 'string' && o.type.startsWith('Action.')) out.push(o);
    for (const v of Object.values(o)) actionsOf(v, out);
  }
  return out;
}

function parseProblems(card: AdaptiveCard): string[] {
  const ctx = new AC.SerializationContext();
  new AC.AdaptiveCard().parse(JSON.parse(JSON.stringify(card)), ctx);
  const out: string[] = [];
  for (let i = 0; i < ctx.eventCount; i++) out.push(ctx.getEventAt(i).message);
  return out;
}

describe('every card the bot can send', () => {
  afterAll(() => {
    const top = [...sizes].sort((a, b) => b.bytes - a.bytes)[0];
    if (top) console.log(`largest card: ${top.name}, ${top.bytes} bytes (${(top.bytes / 1024).toFixed(1)} KB of 28 KB); ${sizes.length} cards checked`);
  });

  it('builds a card for every route, stage, question and contact list of all three packs', () => {
    expect(built.length).toBeGreaterThan(100);
    for (const area of AREAS) expect(built.filter((b) => b.name.startsWith(`${area} route `)).length).toBe(engines[area].pack.routes.length * 4);
  });

  it.each(built.map((b) => [b.name, b.card] as const))('%s: parses cleanly, v≤1.5, fallbackText, verbs, < 28 KB', (name, card) => {
    expect(parseProblems(card)).toEqual([]);
    const [major, minor] = card.version.split('.').map(Number);
    expect((major ?? 9) * 10 + (minor ?? 9)).toBeLessThanOrEqual(15);
    expect(card.fallbackText.trim().length).toBeGreaterThan(20);
    expect(card.fallbackText).not.toMatch(/undefined|\$\{/);
    const json = JSON.stringify(card);
    expect(json).not.toMatch(/\$\{|\$data|\$when/); // every template binding was expanded
    for (const a of actionsOf(card)) {
      if (a.type === 'Action.OpenUrl') expect(String(a.url)).toMatch(/^(tel:|mailto:|https:)/);
      // "More detail" opens a container of this card, on the client: it names the element, and the element is there.
      else if (a.type === 'Action.ToggleVisibility') for (const id of a.targetElements as string[]) expect(json, `${name}: ${id}`).toContain(`"id":"${id}"`);
      else expect(typeof (a.data as { verb?: unknown } | undefined)?.verb, `${String(a.title)} has no verb`).toBe('string');
    }
    const bytes = Buffer.byteLength(json, 'utf8');
    sizes.push({ name, bytes });
    expect(bytes).toBeLessThan(MAX_BYTES);
  });

  it.each(AREAS.map((a) => [a] as [Area]))('%s: no card has an empty "Call" button or "on ." where a number is missing', (area) => {
    for (const { name, card } of built.filter((b) => b.name.startsWith(`${area} `))) {
      for (const a of actionsOf(card)) {
        // A call button dials the number it names.
        if (String(a.url).startsWith('tel:')) expect(String(a.title).replace(/\s+/g, ''), `${name}: ${String(a.title)}`).toContain(String(a.url).slice(4));
      }
      expect(JSON.stringify(card), name).not.toMatch(/ on \.|\bcall\s+\.|\bcall\s+on\b/i);
    }
  });

  it('the validator does report a broken card (so the checks above can fail)', () => {
    const broken = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'NoSuchElement' }, { type: 'TextBlock' }], fallbackText: 'x' } as unknown as AdaptiveCard;
    expect(parseProblems(broken).length).toBeGreaterThan(0);
  });

  it.each(AREAS.map((a) => [a] as [Area]))('%s: every card shows 999 (on the card or in its safety net)', (area) => {
    for (const { name, card } of built.filter((b) => b.name.startsWith(`${area} `))) {
      expect(JSON.stringify(card), name).toContain('999');
    }
  });
});
