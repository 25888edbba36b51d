/**
 * Property-based fuzzing of /api/messages (fast-check) against the whole app in-process
 * (createApp, MemoryStorage, real CloudAdapter, stand-in connector on 127.0.0.1):
 * randomised and mutated Teams activities, card submissions (Action.Submit and
 * Action.Execute, known and unknown verbs, tampered data) and raw bodies.
 *
 * For every case: no crash, no unhandled rejection, a valid HTTP status from a closed
 * set (never 5xx), a JSON or empty body, and the server still healthy. Memory is checked
 * bounded at the end. The figures printed here are the ones SECURITY.md quotes.
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi, type MockInstance } from 'vitest';
import { TENANT_ID, USER } from '../helpers/activities';
import { startConnector, type StandInConnector } from '../helpers/connector';
import { postRaw, startHarness, type Harness } from './harness';

export const FUZZ_ACTIVITY_RUNS = 2000;
export const FUZZ_RAW_RUNS = 1000;

const VERBS = [
  'area.set', 'contacts.show', 'escalation.show', 'help', 'route.show', 'screen.answer', 'screen.back', 'screen.cancel',
  'screen.restart', 'screen.start', 'notice.start', 'notice.form', 'notice.next', 'notice.submit', 'notice.edit', 'notice.share',
  'notice.shareTo', 'dsl.ask', 'dsl.take', 'referral.prepare', 'referral.tick', 'settings.save', 'settings.show', 'pf.answer',
  'cwd.answer', 'note.start', 'decisions.export', 'insights.show', 'forget', 'drop.tables', '__proto__', 'constructor',
];
const PHRASES = [
  'hello', 'help', 'start', 'forget me', 'contacts', 'a child has a bruise on their face', 'she said her stepdad hits her',
  'not sure', 'start again', 'cancel', 'area bury', 'what is the front door number', 'child home alone tonight', '999',
  'escalate', 'notice', 'consult', 'settings', '<at>Safeguarding Bot</at> help', '',
];
const INVOKE_NAMES = [
  'adaptiveCard/action', 'task/fetch', 'task/submit', 'composeExtension/query', 'composeExtension/fetchTask',
  'composeExtension/submitAction', 'fileConsent/invoke', 'signin/verifyState', 'config/fetch', 'handoff/action', 'made/up',
];

/** Any JSON-ish value, bounded in size. */
const junk = fc.oneof(
  { maxDepth: 3 },
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.array(fc.string({ maxLength: 10 }), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 4 }),
);

const cardData = fc.record(
  {
    verb: fc.oneof(fc.constantFrom(...VERBS), fc.string({ maxLength: 20 })),
    questionId: fc.oneof(fc.constantFrom('q1', 'harm', 'age', 'carer'), junk),
    answer: fc.oneof(fc.constantFrom('yes', 'no', 'notSure', 'unsure'), junk),
    route: fc.oneof(fc.constantFrom('bridge', 'lado', 'early-help'), junk),
    stage: junk,
    area: fc.oneof(fc.constantFrom('salford', 'bury', 'nottingham'), junk),
    draftId: junk,
    childName: fc.string({ maxLength: 30 }),
    dob: fc.oneof(fc.constantFrom('2015-02-30', '2019-06-01', 'yesterday'), junk),
    concern: fc.string({ unit: 'grapheme', maxLength: 200 }),
    extra: junk,
  },
  { requiredKeys: ['verb'] },
);

const conversationType = fc.constantFrom('personal', 'groupChat', 'channel', 'weird', undefined);

const activity = fc
  .record({
    type: fc.oneof(
      { weight: 6, arbitrary: fc.constant('message') },
      { weight: 3, arbitrary: fc.constant('invoke') },
      { weight: 1, arbitrary: fc.constantFrom('conversationUpdate', 'messageReaction', 'event', 'typing', 'installationUpdate', 'endOfConversation') },
      { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 20 }) },
    ),
    text: fc.oneof(fc.constantFrom(...PHRASES), fc.string({ unit: 'grapheme', maxLength: 300 }), fc.constant(undefined)),
    name: fc.oneof(fc.constantFrom(...INVOKE_NAMES), fc.string({ maxLength: 30 })),
    submit: fc.oneof(cardData, junk, fc.constant(undefined)),
    execute: fc.oneof(
      fc.record({ action: fc.record({ type: fc.constantFrom('Action.Execute', 'Action.Submit', 'x'), verb: fc.oneof(fc.constantFrom(...VERBS), junk), data: fc.oneof(cardData, junk) }), trigger: fc.constantFrom('manual', 'automatic') }),
      junk,
    ),
    conversation: fc.integer({ min: 0, max: 15 }),
    conversationType,
    user: fc.integer({ min: 0, max: 7 }),
    /** Top-level keys to delete or replace with junk. */
    mutations: fc.array(fc.tuple(fc.constantFrom('id', 'from', 'recipient', 'conversation', 'channelData', 'channelId', 'locale', 'entities', 'attachments', 'timestamp', 'replyToId', 'serviceUrl', 'value', 'name', 'text'), fc.option(junk)), { maxLength: 3 }),
  })
  .map((r) => r);

type Spec = typeof activity extends fc.Arbitrary<infer T> ? T : never;

