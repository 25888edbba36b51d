/**
 * The root dialog and the screening questions, turn by turn, with botbuilder-testing's
 * DialogTestClient, MemoryStorage and a fixed clock: every answer to every question
 * (cards and typed), "not sure", back, start again, cancel, a red flag typed mid-dialog,
 * a stale button from an earlier question and tampered card data.
 */
import { AutoSaveStateMiddleware, ConversationState, MemoryStorage, type Middleware, type TurnContext, UserState } from 'botbuilder';
import { DialogTestClient } from 'botbuilder-testing';
import { describe, expect, it, vi } from 'vitest';
import { MainDialog } from '../../dialogs/triage/mainDialog';
import { questionsFor, type Question } from '../../dialogs/triage/questions';
import { ScreeningDialog } from '../../dialogs/triage/screeningDialog';
import { addHeld, type TriageServices } from '../../dialogs/core/services';
import { AREAS, loadEngines, type Area } from '../../rules';
import { conversationTypeMiddleware, say as sayTo, type DialogReply } from '../helpers/dialogs';

const engines = loadEngines();
const TUESDAY_10AM = new Date('2026-11-24T10:00:00Z');
const QUESTIONS = questionsFor(engines.salford.pack);
const TOTAL = QUESTIONS.length;
const BRIDGE = '0161 603 4500';

type Reply = DialogReply<{ actions?: { title?: string; data?: Record<string, unknown> }[]; body?: unknown[]; fallbackText: string }>;

function newClient(opts: { area?: Area; conversationType?: 'personal' | 'channel' } = {}) {
  const storage = new MemoryStorage();
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);
  const profile = userState.createProperty<{ area?: Area }>('profile');
  const services: TriageServices = {
    engines,
    clock: () => TUESDAY_10AM,
    areaFor: async (ctx: TurnContext) => (await profile.get(ctx, {}))?.area ?? opts.area ?? 'salford',
    setArea: async (ctx, area) => profile.set(ctx, { area }),
    heldAbout: async (ctx) => {
      const area = (await profile.get(ctx, {}))?.area;
      return addHeld(area ? { area: engines[area].pack.area } : {});
    },
    forgetUser: async (ctx) => {
      const area = (await profile.get(ctx, {}))?.area;
      await userState.delete(ctx);
      await conversationState.delete(ctx);
      return addHeld(area ? { area: engines[area].pack.area } : {});
    },
    staleAfterDays: 183,
  };
  const middlewares: Middleware[] = [new AutoSaveStateMiddleware(userState)];
  if (opts.conversationType) middlewares.unshift(conversationTypeMiddleware(opts.conversationType));
  const dialog = new MainDialog(services, new ScreeningDialog(services));
  const client = new DialogTestClient('msteams', dialog, undefined, middlewares, conversationState);
  return client;
}

type Client = ReturnType<typeof newClient>;


const say = (client: Client, input: string | Record<string, unknown>): Promise<Reply[]> => sayTo<NonNullable<Reply['card']>>(client, input);

const isQuestion = (r: Reply | undefined, n: number) => r?.fallback.startsWith(`Question ${n} of ${TOTAL}:`) ?? false;
const isEmergency = (r: Reply | undefined) => r?.fallback.startsWith('Call 999 now') ?? false;
const isResult = (r: Reply | undefined) => /Level of need:/.test(r?.fallback ?? '') && !isEmergency(r);
const lastCard = (rs: Reply[]) => [...rs].reverse().find((r) => r.card);
const answer = (q: Question, value: string) => ({ verb: 'screen.answer', question: q.id, answer: value });
const multi = (q: Question, values: string[]) => ({ verb: 'screen.answer', question: q.id, answer: '__multi__', choices: values.join(',') });

/** A safe answer for each question, to walk past it. */
function safeAnswer(q: Question): Record<string, unknown> {
  if (q.multi) return multi(q, [q.choices[0]?.value ?? 'none']);
  const pick = q.choices.find((c) => c.value === 'no' || c.value === 'none' || c.value === 'some') ?? q.choices[0];
  return answer(q, pick?.value ?? '');
}

