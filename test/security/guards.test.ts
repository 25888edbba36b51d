/**
 * The inbound guards and bad input, through the whole app (createApp, real CloudAdapter):
 * redelivered activities processed once (also across two instances sharing storage),
 * per-user rate limit, serviceUrl and tenant allowlists, malformed JSON, oversized
 * bodies, unknown activity and invoke types, tampered card data.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import nock from 'nock';
import { loadConfig } from '../../bot/edge/config';
import { isAllowedServiceUrl, serviceUrlPolicy } from '../../bot/edge/security';
import { SqliteStorage, createStorage, type StorageHandle } from '../../bot/storage';
import { SECOND_USER, USER, cardActionInvoke, nextActivityId, personalMessage, type TeamsActivity } from '../helpers/activities';
import { postToBot, startConnector, type SentActivity, type StandInConnector } from '../helpers/connector';
import { useBotOverHttp } from '../helpers/app';
import { postRaw, startHarness, type Harness } from './harness';
import { loopbackOnly } from '../helpers/guards';

function cardText(sent: SentActivity): string {
  return JSON.stringify(sent.body.attachments ?? []) + (sent.body.text ?? '');
}

/** Wait until the connector has been quiet for a moment (the turns have finished sending). */
async function settle(connector: StandInConnector): Promise<void> {
  let last = -1;
  while (connector.requests.length !== last) {
    last = connector.requests.length;
    await new Promise((r) => setTimeout(r, 150));
  }
}

describe('redelivery: the same activity id is processed once', () => {
  let connector: StandInConnector;
  let dir: string;
  let shared: StorageHandle;
  let a: Harness;
  let b: Harness;

  beforeAll(async () => {
    connector = await startConnector();
    dir = mkdtempSync(path.join(tmpdir(), 'dedupe-'));
    shared = createStorage(loadConfig({ NODE_ENV: 'test', STORAGE: 'sqlite', DATA_DIR: dir }));
    a = await startHarness({}, { storage: shared });
    b = await startHarness({}, { storage: shared });
  });

  afterAll(async () => {
    await a.close();
    await b.close();
    await shared.close();
    await connector.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a message Teams re-sends after 15 s is answered once', async () => {
    connector.reset();
    const activity = personalMessage({ serviceUrl: connector.url, text: 'what is the front door number', conversationId: 'a:dedupe-1' });
    expect((await postToBot(a.messagesUrl, activity)).status).toBe(200);
    const first = connector.activities().length;
    expect(first).toBeGreaterThan(0);
    expect((await postToBot(a.messagesUrl, activity)).status).toBe(200);
    await settle(connector);
    expect(connector.activities().length).toBe(first);
  });

  it('two instances sharing storage, both handed the same activity at once: one answers', async () => {
    connector.reset();
    const activity = personalMessage({ serviceUrl: connector.url, text: 'what is the front door number', conversationId: 'a:dedupe-2' });
    const [ra, rb] = await Promise.all([postToBot(a.messagesUrl, activity), postToBot(b.messagesUrl, activity)]);
    expect([ra.status, rb.status]).toEqual([200, 200]);
    await settle(connector);
    const once = connector.activities().length;
    // The same message again, new id: answered again with the same number of activities.
    connector.reset();
    await postToBot(b.messagesUrl, { ...activity, id: nextActivityId() });
    await settle(connector);
    expect(once).toBe(connector.activities().length);
  });

  it('a redelivered invoke gets an empty 200 and does not run again', async () => {
    const invoke = cardActionInvoke('contacts.show', {}, { serviceUrl: connector.url, conversationId: 'a:dedupe-3' });
    const first = await postToBot(a.messagesUrl, invoke);
    expect(first.status).toBe(200);
    expect(first.text).toContain('AdaptiveCard');
    const again = await postToBot(b.messagesUrl, invoke);
    expect(again.status).toBe(200);
    expect(again.text).toBe('');
  });

  it('claims are atomic across two handles on one SQLite file, and expire', async () => {
    const one = new SqliteStorage({ filename: path.join(dir, 'bot-state.sqlite') });
    const two = new SqliteStorage({ filename: path.join(dir, 'bot-state.sqlite') });
    expect(await one.claim('claims/activity/x', 2000, 1000)).toBe(true);
    expect(await two.claim('claims/activity/x', 2500, 1500)).toBe(false);
    expect(await two.claim('claims/activity/x', 4000, 2001)).toBe(true);
    expect(await one.claim('claims/activity/x', 5000, 3000)).toBe(false);
    await one.close();
    await two.close();
  });
});

