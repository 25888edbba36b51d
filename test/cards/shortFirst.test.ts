/**
 * Short first, detail on demand (issue 17, section 2), checked on every answer card of all three
 * packs: the first screen (what is visible before "More detail") holds what to do now, a
 * tap-to-call button (999 first on an emergency), the level in plain words and whether the
 * contact is open now, in at most 600 characters; every card is at most 12 KB and more than half
 * of them at most 6 KB; the detail is in a container that starts hidden and that the button opens.
 * The answer cards are every route as a topic, every indicator as a typed worry, the screening's
 * levels, the escalation ladder at every stage (and typed), the contacts answer (and a look-up of
 * every contact) and the "not sure" card (with and without one ambiguous word, and in another language).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cardNodes } from '../helpers/cardNodes';
import { answerFor, assessmentAnswer, buildWelcomeCard, contactCard, DETAILS_ID, escalationCard, firstScreenText, MORE_DETAIL, topicCard, type AdaptiveCard } from '../../cards';
import { AREAS, ladder, loadEngines, type Answers, type Engine, type Intent, type Recognition } from '../../rules';

const engines = loadEngines();
const WEEKDAY = new Date('2026-11-24T10:00:00Z'); // Tuesday 10am: front doors open
const SATURDAY = new Date('2026-11-28T14:00:00Z'); // front doors closed
const FIRST_SCREEN_MAX = 600;
const CARD_MAX = 12 * 1024;
const MOST_MAX = 6 * 1024;

/** Every text on the card, hidden or not (text blocks, facts, button titles). */
function visibleTexts(card: AdaptiveCard): string[] {
  return cardNodes([card.body, card.actions]).flatMap((n) => [
    ...(n.type === 'TextBlock' && typeof n.text === 'string' ? [n.text] : []),
    ...(typeof n.type === 'string' && n.type.startsWith('Action.') && typeof n.title === 'string' ? [n.title] : []),
  ]);
}

function recognition(intent: Intent, indicators: { id: string; matched: string[] }[]): Recognition {
  return { intent, also: [], indicators, negated: [], contacts: [], uncertain: false, confidence: 'high' };
}

interface Built {
  name: string;
  card: AdaptiveCard;
  /** The answer is a worry placed at a level (the front door's number must be on the first screen). */
  level: boolean;
  emergency: boolean;
}

/** Every answer card: each route as a topic, each indicator as a typed worry, the screening's levels, at open and closed times, in personal and group chats. */
function answerCards(engine: Engine): Built[] {
  const { pack } = engine;
  const out: Built[] = [];
  for (const at of [WEEKDAY, SATURDAY]) {
    const when = at === WEEKDAY ? 'weekday' : 'Saturday';
    for (const personal of [true, false]) {
      const where = personal ? 'personal' : 'channel';
      for (const r of pack.routes) out.push({ name: `${pack.id} route ${r.id} ${where} ${when}`, card: topicCard(engine, r.id, at, [], { personal }), level: false, emergency: false });
      for (const ind of pack.indicators) {
        const intent: Intent = ind.kind === 'red-flag' ? 'emergency' : 'concern';
        const phrase = ind.phrases[0] ?? ind.label;
        out.push({ name: `${pack.id} message ${ind.id} ${where} ${when}`, card: answerFor(engine, recognition(intent, [{ id: ind.id, matched: [phrase] }]), phrase, at, { personal }), level: true, emergency: intent === 'emergency' });
      }
      const screenings: [string, Answers][] = [
        ['immediate danger', { immediateDanger: 'yes' }],
        ['not sure of danger', { immediateDanger: 'not_sure' }],
        ['not sure of harm', { immediateDanger: 'no', homeAlone: 'no', harmUnsure: true }],
        ['no worries', { immediateDanger: 'no', homeAlone: 'no', needs: 'none', earlyHelp: 'none' }],
        ['some needs', { immediateDanger: 'no', homeAlone: 'no', needs: 'some', earlyHelp: 'none' }],
        ['complex needs', { immediateDanger: 'no', homeAlone: 'no', needs: 'complex', earlyHelp: 'not_working' }],
      ];
      for (const [name, answers] of screenings) {
        const a = engine.assess(answers, at);
        const emergency = a.level.id === pack.emergencyLevel;
        out.push({ name: `${pack.id} screening ${name} ${where} ${when}`, card: assessmentAnswer(engine, a, { personal, answers }), level: true, emergency });
      }
      // The escalation ladder from every stage, and as the answer to "escalate" typed (with the feedback question).
      for (const stage of [undefined, ...ladder(pack).map((x) => x.id)]) out.push({ name: `${pack.id} escalation ${stage ?? 'first'} ${where} ${when}`, card: escalationCard(engine, at, stage, personal), level: false, emergency: false });
      out.push({ name: `${pack.id} escalation typed ${where} ${when}`, card: answerFor(engine, recognition('escalation', []), 'escalate', at, { personal }), level: false, emergency: false });
      // The contacts answer, and a look-up of every contact by name.
      out.push({ name: `${pack.id} contacts ${where} ${when}`, card: answerFor(engine, recognition('contact', []), 'who do I call', at, { personal }), level: false, emergency: false });
      if (personal) for (const c of pack.contacts) out.push({ name: `${pack.id} look-up ${c.id} ${when}`, card: contactCard(engine, c.name, at), level: false, emergency: false });
      // "Not sure": a worry the bot could not place, one ambiguous word set aside, a message in another language.
      const harm = pack.indicators.find((i) => i.kind === 'harm');
      out.push({ name: `${pack.id} not sure ${where} ${when}`, card: answerFor(engine, recognition('unsure', []), 'something is not right', at, { personal }), level: false, emergency: false });
      out.push({ name: `${pack.id} not sure, another language ${where} ${when}`, card: answerFor(engine, recognition('non_english', []), 'je suis inquiet', at, { personal }), level: false, emergency: false });
      if (harm) out.push({ name: `${pack.id} not sure, one word ${where} ${when}`, card: answerFor(engine, { ...recognition('unsure', []), setAside: [{ id: harm.id, matched: ['bruises'] }] }, 'bruises', at, { personal }), level: false, emergency: false });
    }
  }
  return out;
}

