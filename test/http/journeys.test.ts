/**
 * The journeys of issue 18 over HTTP (createApp, restify on 127.0.0.1, anonymous, a stand-in
 * Bot Connector that also answers the team roster), asserting what the user sees:
 *
 * - help → every feature reachable: in a personal chat, a group chat and a channel, every
 *   button on the help card is pressed and every command it lists is typed, and each gives
 *   its own answer (never "I could not read that", never the help card again);
 * - "Ask my DSL" without a consult channel (no button; who can set it up; the advice line)
 *   and with one (the button, and pressing it asks the DSL);
 * - "forget me": what would go is listed first; Cancel keeps it; "Delete all of this"
 *   deletes it, and says so and how to delete messages in Teams;
 * - a child's name posted in a group chat: the warning, how to delete the message, and a
 *   button that opens a personal chat with the bot.
 *
 * The notice window button (no validation errors) and an escalation through two stages are
 * walked in a browser: test/e2e/cards.e2e.test.ts and test/e2e/escalation.e2e.test.ts.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { cardNodes } from '../helpers/cardNodes';
import { CAPABILITIES, capabilityForCommand, offered, type Scope } from '../../cards';
import {
  BOT_ID,
  CHANNEL_ID,
  SECOND_USER,
  TEAM_ID,
  USER,
  channelMessage,
  groupChatMessage,
  personalMessage,
  type TeamsActivity,
  type TeamsUser,
} from '../helpers/activities';
import { useBotOverHttp } from '../helpers/app';
import { type SentActivity, turnReplies } from '../helpers/connector';
import { failOnConsoleError } from '../helpers/guards';
import { readable } from '../helpers/readable';

const TUESDAY_10AM = new Date('2026-11-24T10:00:00Z');
const BRIDGE = '0161 603 4500';
const ADVICE = '0161 603 4555';
const ADMIN: TeamsUser = { id: '29:admin-user-three', name: 'Ari Admin', aadObjectId: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee' };
const CHILD = 'Jamie Sentinel';

type Card = { fallbackText?: string; body?: unknown[]; actions?: CardAction[] };
type CardAction = { type: string; title: string; url?: string; data?: Record<string, unknown>; card?: Card };


function cardOf(a: SentActivity | undefined): Card {
  return (a?.body.attachments?.[0]?.content ?? {}) as Card;
}

/** Every Action.Submit on a card: its own actions, ActionSets in the body, and ShowCards' cards. */
function submits(card: Card): CardAction[] {
  return cardNodes([card.body, card.actions]).filter((o) => o.type === 'Action.Submit') as unknown as CardAction[];
}

