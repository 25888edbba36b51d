/**
 * "Ask my DSL" at the HTTP depth: two app instances (real CloudAdapter, restify on
 * 127.0.0.1:0, anonymous) sharing one memory storage, a fixed clock, Teams-shaped
 * activities, and a stand-in Bot Connector that also answers the team roster and
 * channel list. Covers settings (refused for a non-administrator), a consult raised in
 * a personal chat and taken in the channel by a second user on the other instance (the
 * posted card updated for everyone, refreshed for the DSLs), the one reminder when
 * nobody takes it, and the CSV export (sentinel: no free text, names or dates of birth).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../bot/app';
import { createStorage } from '../../bot/storage';
import {
  CHANNEL_ID,
  SECOND_USER,
  TEAM_ID,
  USER,
  cardActionInvoke,
  groupChatMessage,
  personalMessage,
  type TeamsActivity,
  type TeamsUser,
  channelPost as post,
} from '../helpers/activities';
import { startHarness } from '../helpers/app';
import { startConnector, type SentActivity, type StandInConnector, exchange, type Exchange } from '../helpers/connector';
import { failOnConsoleError } from '../helpers/guards';
import { readable } from '../helpers/readable';

const BRIDGE = '0161 603 4500';
const TUESDAY_10AM = new Date('2026-11-24T10:00:00Z'); // GMT: London time = UTC
const ADMIN: TeamsUser = { id: '29:admin-user-three', name: 'Ari Admin', aadObjectId: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee' };
const DSL_TWO: TeamsUser = { id: '29:dsl-user-four', name: 'Dee Lead', aadObjectId: 'dddddddd-bbbb-cccc-dddd-eeeeeeeeeeee' };
/** USER is the practitioner; SECOND_USER (Sam Sample) is the DSL on duty on Tuesdays. */
const PRACTITIONER = USER;
const DSL = SECOND_USER;
/** Typed by the practitioner in their personal chat: none of it may reach the channel, the record or the export. */
const CHILD_NAME = 'Zoë Ó Súilleabháin';
const DOB = '14/03/2016';
const CONCERN = `I am worried about ${CHILD_NAME}, DOB ${DOB}, she has unexplained bruises and says her stepdad hits her`;


function cardOf(a: SentActivity | undefined): Record<string, unknown> {
  return (a?.body.attachments?.[0]?.content ?? {}) as Record<string, unknown>;
}

function readableCard(card: unknown): string {
  return JSON.stringify(card);
}

interface Instance {
  app: App;
  url: string;
}