/** Starts the screening and answers the first `count` questions safely; returns the replies to the last step. */
async function walkTo(client: Client, count: number): Promise<Reply[]> {
  let replies = await say(client, 'worried');
  expect(isQuestion(lastCard(replies), 1)).toBe(true);
  for (let i = 0; i < count; i++) {
    replies = await say(client, safeAnswer(QUESTIONS[i] as Question));
    if (i + 1 < TOTAL) expect(isQuestion(lastCard(replies), i + 2), `after answering ${QUESTIONS[i]?.id}`).toBe(true);
  }
  return replies;
}

describe('screening dialog: every answer to every question (Salford)', () => {
  const cases = QUESTIONS.flatMap((q, i) => q.choices.map((c) => [i + 1, q.id, c.title, q, c.value] as const));

  it.each(cases)('Q%i %s → %s', async (n, id, _title, q, value) => {
    const client = newClient();
    await walkTo(client, n - 1);
    const replies = await say(client, q.multi ? multi(q, [value]) : answer(q, value));
    const card = lastCard(replies);
    const redFlagQuestion = id === 'immediateDanger' || id === 'homeAlone';
    if (redFlagQuestion && value !== 'no') {
      // "Yes" and "Not sure" to a red-flag question: 999 at once, no more questions.
      expect(isEmergency(card)).toBe(true);
      expect(card?.json).toContain(BRIDGE);
      if (value === 'not_sure') expect(card?.json).toMatch(/not sure/i);
    } else if (n === TOTAL) {
      expect(isResult(card)).toBe(true);
      expect(card?.json).toContain(BRIDGE);
      if (value === 'not_sure') expect(card?.json).toContain('You answered “not sure”, so this shows the safer route');
    } else {
      expect(isQuestion(card, n + 1)).toBe(true);
    }
  });

  it('answering every question "Not sure" after the red flags gives the safer route and says so', async () => {
    const client = newClient();
    await walkTo(client, 2);
    let replies: Reply[] = [];
    for (const q of QUESTIONS.slice(2)) replies = await say(client, q.multi ? multi(q, ['not_sure']) : answer(q, 'not_sure'));
    const card = lastCard(replies);
    expect(isResult(card)).toBe(true);
    expect(card?.json).toContain('You answered “not sure”, so this shows the safer route');
    // Harm "not sure" counts as the most serious harm level: the Bridge, not universal services.
    const safe = engines.salford.assess({ immediateDanger: 'no', homeAlone: 'no', indicators: [], needs: 'none', earlyHelp: 'none', ageBand: '5_to_11', familyKnows: 'yes', locality: 'not_sure' }, TUESDAY_10AM);
    const unsure = engines.salford.assess({ immediateDanger: 'no', homeAlone: 'no', indicators: [], harmUnsure: true, needs: 'not_sure', earlyHelp: 'not_sure', ageBand: 'not_sure', familyKnows: 'not_sure', locality: 'not_sure' }, TUESDAY_10AM);
    expect(unsure.level.rank).toBeGreaterThan(safe.level.rank);
    expect(card?.fallback).toContain(`Level of need: ${unsure.level.name}`);
  });
});