describe('per-user rate limit', () => {
  // A fixed ops clock: no refill during the test, so the limit is exact.
  const bot = useBotOverHttp({ RATE_LIMIT_BURST: '3', RATE_LIMIT_PER_MINUTE: '1' }, { opsClock: () => Date.parse('2026-03-02T10:00:00Z') });

  it('answers a runaway client politely once, drops the rest, and still serves everyone else', async () => {
    const send = async (from = USER) => {
      bot.connector.reset();
      const response = await postToBot(bot.messagesUrl, personalMessage({ serviceUrl: bot.connector.url, from, text: 'what is the front door number' }));
      await settle(bot.connector);
      return { status: response.status, sent: bot.connector.activities() };
    };
    for (let i = 0; i < 3; i += 1) {
      const r = await send();
      expect(r.status).toBe(200);
      expect(r.sent.map(cardText).join(' ')).not.toContain('One moment, please');
    }
    const limited = await send();
    expect(limited.status).toBe(200);
    expect(limited.sent).toHaveLength(1);
    const polite = cardText(limited.sent[0] as SentActivity);
    expect(polite).toContain('One moment, please');
    expect(polite).toContain('999'); // the emergency route is never behind the limit
    expect(polite).toContain('0161 603 4500'); // Salford's front door, from the pack
    const dropped = await send();
    expect(dropped.status).toBe(200);
    expect(dropped.sent).toHaveLength(0);
    const other = await send(SECOND_USER);
    expect(other.sent.length).toBeGreaterThan(0);
    expect(other.sent.map(cardText).join(' ')).not.toContain('One moment, please');
    expect(bot.logLines.filter((l) => l.includes('user rate limit reached'))).toHaveLength(2);
  });

  it('a card button pressed too fast gets the polite card in the invoke response', async () => {
    const third = { id: '29:third-user', name: 'Third Person', aadObjectId: '33333333-3333-3333-3333-333333333333' };
    const press = () => postToBot(bot.messagesUrl, cardActionInvoke('contacts.show', {}, { serviceUrl: bot.connector.url, from: third, conversationId: 'a:third' }));
    for (let i = 0; i < 3; i += 1) expect((await press()).text).not.toContain('One moment, please');
    const limited = await press();
    expect(limited.status).toBe(200);
    expect(limited.text).toContain('One moment, please');
    expect(limited.text).toContain('999');
  });
});

describe('serviceUrl and tenant allowlists (enforced)', () => {
  const OTHER_TENANT = '00000000-1111-2222-3333-444444444444';
  const bot = useBotOverHttp({ SERVICE_URL_ENFORCE: 'true', ALLOWED_TENANTS: '72f988bf-86f1-41af-91ab-2d7cd011db47' });

  it('drops an activity whose serviceUrl is not https on an allowed host: nothing is sent there', async () => {
    const forged = personalMessage({ serviceUrl: bot.connector.url, text: 'what is the front door number' });
    const response = await postToBot(bot.messagesUrl, forged);
    expect(response.status).toBe(200);
    await settle(bot.connector);
    expect(bot.connector.requests).toHaveLength(0);
    expect(bot.logLines.some((l) => l.includes('serviceUrl not on the allowlist'))).toBe(true);
  });

  it('answers a forged invoke with an empty 200 and no card', async () => {
    const forged = cardActionInvoke('contacts.show', {}, { serviceUrl: 'https://attacker.example.com/' });
    const response = await postToBot(bot.messagesUrl, forged);
    expect(response.status).toBe(200);
    expect(response.text).toBe('');
  });

  it('drops an activity from a tenant not on ALLOWED_TENANTS', async () => {
    const stranger = personalMessage({ serviceUrl: 'https://smba.trafficmanager.net/uk/', tenantId: OTHER_TENANT });
    stranger.channelData = { tenant: { id: OTHER_TENANT } };
    const response = await postToBot(bot.messagesUrl, stranger);
    expect(response.status).toBe(200);
    expect(bot.logLines.some((l) => l.includes('tenant not on ALLOWED_TENANTS'))).toBe(true);
  });

  it('refuses an invoke from another tenant with 403, and one whose two tenant ids disagree', async () => {
    const stranger = cardActionInvoke('contacts.show', {}, { serviceUrl: 'https://smba.trafficmanager.net/uk/', tenantId: OTHER_TENANT });
    stranger.channelData = { tenant: { id: OTHER_TENANT } };
    expect((await postToBot(bot.messagesUrl, stranger)).status).toBe(403);
    const mixed = cardActionInvoke('contacts.show', {}, { serviceUrl: 'https://smba.trafficmanager.net/uk/' });
    mixed.channelData = { tenant: { id: OTHER_TENANT } };
    expect((await postToBot(bot.messagesUrl, mixed)).status).toBe(403);
  });
});

