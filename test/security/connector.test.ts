/**
 * Teams' connector failures, with nock standing in for https://smba.trafficmanager.net:
 * 429 (Retry-After honoured), 412, 502 and 504 are retried with jittered backoff a
 * bounded number of times; nothing else is retried; every message is delivered once.
 * Plus the pacer (7 a second, 60 in 30 seconds per conversation) on a fake clock, and
 * the outbound serviceUrl allowlist.
 */
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { backoffMs, DEFAULT_RETRY, outboundPolicy, Pacer, retryAfterMs, ServiceUrlRefusedError, TEAMS_THREAD_LIMITS } from '../../bot/edge/outbound';
import { DEFAULT_SERVICE_URL, personalMessage } from '../helpers/activities';
import { postToBot } from '../helpers/connector';
import { startHarness, type Harness } from './harness';
import { loopbackOnly } from '../helpers/guards';

const HOST = 'https://smba.trafficmanager.net';
const REPLY_PATH = /^\/uk\/v3\/conversations\/[^/]+\/activities(\/[^/]+)?$/;

interface Plan {
  /** Status codes to answer, in order, before answering 200. */
  failures: { status: number; headers?: Record<string, string> }[];
}

describe('connector retries (real app, nock connector)', () => {
  loopbackOnly();
  let h: Harness;
  const sleeps: number[] = [];
  let skipped = 0;
  let attempts = 0;
  let delivered: unknown[] = [];
  let plan: Plan = { failures: [] };

  beforeAll(async () => {
    h = await startHarness(
      { LOG_LEVEL: 'info' },
      {
        outbound: {
          // Record the waits instead of waiting: a fake clock that a sleep moves on. Fixed jitter.
          now: () => Date.now() + skipped,
          sleep: async (ms) => {
            sleeps.push(ms);
            skipped += ms;
          },
          retry: { ...DEFAULT_RETRY, random: () => 0.5 },
        },
      },
    );
  });

  afterAll(async () => {
    await h.close();
  });

  afterEach(() => {
    nock.cleanAll();
  });

  function connector(): nock.Scope {
    attempts = 0;
    delivered = [];
    sleeps.length = 0;
    return nock(HOST)
      .persist()
      .post(REPLY_PATH)
      .reply(function (_uri, body) {
        attempts += 1;
        const failure = plan.failures.shift();
        if (failure) return [failure.status, { error: { code: 'Fault', message: 'injected' } }, failure.headers ?? {}];
        delivered.push(body);
        return [200, { id: `sent-${attempts}` }];
      });
  }

  let conversations = 0;
  async function sendHello(): Promise<number> {
    // A new conversation each time, so pacing (tested below) adds no waits here.
    conversations += 1;
    const activity = personalMessage({ serviceUrl: DEFAULT_SERVICE_URL, text: 'what is the front door number', conversationId: `a:retry-test-${conversations}` });
    const response = await postToBot(h.messagesUrl, activity);
    return response.status;
  }

  let baseline = 0;

  it('baseline: with no faults, every reply is delivered on the first attempt', async () => {
    plan = { failures: [] };
    const scope = connector();
    expect(await sendHello()).toBe(200);
    baseline = delivered.length;
    expect(baseline).toBeGreaterThan(0);
    expect(attempts).toBe(baseline);
    expect(sleeps).toEqual([]);
    expect(scope.isDone()).toBe(true);
  });

  const retried: [string, Plan['failures']][] = [
    ['429 with Retry-After: 3', [{ status: 429, headers: { 'retry-after': '3' } }]],
    ['429 without Retry-After', [{ status: 429 }]],
    ['412', [{ status: 412 }]],
    ['502 twice', [{ status: 502 }, { status: 502 }]],
    ['504', [{ status: 504 }]],
    ['429, 502, 504 in a row', [{ status: 429, headers: { 'retry-after': '1' } }, { status: 502 }, { status: 504 }]],
  ];

  it.each(retried)('%s: retried, and each reply is delivered exactly once', async (_name, failures) => {
    plan = { failures: [...failures] };
    connector();
    expect(await sendHello()).toBe(200);
    expect(delivered.length).toBe(baseline);
    expect(new Set(delivered.map((d) => JSON.stringify(d))).size).toBe(baseline);
    expect(attempts).toBe(baseline + failures.length);
    expect(sleeps.length).toBe(failures.length);
  });

  it('honours Retry-After (seconds) on 429', async () => {
    plan = { failures: [{ status: 429, headers: { 'retry-after': '3' } }] };
    connector();
    await sendHello();
    expect(sleeps).toEqual([3000]);
  });

  it('backs off with jitter between 502s (half to all of the exponential ceiling)', async () => {
    plan = { failures: [{ status: 502 }, { status: 502 }, { status: 502 }] };
    connector();
    await sendHello();
    expect(sleeps).toEqual([375, 750, 1500]); // random() = 0.5 → ¾ of 500, 1000, 2000
  });

  it('gives up after a bounded number of attempts (504 for ever): the SDK retry policy is not stacked on ours', async () => {
    plan = { failures: Array.from({ length: 100 }, () => ({ status: 504 })) };
    connector();
    const status = await sendHello();
    expect(status).toBe(200); // the turn failed after the HTTP answer was decided; onTurnError ran
    // The reply: 4 attempts. onTurnError's error card: 4 more. Never 16 (4 × the SDK's 4).
    expect(attempts).toBe(2 * DEFAULT_RETRY.maxAttempts);
    expect(delivered).toEqual([]);
    expect(h.logLines.some((l) => l.includes('unhandled error in turn'))).toBe(true);
  });

  it.each([400, 403, 404, 500, 503])('does not retry %i', async (status) => {
    plan = { failures: [{ status }, { status }] };
    connector();
    await sendHello();
    expect(sleeps).toEqual([]);
  });
});

