/**
 * Referral help through the root dialog, turn by turn (DialogTestClient, memory
 * storage, fixed clock): the checklist from the result card and the typed command,
 * ticks kept in conversation state, recording help and the strengths note,
 * information-sharing answers from free text, the private fostering check with
 * its edge cases, and the disability check.
 */
import { ConversationState, MemoryStorage, type Middleware } from 'botbuilder';
import { DialogTestClient } from 'botbuilder-testing';
import { describe, expect, it } from 'vitest';
import { MainDialog } from '../../dialogs/triage/mainDialog';
import { createReferralHelp, type ReferralTicks } from '../../dialogs/referral/referralHelp';
import { ScreeningDialog } from '../../dialogs/triage/screeningDialog';
import { addHeld, type TriageServices } from '../../dialogs/core/services';
import { loadEngines, type Area } from '../../rules';
import { conversationTypeMiddleware, say as sayTo, type DialogReply } from '../helpers/dialogs';

const engines = loadEngines();
const TUESDAY_10AM = new Date('2026-11-24T10:00:00Z');
const BRIDGE = '0161 603 4500';
const PF_OFFICER = '0161 779 7860';

type Reply = DialogReply<{ actions?: { title?: string; data?: Record<string, unknown> }[]; body: unknown[]; fallbackText: string }>;

function newClient(opts: { area?: Area; conversationType?: 'personal' | 'groupChat' } = {}) {
  const storage = new MemoryStorage();
  const conversationState = new ConversationState(storage);
  const services: TriageServices = {
    engines,
    clock: () => TUESDAY_10AM,
    areaFor: async () => opts.area ?? 'salford',
    setArea: async () => undefined,
    heldAbout: async () => addHeld(),
    forgetUser: async (ctx) => {
      await conversationState.delete(ctx);
      return addHeld();
    },
    staleAfterDays: 183,
  };
  const ticks = conversationState.createProperty<ReferralTicks>('referralTicks');
  const help = createReferralHelp(services, ticks);
  const middlewares: Middleware[] = [];
  if (opts.conversationType) middlewares.push(conversationTypeMiddleware(opts.conversationType));
  const dialog = new MainDialog(services, new ScreeningDialog(services), help);
  const client = new DialogTestClient('msteams', dialog, undefined, middlewares, conversationState);
  return { client, storage, ticks, conversationState };
}
type Client = ReturnType<typeof newClient>['client'];


const say = (client: Client, input: string | Record<string, unknown>): Promise<Reply[]> => sayTo<NonNullable<Reply['card']>>(client, input);
const lastCard = (rs: Reply[]) => [...rs].reverse().find((r) => r.card);
const action = (r: Reply | undefined, title: string) => r?.card?.actions?.find((a) => a.title === title);

/** Every Input.Toggle on a card, id → value. */
function toggles(r: Reply | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (x: unknown): void => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === 'object') {
      const o = x as Record<string, unknown>;
      if (o['type'] === 'Input.Toggle') out[String(o['id'])] = String(o['value']);
      Object.values(o).forEach(walk);
    }
  };
  walk(r?.card?.body);
  return out;
}