describe('screening dialog: typed answers', () => {
  it.each([
    ['no', 'n', 2],
    ['nope', 'No.', 2],
    ['not sure', null, 0],
    ["don't know", null, 0],
  ] as const)('"%s" to question 1', async (typed, _alt, nextQ) => {
    const client = newClient();
    await say(client, 'worried');
    const replies = await say(client, typed);
    const card = lastCard(replies);
    if (nextQ) expect(isQuestion(card, nextQ)).toBe(true);
    else expect(isEmergency(card)).toBe(true); // not sure → the safer branch: 999
  });

  it('types every answer through to a result (harms as a comma list)', async () => {
    const client = newClient();
    await say(client, 'worried');
    const harms = QUESTIONS.find((q) => q.multi) as Question;
    const typed: Record<string, string> = {
      immediateDanger: 'no',
      homeAlone: 'No',
      harms: `${harms.choices[0]?.title}, ${harms.choices[2]?.title}`, // titles without commas of their own
      needs: 'some extra support',
      earlyHelp: 'no',
      ageBand: '12 to 15',
      familyKnows: 'yes, they know and agree',
    };
    let replies: Reply[] = [];
    for (const [i, q] of QUESTIONS.entries()) {
      replies = await say(client, typed[q.id] ?? q.choices[0]?.title ?? '');
      if (i + 1 < TOTAL) expect(isQuestion(lastCard(replies), i + 2), `typed ${typed[q.id]} for ${q.id}`).toBe(true);
    }
    expect(isResult(lastCard(replies))).toBe(true);
  });

  it('an unreadable typed answer re-asks the same question with a hint (never a dead end)', async () => {
    const client = newClient();
    await say(client, 'worried');
    const replies = await say(client, 'purple');
    expect(replies.map((r) => r.text).join(' ')).toMatch(/choose one of the answers/i);
    expect(isQuestion(lastCard(replies), 1)).toBe(true);
  });
});

describe('screening dialog: back, start again, cancel', () => {
  it.each(QUESTIONS.slice(1).map((q, i) => [i + 2, q.id] as const))('Back at Q%i (%s) goes to the previous question', async (n) => {
    const client = newClient();
    await walkTo(client, n - 1);
    expect(isQuestion(lastCard(await say(client, { verb: 'screen.back' })), n - 1)).toBe(true);
    // and typed
    await say(client, safeAnswer(QUESTIONS[n - 2] as Question));
    expect(isQuestion(lastCard(await say(client, 'back')), n - 1)).toBe(true);
  });

  it('Back on the first question stays on it', async () => {
    const client = newClient();
    await say(client, 'worried');
    expect(isQuestion(lastCard(await say(client, { verb: 'screen.back' })), 1)).toBe(true);
  });

  it('Back keeps the earlier answer ticked on the harms question', async () => {
    const client = newClient();
    await walkTo(client, 2);
    const harms = QUESTIONS[2] as Question;
    const pick = harms.choices[1]?.value as string;
    await say(client, multi(harms, [pick]));
    const card = lastCard(await say(client, { verb: 'screen.back' }));
    expect(isQuestion(card, 3)).toBe(true);
    expect(card?.json).toContain(`"value":"${pick}"`);
  });

  it.each(QUESTIONS.map((q, i) => [i + 1, q.id] as const))('Start again at Q%i (%s): button and typed', async (n) => {
    const client = newClient();
    await walkTo(client, n - 1);
    const restarted = lastCard(await say(client, { verb: 'screen.restart' }));
    expect(isQuestion(restarted, 1)).toBe(true);
    // The earlier answers are gone: answering "no" twice reaches question 3 afresh.
    await say(client, answer(QUESTIONS[0] as Question, 'no'));
    expect(isQuestion(lastCard(await say(client, answer(QUESTIONS[1] as Question, 'no'))), 3)).toBe(true);
    const client2 = newClient();
    await walkTo(client2, n - 1);
    expect(isQuestion(lastCard(await say(client2, 'start again')), 1)).toBe(true);
  });

  it.each(QUESTIONS.map((q, i) => [i + 1, q.id] as const))('Cancel at Q%i (%s): button and typed, 999 still given', async (n) => {
    for (const cancel of [{ verb: 'screen.cancel' }, 'cancel']) {
      const client = newClient();
      await walkTo(client, n - 1);
      const replies = await say(client, cancel);
      expect(replies.map((r) => r.text).join(' ')).toMatch(/Cancelled.*999/);
      // The dialog has ended: an answer button now says so rather than answering.
      const after = await say(client, answer(QUESTIONS[n - 1] as Question, 'no'));
      expect(after.map((r) => r.text).join(' ')).toMatch(/Those questions have ended/);
    }
  });

  it('"start again" outside the screening starts it', async () => {
    const client = newClient();
    expect(isQuestion(lastCard(await say(client, 'start again')), 1)).toBe(true);
  });
});

