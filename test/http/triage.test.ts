/**
 * Triage at the HTTP depth: the whole app from createApp (real CloudAdapter,
 * restify on 127.0.0.1:0, anonymous) with a fixed clock, Teams-shaped activities
 * posted to /api/messages and the replies caught by a stand-in Bot Connector.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Storage } from 'botbuilder';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cardNodes } from '../helpers/cardNodes';
import type { App } from '../../bot/app';
import { loadConfig } from '../../bot/edge/config';
import { createStorage, type StorageHandle } from '../../bot/storage';
import { questionsFor } from '../../dialogs/triage/questions';
import { loadEngines } from '../../rules';
import {
  BOT_ID,
  cardActionInvoke,
  channelMessage,
  conversationUpdateAdded,
  groupChatMessage,
  nextActivityId,
  personalMessage,
  type TeamsActivity,
  freshUser,
} from '../helpers/activities';
import { startHarness, type Harness } from '../helpers/app';
import { postToBot, startConnector, type SentActivity, type StandInConnector, exchange, type Exchange } from '../helpers/connector';
import { failOnConsoleError } from '../helpers/guards';
import { readableWithout } from '../helpers/readable';
import { PUBLIC_SCENARIOS } from '../helpers/scenarios';

const BRIDGE = '0161 603 4500';
const EDT = '0161 794 8888';
const TUESDAY_10AM = new Date('2026-11-24T10:00:00Z'); // GMT in November: London time = UTC
const SCENARIOS = PUBLIC_SCENARIOS;
const QUESTIONS = questionsFor(loadEngines().salford.pack);

/** Every string a user can read in a reply, leaving out link addresses. */
const readable = readableWithout('url', '$schema');

function cardOf(a: SentActivity | undefined): { fallbackText?: string; body?: unknown[] } | undefined {
  return a?.body.attachments?.[0]?.content as { fallbackText?: string } | undefined;
}

/** The contact block on the card whose heading is the contact's name. */
function contactBlock(a: SentActivity | undefined, name: string): string {
  const block = cardNodes(cardOf(a)).find((o) => o.type === 'Container' && Array.isArray(o.items) && (o.items[0] as { text?: unknown } | undefined)?.text === name);
  if (!block) throw new Error(`no contact block for ${name}`);
  return JSON.stringify(block);
}