describe('retry helpers', () => {
  const headers = (h: Record<string, string>) => ({ get: (name: string) => h[name] });

  it('reads Retry-After as seconds, as an HTTP date, and retry-after-ms', () => {
    const now = Date.parse('2026-01-05T10:00:00Z');
    expect(retryAfterMs(headers({ 'retry-after': '7' }), now)).toBe(7000);
    expect(retryAfterMs(headers({ 'retry-after': 'Mon, 05 Jan 2026 10:00:04 GMT' }), now)).toBe(4000);
    expect(retryAfterMs(headers({ 'retry-after-ms': '250' }), now)).toBe(250);
    expect(retryAfterMs(headers({}), now)).toBeUndefined();
  });

  it('caps the backoff', () => {
    const options = { ...DEFAULT_RETRY, random: () => 0.999 };
    expect(backoffMs(20, options)).toBeLessThanOrEqual(DEFAULT_RETRY.maxDelayMs);
  });
});

describe('outbound serviceUrl allowlist', () => {
  const policy = outboundPolicy({
    serviceUrls: { allowLoopback: false, hosts: ['smba.trafficmanager.net', '*.botframework.com'] },
    pacer: new Pacer(),
    retry: DEFAULT_RETRY,
    sleep: async () => undefined,
    now: Date.now,
  });
  const ok = { status: 200, headers: { get: () => undefined } };

  it.each([
    'http://smba.trafficmanager.net/uk/v3/conversations/a/activities',
    'https://attacker.example.com/v3/conversations/a/activities',
    'https://smba.trafficmanager.net.attacker.example.com/v3/conversations/a/activities',
    'https://user:pw@smba.trafficmanager.net/v3/conversations/a/activities',
    'https://smba.trafficmanager.net:8443/v3/conversations/a/activities',
    'https://botframework.com.evil/v3/conversations/a/activities',
  ])('refuses %s before sending anything', async (url) => {
    let sent = 0;
    await expect(
      policy.sendRequest({ url, method: 'POST' }, async () => {
        sent += 1;
        return ok;
      }),
    ).rejects.toBeInstanceOf(ServiceUrlRefusedError);
    expect(sent).toBe(0);
  });

  it.each(['https://smba.trafficmanager.net/uk/v3/conversations/a/activities', 'https://europe.webchat.botframework.com/v3/conversations/a/activities'])(
    'sends to %s',
    async (url) => {
      const response = await policy.sendRequest({ url, method: 'POST' }, async () => ok);
      expect(response.status).toBe(200);
    },
  );
});

describe('per-conversation pacing (fake clock)', () => {
  function fakeTime() {
    let now = 0;
    return { now: () => now, sleep: async (ms: number) => void (now += ms) };
  }

  it('never lets more than 7 a second or 60 in 30 seconds through for one conversation', async () => {
    const t = fakeTime();
    const pacer = new Pacer(TEAMS_THREAD_LIMITS, t.now, t.sleep);
    const times: number[] = [];
    for (let i = 0; i < 150; i += 1) {
      await pacer.acquire('conv-a');
      times.push(t.now());
    }
    for (const start of times) {
      expect(times.filter((x) => x >= start && x < start + 1000).length).toBeLessThanOrEqual(7);
      expect(times.filter((x) => x >= start && x < start + 30_000).length).toBeLessThanOrEqual(60);
    }
    // and it is not needlessly slow: 150 sends fit in three 30-second windows
    expect(times[149]).toBeLessThan(90_000);
  });

  it('paces concurrent sends for one conversation, not other conversations', async () => {
    const t = fakeTime();
    const pacer = new Pacer(TEAMS_THREAD_LIMITS, t.now, t.sleep);
    const order: string[] = [];
    await Promise.all(
      Array.from({ length: 8 }, (_, i) => pacer.acquire('busy').then(() => order.push(`busy-${i}@${t.now()}`))),
    );
    // The eighth send in the same conversation waited for the first second to pass.
    expect(order.filter((o) => o.endsWith('@0')).length).toBe(7);
    const before = t.now();
    await pacer.acquire('quiet');
    expect(t.now()).toBe(before);
  });

  it('forgets idle conversations (memory bounded)', async () => {
    const t = fakeTime();
    const pacer = new Pacer(TEAMS_THREAD_LIMITS, t.now, t.sleep);
    for (let i = 0; i < 1500; i += 1) await pacer.acquire(`c${i}`);
    await t.sleep(31_000);
    await pacer.acquire('later');
    expect(pacer.size).toBeLessThan(10);
  });

  it('keeps a conversation that sent again while forgetting the idle ones around it', async () => {
    const t = fakeTime();
    const pacer = new Pacer(TEAMS_THREAD_LIMITS, t.now, t.sleep);
    for (let i = 0; i < 1500; i += 1) await pacer.acquire(`c${i}`);
    await t.sleep(20_000);
    await pacer.acquire('c0');
    await t.sleep(11_000);
    await pacer.acquire('later');
    // c1..c1499 are idle and forgotten; c0 (its send 11 s ago still counts) and 'later' are kept.
    expect(pacer.size).toBe(2);
  });
});