describe('screening dialog: red flags typed mid-dialog', () => {
  it.each(QUESTIONS.map((q, i) => [i + 1, q.id] as const))('at Q%i (%s): the emergency card at once, then the questions carry on', async (n) => {
    const client = newClient();
    await walkTo(client, n - 1);
    const replies = await say(client, 'the child has been left home alone and I cannot reach the parents');
    expect(isEmergency(replies[0])).toBe(true); // first thing sent: no question first
    expect(replies[0]?.json).toContain(BRIDGE);
    expect(replies.map((r) => r.text).join(' ')).toMatch(/kept: carry on/);
    // The waiting question is shown again after the emergency card, and still waits for its answer.
    expect(isQuestion(lastCard(replies), n)).toBe(true);
    const q = QUESTIONS[n - 1] as Question;
    const next = lastCard(await say(client, safeAnswer(q)));
    if (n < TOTAL) expect(isQuestion(next, n + 1)).toBe(true);
    else expect(isResult(next)).toBe(true);
  });

  it('negated danger typed mid-dialog is not an emergency, but a disclosed risk is not hidden', async () => {
    const client = newClient();
    await walkTo(client, 2);
    const replies = await say(client, 'she is safe now, not in immediate danger, but she told me her stepdad hits her');
    const card = lastCard(replies);
    expect(isEmergency(card)).toBe(false);
    expect(card?.json).toContain(BRIDGE);
  });

  it('words typed mid-dialog are read once in the turn, though three steps look at them', async () => {
    const client = newClient();
    await walkTo(client, 2);
    const text = 'she told me her stepdad hits her and leaves marks';
    const spy = vi.spyOn(engines.salford, 'recognise');
    try {
      const replies = await say(client, text);
      // The red-flag check, the screening and the root dialog it hands the words to all use one reading.
      expect(spy.mock.calls.filter(([t]) => t === text)).toHaveLength(1);
      const card = lastCard(replies);
      expect(isResult(card)).toBe(true);
      expect(card?.json).toContain(BRIDGE);
    } finally {
      spy.mockRestore();
    }
  });
});

describe('screening dialog: stale and tampered buttons', () => {
  it('a button from an earlier question is not taken as an answer to this one', async () => {
    const client = newClient();
    await walkTo(client, 3);
    const replies = await say(client, answer(QUESTIONS[0] as Question, 'yes'));
    expect(replies.map((r) => r.text).join(' ')).toMatch(/earlier question/);
    expect(isQuestion(lastCard(replies), 4)).toBe(true);
    expect(replies.some(isEmergency)).toBe(false);
  });

  it.each([
    ['an answer that is not a choice', { verb: 'screen.answer', question: 'homeAlone', answer: 'maybe' }, /choose one of the answers/],
    ['an overlong value', { verb: 'screen.answer', question: 'homeAlone', answer: 'x'.repeat(500) }, /could not read that answer/],
    ['a harm that is not in the pack', { verb: 'screen.answer', question: 'harms', answer: '__multi__', choices: 'made_up_harm' }, /earlier question|choose one/],
    ['no verb at all', { question: 'homeAlone', answer: 'no' }, /could not read that answer/],
    ['an unknown verb', { verb: 'screen.teleport' }, /could not read that answer/],
  ] as const)('%s: re-asks the current question, acts on nothing', async (_name, value, message) => {
    const client = newClient();
    await walkTo(client, 1);
    const replies = await say(client, value);
    expect(replies.map((r) => r.text).join(' ')).toMatch(message);
    expect(isQuestion(lastCard(replies), 2)).toBe(true);
  });

  it('an empty harms tick list re-asks harms', async () => {
    const client = newClient();
    await walkTo(client, 2);
    const replies = await say(client, multi(QUESTIONS[2] as Question, []));
    expect(isQuestion(lastCard(replies), 3)).toBe(true);
  });

  it('tampered data outside the screening gets the friendly error card with 999 and the Bridge', async () => {
    const client = newClient();
    const replies = await say(client, { verb: 'area.set', area: '../../etc/passwd' });
    const card = lastCard(replies);
    expect(card?.json).toContain('I could not read that');
    expect(card?.json).toContain('999');
    expect(card?.json).toContain(BRIDGE);
  });
});

