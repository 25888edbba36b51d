/**
 * "Was this the right answer?" as a practitioner sees it: every answer card (free text, the
 * screening's last answer, the red flag typed mid-dialog) asks it with Yes and No, the buttons
 * carry the route given and the pack's id and version (nothing else), the question costs the
 * card less than 600 bytes, help and contact cards do not ask, the card that follows "No" lists
 * the pack's other routes, and the thanks gives a more serious route's first step and number
 * from the pack.
 */
import { describe, expect, it } from 'vitest';
import { cardNodes } from '../helpers/cardNodes';
import {
  answerFor,
  answerTitle,
  assessmentAnswer,
  buildFeedbackPickerCard,
  ESCALATION_ANSWER,
  FEEDBACK_VERBS,
  feedbackThanks,
  isGivenAnswer,
  UNSURE_ANSWER,
  type AdaptiveCard,
} from '../../cards';
import { nextStepsCard } from '../../bot/extensions/messageExtensions';
import { AREAS, loadEngines, type Answers, type Area, type Engine, type Intent, type Recognition } from '../../rules';
import { auditCard } from '../helpers/cardAudit';

const engines = loadEngines();
const TUESDAY_10AM = new Date('2026-11-24T10:00:00Z'); // the Bridge is open
const SATURDAY = new Date('2026-11-28T14:00:00Z'); // closed: its out-of-hours service instead
const QUESTION = 'Was this the right answer?';
const TOPICS: Intent[] = ['info_sharing', 'private_fostering', 'disability', 'lado', 'adult_concern', 'anonymous', 'secure_estate', 'fgc', 'advice', 'after_referral', 'contextual_safeguarding', 'glossary'];

function recognition(engine: Engine, intent: Intent, kind?: 'red-flag' | 'harm'): Recognition {
  const indicators = kind ? engine.pack.indicators.filter((i) => i.kind === kind).slice(0, 2).map((i) => ({ id: i.id, matched: [i.phrases[0] ?? i.label] })) : [];
  return { intent, also: [], indicators, negated: [], contacts: [], uncertain: false, confidence: 'high' };
}

/** Every answer card of a pack, with the answer it gives. */
function answerCards(area: Area): { name: string; given: string; build: (feedback: boolean) => AdaptiveCard }[] {
  const engine = engines[area];
  const out: { name: string; given: string; build: (feedback: boolean) => AdaptiveCard }[] = [];
  for (const personal of [true, false]) {
    const where = personal ? 'personal' : 'channel';
    const text = (intent: Intent, kind?: 'red-flag' | 'harm') => (feedback: boolean) => answerFor(engine, recognition(engine, intent, kind), 'typed words', TUESDAY_10AM, { personal, feedback });
    const emergency = engine.assess({ indicators: recognition(engine, 'emergency', 'red-flag').indicators.map((i) => i.id) }, TUESDAY_10AM);
    const concern = engine.assess({ indicators: recognition(engine, 'concern', 'harm').indicators.map((i) => i.id) }, TUESDAY_10AM);
    out.push(
      { name: `emergency (typed) ${where}`, given: emergency.route.id, build: text('emergency', 'red-flag') },
      { name: `concern (typed) ${where}`, given: concern.route.id, build: text('concern', 'harm') },
      { name: `escalation (typed) ${where}`, given: ESCALATION_ANSWER, build: text('escalation') },
      { name: `not sure ${where}`, given: UNSURE_ANSWER, build: text('unsure') },
      { name: `not English ${where}`, given: UNSURE_ANSWER, build: text('non_english') },
      { name: `red flag mid-dialog ${where}`, given: emergency.route.id, build: (feedback) => assessmentAnswer(engine, emergency, { personal, feedback, emergency: true }) },
    );
    for (const level of engine.pack.levels) {
      // The screening's last answer at each level of need.
      const answers: Answers = level.id === engine.pack.emergencyLevel ? { immediateDanger: 'yes' } : { immediateDanger: 'no', homeAlone: 'no', indicators: engine.pack.indicators.filter((i) => i.level === level.id && i.kind !== 'red-flag').slice(0, 1).map((i) => i.id) };
      const a = engine.assess(answers, TUESDAY_10AM);
      out.push({ name: `screening result ${a.level.id} ${where}`, given: a.route.id, build: (feedback) => assessmentAnswer(engine, a, { personal, feedback }) });
    }
    for (const intent of TOPICS.filter((t) => engine.route(t))) out.push({ name: `topic ${intent} ${where}`, given: engine.route(intent)?.id ?? intent, build: text(intent) });
  }
  return out;
}

/** The feedback element: the question's TextBlock and the Yes / No submit buttons beside it. */
function feedbackOf(card: AdaptiveCard): { question: boolean; buttons: { title: string; data: Record<string, unknown> }[] } {
  const json = JSON.stringify(card);
  const buttons = cardNodes(card).flatMap((o) => {
    const data = o.data as Record<string, unknown> | undefined;
    return o.type === 'Action.Submit' && typeof data?.verb === 'string' && data.verb.startsWith('feedback.') ? [{ title: String(o.title), data }] : [];
  });
  return { question: json.includes(QUESTION), buttons };
}