describe('Prepare my referral', () => {
  it('is on the result card for a referral, and its button gives the cited checklist', async () => {
    const { client } = newClient();
    const result = lastCard(await say(client, 'He has bruises on his arms and says dad hurts him'));
    const button = action(result, 'Prepare my referral');
    expect(button?.data).toEqual({ verb: 'referral.prepare', route: 'risk_support' });
    const checklist = lastCard(await say(client, button?.data as Record<string, unknown>));
    const f = checklist?.fallback ?? '';
    expect(f).toMatch(/^Prepare your referral\. For: Refer to the Bridge now\./);
    for (const words of ['reason for the referral', 'date of birth', 'whether they consent', 'sexual abuse, fabricated illness or forced marriage', 'ongoing support', 'risk to staff or volunteers', 'contingency plan', 'Your own contact details', 'Salford Children and Families Portal', BRIDGE, 'automated response immediately', 'within one week', 'section 47'])
      expect(f).toContain(words);
    // The short answer first: refer on the form, the advice line (0161 603 4555, not the referral line), what comes back.
    expect(f).toMatch(
      /^Prepare your referral\. For: Refer to the Bridge now\. Make the referral on the online referral form \(the Salford Children and Families Portal\)\. To talk it through first, phone the Bridge’s practitioner advice line on 0161 603 4555\. You get an automated response at once, and a Referrals Outcome Form within one week\. 1\. /,
    );
    expect(f).toContain('For advice, phone the Bridge’s practitioner advice line on 0161 603 4555.');
    expect(f).not.toMatch(/For advice, phone the Bridge on 0161 603 4500/);
    // Where Salford's guidance is silent and Bury's is used, the card says so.
    expect(f).toContain('Salford’s guidance does not list these cases; Bury’s guidance says parents or carers must not be told');
    expect(checklist?.json).toContain('Sources: ');
    expect(checklist?.json).toContain('Salford Joint Working Protocol (VCSE): “2. Worried about a child – how your referral should be dealt with”');
    // Each item carries its own source line: each document's title once, then its sections.
    expect(checklist?.json).toContain('"text":"Source: Salford Joint Working Protocol (VCSE): “Referrals and Pathways to Support”; Support and Safeguarding in Salford: “Recording what we do”"');
    expect(checklist?.json.match(/"text":"Source: /g)?.length).toBe(8);
    expect(Object.keys(toggles(checklist))).toEqual(['tick_reason', 'tick_family', 'tick_ongoing_support', 'tick_staff_risk', 'tick_contingency', 'tick_contact_details', 'tick_submit', 'tick_next']);
    expect(f).toContain('0 of 8 ticked.');
  });

  it.each(['prepare my referral', 'Prepare referral', 'referral checklist'])('typed: "%s"', async (text) => {
    const { client } = newClient();
    const card = lastCard(await say(client, text));
    expect(card?.fallback).toMatch(/^Prepare your referral\./);
    expect(card?.fallback).toContain(BRIDGE);
  });

  it('keeps ticks in conversation state for the conversation, and forgets them with the conversation', async () => {
    const { client } = newClient();
    await say(client, 'prepare my referral');
    const saved = lastCard(await say(client, { verb: 'referral.tick', tick_reason: 'true', tick_family: 'true', tick_contingency: 'false' }));
    expect(saved?.fallback).toContain('2 of 8 ticked.');
    expect(toggles(saved)).toMatchObject({ tick_reason: 'true', tick_family: 'true', tick_contingency: 'false' });
    // A new checklist in the same conversation shows the same ticks.
    const again = lastCard(await say(client, 'prepare my referral'));
    expect(toggles(again)).toMatchObject({ tick_reason: 'true', tick_family: 'true' });
    // "forget me" deletes the conversation state: the ticks go with it.
    await say(client, 'forget me');
    await say(client, { verb: 'forget.confirm' });
    const after = lastCard(await say(client, 'prepare my referral'));
    expect(after?.fallback).toContain('0 of 8 ticked.');
  });

  it('ticks are not shared between conversations', async () => {
    const a = newClient();
    await say(a.client, { verb: 'referral.tick', tick_reason: 'true' });
    const b = newClient();
    expect(lastCard(await say(b.client, 'prepare my referral'))?.fallback).toContain('0 of 8 ticked.');
  });

  it('rejects tampered tick data without storing it', async () => {
    const { client } = newClient();
    const bad = lastCard(await say(client, { verb: 'referral.tick', tick_reason: 'Jane Doe 01/02/2015' }));
    expect(bad?.fallback).toContain('I could not read that');
    expect(bad?.json).not.toContain('Jane');
    expect(lastCard(await say(client, 'prepare my referral'))?.fallback).toContain('0 of 8 ticked.');
  });

  it('rejects a route id that is not an id', async () => {
    const { client } = newClient();
    const bad = lastCard(await say(client, { verb: 'referral.prepare', route: '<script>' }));
    expect(bad?.fallback).toContain('I could not read that');
  });
});

describe('recording help and the strengths note', () => {
  it('gives the recording tips with their sources', async () => {
    const { client } = newClient();
    const card = lastCard(await say(client, 'recording'));
    const f = card?.fallback ?? '';
    expect(f).toContain('distinguish fact from opinion');
    expect(f).toContain('child’s voice');
    expect(f).toContain('people responsible and timescales');
    expect(f).toContain('who was consulted');
    expect(f).toContain('A strengths-based note has three headings: What’s working well What are you worried about? What needs to happen');
    expect(card?.json).toContain('Support and Safeguarding in Salford: “Recording what we do”');
    expect(action(card, 'Write a strengths note')?.data).toEqual({ verb: 'note.start' });
  });

  it('the note is filled in the personal chat and comes back as plain text, not kept', async () => {
    const { client, storage } = newClient();
    const form = lastCard(await say(client, { verb: 'note.start' }));
    expect(form?.json).toContain('"label":"What’s working well"');
    expect(form?.json).toContain('"label":"What are you worried about?"');
    expect(form?.json).toContain('"label":"What needs to happen"');
    const replies = await say(client, { verb: 'note.copy', workingWell: 'Gran collects him daily.', worried: 'Bruise on arm seen 3 Nov.', next: 'DSL to call the Bridge today.' });
    expect(replies[0]?.text).toBe(
      'Your note, as plain text to copy into your records. I have not kept it.\n\nWhat’s working well\nGran collects him daily.\n\nWhat are you worried about?\nBruise on arm seen 3 Nov.\n\nWhat needs to happen\nDSL to call the Bridge today.',
    );
    // Nothing of the note is in the bot's storage.
    const stored = JSON.stringify((storage as unknown as { memory: Record<string, unknown> }).memory);
    expect(stored).not.toContain('Gran collects');
  });

  it('is not offered in a group chat', async () => {
    const { client } = newClient({ conversationType: 'groupChat' });
    const card = lastCard(await say(client, 'recording'));
    expect(action(card, 'Write a strengths note')).toBeUndefined();
    const replies = await say(client, { verb: 'note.copy', workingWell: 'x' });
    expect(replies[0]?.text).toContain('only help with notes in a personal chat');
  });
});

describe('information sharing from free text', () => {
  it.each(['can I share without consent?', 'do I need to tell the parents?', 'who can I share information with', 'Can I share information with the school nurse?'])('"%s"', async (text) => {
    const { client } = newClient();
    const card = lastCard(await say(client, text));
    const f = card?.fallback ?? '';
    // A three-line direct answer first, from Salford's own guidance (the seven golden rules).
    expect(f).toMatch(
      /^Sharing information\. The short answer: Yes, you can share information to keep a child safe: data protection and human rights law are not barriers to justified sharing\. Share with consent where you can\. You may share without consent where there is a lawful basis, such as where safety may be at risk\. If in doubt, seek advice from other practitioners or your information governance lead, without naming the person where possible, and record what you decide and why\. Can I share without consent\?: /,
    );
    expect(f).toContain('Can I share without consent?: Where possible, respect the wishes of those who do not consent');
    expect(f).toContain('The exceptions are where there is a safeguarding concern or a significant risk to others.');
    expect(f).toContain('Who can I share information with?:');
    expect(f).toContain('Do I need to tell the parents?:');
    expect(f).toContain('What to record about your decision: Record your decision and the reasons for it, whether you share or not.');
    // Salford's answer is not built from other areas' documents: no Bury levels, no Nottingham myth-busting (Working Together 2018).
    expect(f).not.toMatch(/Bury level|Bury’s five levels|Myth:/);
    expect(card?.json).not.toContain('5.2 Sharing Information');
    expect(card?.json).not.toContain('Myth-busting');
    // Where Bury's guidance is used (who must not be told), it says so and is cited.
    expect(f).toContain('Salford’s guidance does not list these cases; Bury’s guidance says parents or carers must not be told about a referral');
    expect(card?.json).toMatch(/Sources: Support and Safeguarding in Salford: [^;]*“Seven golden rules to sharing information”[^"]*Bury thresholds guidance: “Children in Need”/);
    expect(f).toContain(BRIDGE);
  });
});

describe('private fostering check', () => {
  const child = (age: number | '', disabled: 'yes' | 'no' | 'not_sure' = 'no') => ({ verb: 'pf.answer', question: 'child', age: String(age), disabled });
  const carer = (id: string) => ({ verb: 'pf.answer', question: 'carer', carer: id });
  const days = (n: number) => ({ verb: 'pf.answer', question: 'days', days: String(n) });
  const notSure = (question: string) => ({ verb: 'pf.answer', question, notSure: 'true' });

  async function check(client: Client, answers: Record<string, unknown>[]): Promise<Reply | undefined> {
    const first = lastCard(await say(client, { verb: 'pf.start' }));
    expect(first?.fallback).toMatch(/^Private fostering check, question 1 of 3/);
    let replies: Reply[] = [];
    for (const a of answers) replies = await say(client, a);
    return lastCard(replies);
  }

  const IS = 'This is private fostering: the council must be told.';
  const NOT = 'From your answers, this is not private fostering.';
  const MAYBE = 'It may be private fostering.';
  it.each([
    ['a grandparent', [child(10), carer('grandparent'), days(60)], NOT],
    ['an aunt', [child(10), carer('aunt_uncle'), days(60)], NOT],
    ['a great aunt', [child(10), carer('great_aunt_uncle'), days(60)], IS],
    ["a friend's parent at 27 days", [child(14), carer('friends_parent'), days(27)], NOT],
    ["a friend's parent at 28 days", [child(14), carer('friends_parent'), days(28)], IS],
    ['a 16-year-old without a disability', [child(16, 'no'), carer('neighbour'), days(40)], NOT],
    ['a 16-year-old with a disability', [child(16, 'yes'), carer('neighbour'), days(40)], IS],
    ['a neighbour', [child(9), carer('neighbour'), days(30)], IS],
    ['a step-parent', [child(9), carer('parent'), days(300)], NOT],
    ['a cousin', [child(9), carer('cousin'), days(30)], IS],
    ['not sure who the carer is', [child(9), notSure('carer'), days(30)], MAYBE],
    ['not sure how long', [child(9), carer('family_friend'), notSure('days')], MAYBE],
    ['not sure of age', [notSure('child'), carer('family_friend'), days(30)], MAYBE],
  ])('%s', async (_name, answers, outcome) => {
    const { client } = newClient();
    const card = await check(client, answers);
    expect(card?.fallback).toContain(outcome);
    if (outcome === NOT) {
      expect(card?.fallback).not.toContain('the council must be told');
    } else {
      // Private fostering, or the safer branch: tell the council, with the officer's number and the form.
      expect(card?.fallback).toContain(`Call the private fostering officer on ${PF_OFFICER}, or contact the Bridge, or complete the private fostering form.`);
    }
    expect(card?.json).toContain(PF_OFFICER);
    expect(card?.json).toContain('Support and Safeguarding in Salford: “Private Fostering Arrangements”');
  });

  it('takes typed answers too, and an unreadable short answer as "not sure"', async () => {
    const { client } = newClient();
    await say(client, 'private fostering check');
    await say(client, '12');
    const replies = await say(client, 'whoever');
    expect(replies[0]?.text).toContain('taken it as “not sure”');
    const card = lastCard(await say(client, '35'));
    expect(card?.fallback).toContain(MAYBE);
  });

  it('a red flag typed mid-check brings the emergency card at once', async () => {
    const { client } = newClient();
    await say(client, 'private fostering check');
    const card = lastCard(await say(client, 'he has been left home alone tonight'));
    expect(card?.fallback).toMatch(/^Call 999 now/);
  });

  it('a new question typed mid-check is answered, and the check stops', async () => {
    const { client } = newClient();
    await say(client, { verb: 'pf.start' });
    const replies = await say(client, 'can I share without consent with the school?');
    expect(replies[0]?.text).toContain('I have stopped the private fostering check');
    expect(lastCard(replies)?.fallback).toMatch(/^Sharing information\./);
  });

  it('starts from the topic card button', async () => {
    const { client } = newClient();
    const topic = lastCard(await say(client, 'a 12 year old is living with a family friend'));
    const button = action(topic, 'Check if it is private fostering');
    expect(button?.data).toEqual({ verb: 'pf.start' });
    expect(lastCard(await say(client, button?.data as Record<string, unknown>))?.fallback).toMatch(/^Private fostering check, question 1 of 3/);
  });
});

describe('disability check', () => {
  it.each([
    [['yes', 'yes', 'yes'], 'All three criteria may be met'],
    [['yes', 'no', 'yes'], 'Not every criterion is met'],
    [['yes', 'not_sure', 'yes'], 'You were not sure about at least one criterion'],
  ] as const)('%j', async (answers, outcome) => {
    const { client } = newClient();
    const q = lastCard(await say(client, 'disability check'));
    expect(q?.fallback).toContain('The main need for services arises from the child’s disability');
    const card = lastCard(await say(client, { verb: 'cwd.answer', question: 'criteria', c0: answers[0], c1: answers[1], c2: answers[2] }));
    expect(card?.fallback).toContain(outcome);
    expect(card?.fallback).toContain('The Local Offer: Local Offer (mycity Directory), https://www.salford.gov.uk/mycity-directory');
    expect(card?.json).toContain('Support and Safeguarding in Salford: “Children with Disabilities”');
  });
});