describe('triage over HTTP (createApp, memory storage, fixed clock)', () => {
  let connector: StandInConnector;
  let h: Harness;
  let now = TUESDAY_10AM;
  failOnConsoleError();

  /** Posts an activity and returns the activities the bot sent during that turn. */
  const turn = (activity: TeamsActivity): Promise<Exchange> => exchange(connector, h.messagesUrl, activity);
  /** Posts `text` as a fresh user's first message, expects one reply, and returns what the user reads in it. */
  const onlyReplyTo = async (text: string): Promise<string> => {
    const { replies } = await turn(personalMessage({ serviceUrl: connector.url, text, from: freshUser() }));
    expect(replies).toHaveLength(1);
    return readable(replies[0] as SentActivity);
  };

  beforeAll(async () => {
    connector = await startConnector();
    h = await startHarness({ LOG_LEVEL: 'info', DEFAULT_AREA: 'salford' }, { clock: () => now });
  });
  afterAll(async () => {
    await h?.app.close();
    await connector?.close();
  });
  beforeEach(() => {
    now = TUESDAY_10AM;
    connector.reset();
  });

  describe('worked scenarios, each the first message of a fresh personal chat', () => {
    it.each(SCENARIOS.map((s) => [s.route, s.text, s.any] as const))('[%s] %s', async (route, text, any) => {
      const from = freshUser();
      const activity = personalMessage({ serviceUrl: connector.url, text, from, conversationId: `a:fresh-${from.aadObjectId}` });
      const { replies, status } = await turn(activity);
      expect(status).toBe(200);
      expect(replies.length).toBeGreaterThan(0);
      for (const r of replies) expect(r.path).toBe(`/v3/conversations/${activity.conversation.id}/activities/${activity.id}`);
      // What the user reads, without the echo of their own words.
      const seen = replies.map(readable).join(' ').split(text).join(' ');
      for (const alternatives of any) expect(alternatives.some((a) => seen.includes(a)), `expected one of ${alternatives.join(' | ')}`).toBe(true);
      if (route === 'emergency') {
        expect(cardOf(replies[0])?.fallbackText).toMatch(/^Call 999 now/);
        // Immediate danger is child protection acted on at once: the card names the level it sits within.
        expect(seen).toContain('Level of need: Immediate danger, within Getting Risk Support.');
      } else expect(cardOf(replies[0])?.fallbackText ?? '').not.toMatch(/^Call 999 now/);
    });
  });

  describe('free text', () => {
    it('negated danger with a disclosure: no 999 as the main instruction, the risk still counted, with why', async () => {
      const text = 'she is safe now, not in immediate danger, but she told me her stepdad hits her';
      const { replies } = await turn(personalMessage({ serviceUrl: connector.url, text, from: freshUser() }));
      const card = cardOf(replies[0]);
      expect(card?.fallbackText).not.toMatch(/^Call 999 now/);
      const seen = readable(replies[0] as SentActivity);
      expect(seen).toContain(BRIDGE);
      expect(seen).toMatch(/You mentioned/);
      expect(seen).toMatch(/You said “not” before/);
    });

    it('harm that might be happening now: the red-flag question and 999 first, then child protection with the Bridge', async () => {
      const text = 'she says her stepdad put his hands round her neck';
      const { replies } = await turn(personalMessage({ serviceUrl: connector.url, text, from: freshUser() }));
      expect(replies).toHaveLength(1);
      const fallback = cardOf(replies[0])?.fallbackText ?? '';
      expect(fallback).toMatch(/^First: is the child in danger right now, or home alone\? Some of what you described could mean the child is in danger now or later today\. If there is any chance of it, call 999 now\./);
      const seen = readable(replies[0] as SentActivity);
      expect(seen).toContain('Call Police 999');
      expect(seen).toContain(BRIDGE);
      expect(seen).toContain('Level of need: Getting Risk Support');
    });

    it('stray keys (no words the bot knows) get a useful reply: the welcome card with 999 and the Bridge', async () => {
      const { replies } = await turn(personalMessage({ serviceUrl: connector.url, text: 'flibbertigibbet', from: freshUser() }));
      const seen = replies.map(readable).join(' ');
      expect(seen).toContain('999');
      expect(seen).toContain(BRIDGE);
      expect(seen).toMatch(/worried/);
    });

    it('a question asking who to ring, with no contact named, gets the contacts card: 999, the Bridge and the rest, not the "not sure" card', async () => {
      const { replies } = await turn(personalMessage({ serviceUrl: connector.url, text: 'who do i ring after half 4 on a weekday?' }));
      expect(replies).toHaveLength(1);
      const seen = readable(replies[0] as SentActivity);
      expect(seen).toContain('Who to contact in Salford');
      expect(seen).toContain('999');
      expect(seen).toContain(BRIDGE);
      expect(seen).toContain(EDT);
      expect(seen).not.toContain('I am not sure I have understood');
    });

    it('a worry the bot cannot place gets the red-flag question card, never the welcome card; ticking a harm carries into the questions', async () => {
      const from = freshUser();
      const conversationId = `a:unsure-${from.aadObjectId}`;
      // No listed phrase and no clear meaning: a worry, described vaguely.
      const text = 'something is not right with one of my families and I cannot put my finger on it';
      const { replies } = await turn(personalMessage({ serviceUrl: connector.url, text, from, conversationId }));
      expect(replies).toHaveLength(1);
      const card = cardOf(replies[0]) as { fallbackText?: string; body?: { text?: string; id?: string; type?: string }[] };
      const seen = readable(replies[0] as SentActivity);
      expect(seen).toContain('I am not sure I have understood');
      expect(seen).toContain('First: is the child in immediate danger, or home alone?');
      expect(seen).toContain('If there is any chance of it, call 999 now.');
      expect(seen).toContain(BRIDGE);
      // The level a possible risk would be at, named as what to do in case it is so.
      expect(seen).toContain('If a child might be at risk of significant harm (Getting Risk Support), talk it through with The Bridge Partnership today (open now)');
      expect(seen).not.toContain('Tell me in your own words');
      // The red-flag question comes before the kinds of harm.
      expect(seen.indexOf('immediate danger, or home alone')).toBeLessThan(seen.indexOf('What is the worry about?'));
      expect(JSON.stringify(card)).toContain('"id":"harmKinds"');
      // Uncertainty is worded as what to do, never as a finding.
      expect(seen).not.toMatch(/The child is in immediate danger/);

      // Ticking two kinds of harm and going on starts the screening (red flags first), with them kept.
      const next = await turn(personalMessage({ serviceUrl: connector.url, from, conversationId, value: { verb: 'screen.start', harmKinds: 'physical_abuse,neglect' } }));
      const asked = next.replies.map(readable).join(' ');
      expect(asked).toContain('Is the child in immediate danger of being harmed right now?');
    });

    /** 999 first and the Bridge stay on the card; the question that decides the words is asked, not answered for the practitioner. */
    const expectAskedAbout = (seen: string, words: string) => {
      expect(seen.indexOf('First: is the child in immediate danger, or home alone?')).toBeLessThan(seen.indexOf(`You mentioned “${words}”`));
      expect(seen).toContain('Is there a clear explanation for it that fits? If not, or you are not sure, treat it as a concern.');
      expect(seen).toContain(BRIDGE);
      expect(seen).not.toContain('Getting Risk Support');
    };
    /** The ordinary answer, with the line that says what was not counted and why, and 999 and the Bridge as always. */
    const expectAnsweredOrdinary = (seen: string, line: string) => {
      expect(seen).toContain('Universal services and advice');
      expect(seen).toContain(line);
      expect(seen).toContain('999');
      expect(seen).toContain(BRIDGE);
    };

    it('one ambiguous word ("bruises") gets the one question that decides it, not child protection; both answers lead on', async () => {
      const from = freshUser();
      const conversationId = `a:lone-${from.aadObjectId}`;
      const { replies } = await turn(personalMessage({ serviceUrl: connector.url, text: 'bruises on his arm', from, conversationId }));
      expect(replies).toHaveLength(1);
      const seen = readable(replies[0] as SentActivity);
      expectAskedAbout(seen, 'bruises');
      expect(seen).not.toContain('What is the worry about?');
      // The two buttons, as the card carries them.
      const button = (title: string) => {
        const found: { title?: string; data?: unknown }[] = [];
        JSON.stringify(cardOf(replies[0]), (_k, v: unknown) => {
          if (v && typeof v === 'object' && (v as { title?: string }).title === title) found.push(v as { data?: unknown });
          return v;
        });
        expect(found, title).toHaveLength(1);
        return found[0]?.data;
      };
      const notSure = button('No, or I am not sure');
      expect(notSure).toEqual({ verb: 'screen.start', indicators: ['physical_abuse'] });
      // "No, or not sure": the screening with physical abuse kept, red flags first.
      const no = await turn(personalMessage({ serviceUrl: connector.url, from, conversationId, value: notSure }));
      expect(no.replies.map(readable).join(' ')).toContain('Is the child in immediate danger of being harmed right now?');
      // "Explained and fits": Getting Advice, with the safety net.
      const yes = await turn(personalMessage({ serviceUrl: connector.url, from: freshUser(), value: button('Yes, it is explained and fits') }));
      const advice = yes.replies.map(readable).join(' ');
      expect(advice).toContain('Universal services and advice');
      expect(advice).toContain('999');
    });

    it('a listed phrase for harm that a long message explains away ("black eye from a cricket ball", among the club’s news) is asked about, with 999 and the Bridge', async () => {
      const text =
        'lad has a black eye from a cricket ball at nets, mum told us about it this morning. Otherwise a good week: the under 13s are top of the league, the new kit sponsor from the garage on the high street has been generous, the parents have been great with lifts to away games, and the quiz night raised enough for new nets and a bowling machine.';
      expectAskedAbout(await onlyReplyTo(text), 'black eye');
    });

    it('the same explained in a short message the meaning is sure of is answered as an ordinary matter, saying what was not counted, with 999 and the Bridge', async () => {
      const seen = await onlyReplyTo('lad has a black eye from a cricket ball at nets');
      expectAnsweredOrdinary(seen, 'Your message explains what happened, so the bot has not counted it as');
      expect(seen).not.toContain('Getting Risk Support');
    });

    it('a threat the message tells as a figure of speech ("mum is going to kill me", then laughed) is answered as ordinary, saying why and that 999 is the call if it was not play', async () => {
      const seen = await onlyReplyTo('A year 5 said "my mum is going to kill me" because she forgot her PE kit again, then laughed about it');
      expectAnsweredOrdinary(seen, 'Your message tells of it as play or a figure of speech, so this is not answered as a 999 call. If it was not said in play, or a child could be in danger now, call 999.');
      expect(seen).not.toContain('Call 999 now');
    });

    it('a family’s many needs told with words for a disability: the need’s level leads, the Children with Disabilities Team offered after it', async () => {
      const seen = await onlyReplyTo('Lad with epilepsy and a learning disability, mum works nights, older sister keeps missing college to look after him, dad not around, the family are on their knees');
      expect(seen).toContain('Getting More Help');
      expect(seen).toContain('Children with disabilities');
      expect(seen).toContain(BRIDGE);
    });

    it('an injury the writer saw happen is answered as an ordinary matter, saying why, with 999 and the Bridge', async () => {
      const seen = await onlyReplyTo('lad has a black eye from a cricket ball at nets, it happened in front of me');
      expectAnsweredOrdinary(seen, 'Your message explains what happened, so the bot has not counted it as');
    });

    it('an everyday matter told with a word for a need (a grandparent died, the family coping) is answered as ordinary, saying what was not counted, with 999 and the Bridge', async () => {
      const seen = await onlyReplyTo('girl’s nan passed away last week, she’s a bit sad but mum is keeping us updated and she’s coping well');
      expectAnsweredOrdinary(seen, 'Your message reads as an everyday matter, so the bot has not counted it as a need for early help');
    });

    it('a child’s harmful sexual behaviour towards other children is answered at Getting More Help with the Bridge, saying when it is child protection', async () => {
      const seen = await onlyReplyTo('year 4 boy keeps touching other children’s private parts in the toilets, third time this term');
      expect(seen).toContain('Getting More Help');
      expect(seen).toContain('a young person shows harmful sexual behaviour');
      expect(seen).toContain('If a child has been harmed by it, an adult is involved, or the child may have been abused themselves, talk to The Bridge Partnership about child protection.');
      expect(seen).toContain('999');
      expect(seen).toContain(BRIDGE);
      expect(seen).not.toContain('Getting Risk Support');
    });

    // In the Latin alphabet (Polish) and in other scripts (Arabic, Ukrainian), where the tokeniser finds no words at all.
    it.each([
      'Dziecko powiedziało mi, że tata go bije w domu i boi się wrócić',
      'الطفل قال لي ان ابوه يضربه',
      'Дитина сказала, що батько її б’є',
    ])('a message in another language gets "I read English only" with 999 and the Bridge, not the welcome card: %s', async (text) => {
      const { replies } = await turn(personalMessage({ serviceUrl: connector.url, text, from: freshUser() }));
      const seen = replies.map(readable).join(' ');
      expect(seen).toContain('I read English only');
      expect(seen).toContain('call 999 now');
      expect(seen).toContain(BRIDGE);
      expect(seen).not.toContain('Tell me in your own words');
    });

    it('a red flag typed mid-screening gets the emergency card first, and the screening carries on', async () => {
      const from = freshUser();
      const conversationId = `a:mid-${from.aadObjectId}`;
      const send = (o: { text?: string; value?: unknown }) => {
        const a = personalMessage({ serviceUrl: connector.url, from, conversationId, ...o });
        if (o.text === undefined) delete a.text;
        return turn(a);
      };
      await send({ text: 'worried' });
      await send({ value: { verb: 'screen.answer', question: 'immediateDanger', answer: 'no' } });
      const { replies } = await send({ text: 'actually the children have been left home alone tonight' });
      expect(cardOf(replies[0])?.fallbackText).toMatch(/^Call 999 now/);
      expect(readable(replies[0] as SentActivity)).toContain(BRIDGE);
      const next = await send({ value: { verb: 'screen.answer', question: 'homeAlone', answer: 'no' } });
      expect(cardOf(next.replies.at(-1))?.fallbackText).toMatch(/^Question 3 of /);
    });
  });

  describe('channels and group chats', () => {
    it('a channel @mention is stripped and the answer goes in the thread', async () => {
      const activity = channelMessage({ serviceUrl: connector.url, text: 'area' });
      expect(activity.conversation.id).toContain(';messageid=');
      const { replies } = await turn(activity);
      expect(replies).toHaveLength(1);
      expect((replies[0]?.body.attachments?.[0]?.content as { fallbackText?: string }).fallbackText).toMatch(/^Your area is Salford/); // the command matched: the mention was removed
      expect(replies[0]?.path).toBe(`/v3/conversations/${activity.conversation.id}/activities/${activity.id}`);
      expect(replies[0]?.body.conversation?.id).toBe(activity.conversation.id);
      expect(replies[0]?.body.replyToId).toBe(activity.id);
    });

    it.each([
      ['channel', channelMessage],
      ['group chat', groupChatMessage],
    ] as const)('%s: a date of birth typed gets the privacy warning, and no reply echoes it or the words typed', async (_where, fixture) => {
      const text = 'worried about Jamie, DOB 03/04/2016, she has unexplained bruises and is scared to go home';
      const activity = fixture({ serviceUrl: connector.url, text });
      const { replies } = await turn(activity);
      // The warning says how to delete the message, and opens a personal chat with the bot (Teams' deep link).
      const warning = replies[0]?.body.attachments?.[0]?.content as { fallbackText: string; actions: { type: string; title: string; url: string }[] };
      expect(warning.fallbackText).toMatch(/^Please do not share a child’s name or date of birth in this chat/);
      expect(readable(replies[0] as SentActivity)).toContain('choose More options (…) and then Delete');
      expect(warning.actions).toEqual([{ type: 'Action.OpenUrl', title: 'Continue in a personal chat', url: `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(BOT_ID)}` }]);
      const all = JSON.stringify(replies.map((r) => r.body));
      expect(all).not.toContain('03/04/2016');
      expect(all).not.toContain('Jamie');
      expect(all).not.toMatch(/“bruises”|“unexplained bruises”/); // labels only outside a personal chat
      expect(all).toContain(BRIDGE);
      for (const r of replies) expect(r.body.conversation?.id).toBe(activity.conversation.id);
    });

    it('the welcome card in a channel asks people not to share a child’s details', async () => {
      const activity = channelMessage({ serviceUrl: connector.url, text: 'help' });
      const { replies } = await turn(activity);
      expect(readable(replies[0] as SentActivity)).toMatch(/not .*(name|details)/i);
    });
  });

  describe('install, card actions and invokes', () => {
    it('installing the bot (bot in membersAdded) sends the welcome card with 999 and the Bridge', async () => {
      const { replies, status } = await turn(conversationUpdateAdded({ serviceUrl: connector.url, from: freshUser() }));
      expect(status).toBe(200);
      expect(replies).toHaveLength(1);
      const seen = readable(replies[0] as SentActivity);
      expect(seen).toMatch(/Worried about a child\?/);
      expect(seen).toContain('999');
      expect(seen).toContain(BRIDGE);
    });

    it.each([
      ['an unknown area', { verb: 'area.set', area: 'atlantis' }],
      ['a verb that does not exist', { verb: 'admin.deleteEverything' }],
      ['a route id far too long', { verb: 'route.show', route: 'x'.repeat(5000) }],
      ['no verb', { indicators: ['physical_abuse'] }],
    ])('Action.Submit with tampered data (%s) → the friendly error card with 999 and the Bridge', async (_name, value) => {
      const activity = personalMessage({ serviceUrl: connector.url, from: freshUser(), value });
      delete activity.text;
      const { replies, status } = await turn(activity);
      expect(status).toBe(200);
      const seen = replies.map(readable).join(' ');
      expect(seen).toMatch(/could not read that/i);
      expect(seen).toContain('999');
      expect(seen).toContain(BRIDGE);
    });

    it('Action.Execute is answered with a card in the HTTP body', async () => {
      const { status, body, replies } = await turn(cardActionInvoke('contacts.show', {}, { serviceUrl: connector.url, from: freshUser() }));
      expect(status).toBe(200);
      const b = body as { statusCode: number; type: string; value: { type: string; fallbackText: string } };
      expect(b.statusCode).toBe(200);
      expect(b.type).toBe('application/vnd.microsoft.card.adaptive');
      expect(b.value.type).toBe('AdaptiveCard');
      expect(JSON.stringify(b.value)).toContain(BRIDGE);
      expect(replies).toHaveLength(0);
    });

    it('Action.Execute with tampered data gets the error card in the HTTP body', async () => {
      const { body } = await turn(cardActionInvoke('route.show', { route: { $gt: '' } }, { serviceUrl: connector.url }));
      const json = JSON.stringify(body);
      expect(json).toMatch(/could not read that/i);
      expect(json).toContain('999');
      expect(json).toContain(BRIDGE);
    });
  });

  describe('out of hours (fixed clock)', () => {
    it.each([
      ['a Saturday', '2026-11-28T11:00:00Z'],
      ['a bank holiday (Christmas Day, a Friday)', '2026-12-25T10:00:00Z'],
      ['5pm on a weekday', '2026-11-24T17:00:00Z'],
    ])('%s: the Bridge shows closed and the Emergency Duty Team’s number instead', async (_when, iso) => {
      now = new Date(iso);
      const { replies } = await turn(personalMessage({ serviceUrl: connector.url, text: 'contacts', from: freshUser() }));
      const bridge = contactBlock(replies[0], 'The Bridge Partnership');
      expect(bridge).toMatch(/Closed now/);
      expect(bridge).toContain(EDT);
      // A free-text concern out of hours says the same on its result card.
      const concern = await turn(personalMessage({ serviceUrl: connector.url, text: 'a child has unexplained bruises and is reluctant to change for PE', from: freshUser() }));
      const seen = readable(concern.replies[0] as SentActivity);
      expect(seen).toMatch(/closed now/i);
      expect(seen).toContain(EDT);
    });

    it('10am on a weekday: the Bridge shows open', async () => {
      now = TUESDAY_10AM;
      const { replies } = await turn(personalMessage({ serviceUrl: connector.url, text: 'contacts', from: freshUser() }));
      const bridge = contactBlock(replies[0], 'The Bridge Partnership');
      expect(bridge).toMatch(/Open now/);
      expect(bridge).not.toMatch(/Closed now/);
    });
  });
});