describe('serviceUrl allowlist in development (always enforced; loopback only for the anonymous, loopback-bound bot)', () => {
  // No request may leave the machine: nock stands in for the attacker's host and records any attempt.
  loopbackOnly();
  const bot = useBotOverHttp({ NODE_ENV: 'development' });

  it('a forged activity cannot make the development bot POST to another host', async () => {
    const attacker = nock('https://attacker.example.com').post(/.*/).reply(200, { id: 'stolen' });
    const forged = personalMessage({ serviceUrl: 'https://attacker.example.com/', text: 'what is the front door number' });
    expect((await postToBot(bot.messagesUrl, forged)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 200));
    expect(attacker.isDone()).toBe(false);
    expect(bot.logLines.some((l) => l.includes('serviceUrl not on the allowlist'))).toBe(true);
    const invoke = cardActionInvoke('contacts.show', {}, { serviceUrl: 'https://attacker.example.com/' });
    expect((await postToBot(bot.messagesUrl, invoke)).text).toBe('');
  });

  it('the anonymous, loopback-bound development bot still answers a loopback bot.connector (Agents Playground, tests)', async () => {
    await postToBot(bot.messagesUrl, personalMessage({ serviceUrl: bot.connector.url, text: 'contacts' }));
    expect(await bot.connector.waitForActivities(1)).toHaveLength(1);
  });

  it.each([
    ['anonymous development on loopback', true, { NODE_ENV: 'development' }],
    ['anonymous test on loopback', true, { NODE_ENV: 'test' }],
    ['with SERVICE_URL_ENFORCE=true', false, { NODE_ENV: 'development', SERVICE_URL_ENFORCE: 'true' }],
    ['anonymous but bound to every interface', false, { NODE_ENV: 'development', HOST: '0.0.0.0', ALLOW_INSECURE_DEV: 'true' }],
    ['with an app id (development)', false, { NODE_ENV: 'development', MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'x' }],
    ['anonymous production', false, { NODE_ENV: 'production', ALLOW_INSECURE_DEV: 'true' }],
  ])('loopback serviceUrls, %s: allowed %s', (_name, allowed, env) => {
    const config = loadConfig({ STORAGE: 'memory', ...env });
    const policy = serviceUrlPolicy(config);
    for (const url of ['http://127.0.0.1:56150/', 'http://localhost:3979/_connector', 'https://[::1]/', 'http://127.1.2.3/']) expect(isAllowedServiceUrl(url, policy), url).toBe(allowed);
    // Elsewhere: https on an allowed host, whatever the mode.
    expect(isAllowedServiceUrl('https://smba.trafficmanager.net/uk/', policy)).toBe(true);
    for (const url of ['https://attacker.example.com/', 'http://smba.trafficmanager.net/uk/', 'http://10.0.0.1/', 'http://127.0.0.1.attacker.example.com/', 'http://user:pw@127.0.0.1/']) {
      expect(isAllowedServiceUrl(url, policy), url).toBe(false);
    }
  });
});