describe('Ask my DSL over HTTP (two instances, shared storage, fixed clock)', () => {
  let connector: StandInConnector;
  let a: Instance;
  let b: Instance;
  const logs: string[] = [];
  let now = TUESDAY_10AM;
  failOnConsoleError();
  const shared = createStorage({ storage: 'memory', dataDir: '', blobConnectionString: undefined, blobContainer: undefined });

  async function start(): Promise<Instance> {
    const { app, messagesUrl } = await startHarness(
      {
        LOG_LEVEL: 'info',
        DEFAULT_AREA: 'salford',
        ADMIN_AAD_IDS: ADMIN.aadObjectId,
        CONSULT_TAKE_MINUTES: '30',
        PUBLIC_BASE_URL: 'https://bot.example.org',
        RATE_LIMIT_PER_MINUTE: '1000',
        RATE_LIMIT_BURST: '1000',
      },
      { clock: () => now, storage: shared, reminderIntervalSeconds: 0, logLines: logs },
    );
    return { app, url: messagesUrl };
  }

  /** Posts an activity to one instance; returns what the bot sent during that turn and the HTTP answer. */
  const turn = (to: Instance, activity: TeamsActivity): Promise<Exchange> => exchange(connector, to.url, activity);

  const channelPost = (from: TeamsUser, text: string, value?: unknown): TeamsActivity => post(connector.url, from, text, value);

  /** An Action.Execute press on the consult card in the channel (thread of the posted card). */
  function pressInChannel(from: TeamsUser, verb: string, data: Record<string, unknown>, postedId: string): TeamsActivity {
    const act = cardActionInvoke(verb, data, { serviceUrl: connector.url, from });
    act.conversation = { id: `${CHANNEL_ID};messageid=${postedId}`, conversationType: 'channel', tenantId: act.conversation.tenantId, isGroup: true };
    act.channelData = { ...act.channelData, teamsChannelId: CHANNEL_ID, teamsTeamId: TEAM_ID, channel: { id: CHANNEL_ID }, team: { id: TEAM_ID } };
    act.replyToId = postedId;
    return act;
  }

  const rosterHandler = (r: { method: string; path: string }) => {
    if (r.method === 'GET' && r.path === `/v3/teams/${TEAM_ID}/conversations`) {
      return { status: 200, body: { conversations: [{ id: TEAM_ID }, { id: CHANNEL_ID, name: 'Safeguarding' }] } };
    }
    if (r.method === 'GET' && r.path === `/v3/conversations/${TEAM_ID}/pagedmembers`) {
      return {
        status: 200,
        body: { members: [PRACTITIONER, DSL, DSL_TWO, ADMIN].map((u) => ({ id: u.id, name: u.name, aadObjectId: u.aadObjectId, userPrincipalName: `${u.name.split(' ')[0]?.toLowerCase()}@example.org` })) },
      };
    }
    return undefined;
  };

  beforeAll(async () => {
    connector = await startConnector();
    a = await start();
    b = await start();
  });
  afterAll(async () => {
    await a?.app.close();
    await b?.app.close();
    await shared.close();
    await connector?.close();
  });
  beforeEach(() => {
    now = TUESDAY_10AM;
    connector.reset();
    connector.respondWith(rosterHandler);
  });

  it('before any settings, "Ask my DSL" says it is not set up and still gives 999 and the Bridge', async () => {
    const { replies } = await turn(a, personalMessage({ serviceUrl: connector.url, from: PRACTITIONER, text: 'ask my dsl' }));
    expect(replies).toHaveLength(1);
    const seen = readable(replies[0]);
    expect(seen).toMatch(/has not set up DSL consults/);
    expect(seen).toContain('999');
    expect(seen).toContain(BRIDGE);
  });

  it('a non-administrator is refused the settings card, and a forged save changes nothing', async () => {
    const shown = await turn(a, channelPost(PRACTITIONER, 'settings'));
    expect(shown.replies).toHaveLength(1);
    expect(shown.replies[0]?.body.text).toMatch(/^Only an administrator/);
    expect(shown.replies[0]?.body.attachments ?? []).toHaveLength(0);
    expect(connector.requests.filter((r) => r.method === 'GET')).toHaveLength(0); // the roster was not even fetched

    const forged = await turn(a, channelPost(PRACTITIONER, '', { verb: 'settings.save', channel: CHANNEL_ID, area: 'salford', dsls: PRACTITIONER.id }));
    expect(forged.replies[0]?.body.text).toMatch(/^Only an administrator/);
    const view = await turn(a, personalMessage({ serviceUrl: connector.url, from: PRACTITIONER, text: 'settings' }));
    expect(view.replies[0]?.body.text).toMatch(/not set up for your organisation yet/);
  });

  it('an administrator sets the channel, the DSL group and the rota in the team, and anyone can see them with "settings"', async () => {
    const shown = await turn(a, channelPost(ADMIN, 'settings'));
    const card = readable(shown.replies[0]);
    expect(card).toContain('Safeguarding');
    expect(card).toContain('General');
    expect(card).toContain(DSL.name);
    expect(card).toContain('Tuesday');

    // A person who is not in the team is refused.
    const stranger = await turn(a, channelPost(ADMIN, '', { verb: 'settings.save', channel: CHANNEL_ID, area: 'salford', dsls: '29:not-in-team' }));
    expect(stranger.replies[0]?.body.text).toMatch(/not in this team/);

    const saved = await turn(a, channelPost(ADMIN, '', { verb: 'settings.save', channel: CHANNEL_ID, area: 'salford', dsls: `${DSL.id},${DSL_TWO.id}`, rota_tue: DSL.id, rota_wed: DSL_TWO.id }));
    const view = readable(saved.replies[0]);
    expect(view).toMatch(/^ ?Saved|Saved\./);
    expect(view).toContain('Safeguarding');
    expect(view).toContain(`${DSL.name}, ${DSL_TWO.name}`);

    const seen = await turn(b, personalMessage({ serviceUrl: connector.url, from: PRACTITIONER, text: 'settings' }));
    const facts = readable(seen.replies[0]);
    expect(facts).toContain('Safeguarding');
    expect(facts).toContain('Salford');
    expect(facts).toMatch(/Tuesday Sam Sample/);
    expect(facts).toMatch(/Monday Whole DSL group/);
  });

  describe('a consult', () => {
    let postedId = '';
    let threadId = '';
    let consultId = '';
    let practitionerChat = '';

    it('is raised from the result card in a personal chat: the channel gets route and level, the DSL on duty is @mentioned, nothing typed', async () => {
      const first = personalMessage({ serviceUrl: connector.url, from: PRACTITIONER, text: CONCERN });
      practitionerChat = first.conversation.id;
      const answer = await turn(a, first);
      const actions = (cardOf(answer.replies[0]).actions ?? []) as { title: string; data: Record<string, unknown> }[];
      const ask = actions.find((x) => x.title === 'Ask my DSL');
      expect(ask?.data).toEqual({ verb: 'dsl.ask', route: expect.any(String), level: expect.any(String) });

      const press = personalMessage({ serviceUrl: connector.url, from: PRACTITIONER, value: ask?.data });
      delete press.text;
      const { replies } = await turn(a, press);
      // A new thread in the configured channel: POST /v3/conversations with channelData.channel.
      const create = connector.requests.find((r) => r.method === 'POST' && r.path === '/v3/conversations');
      expect((create?.body as { channelData?: { channel?: { id?: string } } }).channelData?.channel?.id).toBe(CHANNEL_ID);
      const post = { ...create, body: (create?.body as { activity: SentActivity['body'] }).activity } as SentActivity;
      const seen = readable(post);
      expect(seen).toContain('DSL consult requested');
      expect(seen).toContain(PRACTITIONER.name);
      expect(seen).toMatch(/Level of need/);
      expect(seen).toContain(`<at>${DSL.name}</at>`);
      for (const secret of [CHILD_NAME, DOB, 'bruises', 'stepdad']) expect(JSON.stringify(post?.body)).not.toContain(secret);
      const card = cardOf(post);
      expect((card.msteams as { entities: { mentioned: { id: string } }[] }).entities.map((e) => e.mentioned.id)).toEqual([DSL.id]);
      expect((card.refresh as { userIds: string[] }).userIds).toEqual([DSL.id, DSL_TWO.id]);
      const take = (card.actions as { type: string; verb: string; data: { consult: string } }[])[0];
      expect(take?.type).toBe('Action.Execute');
      expect(take?.verb).toBe('dsl.take');
      consultId = take?.data.consult ?? '';

      const told = replies.find((r) => r.conversationId === practitionerChat);
      expect(told?.body.text).toMatch(new RegExp(`^I have asked ${DSL.name} in Safeguarding`));
      expect(told?.body.text).toContain('30 minutes');
      // The id the connector gave the channel post, kept with the consult for updates.
      const stored = (await shared.storage.read([`consult/${consultId}`]))[`consult/${consultId}`] as { channel: { activityId: string; threadId: string } };
      postedId = stored.channel.activityId;
      threadId = stored.channel.threadId;
      expect(postedId).toMatch(/^stand-in-\d+$/);
      expect(threadId).toMatch(/^conv-stand-in-\d+$/);
    });

    it('a practitioner who is not a DSL cannot take it', async () => {
      const res = await turn(b, pressInChannel(PRACTITIONER, 'dsl.take', { consult: consultId }, postedId));
      expect(res.body).toEqual({ statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: 'Only a DSL in your organisation’s DSL group can take this.' });
      expect(res.replies).toHaveLength(0);
    });

    it('is taken in the channel by the DSL on the other instance: the card updates for everyone, refreshes for the other DSL, and the practitioner is told', async () => {
      now = new Date(TUESDAY_10AM.getTime() + 7 * 60_000);
      const res = await turn(b, pressInChannel(DSL, 'dsl.take', { consult: consultId }, postedId));
      expect(res.status).toBe(200);
      const body = res.body as { statusCode: number; type: string; value: unknown };
      expect(body.type).toBe('application/vnd.microsoft.card.adaptive');
      expect(readableCard(body.value)).toContain('Taken by Sam Sample at 10:07 on Tuesday 24 November 2026.');
      expect(readableCard(body.value)).not.toContain('dsl.take');

      const update = res.replies.find((r) => r.method === 'PUT');
      expect(update?.path).toBe(`/v3/conversations/${threadId}/activities/${postedId}`);
      expect(readable(update)).toContain('Taken by Sam Sample at 10:07');
      const told = res.replies.find((r) => r.conversationId === practitionerChat);
      expect(told?.body.text).toMatch(/^Sam Sample has taken your DSL consult .* at 10:07 on Tuesday 24 November 2026/);

      // The other DSL's client refreshes the card (Universal Actions) on instance A: it shows who took it.
      const refreshed = await turn(a, pressInChannel(DSL_TWO, 'dsl.refresh', { consult: consultId }, postedId));
      expect(readableCard((refreshed.body as { value: unknown }).value)).toContain('Taken by Sam Sample at 10:07');
      // A second take changes nothing.
      const late = await turn(a, pressInChannel(DSL_TWO, 'dsl.take', { consult: consultId }, postedId));
      expect(readableCard((late.body as { value: unknown }).value)).toContain('Taken by Sam Sample');
      expect(late.replies).toHaveLength(0);
    });

    it('once taken, the reminder never fires', async () => {
      now = new Date(TUESDAY_10AM.getTime() + 90 * 60_000);
      await a.app.ticker.runDue(now);
      await b.app.ticker.runDue(now);
      expect(connector.activities()).toHaveLength(0);
    });
  });

  it('nobody takes it: at the deadline the channel is reminded once (either instance) and the practitioner is told to call the Bridge', async () => {
    const ask = personalMessage({ serviceUrl: connector.url, from: PRACTITIONER, text: 'ask my dsl' });
    await turn(a, ask);
    const create = connector.requests.find((r) => r.method === 'POST' && r.path === '/v3/conversations');
    const post = { ...create, body: (create?.body as { activity: SentActivity['body'] }).activity } as SentActivity;
    expect(readable(post)).toContain('Not given (asked without a triage)');
    const consultId = ((cardOf(post).actions as { data: { consult: string } }[])[0]?.data.consult ?? '') as string;
    const stored = (await shared.storage.read([`consult/${consultId}`]))[`consult/${consultId}`] as { channel: { activityId: string; threadId: string } };
    const postedId = stored.channel.activityId;
    const threadId = stored.channel.threadId;

    connector.reset();
    connector.respondWith(rosterHandler);
    now = new Date(TUESDAY_10AM.getTime() + 29 * 60_000);
    await a.app.ticker.runDue(now);
    expect(connector.activities()).toHaveLength(0);

    now = new Date(TUESDAY_10AM.getTime() + 31 * 60_000);
    await Promise.all([a.app.ticker.runDue(now), b.app.ticker.runDue(now)]);
    const sent = connector.activities();
    const thread = sent.filter((r) => r.method === 'POST' && r.conversationId === threadId);
    expect(thread).toHaveLength(1);
    expect(thread[0]?.body.text).toMatch(/nobody has taken this DSL consult yet/);
    expect((thread[0]?.body.entities as { mentioned: { id: string } }[]).map((e) => e.mentioned.id)).toEqual([DSL.id]);
    const update = sent.find((r) => r.method === 'PUT');
    expect(update?.path).toBe(`/v3/conversations/${threadId}/activities/${postedId}`);
    expect(readable(update)).toMatch(/Nobody took this within 30 minutes/);
    const told = sent.filter((r) => r.conversationId === ask.conversation.id);
    expect(told).toHaveLength(1);
    const seen = readable(told[0]);
    expect(seen).toMatch(/No DSL has taken your consult yet/);
    expect(seen).toContain(`call The Bridge Partnership on ${BRIDGE} directly`);
    expect(seen).toContain('999');

    await a.app.ticker.runDue(new Date(TUESDAY_10AM.getTime() + 120 * 60_000));
    expect(connector.activities()).toHaveLength(sent.length); // once only

    // The DSL can still take it afterwards.
    const late = await turn(b, pressInChannel(DSL_TWO, 'dsl.take', { consult: consultId }, postedId));
    expect(readableCard((late.body as { value: unknown }).value)).toContain(`Taken by ${DSL_TWO.name}`);
  });

  it('export: an administrator gets a single-use link to a CSV with ids only (sentinel), others are refused', async () => {
    const refused = await turn(a, personalMessage({ serviceUrl: connector.url, from: PRACTITIONER, text: 'export' }));
    expect(refused.replies[0]?.body.text).toMatch(/for administrators/);

    // A screening in a personal chat, with a name and a date of birth typed along the way.
    const from = PRACTITIONER;
    const conversationId = 'a:screening-for-export';
    const send = (o: { text?: string; value?: unknown }) => {
      const act = personalMessage({ serviceUrl: connector.url, from, conversationId, ...o });
      if (o.text === undefined) delete act.text;
      return turn(a, act);
    };
    await send({ text: 'worried' });
    await send({ value: { verb: 'screen.answer', question: 'immediateDanger', answer: 'no' } });
    await send({ value: { verb: 'screen.answer', question: 'homeAlone', answer: 'no' } });
    for (let i = 0; i < 12; i++) {
      const last = connector.activities().at(-1);
      const card = cardOf(last);
      const fallback = String(card.fallbackText ?? '');
      if (!/^Question/.test(fallback)) break;
      const actions = (card.actions ?? []) as { data?: { verb?: string; question?: string; answer?: string } }[];
      const choice = actions.find((x) => x.data?.verb === 'screen.answer' && x.data.answer === 'not_sure') ?? actions.find((x) => x.data?.verb === 'screen.answer');
      if (/Tick all that apply/.test(fallback)) await send({ value: { verb: 'screen.answer', question: 'harms', answer: '__multi__', choices: 'neglect' } });
      else if (choice?.data) await send({ value: choice.data });
    }

    const link = await turn(a, personalMessage({ serviceUrl: connector.url, from: ADMIN, text: 'export' }));
    const url = String(((cardOf(link.replies[0]).actions as { url: string }[])[0]?.url ?? ''));
    expect(url).toMatch(/^https:\/\/bot\.example\.org\/exports\/[a-f0-9]{48}\.csv$/);
    const base = a.url.replace(/\/api\/messages$/, '');
    const path = new URL(url).pathname;
    const res = await fetch(`${base}${path}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const csv = await res.text();
    const rows = csv.trim().split('\r\n');
    expect(rows[0]).toBe('time,area,pack,pack_version,source,asked,answers,indicators,level,route,stage');
    expect(rows.length).toBeGreaterThanOrEqual(3); // the free-text concern and the screening
    expect(csv).toMatch(/,screening,immediateDanger;homeAlone;/);
    expect(csv).toMatch(/,message,,/);
    for (const secret of [CHILD_NAME, 'Zo', DOB, '2016', 'bruises', 'stepdad', PRACTITIONER.name, PRACTITIONER.id, PRACTITIONER.aadObjectId, DSL.name]) expect(csv).not.toContain(secret);
    expect((await fetch(`${base}${path}`)).status).toBe(404); // single use
  });

  it.each([
    ['export', 'a team channel', () => channelPost(ADMIN, 'export')],
    ['export', 'a group chat', () => groupChatMessage({ serviceUrl: connector.url, from: ADMIN, text: 'export' })],
    ['insights', 'a team channel', () => channelPost(ADMIN, 'insights')],
    ['insights', 'a group chat', () => groupChatMessage({ serviceUrl: connector.url, from: ADMIN, text: 'insights' })],
  ])('an administrator typing %s in %s is told to use a personal chat: no link, no counts there', async (_command, _where, activity) => {
    const exportsBefore = await shared.listKeys('export/');
    const { replies, status } = await turn(a, activity());
    expect(status).toBe(200);
    expect(replies).toHaveLength(1);
    expect(readable(replies[0])).toMatch(/only in a personal chat/);
    const posted = JSON.stringify(replies.map((r) => r.body));
    expect(posted).not.toMatch(/exports\/|Download CSV|Insights: the last 30 days/);
    expect(await shared.listKeys('export/')).toEqual(exportsBefore); // no token issued
  });

  it('retention removes export links nobody used once they expire (10 minutes), and keeps live ones', async () => {
    const issue = async (): Promise<string> => {
      const { replies } = await turn(a, personalMessage({ serviceUrl: connector.url, from: ADMIN, text: 'export' }));
      const url = String((cardOf(replies[0]).actions as { url: string }[])[0]?.url ?? '');
      const token = /\/exports\/([a-f0-9]{48})\.csv$/.exec(url)?.[1];
      expect(token).toBeDefined();
      return `export/${token}`;
    };
    const old = await issue();
    now = new Date(TUESDAY_10AM.getTime() + 9 * 60_000);
    const fresh = await issue();
    expect(await shared.listKeys('export/')).toEqual(expect.arrayContaining([old, fresh]));
    now = new Date(TUESDAY_10AM.getTime() + 11 * 60_000);
    await a.app.ticker.runDue(now);
    const left = await shared.listKeys('export/');
    expect(left).not.toContain(old);
    expect(left).toContain(fresh);
    now = new Date(TUESDAY_10AM.getTime() + 20 * 60_000);
    await a.app.ticker.runDue(now);
    expect(await shared.listKeys('export/')).toEqual([]);
  });

  it('"forget me" deletes the consults the practitioner raised (they carry the practitioner’s name); 30 days on, the rest are purged', async () => {
    const before = await shared.listKeys('consult/');
    expect(before.length).toBeGreaterThanOrEqual(2);
    const other = personalMessage({ serviceUrl: connector.url, from: DSL_TWO, text: 'ask my dsl' });
    await turn(a, other);
    const asked = await turn(a, personalMessage({ serviceUrl: connector.url, from: PRACTITIONER, text: 'forget me' }));
    expect(readable(asked.replies[0])).toMatch(/\d+ requests to your DSL \(they carry your name\)/);
    const confirm = personalMessage({ serviceUrl: connector.url, from: PRACTITIONER, value: { verb: 'forget.confirm' } });
    delete confirm.text;
    const forgot = await turn(a, confirm);
    expect(forgot.replies[0]?.body.text).toMatch(/^Done\. I have deleted \d+ requests to your DSL/);
    const left = await shared.storage.read(await shared.listKeys('consult/'));
    expect(Object.values(left).map((c) => (c as { requester: { id: string } }).requester.id)).toEqual([DSL_TWO.id]);
    await a.app.ticker.runDue(new Date(TUESDAY_10AM.getTime() + 31 * 86_400_000));
    expect(await shared.listKeys('consult')).toEqual([]);
  });

  it('no log line carries the child’s name, the date of birth or the words typed', () => {
    const all = logs.join('\n');
    for (const secret of [CHILD_NAME, DOB, 'bruises', 'stepdad']) expect(all).not.toContain(secret);
  });
});