describe('root dialog: commands', () => {
  it('help → the welcome card', async () => {
    const card = lastCard(await say(newClient(), 'help'));
    expect(card?.json).toContain('999');
    expect(card?.json).toContain(BRIDGE);
  });

  it('contacts → the contacts card', async () => {
    const card = lastCard(await say(newClient(), 'contacts'));
    expect(card?.fallback).toContain('Who to contact in Salford');
    expect(card?.json).toContain(BRIDGE);
  });

  it('escalate → the ladder with the first stage as the next step', async () => {
    const card = lastCard(await say(newClient(), 'escalate'));
    expect(card?.fallback).toMatch(/^Escalation\. Your next step:/);
  });

  it('area is remembered per user; each area gives its own front door', async () => {
    const client = newClient();
    const shown = lastCard(await say(client, 'area'));
    expect(shown?.fallback).toMatch(/^Your area is Salford/);
    // One button per area, each setting it.
    expect(shown?.card?.actions?.map((a) => a.title)).toEqual(['Salford', 'Bury', 'Nottingham City']);
    expect((await say(client, 'area bury'))[0]?.text).toMatch(/now Bury/);
    const bury = engines.bury.pack.contacts.find((c) => c.id === engines.bury.pack.frontDoor)?.name as string;
    const card = lastCard(await say(client, 'contacts'))?.json;
    expect(card).toContain(bury);
    expect(card).not.toContain(BRIDGE);
    expect(lastCard(await say(client, 'area narnia'))?.fallback).toMatch(/^Your area is Bury.*Salford, Bury, Nottingham City/);
  });

  it('forget me asks first, listing the area; Cancel keeps it, "Delete all of this" deletes it', async () => {
    const client = newClient();
    await say(client, 'area nottingham');
    const ask = lastCard(await say(client, 'forget me'));
    expect(ask?.fallback).toMatch(/^Forget me: I would delete the area you chose \(Nottingham City\)/);
    expect(ask?.card?.actions?.map((a) => a.title)).toEqual(['Delete all of this', 'Cancel']);
    expect((await say(client, { verb: 'forget.cancel' }))[0]?.text).toBe('Cancelled: I have not deleted anything.');
    expect(lastCard(await say(client, 'area'))?.fallback).toMatch(/^Your area is Nottingham City/);
    await say(client, 'forget me');
    const done = (await say(client, { verb: 'forget.confirm' }))[0]?.text ?? '';
    expect(done).toMatch(/^Done\. I have deleted the area you chose \(Nottingham City\) and anything you were in the middle of/);
    expect(done).toContain('stay in Teams’ chat history');
    expect(done).toContain('999');
    expect(lastCard(await say(client, 'area'))?.fallback).toMatch(/^Your area is Salford/);
  });

  it('an unrecognised message gets a useful reply with 999 and the Bridge', async () => {
    const card = lastCard(await say(newClient(), 'qwerty zxcv'));
    expect(card?.json).toContain('999');
    expect(card?.json).toContain(BRIDGE);
  });

  it.each(AREAS.map((a) => [a] as const))('%s: a full walk by buttons ends in a result card with that area’s front door', async (area) => {
    const client = newClient({ area });
    const qs = questionsFor(engines[area].pack);
    let replies = await say(client, 'worried');
    for (const q of qs) replies = await say(client, safeAnswer(q));
    const card = lastCard(replies);
    expect(/Level of need:/.test(card?.fallback ?? '')).toBe(true);
    const door = engines[area].pack.contacts.find((c) => c.id === engines[area].pack.frontDoor);
    expect(card?.json).toContain(door?.name);
  });
});