describe.each(AREAS.map((a) => [a] as [Area]))('%s: every answer card asks "Was this the right answer?"', (area) => {
  const { pack } = engines[area];
  const cards = answerCards(area);

  it('covers the emergency, result, topic, escalation and "not sure" answers', () => {
    expect(cards.length).toBeGreaterThanOrEqual(2 * (6 + pack.levels.length));
    expect(cards.map((c) => c.given)).toEqual(expect.arrayContaining([UNSURE_ANSWER, ESCALATION_ANSWER, ...pack.levels.map((l) => pack.routes.find((r) => r.level === l.id)?.id)]));
  });

  it.each(cards.map((c) => [c.name, c] as const))('%s: the question, Yes and No with the route given and the pack version; under 600 bytes more; the card still valid', (_name, c) => {
    const card = c.build(true);
    const { question, buttons } = feedbackOf(card);
    expect(question).toBe(true);
    expect(buttons).toEqual([
      { title: 'Yes', data: { verb: FEEDBACK_VERBS.yes, given: c.given, pack: pack.id, version: pack.version } },
      { title: 'No', data: { verb: FEEDBACK_VERBS.no, given: c.given, pack: pack.id, version: pack.version } },
    ]);
    expect(isGivenAnswer(pack, c.given)).toBe(true);
    // The question is the last thing on the card, after the safety net.
    expect(JSON.stringify(card.body.at(-1))).toContain(QUESTION);
    const grown = Buffer.byteLength(JSON.stringify(card)) - Buffer.byteLength(JSON.stringify(c.build(false)));
    expect(grown).toBeGreaterThan(0);
    expect(grown).toBeLessThan(600);
    expect(auditCard(card)).toEqual([]);
  });

  it('the message extension’s private “Check next steps” card does not ask (its buttons could not reach the bot as a press)', () => {
    const { card } = nextStepsCard(engines[area], 'a child has unexplained bruises and is reluctant to change for PE', TUESDAY_10AM);
    expect(JSON.stringify(card)).toContain('Only you can see this');
    expect(feedbackOf(card)).toEqual({ question: false, buttons: [] });
  });

  it('help and contact look-ups are not answers: no question', () => {
    for (const intent of ['help', 'contact'] as Intent[]) {
      const card = answerFor(engines[area], recognition(engines[area], intent), 'who do I call', TUESDAY_10AM, { personal: true });
      expect(feedbackOf(card)).toEqual({ question: false, buttons: [] });
    }
  });

  it('after "No": every route of the pack but the one given, most serious level first, each a button carrying ids only', () => {
    const given = pack.routes.find((r) => r.level !== undefined && r.level !== pack.emergencyLevel)?.id as string;
    const card = buildFeedbackPickerCard({ pack, ref: { given, pack: pack.id, version: pack.version } });
    expect(auditCard(card)).toEqual([]);
    const text = JSON.stringify(card);
    expect(text).toContain('What was it about?');
    expect(text).toContain('999');
    const { buttons } = feedbackOf(card);
    expect(buttons.map((b) => b.data.chosen).sort()).toEqual(pack.routes.map((r) => r.id).filter((id) => id !== given).sort());
    expect(buttons[0]?.data.chosen).toBe(pack.routes.find((r) => r.level === pack.emergencyLevel)?.id);
    for (const b of buttons) {
      expect(b.data).toEqual({ verb: FEEDBACK_VERBS.route, given, pack: pack.id, version: pack.version, chosen: b.data.chosen });
      expect(b.title).toBe(answerTitle(pack, String(b.data.chosen)));
    }
  });

  it('no route of the pack takes an id the feedback reserves', () => {
    for (const reserved of ['yes', UNSURE_ANSWER]) expect(pack.routes.map((r) => r.id)).not.toContain(reserved);
  });
});

describe('the thanks after feedback', () => {
  const { pack } = engines.salford;
  const route = (id: string) => pack.routes.find((r) => r.id === id);
  const firstStep = (id: string) => route(id)?.steps[0]?.text as string;

  it('yes: one line of thanks and the reminder that the bot supports their judgement', () => {
    const line = feedbackThanks({ pack, given: 'early_help', chosen: 'yes', at: TUESDAY_10AM });
    expect(line).toBe('Thank you: I have noted that this was the right answer. This bot supports your professional judgement; it does not replace it.');
  });

  it.each([
    ['advice', 'emergency', '999'],
    ['early_help', 'risk_support', '0161 603 4500'],
    [UNSURE_ANSWER, 'more_help', '0161 603 4555'],
    ['lado', 'risk_support', '0161 603 4500'],
  ])('given %s, chose %s (a more serious level): the thanks, then that route’s first step with its number (%s), from the pack', (given, chosen, number) => {
    const line = feedbackThanks({ pack, given, chosen, at: TUESDAY_10AM });
    expect(line).toMatch(/^Thank you: I have noted that it was about “.+”\. This bot supports your professional judgement; it does not replace it\./);
    expect(line).toContain(answerTitle(pack, chosen));
    expect(line).toContain(firstStep(chosen));
    expect(firstStep(chosen)).toContain(number);
  });

  it('a more serious level whose first step names no number: the number of its first contact, or the out-of-hours service when closed', () => {
    expect(firstStep('early_help')).not.toMatch(/\d{4}/);
    const bridge = pack.contacts.find((c) => c.id === 'bridge');
    const edt = pack.contacts.find((c) => c.id === bridge?.outOfHours);
    const open = feedbackThanks({ pack, given: 'advice', chosen: 'early_help', at: TUESDAY_10AM });
    expect(open).toContain(firstStep('early_help'));
    expect(open).toContain(`Call ${bridge?.name} on ${bridge?.phones[0]?.number}.`);
    const closed = feedbackThanks({ pack, given: 'advice', chosen: 'early_help', at: SATURDAY });
    expect(closed).toContain(`Call ${edt?.name} on ${edt?.phones[0]?.number}.`);
  });

  it.each([
    ['emergency', 'advice'],
    ['risk_support', 'lado'],
    ['more_help', 'more_help'],
  ])('given %s, chose %s (not a more serious level): the thanks only', (given, chosen) => {
    const line = feedbackThanks({ pack, given, chosen, at: TUESDAY_10AM });
    expect(line).not.toContain('\n');
    expect(line).not.toContain(firstStep(chosen));
  });
});