describe('when a turn fails (storage read throws)', () => {
  let connector: StandInConnector;
  let h: Harness;
  failOnConsoleError();
  const SECRET = 'SQLITE_IOERR /srv/secret/bot-state.sqlite';
  const failing: Storage = {
    read: async () => {
      throw new Error(SECRET);
    },
    write: async () => {
      throw new Error(SECRET);
    },
    delete: async () => {
      throw new Error(SECRET);
    },
  };

  beforeAll(async () => {
    connector = await startConnector();
    const config = loadConfig({ NODE_ENV: 'test', STORAGE: 'memory', LOG_LEVEL: 'info' });
    // A memory handle whose bot-state storage throws on every call.
    const handle: StorageHandle = { ...createStorage(config), storage: failing };
    h = await startHarness({ LOG_LEVEL: 'info' }, { clock: () => TUESDAY_10AM, storage: handle });
  });
  afterAll(async () => {
    await h?.app.close();
    await connector?.close();
  });
  beforeEach(() => {
    connector.reset();
  });

  it('a message: the user gets 999 and the Bridge; the HTTP body and the logs carry no error text or message text', async () => {
    const text = 'Zoë says her stepdad hits her';
    const activity = personalMessage({ serviceUrl: connector.url, text });
    const res = await postToBot(h.messagesUrl, activity);
    expect(res.status).toBeLessThan(500);
    expect(res.text).not.toMatch(/SQLITE|secret|Error/i);
    const replies = connector.activities();
    expect(replies.length).toBeGreaterThan(0);
    const seen = replies.map(readable).join(' ');
    expect(seen).toMatch(/something went wrong/i);
    expect(seen).toContain('999');
    expect(seen).toContain(BRIDGE);
    expect(seen).not.toMatch(/SQLITE|secret/);
    const logs = h.logLines.join('\n');
    expect(logs).toContain('unhandled error in turn');
    expect(logs).not.toContain('Zoë');
    expect(logs).not.toContain('stepdad');
  });

  it('an Action.Execute invoke: the error card with 999 and the Bridge comes back in the HTTP body', async () => {
    const res = await postToBot(h.messagesUrl, cardActionInvoke('contacts.show', {}, { serviceUrl: connector.url }));
    expect(res.text).not.toMatch(/SQLITE|secret|Error:/i);
    expect(res.status).toBe(200);
    expect(res.text).toContain('999');
    expect(res.text).toContain(BRIDGE);
  });
});