describe('bad input', () => {
  const bot = useBotOverHttp({ BODY_LIMIT_BYTES: '8192' });

  it.each([
    ['truncated JSON', '{"type":"message","text":"hel'],
    ['not JSON', 'hello there'],
    ['a JSON array', '[1,2,3]'],
    ['a JSON string', '"message"'],
    ['no type', '{"text":"hi"}'],
  ])('%s → 400 with a generic body', async (_name, body) => {
    const r = await postRaw(bot.messagesUrl, body);
    expect(r.status).toBe(400);
    expect(r.text).not.toContain('hel');
    expect(JSON.parse(r.text)).toHaveProperty('error');
  });

  it('an oversized body → 413', async () => {
    const big = JSON.stringify(personalMessage({ serviceUrl: bot.connector.url, text: 'x'.repeat(20_000) }));
    expect((await postRaw(bot.messagesUrl, big)).status).toBe(413);
  });

  it.each(['messageReaction', 'typing', 'endOfConversation', 'event', 'handoff', 'somethingNew', 'installationUpdate', 'deleteUserData', 'trace'])(
    'activity type %s → 200, no crash',
    async (type) => {
      const activity: TeamsActivity = { ...personalMessage({ serviceUrl: bot.connector.url }), type, text: undefined };
      expect((await postToBot(bot.messagesUrl, activity)).status).toBe(200);
    },
  );

  it.each(['fileConsent/invoke', 'composeExtension/query', 'task/fetch', 'adaptiveCard/action'])(
    'known invoke %s with a malformed value → a 2xx or 4xx answer, never 5xx',
    async (name) => {
      const invoke: TeamsActivity = { ...personalMessage({ serviceUrl: bot.connector.url }), type: 'invoke', name, text: undefined, value: { anything: 1 } };
      const r = await postToBot(bot.messagesUrl, invoke);
      expect(r.status).toBeGreaterThanOrEqual(200);
      expect(r.status).toBeLessThan(500);
    },
  );

  it.each(['composeExtension/unknownThing', 'task/unknown', 'made/up', 'signin/verifyState', 'actionableMessage/executeAction'])(
    'invoke %s → an empty 200, not 500 or 501',
    async (name) => {
      const invoke: TeamsActivity = { ...personalMessage({ serviceUrl: bot.connector.url }), type: 'invoke', name, text: undefined, value: { anything: 1 } };
      const r = await postToBot(bot.messagesUrl, invoke);
      expect(r.status).toBe(200);
    },
  );

  it.each([
    ['an unknown verb', cardActionInvoke('drop.tables', { x: 1 })],
    ['a known verb with tampered data', cardActionInvoke('route.show', { route: { $gt: '' } })],
    ['a known verb with an oversized field', cardActionInvoke('escalation.show', { stage: 'x'.repeat(5000) })],
    ['no action at all', { ...cardActionInvoke('help'), value: 'not an object' }],
    ['a null value', { ...cardActionInvoke('help'), value: null }],
  ])('Action.Execute with %s → 200 and a friendly card', async (_name, invoke) => {
    const r = await postToBot(bot.messagesUrl, { ...invoke, serviceUrl: bot.connector.url });
    expect(r.status).toBe(200);
    expect(r.text).toContain('AdaptiveCard');
    expect(r.text).not.toMatch(/stack|TypeError|at Object/);
  });

  it.each([
    ['a submit with an unknown verb', { verb: 'delete.everything' }],
    ['a submit with a wrong-typed answer', { verb: 'screening.answer', questionId: 42, answer: { a: 1 } }],
    ['a submit that is an array', [1, 2, 3]],
    ['a submit with a huge string', { verb: 'contacts.show', q: 'y'.repeat(6000) }],
  ])('Action.Submit with %s → a friendly card, no crash', async (_name, value) => {
    bot.connector.reset();
    const r = await postToBot(bot.messagesUrl, { ...personalMessage({ serviceUrl: bot.connector.url }), text: undefined, value });
    expect(r.status).toBe(200);
    await settle(bot.connector);
    const sent = bot.connector.activities();
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.map(cardText).join(' ')).toContain('999');
  });
});