describe('journeys (issue 18) over HTTP', () => {
  const bot = useBotOverHttp(
    { LOG_LEVEL: 'info', DEFAULT_AREA: 'salford', ADMIN_AAD_IDS: ADMIN.aadObjectId, RATE_LIMIT_PER_MINUTE: '1000', RATE_LIMIT_BURST: '1000' },
    { clock: () => TUESDAY_10AM, reminderIntervalSeconds: 0 },
  );
  failOnConsoleError();
  let seq = 0;

  beforeEach(() => {
    bot.connector.respondWith((r) => {
      if (r.method === 'GET' && r.path === `/v3/teams/${TEAM_ID}/conversations`) return { status: 200, body: { conversations: [{ id: TEAM_ID }, { id: CHANNEL_ID, name: 'Safeguarding' }] } };
      if (r.method === 'GET' && r.path === `/v3/conversations/${TEAM_ID}/pagedmembers`) {
        return { status: 200, body: { members: [USER, SECOND_USER, ADMIN].map((u) => ({ id: u.id, name: u.name, aadObjectId: u.aadObjectId })) } };
      }
      return undefined;
    });
  });

  const turn = (activity: TeamsActivity): Promise<SentActivity[]> => turnReplies(bot.connector, bot.messagesUrl, activity);

  /** A message (text or card data) in a fresh conversation of the given kind, so nothing started earlier is waiting. */
  function message(scope: Scope, input: string | Record<string, unknown>, from: TeamsUser = USER, fresh = true): TeamsActivity {
    seq += 1;
    const text = typeof input === 'string' ? input : undefined;
    const value = typeof input === 'string' ? undefined : input;
    const base = { serviceUrl: bot.connector.url, from, ...(text !== undefined ? { text } : {}), ...(value !== undefined ? { value } : {}) };
    const act =
      scope === 'personal'
        ? personalMessage({ ...base, ...(fresh ? { conversationId: `a:journey-${seq}` } : {}) })
        : scope === 'groupChat'
          ? groupChatMessage({ ...base, ...(fresh ? { conversationId: `19:journey-${seq}@thread.v2` } : {}) })
          : channelMessage(base);
    if (value !== undefined) {
      delete act.text;
      delete act.entities;
    }
    return act;
  }

  /** What a press or a command must show (the first reply), by capability. */
  const EXPECT: Record<string, RegExp> = {
    worried: /Question 1 of \d+/,
    contacts: /Who to contact in Salford/,
    referral: /\d+ of \d+ ticked/,
    after: /What happens after a referral/,
    recording: /[Rr]ecord/,
    notes: /saved notes?/,
    pf: /private fostering/i,
    cwd: /disabilit/i,
    sharing: /[Ss]har(e|ing) information/,
    escalate: /Challenging a decision: escalation/,
    role: /What is your role\?/,
    area: /Your area: Salford/,
    glossary: /What the words mean/,
    forget: /Forget me: is this what you want to delete\?/,
    settings: /settings|Settings|administrator/,
    dsl: /I have asked Sam Sample in Safeguarding/,
  };

  function expectAnswer(id: string, replies: SentActivity[], where: string): void {
    expect(replies.length, `${where}: no reply`).toBeGreaterThan(0);
    const seen = replies.map(readable).join('\n');
    expect(seen, where).not.toMatch(/I could not read that|Sorry, something went wrong|What I can do (in|here)/);
    expect(seen, where).toMatch(EXPECT[id] ?? /./);
  }

  describe('help → every feature reachable', () => {
    it.each(['personal', 'groupChat', 'team'] as const)('in a %s conversation: every button on the help card, and every command it lists, gives its own answer', async (scope) => {
      const [help] = await turn(message(scope, 'help'));
      const card = cardOf(help);
      expect(card.fallbackText).toMatch(/^What I can do in this (chat|group chat|channel)\. If a child is in immediate danger or home alone, call 999 now/);
      const shown = readable(help);
      // No consult channel yet: no "Ask my DSL" button, but who can set it up and the advice line, once.
      expect(submits(card).map((a) => a.title)).not.toContain('Ask my DSL');
      expect(shown.match(/is not set up for your organisation yet/g)).toHaveLength(1);
      expect(shown).toContain('typing “settings” in the team channel');
      expect(card.body && JSON.stringify(card.body)).toContain(`"url":"tel:${ADVICE.replace(/ /g, '')}"`);
      // What a DSL can do, behind one button.
      expect(shown).toContain('What a DSL can do');

      const expected = offered(scope, false);
      const buttons = submits(card);
      for (const c of expected.filter((x) => x.button)) {
        const button = buttons.find((b) => b.title === c.button);
        expect(button, `${scope}: no button "${c.button}"`).toBeDefined();
        expectAnswer(c.id, await turn(message(scope, button?.data ?? {})), `${scope}: pressing "${c.button}"`);
      }
      for (const c of expected.filter((x) => x.command && x.id !== 'help')) {
        expect(shown, `${scope}: the card lists “${c.command}”`).toContain(c.command as string);
        expectAnswer(c.id, await turn(message(scope, c.command as string)), `${scope}: typing "${c.command}"`);
      }
      // Personal-only things are not offered in a group chat or a channel.
      if (scope !== 'personal') for (const title of ['My saved notes', 'Forget me']) expect(buttons.map((b) => b.title)).not.toContain(title);
      // The settings button in "What a DSL can do".
      const settings = buttons.find((b) => b.data?.verb === 'settings.show');
      expectAnswer('settings', await turn(message(scope, settings?.data ?? {})), `${scope}: the settings button`);
    });
  });

  describe('Ask my DSL', () => {
    const CONCERN = 'a child has unexplained bruises and is reluctant to change for PE';

    it('without a consult channel: the result card has no "Ask my DSL"; it says who can set it up, and offers the advice line', async () => {
      const [answer] = await turn(message('personal', CONCERN));
      const card = cardOf(answer);
      const titles = [...(card.actions ?? []).map((a) => a.title), ...submits(card).map((a) => a.title)];
      expect(titles).not.toContain('Ask my DSL');
      const seen = readable(answer);
      expect(seen).toContain('“Ask my DSL” is not set up for your organisation yet. An administrator, or an owner of the team, can set it up by typing “settings” in the team channel that should receive requests.');
      expect(seen).toContain(`call The Bridge Partnership’s advice line on ${ADVICE}`);
      expect(JSON.stringify(card)).toContain(`"title":"Call the advice line (${ADVICE})","url":"tel:${ADVICE.replace(/ /g, '')}"`);
      expect(seen).toContain(BRIDGE);
      // Typed anyway: it says the same, with 999 and the Bridge.
      const typed = readable((await turn(message('personal', 'ask my dsl')))[0]);
      expect(typed).toMatch(/has not set up DSL consults/);
      expect(typed).toContain('999');
    });

    it('with a consult channel (an administrator saved it in the team): the button is on the result card and on help, and pressing it asks the DSL on duty', async () => {
      const saved = await turn(message('team', { verb: 'settings.save', channel: CHANNEL_ID, area: 'salford', dsls: SECOND_USER.id, rota_tue: SECOND_USER.id }, ADMIN));
      expect(readable(saved[0])).toMatch(/Saved/);

      const [answer] = await turn(message('personal', CONCERN));
      const ask = (cardOf(answer).actions ?? []).find((a) => a.title === 'Ask my DSL');
      expect(ask?.data).toEqual({ verb: 'dsl.ask', route: expect.any(String), level: expect.any(String) });
      expect(readable(answer)).not.toContain('is not set up for your organisation yet');
      const replies = await turn(message('personal', ask?.data ?? {}));
      expectAnswer('dsl', replies, 'pressing Ask my DSL');
      // The channel post carries the route and level only.
      const create = bot.connector.requests.find((r) => r.method === 'POST' && r.path === '/v3/conversations');
      expect(JSON.stringify(create?.body)).not.toContain('bruises');

      const [help] = await turn(message('personal', 'help'));
      const button = submits(cardOf(help)).find((b) => b.title === 'Ask my DSL');
      expect(button?.data).toEqual({ verb: 'dsl.ask' });
      expect(readable(help)).not.toContain('is not set up for your organisation yet');
      expectAnswer('dsl', await turn(message('personal', button?.data ?? {})), 'Ask my DSL from help');
    });
  });

  describe('forget me', () => {
    const FORM = {
      childName: CHILD,
      childDob: '2015-03-01',
      concern: 'Sentinel concern',
      decision: 'Sentinel decision',
      triedAtPractitionerLevel: 'Sentinel tried',
      completedByName: 'Alex Example',
      completedByRole: 'Teacher',
      completedByContact: 'alex@example.org',
      date: '2026-11-24',
      copiedTo: 'Our DSL',
    };

    async function holdSomething(): Promise<void> {
      await turn(message('personal', 'area bury', USER, false));
      await turn(message('personal', 'area salford', USER, false));
      const form = cardOf((await turn(message('personal', { verb: 'notice.start', stage: 'practice_manager' }, USER, false)))[0]);
      const draftId = submits(form).find((a) => a.title === 'Draft the notice')?.data?.draftId;
      await turn(message('personal', { verb: 'notice.submit', draftId, ...FORM }, USER, false));
      await turn(message('personal', { verb: 'note.save', workingWell: 'Sentinel strengths', worried: 'Sentinel worry', next: 'Sentinel next' }, USER, false));
    }

    it('lists what would go (notices with their reminders, notes, the area chosen); Cancel deletes nothing', async () => {
      await holdSomething();
      const keys = await bot.app.storage.listKeys(`drafts/${encodeURIComponent(USER.aadObjectId)}/`);
      expect(keys).toHaveLength(2);
      const [ask] = await turn(message('personal', 'forget me', USER, false));
      const seen = readable(ask);
      expect(seen).toContain('Forget me: is this what you want to delete?');
      // (This user asked their DSL twice in the tests above.)
      for (const line of ['• 1 escalation notice and its reminder', '• 1 saved note', '• 2 requests to your DSL (they carry your name)', '• the area you chose (Salford)', '• anything you were in the middle of here']) {
        expect(seen).toContain(line);
      }
      expect(seen).toContain('Messages already in this chat stay in Teams’ chat history');
      expect(seen).not.toContain(CHILD);
      const actions = cardOf(ask).actions ?? [];
      expect(actions.map((a) => a.title)).toEqual(['Delete all of this', 'Cancel']);

      const [cancelled] = await turn(message('personal', actions[1]?.data ?? {}, USER, false));
      expect(cancelled?.body.text).toBe('Cancelled: I have not deleted anything.');
      expect(await bot.app.storage.listKeys(`drafts/${encodeURIComponent(USER.aadObjectId)}/`)).toEqual(keys);
      expect(await bot.app.storage.listKeys('reminders/')).toHaveLength(1);
    });

    it('"Delete all of this" deletes it, says what went, and how to delete messages already in Teams', async () => {
      const [ask] = await turn(message('personal', 'forget me', USER, false));
      const confirm = (cardOf(ask).actions ?? []).find((a) => a.title === 'Delete all of this');
      const [done] = await turn(message('personal', confirm?.data ?? {}, USER, false));
      const text = done?.body.text ?? '';
      expect(text).toMatch(/^Done\. I have deleted 1 escalation notice and its reminder, 1 saved note, 2 requests to your DSL \(they carry your name\), the area you chose \(Salford\) and anything you were in the middle of here/);
      expect(text).toContain('Messages already in this chat stay in Teams’ chat history: I cannot delete them. To delete a message you sent, hover over it (on a phone, press and hold it), choose More options (…) and then Delete.');
      expect(text).toContain('999');
      expect(await bot.app.storage.listKeys(`drafts/${encodeURIComponent(USER.aadObjectId)}/`)).toEqual([]);
      expect(await bot.app.storage.listKeys('reminders/')).toEqual([]);
      // Asked again: only what is in progress is left.
      const again = readable((await turn(message('personal', 'forget me', USER, false)))[0]);
      expect(again).not.toMatch(/\d+ escalation notice|\d+ saved note|requests? to your DSL|area you chose/);
      expect(await bot.app.storage.listKeys('consult/')).toEqual([]);
    });
  });

  describe('a child’s name posted in a group chat', () => {
    it('gets the warning, how to delete the message, and a button that opens a personal chat with the bot; the name goes nowhere', async () => {
      const replies = await turn(message('groupChat', `the girl is called ${CHILD.split(' ')[0]} and her dob is 03/04/2016, she has bruises`));
      const warning = replies[0];
      const seen = readable(warning);
      expect(seen).toContain('Please do not share a child’s name or date of birth in this chat');
      expect(seen).toContain('Please delete your message. To delete a message you sent, hover over it (on a phone, press and hold it), choose More options (…) and then Delete.');
      const open = (cardOf(warning).actions ?? [])[0];
      expect(open).toEqual({ type: 'Action.OpenUrl', title: 'Continue in a personal chat', url: `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(BOT_ID)}` });
      const all = JSON.stringify(replies.map((r) => r.body));
      expect(all).not.toContain('Jamie');
      expect(all).not.toContain('03/04/2016');
      expect(all).toContain(BRIDGE);
      expect(bot.logLines.join('\n')).not.toContain('Jamie');
    });
  });

  describe('a question about a topic in Bury and Nottingham', () => {
    // Their packs name the route differently from the topic ("information_sharing", "strategy_s47"): until 5 December
    // 2026 these questions got the welcome card.
    const AREA_USER: TeamsUser = { id: '29:area-user-four', name: 'Bo Area', aadObjectId: 'bbbbbbbb-cccc-dddd-eeee-ffffffffffff' };
    it.each([
      { area: 'bury', text: 'can I share information without the parents consent?', title: 'Information sharing and consent by level' },
      { area: 'nottingham', text: 'can I share information without the parents consent?', title: 'Information sharing' },
      { area: 'nottingham', text: 'what happens after I refer?', title: 'Strategy discussion, section 47 enquiries' },
      // Their own "advice" topic, not the lowest level's route (until 5 December 2026 "Universal: needs met by everyday services").
      { area: 'nottingham', text: 'how do I make a referral?', title: 'How to make a referral or request for services (MARF)' },
      { area: 'bury', text: 'what local services are there for a family?', title: 'Getting advice and finding contacts in Bury' },
    ])('$area: "$text" gets its own card', async ({ area, text, title }) => {
      await turn(message('personal', `area ${area}`, AREA_USER, false));
      const [reply] = await turn(message('personal', text, AREA_USER, false));
      const seen = readable(reply);
      expect(seen).toContain(title);
      expect(seen).not.toMatch(/Worried about a child\?|No particular route found/);
      expect(seen).toContain('999');
    });
  });

  describe('abuse told of a child safe for now who goes home later today (rules/timing.ts dangerOnlyLater)', () => {
    const USER: TeamsUser = { id: '29:area-user-five', name: 'Lee Later', aadObjectId: 'cccccccc-dddd-eeee-ffff-aaaaaaaaaaaa' };
    const TEXT = "Y6 girl has told her TA that mum's boyfriend comes into her room when mum's on nights and 'does stuff'. She's with me now. Mum collects at 3.15";
    it.each([
      { area: 'bury', door: 'Multi Agency Safeguarding Hub (MASH)' },
      { area: 'nottingham', door: 'Children and Families Direct' },
    ])('$area: child protection, the danger-now question first, why it is not a 999 call, and 999 on the card', async ({ area, door }) => {
      await turn(message('personal', `area ${area}`, USER, false));
      const [reply] = await turn(message('personal', TEXT, USER, false));
      const seen = readable(reply);
      expect(seen).toContain('First: is the child in danger right now, or home alone?');
      expect(seen).toContain(`needs a referral to ${door} now, before they go home, so this is not answered as a 999 call`);
      expect(seen).toContain('999');
    });

    it('salford: the 999 card, as its guidance names 999 beside the Bridge', async () => {
      await turn(message('personal', 'area salford', USER, false));
      const [reply] = await turn(message('personal', TEXT, USER, false));
      const seen = readable(reply);
      expect(seen).toContain('999');
      expect(seen).not.toContain('so this is not answered as a 999 call');
    });
  });

  it('the help card lists each capability once, and the catalogue has no button nobody can press', () => {
    for (const scope of ['personal', 'groupChat', 'team'] as const) {
      const ids = offered(scope, true).map((c) => c.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
    expect(CAPABILITIES.every((c) => c.scopes.length > 0)).toBe(true);
  });
});

describe('typed commands come from the same list as the help card', () => {
  it('each command, in any case and with trailing punctuation, finds its capability; other words do not', () => {
    for (const c of CAPABILITIES.filter((x) => x.command)) {
      expect(capabilityForCommand(c.command as string)?.id).toBe(c.id);
      expect(capabilityForCommand(`  ${(c.command as string).toUpperCase()}?! `)?.id).toBe(c.id);
    }
    expect(capabilityForCommand('I am worried about my neighbour')).toBeUndefined();
    expect(capabilityForCommand(`help${' '.repeat(100_000)}x`)).toBeUndefined();
  });
});