describe('a screening interrupted by a restart resumes (two apps, one SQLite file)', () => {
  let connector: StandInConnector;
  let dir: string;
  const apps: App[] = [];

  beforeAll(async () => {
    connector = await startConnector();
    dir = mkdtempSync(path.join(tmpdir(), 'triage-restart-'));
  });
  afterAll(async () => {
    for (const a of apps) await a.close().catch(() => undefined);
    await connector?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers two questions on the first app, then carries on at question 3 on the second', async () => {
    const env = { STORAGE: 'sqlite', DATA_DIR: dir, LOG_LEVEL: 'silent' };
    const from = freshUser();
    const conversationId = `a:restart-${from.aadObjectId}`;
    const msg = (o: { text?: string; value?: unknown }) => {
      const a = personalMessage({ serviceUrl: connector.url, from, conversationId, id: nextActivityId(), ...o });
      if (o.text === undefined) delete a.text;
      return a;
    };
    const last = () => cardOf(connector.activities().at(-1))?.fallbackText ?? '';

    const first = await startHarness(env, { clock: () => TUESDAY_10AM });
    apps.push(first.app);
    await postToBot(first.messagesUrl, msg({ text: 'worried' }));
    expect(last()).toMatch(/^Question 1 of /);
    await postToBot(first.messagesUrl, msg({ value: { verb: 'screen.answer', question: 'immediateDanger', answer: 'no' } }));
    await postToBot(first.messagesUrl, msg({ value: { verb: 'screen.answer', question: 'homeAlone', answer: 'no' } }));
    expect(last()).toMatch(/^Question 3 of /);
    await first.app.close();

    const second = await startHarness(env, { clock: () => TUESDAY_10AM });
    apps.push(second.app);
    const harm = QUESTIONS[2]?.choices[0]?.value as string;
    await postToBot(second.messagesUrl, msg({ value: { verb: 'screen.answer', question: 'harms', answer: '__multi__', choices: harm } }));
    expect(last()).toMatch(/^Question 4 of /);
    // Back still knows the history from before the restart.
    await postToBot(second.messagesUrl, msg({ value: { verb: 'screen.back' } }));
    expect(last()).toMatch(/^Question 3 of /);
    expect(JSON.stringify(cardOf(connector.activities().at(-1)))).toContain(`"value":"${harm}"`);
  });
});