describe('root dialog: outside a personal chat', () => {
  it.each([
    'I called the Bridge yesterday and they said to wait',
    'we named them in the plan as a child in need',
  ])('no privacy warning when no child’s name is given: "%s"', async (text) => {
    const replies = await say(newClient({ conversationType: 'channel' }), text);
    expect(replies.map((r) => r.text + r.fallback).join(' ')).not.toMatch(/Please do not share/);
  });

  it.each(['the girl is called Jamie and has bruises', 'her name is Jamie', 'a boy born on 3 April 2016 has bruises'])('privacy warning in a channel: "%s"', async (text) => {
    const replies = await say(newClient({ conversationType: 'channel' }), text);
    expect(replies[0]?.fallback).toMatch(/Please do not share a child’s name or date of birth/);
    expect(JSON.stringify(replies)).not.toContain('Jamie');
  });

  it('a date of birth typed in a channel gets the privacy warning and is not echoed', async () => {
    const client = newClient({ conversationType: 'channel' });
    const replies = await say(client, 'worried about a boy, DOB 12/03/2015, he has bruises on his arms');
    const all = replies.map((r) => r.text + r.json).join(' ');
    expect(replies[0]?.fallback).toMatch(/Please do not share a child’s name or date of birth/);
    expect(all).not.toContain('12/03/2015');
    expect(all).toContain(BRIDGE);
  });
});

