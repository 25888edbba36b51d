/**
 * Insight at the HTTP depth: GET /metrics (Prometheus text, prom-client, dedicated
 * registry) after real turns; the "insights" card for administrators; and the stale
 * guidance warning on result cards and in /readyz (STALE_AFTER_DAYS).
 */
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../bot/app';
import { loadConfig } from '../../bot/edge/config';
import { createLogger } from '../../bot/edge/logger';
import { OrgSettingsStore } from '../../bot/dsl/orgSettings';
import { createStorage, type StorageHandle } from '../../bot/storage';
import { CHANNEL_ID, SECOND_USER, TEAM_ID, TENANT_ID, USER, cardActionInvoke, personalMessage, type TeamsActivity, type TeamsUser } from '../helpers/activities';
import { postToBot, startConnector, type StandInConnector, exchange, type Exchange } from '../helpers/connector';
import { failOnConsoleError } from '../helpers/guards';
import { readable } from '../helpers/readable';

const TUESDAY_10AM = new Date('2026-11-24T10:00:00Z');
const ADMIN: TeamsUser = { id: '29:admin-user-three', name: 'Ari Admin', aadObjectId: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee' };
const CHILD_NAME = 'Zoë Ó Súilleabháin';
const CONCERN = `${CHILD_NAME} told me her stepdad hits her and she has bruises`;


interface Running {
  app: App;
  base: string;
  storage: StorageHandle;
}

async function start(env: Record<string, string>, clock: () => Date): Promise<Running> {
  const config = loadConfig({ NODE_ENV: 'test', STORAGE: 'memory', LOG_LEVEL: 'silent', ADMIN_AAD_IDS: ADMIN.aadObjectId, RATE_LIMIT_PER_MINUTE: '1000', RATE_LIMIT_BURST: '1000', ...env });
  const logger = createLogger(config, new Writable({ write: (_c, _e, cb) => cb() }));
  const storage = createStorage(config);
  const app = createApp({ config, logger, clock, storage, reminderIntervalSeconds: 0 });
  const { url } = await app.server.listen(0, '127.0.0.1');
  return { app, base: url, storage };
}

describe('/metrics and insights', () => {
  let connector: StandInConnector;
  let r: Running;
  let now = TUESDAY_10AM;
  failOnConsoleError();

  const turn = (activity: TeamsActivity): Promise<Exchange> => exchange(connector, `${r.base}/api/messages`, activity);

  beforeAll(async () => {
    connector = await startConnector();
    r = await start({}, () => now);
    await new OrgSettingsStore(r.storage).save({
      tenantId: TENANT_ID,
      teamId: TEAM_ID,
      channelId: CHANNEL_ID,
      channelName: 'Safeguarding',
      serviceUrl: connector.url,
      area: 'salford',
      dsls: [{ id: SECOND_USER.id, name: SECOND_USER.name, aadObjectId: SECOND_USER.aadObjectId }],
      rota: {},
      updatedAt: TUESDAY_10AM.toISOString(),
      updatedBy: ADMIN.aadObjectId,
    });
  });
  afterAll(async () => {
    await r?.app.close();
    await r?.storage.close();
    await connector?.close();
  });

  it('counts turns, routes by level and area, consults raised and taken with the time to take, and carries no identifiers', async () => {
    const answer = await turn(personalMessage({ serviceUrl: connector.url, from: USER, text: CONCERN }));
    const ask = ((answer.replies[0]?.body.attachments?.[0]?.content as { actions: { title: string; data: Record<string, unknown> }[] }).actions ?? []).find((x) => x.title === 'Ask my DSL');
    const press = personalMessage({ serviceUrl: connector.url, from: USER, value: ask?.data });
    delete press.text;
    await turn(press);
    const consultKey = (await r.storage.listKeys('consult/'))[0] as string;
    const consultId = consultKey.slice('consult/'.length);
    now = new Date(TUESDAY_10AM.getTime() + 7 * 60_000);
    const take = cardActionInvoke('dsl.take', { consult: consultId }, { serviceUrl: connector.url, from: SECOND_USER as TeamsUser });
    const taken = await turn(take);
    expect(JSON.stringify(taken.body)).toContain('Taken by Sam Sample');

    const res = await fetch(`${r.base}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
    const text = await res.text();
    expect(text).toMatch(/^safeguarding_turns_total\{type="message"\} 2$/m);
    expect(text).toMatch(/^safeguarding_turns_total\{type="invoke"\} 1$/m);
    expect(text).toMatch(/^safeguarding_routes_given_total\{level="[a-z0-9_]+",route="[a-z0-9_]+",area="salford"\} 1$/m);
    expect(text).toMatch(/^safeguarding_consults_raised_total\{area="salford"\} 1$/m);
    expect(text).toMatch(/^safeguarding_consults_taken_total\{area="salford"\} 1$/m);
    expect(text).toMatch(/^safeguarding_consult_time_to_take_seconds\{quantile="0.5"\} 420$/m);
    expect(text).toMatch(/^safeguarding_consult_time_to_take_seconds_count 1$/m);
    expect(text).toMatch(/^# TYPE safeguarding_errors_total counter$/m);
    expect(text).toMatch(/^# TYPE safeguarding_escalations_total counter$/m);
    for (const id of [USER.id, USER.name, USER.aadObjectId, SECOND_USER.id, SECOND_USER.name, TENANT_ID, CHILD_NAME, 'stepdad', consultId, 'a:1personal']) expect(text).not.toContain(id);
  });

  it('insights: an administrator sees the last 30 days as counts; anyone else is refused', async () => {
    const refused = await turn(personalMessage({ serviceUrl: connector.url, from: USER, text: 'insights' }));
    expect(refused.replies[0]?.body.text).toMatch(/for administrators/);
    const shown = await turn(personalMessage({ serviceUrl: connector.url, from: ADMIN, text: 'insights' }));
    const seen = readable(shown.replies[0]);
    expect(seen).toContain('Insights: the last 30 days');
    expect(seen).toContain('1 answer given.');
    expect(seen).toMatch(/Advice given, by route .*Refer to the Bridge now 1/);
    expect(seen).toMatch(/DSL consults .*Raised 1 Taken 1 Not taken in time 0/);
    expect(seen).not.toContain(USER.name);
    expect(seen).not.toContain(CHILD_NAME);
  });
});

describe('stale guidance warning', () => {
  const cases: { name: string; env: Record<string, string>; at: string; stale: boolean }[] = [
    // packs' contacts were checked on 2026-11-23
    { name: 'within the default 183 days', env: {}, at: '2027-05-24T10:00:00Z', stale: false },
    { name: 'older than the default 183 days', env: {}, at: '2027-05-26T10:00:00Z', stale: true },
    { name: 'older than STALE_AFTER_DAYS=30', env: { STALE_AFTER_DAYS: '30' }, at: '2027-01-05T10:00:00Z', stale: true },
  ];

  it.each(cases)('$name: result cards and /readyz', async ({ env, at, stale }) => {
    const connector = await startConnector();
    const r = await start(env, () => new Date(at));
    try {
      const res = await postToBot(`${r.base}/api/messages`, personalMessage({ serviceUrl: connector.url, text: 'she told me her stepdad hits her' }));
      expect(res.status).toBe(200);
      const card = readable(connector.activities()[0]);
      const ready = (await (await fetch(`${r.base}/readyz`)).json()) as { status: string; staleGuidance?: { area: string; contactsCheckedOn: string }[] };
      expect(ready.status).toBe('ready');
      if (stale) {
        expect(card).toContain('Contact details last checked on Monday 23 November 2026');
        expect(ready.staleGuidance).toEqual([
          { area: 'salford', contactsCheckedOn: '2026-11-23' },
          { area: 'bury', contactsCheckedOn: '2026-11-23' },
          { area: 'nottingham', contactsCheckedOn: '2026-11-23' },
        ]);
      } else {
        expect(card).not.toContain('last checked on');
        expect(ready.staleGuidance).toBeUndefined();
      }
    } finally {
      await r.app.close();
      await r.storage.close();
      await connector.close();
    }
  });
});

describe('/metrics access', () => {
  const TOKEN = 'm3tr1cs-t0ken-for-tests-0123456789abcdef';
  const PRODUCTION = { NODE_ENV: 'production', ALLOW_INSECURE_DEV: 'true' };
  const running: Running[] = [];
  afterAll(async () => {
    for (const r of running) {
      await r.app.close();
      await r.storage.close();
    }
  });
  const boot = async (env: Record<string, string>): Promise<Running> => {
    const r = await start(env, () => TUESDAY_10AM);
    running.push(r);
    return r;
  };
  const get = (r: Running, authorization?: string) => fetch(`${r.base}/metrics`, authorization ? { headers: { authorization } } : {});

  it('in production without METRICS_TOKEN, /metrics is not served to anyone', async () => {
    const r = await boot(PRODUCTION);
    const res = await get(r);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('safeguarding_');
  });

  it('with METRICS_TOKEN, only a request bearing it gets the counters (production or not)', async () => {
    for (const env of [{ ...PRODUCTION, METRICS_TOKEN: TOKEN }, { METRICS_TOKEN: TOKEN }]) {
      const r = await boot(env);
      for (const auth of [undefined, 'Bearer wrong-token', `Basic ${TOKEN}`, `Bearer ${TOKEN}x`, `Bearer ${TOKEN.slice(0, -1)}`]) {
        const res = await get(r, auth);
        expect(res.status).toBe(401);
        expect(res.headers.get('www-authenticate')).toBe('Bearer');
        expect(await res.text()).not.toContain('safeguarding_');
      }
      const ok = await get(r, `Bearer ${TOKEN}`);
      expect(ok.status).toBe(200);
      expect(await ok.text()).toContain('safeguarding_turns_total');
    }
  });

  it('METRICS_TOKEN must be long enough to be a secret', () => {
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
  });
});