/** The card's size as sent: its JSON in UTF-8. */
const bytes = (card: AdaptiveCard): number => Buffer.byteLength(JSON.stringify(card), 'utf8');

const all = AREAS.flatMap((area) => answerCards(engines[area]).map((b) => ({ area, ...b })));

describe('short first, detail on demand', () => {
  it.each(AREAS)('%s: every answer card has a "More detail" button that opens a hidden container of the card', (area) => {
    for (const { name, card } of all.filter((b) => b.area === area)) {
      const json = JSON.stringify(card);
      expect(json, name).toContain(`"title":"${MORE_DETAIL}"`);
      expect(json, name).toContain(`"targetElements":["${DETAILS_ID}"]`);
      expect(json, name).toMatch(new RegExp(`"id":"${DETAILS_ID}","isVisible":false`));
    }
  });

  it.each(AREAS)('%s: the first screen of every answer card is at most 600 characters of visible text', (area) => {
    const over: string[] = [];
    for (const { name, card } of all.filter((b) => b.area === area)) {
      const chars = firstScreenText(card).join('\n').length;
      if (chars > FIRST_SCREEN_MAX) over.push(`${name}: ${chars}`);
    }
    expect(over).toEqual([]);
  });

  it.each(AREAS)('%s: the first screen says what to do now, gives a number to tap, and the contact open now or what to use instead', (area) => {
    const { pack } = engines[area];
    const police = pack.contacts.find((c) => c.id === pack.emergencyContact)?.phones[0]?.number ?? '999';
    const door = pack.contacts.find((c) => c.id === pack.frontDoor);
    for (const { name, card, level, emergency } of all.filter((b) => b.area === area)) {
      const first = firstScreenText(card);
      const calls = first.filter((t) => /^Call /.test(t) && /\d/.test(t));
      // A number to tap, unless the guidance gives none for the contact (then the first screen says so).
      if (calls.length === 0) expect(first.join('\n'), `${name}: a number to tap, or why there is none`).toMatch(/no (phone )?number|do not guess|does not give/i);
      else expect(calls.length).toBeGreaterThan(0);
      if (emergency) {
        // 999 first: the heading and the first call button.
        expect(first[0], name).toBe(`Call ${police} now`);
        expect(calls[0], name).toContain(police);
      }
      if (level && door?.phones[0]) {
        // A worry at any level brings the front door's number (or, while it is closed, the service to use instead) to the first screen.
        const text = first.join('\n');
        const doorOrInstead = door.phones.some((p) => text.includes(p.number)) || /Closed now|closed now/.test(text);
        expect(doorOrInstead, `${name}: the front door's number`).toBe(true);
        expect(text, `${name}: the level in plain words`).toMatch(/Level of need: /);
      }
      // 999 is always open: a card whose only number is 999 has no other contact to say is open.
      if (calls.length > 0 && calls.every((c) => c.includes(police) && !/\d{4}/.test(c))) continue;
      // The guidance gives no number for the contact: the first screen says so instead.
      if (/no (phone )?number|does not give/i.test(first.join('\n'))) continue;
      expect(first.join('\n'), `${name}: open now or what to use instead`).toMatch(/open now|open any time|closed now|Closed now|Hours|Monday/i);
    }
  });

  afterAll(() => {
    // What the report quotes (issue 17's card targets), over every answer card above.
    const sizes = all.map(({ name, card }) => ({ name, bytes: bytes(card) })).sort((a, b) => a.bytes - b.bytes);
    const top = sizes[sizes.length - 1];
    const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
    console.log(`answer cards: ${sizes.length}; largest ${top?.name} ${kb(top?.bytes ?? 0)}; median ${kb(sizes[sizes.length >> 1]?.bytes ?? 0)}; at most 6 KB: ${sizes.filter((s) => s.bytes <= MOST_MAX).length} (${Math.round((100 * sizes.filter((s) => s.bytes <= MOST_MAX).length) / sizes.length)} %)`);
  });

  it.each(AREAS)('%s: every answer card is at most 12 KB', (area) => {
    const sizes = all.filter((b) => b.area === area).map(({ name, card }) => ({ name, bytes: bytes(card) }));
    expect(sizes.filter((s) => s.bytes > CARD_MAX)).toEqual([]);
  });

  it.each(AREAS)('%s: more than half of the answer cards are at most 6 KB', (area) => {
    const sizes = all.filter((b) => b.area === area).map(({ card }) => bytes(card));
    expect(sizes.filter((s) => s <= MOST_MAX).length / sizes.length).toBeGreaterThan(0.5);
  });

  it('every kind of answer card is there, and the escalation, contacts and not-sure cards have the short first screen too', () => {
    for (const kind of ['route', 'message', 'screening', 'escalation', 'contacts', 'look-up', 'not sure']) expect(all.some((b) => b.name.includes(` ${kind} `)), kind).toBe(true);
    const { pack } = engines.salford;
    const esc = all.find((b) => b.name === 'salford escalation typed personal weekday');
    const first = firstScreenText(esc?.card as AdaptiveCard);
    expect(first[0]).toBe('Challenging a decision: escalation');
    expect(first[1]).toMatch(/^Your next step: /);
    expect(first.find((t) => t.startsWith('Call '))).toBe('Call 999');
    // At the Practice Manager stage, the Bridge's number is a tap away, after 999, with whether it is open now.
    const manager = firstScreenText(all.find((b) => b.name === 'salford escalation practice_manager personal weekday')?.card as AdaptiveCard);
    expect(manager.filter((t) => t.startsWith('Call '))).toEqual(['Call 999', 'Call The Bridge Partnership 0161 603 4500']);
    expect(manager).toContain('The Bridge Partnership is open now.');
    // The ladder's stages are behind the button.
    expect(first.join('\n')).not.toContain('The steps, in order');
    expect(visibleTexts(esc?.card as AdaptiveCard).join('\n')).toContain('The steps, in order');
    const unsure = firstScreenText(all.find((b) => b.name === 'salford not sure, one word personal weekday')?.card as AdaptiveCard);
    expect(unsure.slice(0, 2)).toEqual(['I am not sure I have understood', 'First: is the child in immediate danger, or home alone?']);
    expect(unsure.filter((t) => t.startsWith('Call '))).toEqual(['Call 999', 'Call The Bridge Partnership 0161 603 4500']);
    expect(unsure.join('\n')).toContain('Is there a clear explanation for it that fits?');
    const contacts = firstScreenText(all.find((b) => b.name === 'salford contacts personal weekday')?.card as AdaptiveCard);
    expect(contacts.filter((t) => t.startsWith('Call '))).toEqual(['Call 999', 'Call The Bridge Partnership 0161 603 4500']);
    expect(contacts.join('\n')).toContain('The Bridge Partnership is open now.');
    expect(pack.frontDoor).toBe('bridge');
  });

  it.each(AREAS)('%s: the first screen does not repeat a step the detail gives', (area) => {
    for (const { name, card } of all.filter((b) => b.area === area)) {
      const first = firstScreenText(card).filter((t) => t.startsWith('Do now: ')).map((t) => t.slice('Do now: '.length));
      const rest = visibleTexts(card).filter((t) => /^\d+\. /.test(t)).map((t) => t.replace(/^\d+\. /, ''));
      for (const f of first) expect(rest, name).not.toContain(f);
    }
  });

  it('the information-sharing answer: one line of answer first, the rest behind More detail', () => {
    const engine = engines.salford;
    const card = topicCard(engine, 'info_sharing', WEEKDAY, [], { personal: true });
    const first = firstScreenText(card).join('\n');
    expect(first).toContain('Sharing information');
    expect(first).toContain('Yes, you can share information to keep a child safe');
    expect(first).toMatch(/Call [^\n]*0161 603 4500/);
    // The sections (what to record, telling the parents) are behind the button, not on the first screen.
    expect(first).not.toContain('What to record');
    expect(first).not.toContain('Do I need to tell the parents?');
    expect(visibleTexts(card).join('\n')).toContain('What to record about your decision');
  });

  it('the welcome card sent in answer to something typed does not ask to be told in your own words', () => {
    const { pack } = engines.salford;
    expect(visibleTexts(buildWelcomeCard({ pack, personal: true })).join('\n')).toContain('Tell me in your own words');
    expect(visibleTexts(buildWelcomeCard({ pack, personal: true, answering: true })).join('\n')).not.toContain('Tell me in your own words');
    const typed = answerFor(engines.salford, engines.salford.recognise('thanks'), 'thanks', WEEKDAY, { personal: true });
    expect(visibleTexts(typed).join('\n')).not.toContain('Tell me in your own words');
  });
});