describe('screening: "Complex needs: several services" gives the level each area’s guidance gives it', () => {
  const needsQ = QUESTIONS.find((q) => q.id === 'needs') as Question;
  const earlyHelpQ = QUESTIONS.find((q) => q.id === 'earlyHelp') as Question;
  /** The value of the choice a practitioner sees with this title. */
  const choice = (q: Question, title: string) => {
    const c = q.choices.find((x) => x.title === title);
    if (!c) throw new Error(`no choice "${title}" on ${q.id}: ${q.choices.map((x) => x.title).join(', ')}`);
    return c.value;
  };

  /**
   * Walks the area's whole screening by buttons, answering "No", "None of these" or the first choice (as `safeAnswer`
   * does, but no harm ticked) except where an answer is given; returns the result card.
   */
  async function resultIn(area: Area, picks: Partial<Record<Question['id'], string>>): Promise<Reply> {
    const client = newClient({ area });
    const qs = questionsFor(engines[area].pack);
    let replies = await say(client, 'worried');
    for (const [i, q] of qs.entries()) {
      expect(lastCard(replies)?.fallback, `before ${q.id}`).toMatch(new RegExp(`^Question ${i + 1} of ${qs.length}:`));
      const pick = picks[q.id];
      replies = await say(client, pick !== undefined ? answer(q, pick) : q.multi ? multi(q, [choice(q, 'None of these')]) : safeAnswer(q));
    }
    const card = lastCard(replies);
    if (!card || !isResult(card)) throw new Error(`no result card: ${card?.fallback}`);
    return card;
  }

  /** Every text block's text on a card, in reading order. */
  const textsOf = (card: Reply): string[] => {
    const out: string[] = [];
    const walk = (n: unknown): void => {
      if (Array.isArray(n)) n.forEach(walk);
      else if (n && typeof n === 'object') {
        const o = n as Record<string, unknown>;
        if (o.type === 'TextBlock' && typeof o.text === 'string') out.push(o.text);
        Object.values(o).forEach(walk);
      }
    };
    walk(card.card?.body);
    return out;
  };
  /** The first contact the card lists under "Who to contact". */
  const firstContact = (card: Reply): string | undefined => {
    const texts = textsOf(card);
    const at = texts.indexOf('Who to contact');
    return at < 0 ? undefined : texts.slice(at + 1).find((t) => t.startsWith('**'));
  };

  // Bury (seed 004): "Level 3 (Team Around the Family, TAF) represents children with additional needs that can be
  // met by targeted support by a multi-agency support package with consent"; level 4 is needs that persist
  // and have not been met by targeted support.
  it('Bury: "Complex needs: several services" shows Level 3, the Team Around the Family, with the Early Help Consultant first (was Level 4, Child in Need)', async () => {
    const card = await resultIn('bury', { needs: choice(needsQ, 'Complex needs: several services') });
    expect(card.fallback).toMatch(/^Level 3: Team Around the Family\. /);
    expect(card.fallback).toContain('Level of need: Level 3: Team Around the Family (TAF). The child has additional needs that need a support package from more than one agency');
    // The contact on the first screen, and first in the list: Bury's guidance gives no number for it, and the card says so.
    expect(card.fallback).toContain('The Bury thresholds guidance gives no phone number or email for the Early Help Consultants.');
    expect(firstContact(card)).toMatch(/^\*\*Early Help Consultant \(Team Oasis\)\*\*\. The Bury thresholds guidance gives no phone number or email for the Early Help Consultants\./);
    expect(textsOf(card)).toContain('• The family has complex needs that need several services. That means at least Level 3: Team Around the Family (TAF).');
    expect(card.json).toContain('Bury thresholds guidance: “Level 3”');
    expect(card.fallback).toContain('A child in immediate danger or home alone: call 999.');
    expect(card.json).not.toMatch(/Child in Need \(CIN\)|Level 4/);
    expect(card.json).not.toContain('You answered “not sure”');
  });

  it('Bury: "Not sure" how complex shows Level 3 as the safer route and says so', async () => {
    const card = await resultIn('bury', { needs: choice(needsQ, 'Not sure') });
    expect(card.fallback).toContain('Level of need: Level 3: Team Around the Family (TAF). You were not sure, so this shows the safer route in case it is so.');
    expect(firstContact(card)).toMatch(/^\*\*Early Help Consultant \(Team Oasis\)\*\*/);
    expect(card.json).toContain('You answered “not sure”, so this shows the safer route');
  });

  it('Bury: "Some extra support" shows Level 2, one agency', async () => {
    const card = await resultIn('bury', { needs: choice(needsQ, 'Some extra support') });
    expect(card.fallback).toContain('Level of need: Level 2: Targeted support from one agency.');
  });

  it('Bury: complex needs with early help in place that is not meeting them shows Level 4, Child in Need, with the MASH first', async () => {
    const card = await resultIn('bury', {
      needs: choice(needsQ, 'Complex needs: several services'),
      earlyHelp: choice(earlyHelpQ, 'Yes, but needs are not being met'),
    });
    expect(card.fallback).toContain('Level of need: Level 4: Child in Need (CIN).');
    expect(card.fallback).toContain('The Bury thresholds guidance gives no phone number or email for the MASH.');
    expect(firstContact(card)).toMatch(/^\*\*Multi Agency Safeguarding Hub \(MASH\)\*\*/);
  });

  // Nottingham (seed 003, Family Support Pathway): "Extensive: ... a range of increasing problems that require extensive
  // multi-agency support"; Child in Need is the statutory definition, not a count of services.
  it('Nottingham: "Complex needs: several services" shows Extensive (targeted help) with Children and Families Direct (was Child in need)', async () => {
    const card = await resultIn('nottingham', { needs: choice(needsQ, 'Complex needs: several services') });
    expect(card.fallback).toContain('Level of need: Extensive (targeted help).');
    expect(card.json).toContain('Children and Families Direct');
    expect(card.json).toContain('0115 876 4800');
    expect(card.json).not.toContain('Child in need (specialist help)');
  });

  it('Salford: "Complex needs: several services" shows Getting More Help with the Bridge, as before', async () => {
    const card = await resultIn('salford', { needs: choice(needsQ, 'Complex needs: several services') });
    expect(card.fallback).toContain('Level of need: Getting More Help.');
    expect(card.json).toContain(BRIDGE);
  });
});