let sequence = 0;
function build(spec: Spec, serviceUrl: string): Record<string, unknown> {
  sequence += 1;
  const conversationId = `a:fuzz-${spec.conversation}`;
  const out: Record<string, unknown> = {
    type: spec.type,
    id: `fuzz-${sequence}`,
    channelId: 'msteams',
    serviceUrl,
    timestamp: new Date().toISOString(),
    locale: 'en-GB',
    from: { id: `29:fuzz-user-${spec.user}`, name: USER.name, aadObjectId: `00000000-0000-0000-0000-00000000000${spec.user}` },
    recipient: { id: '28:bot', name: 'Safeguarding Bot' },
    conversation: { id: conversationId, conversationType: spec.conversationType, tenantId: TENANT_ID },
    channelData: { tenant: { id: TENANT_ID } },
  };
  if (spec.type === 'message') {
    if (spec.text !== undefined) out.text = spec.text;
    if (spec.submit !== undefined) out.value = spec.submit;
  } else if (spec.type === 'invoke') {
    out.name = spec.name;
    out.value = spec.execute;
  } else if (spec.type === 'conversationUpdate') {
    out.membersAdded = [{ id: '28:bot' }, { id: `29:fuzz-user-${spec.user}` }];
  }
  for (const [key, replacement] of spec.mutations) {
    if (replacement === null) delete out[key];
    else out[key] = replacement;
  }
  return out;
}

/** A real garbage collection, so heap samples measure what is retained, not what is pending. */
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

/** Statuses /api/messages may answer with. Never 5xx. */
const ALLOWED = new Set([200, 201, 202, 204, 400, 401, 403, 413, 415]);

describe('fuzz: /api/messages never crashes, never 5xx, stays bounded', () => {
  let connector: StandInConnector;
  let h: Harness;
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown): void => {
    unhandled.push(reason);
  };
  let consoleError: MockInstance<typeof console.error>;
  const statuses = new Map<number, number>();

  beforeAll(async () => {
    process.on('unhandledRejection', onUnhandled);
    consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    connector = await startConnector();
    // Limits high enough that the fuzz reaches the bot's logic rather than the rate limiter.
    h = await startHarness({ LOG_LEVEL: 'warn', RATE_LIMIT_BURST: '1000', RATE_LIMIT_PER_MINUTE: '10000', BODY_LIMIT_BYTES: '65536' });
  });

  afterAll(async () => {
    process.off('unhandledRejection', onUnhandled);
    await h.close();
    await connector.close();
    const summary = [...statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join(', ');
    console.log(`fuzz figures: ${FUZZ_ACTIVITY_RUNS} activity cases + ${FUZZ_RAW_RUNS} raw-body cases; statuses ${summary}`);
  });

  const count = (status: number): void => {
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
  };

  it(`${FUZZ_ACTIVITY_RUNS} random and mutated activities and card submissions`, async () => {
    let runs = 0;
    const heapAt: number[] = [];
    await fc.assert(
      fc.asyncProperty(activity, async (spec) => {
        runs += 1;
        if (runs % 250 === 0) {
          connector.reset(); // the stand-in keeps every request; the bot must not
          h.logLines.length = 0;
          collectGarbage();
          heapAt.push(process.memoryUsage().heapUsed);
        }
        const body = JSON.stringify(build(spec, connector.url));
        const r = await postRaw(h.messagesUrl, body);
        count(r.status);
        expect(ALLOWED.has(r.status), `status ${r.status} for ${body.slice(0, 300)}`).toBe(true);
        if (r.text !== '') expect(() => JSON.parse(r.text) as unknown).not.toThrow();
      }),
      { numRuns: FUZZ_ACTIVITY_RUNS, seed: 20260302, endOnFailure: true },
    );
    expect(runs).toBe(FUZZ_ACTIVITY_RUNS);
    expect(unhandled).toEqual([]);
    // Memory bounded: after warm-up, the retained heap grows by less than 16 MB over the run.
    const first = heapAt[1] ?? heapAt[0] ?? 0;
    const last = heapAt[heapAt.length - 1] ?? 0;
    process.stdout.write(`fuzz heap after GC (MB): ${heapAt.map((b) => (b / 1048576).toFixed(1)).join(' ')}\n`);
    expect(last - first).toBeLessThan(16 * 1024 * 1024);
    const health = await fetch(`${h.url}/healthz`);
    expect(health.status).toBe(200);
  }, 600_000);

  it(`${FUZZ_RAW_RUNS} raw bodies: arbitrary strings, JSON values and truncated activities`, async () => {
    let runs = 0;
    const raw = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.json({ maxDepth: 3 }),
      activity.map((spec) => {
        const text = JSON.stringify(build(spec, connector.url));
        return text.slice(0, Math.max(1, Math.floor(text.length / 2)));
      }),
    );
    await fc.assert(
      fc.asyncProperty(raw, async (body) => {
        runs += 1;
        const r = await postRaw(h.messagesUrl, body);
        count(r.status);
        expect(ALLOWED.has(r.status), `status ${r.status}`).toBe(true);
        if (r.text !== '') expect(() => JSON.parse(r.text) as unknown).not.toThrow();
      }),
      { numRuns: FUZZ_RAW_RUNS, seed: 20260303, endOnFailure: true },
    );
    expect(runs).toBe(FUZZ_RAW_RUNS);
    expect(unhandled).toEqual([]);
    expect(consoleError).not.toHaveBeenCalled();
  }, 600_000);
});
