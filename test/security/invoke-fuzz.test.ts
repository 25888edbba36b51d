/**
 * Invoke fuzz over HTTP: every invoke name botbuilder dispatches (read from the SDK's own
 * source, so an upgrade that adds one fails here until it is listed), some unknown ones,
 * × a missing, null, array, string, number or wrongly-shaped `value` × each conversation
 * type (personal, group chat, team channel), then random and mutated invokes, posted to
 * /api/messages of the whole app on 127.0.0.1 (no other network: nock refuses it).
 *
 * For every case: never 5xx, a JSON or empty body. For every refused case (4xx): nothing
 * written to storage (not even the redelivery claim) and exactly one log line about it,
 * which carries no part of the payload. After the run: no error-level log line, no
 * unhandled rejection, no console output, /healthz still answers. The figures printed at
 * the end are the ones SECURITY.md quotes.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it, vi, type MockInstance } from 'vitest';
import { loadConfig } from '../../bot/edge/config';
import { KNOWN_INVOKE_NAMES } from '../../bot/edge/invokes';
import { createStorage, type StorageHandle } from '../../bot/storage';
import { channelMessage, groupChatMessage, personalMessage, type TeamsActivity } from '../helpers/activities';
import { startConnector, type StandInConnector } from '../helpers/connector';
import { startHarness, type Harness } from './harness';

export const INVOKE_RANDOM_RUNS = 7000;

/** Words that stand in for what a user typed: no log line may carry them. */
const SENTINEL = 'Zoë Payload-Sentinel 4Q';

/** The invoke names botbuilder's handlers dispatch on, read from the installed SDK. */
function sdkInvokeNames(): string[] {
  const require = createRequire(import.meta.url);
  const names = new Set<string>();
  for (const module of ['botbuilder/lib/teamsActivityHandler.js', 'botbuilder-core/lib/activityHandler.js', 'botbuilder-core/lib/signInConstants.js']) {
    const source = readFileSync(require.resolve(module), 'utf8');
    const start = source.indexOf('onInvokeActivity(context) {');
    const body = start >= 0 ? source.slice(start, source.indexOf('\n    }\n', start)) : source;
    for (const m of body.matchAll(/(?:case |OperationName = )'([a-zA-Z]+\/[a-zA-Z]+)'/g)) names.add(m[1] as string);
  }
  return [...names].sort();
}

/** Names nobody handles, and near misses. `undefined` = no name at all (Teams' legacy card action). */
const UNKNOWN_INVOKES: (string | undefined)[] = [undefined, '', 'made/up', 'composeExtension/QUERY', 'task/', 'handoff/action', 'healthCheck', '__proto__', 'x'.repeat(300)];

const DRAFT_ID = '3f2b8c1e-9d4a-4b7e-8f10-2a6c5d4e3b21';

/** Values as Teams sends them, to mutate. */
const WELL_FORMED: Record<string, unknown> = {
  'composeExtension/query': { commandId: 'findContact', parameters: [{ name: 'query', value: 'bridge' }], queryOptions: { skip: 0, count: 25 } },
  'composeExtension/fetchTask': { commandId: 'checkNextSteps', commandContext: 'message', messagePayload: { body: { contentType: 'html', content: `<p>${SENTINEL} has a bruise</p>` } } },
  'composeExtension/submitAction': { commandId: 'checkNextSteps', commandContext: 'message', data: { verb: 'mx.postSummary', contacts: ['bridge'] } },
  'adaptiveCard/action': { action: { type: 'Action.Execute', verb: 'help', data: {} }, trigger: 'manual' },
  'task/fetch': { data: { verb: 'notice.form', draftId: DRAFT_ID }, context: { theme: 'default' } },
  'task/submit': { data: { verb: 'notice.submit', draftId: DRAFT_ID, childName: SENTINEL }, context: { theme: 'default' } },
  'application/search': { kind: 'search', queryText: SENTINEL, dataset: 'contacts' },
  'signin/verifyState': { state: '123456' },
  'fileConsent/invoke': { type: 'fileUpload', action: 'accept', context: {}, uploadInfo: {} },
};

/** The systematic values: absent, every non-object JSON type, and objects of the wrong shape. */
const SYSTEMATIC_VALUES: [string, unknown][] = [
  ['missing', undefined],
  ['null', null],
  ['an empty array', []],
  ['an array', [SENTINEL, { commandId: 'findContact' }]],
  ['an empty string', ''],
  ['a string', SENTINEL],
  ['a number', 42],
  ['a boolean', true],
  ['an empty object', {}],
  ['a numeric commandId', { commandId: 5 }],
  ['an object commandId', { commandId: { toString: SENTINEL } }],
  ['parameters as a string', { commandId: 'findContact', parameters: SENTINEL }],
  ['parameters with null', { commandId: 'findContact', parameters: [null] }],
  ['parameters with a non-string value', { commandId: 'findContact', parameters: [{ name: 'query', value: { q: SENTINEL } }] }],
  ['queryOptions as a string', { commandId: 'findContact', queryOptions: SENTINEL }],
  ['messagePayload as a string', { commandId: 'checkNextSteps', messagePayload: SENTINEL }],
  ['messagePayload null', { commandId: 'checkNextSteps', messagePayload: null }],
  ['body as an array', { commandId: 'checkNextSteps', messagePayload: { body: [SENTINEL] } }],
  ['content as a number', { commandId: 'checkNextSteps', messagePayload: { body: { contentType: 'html', content: 5 } } }],
  ['an unknown botMessagePreviewAction', { commandId: 'checkNextSteps', botMessagePreviewAction: SENTINEL }],
  ['botMessagePreviewAction edit', { commandId: 'checkNextSteps', botMessagePreviewAction: 'edit', botActivityPreview: [SENTINEL] }],
  ['botMessagePreviewAction send', { commandId: 'checkNextSteps', botMessagePreviewAction: 'send', botActivityPreview: null }],
  ['data null', { commandId: 'checkNextSteps', data: null }],
  ['data as a string', { commandId: 'checkNextSteps', data: SENTINEL }],
  ['action null', { action: null }],
  ['action as a string', { action: SENTINEL }],
  ['action without a type', { action: { verb: 'help' } }],
  ['action with a numeric verb', { action: { type: 'Action.Execute', verb: 5, data: SENTINEL } }],
  ['an Action.Submit action', { action: { type: 'Action.Submit', verb: 'help' } }],
  ['task data null', { data: null }],
  ['task data with a bad draft id', { data: { verb: 'notice.form', draftId: SENTINEL } }],
  ['task data for an unknown draft', { data: { verb: 'notice.submit', draftId: DRAFT_ID, childName: SENTINEL } }],
  ['search without queryText', { kind: 'search' }],
  ['search with an object queryText', { kind: 5, queryText: { q: SENTINEL } }],
  ['signin state as an object', { state: { s: SENTINEL } }],
  ['file consent with null parts', { type: 'fileUpload', action: 'accept', context: null, uploadInfo: null }],
  ['a __proto__ key', JSON.parse(`{"__proto__": {"commandId": "findContact", "polluted": "${SENTINEL}"}}`) as unknown],
  ['a constructor key', { constructor: { prototype: { polluted: SENTINEL } } }],
  ['deep nesting', JSON.parse(`${'{"a":'.repeat(200)}"${SENTINEL}"${'}'.repeat(200)}`) as unknown],
  ['a long string', SENTINEL.repeat(2000)],
];

type ConversationType = 'personal' | 'groupChat' | 'channel';
const CONVERSATION_TYPES: ConversationType[] = ['personal', 'groupChat', 'channel'];

let sent = 0;
function invoke(serviceUrl: string, conversationType: ConversationType, name: string | undefined, value: unknown): TeamsActivity {
  const make = { personal: personalMessage, groupChat: groupChatMessage, channel: channelMessage }[conversationType];
  // Twenty users in turn, so that every case stays inside the per-user rate limit (1,000 at once).
  sent += 1;
  const user = sent % 20;
  const from = { id: `29:invoke-fuzz-${user}`, name: 'Fuzz User', aadObjectId: `00000000-0000-4000-8000-0000000000${String(user).padStart(2, '0')}` };
  const base = make({ serviceUrl, from });
  const activity: TeamsActivity = { ...base, type: 'invoke', text: undefined, entities: undefined };
  if (name !== undefined) activity.name = name;
  if (value !== undefined) activity.value = value;
  return activity;
}

/** A storage handle that counts every write, delete and claim (none may follow a refused invoke). */
function countingStorage(): { handle: StorageHandle; changes: () => number } {
  const inner = createStorage(loadConfig({ NODE_ENV: 'test', STORAGE: 'memory' }));
  let changes = 0;
  const storage = {
    read: (keys: string[]) => inner.storage.read(keys),
    write: (items: Parameters<typeof inner.storage.write>[0]) => {
      changes += 1;
      return inner.storage.write(items);
    },
    delete: (keys: string[]) => {
      changes += 1;
      return inner.storage.delete(keys);
    },
  };
  const handle: StorageHandle = {
    ...inner,
    storage,
    listKeys: (prefix) => inner.listKeys(prefix),
    claim: (key, expiresAtMs, nowMs) => {
      changes += 1;
      return inner.claim(key, expiresAtMs, nowMs);
    },
    ping: () => inner.ping(),
    close: () => inner.close(),
    ...(inner.keysOlderThan ? { keysOlderThan: (prefix: string, cutoff: number) => inner.keysOlderThan!(prefix, cutoff) } : {}),
  };
  return { handle, changes: () => changes };
}

/** Statuses /api/messages may answer an invoke with. */
const ALLOWED = new Set([200, 400, 403, 404, 413]);

describe('invoke fuzz: every invoke name × malformed values × conversation types, over HTTP', () => {
  let connector: StandInConnector;
  let h: Harness;
  let store: ReturnType<typeof countingStorage>;
  let consoleError: MockInstance<typeof console.error>;
  let consoleLog: MockInstance<typeof console.log>;
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown): void => {
    unhandled.push(reason);
  };
  const statuses = new Map<number, number>();
  let cases = 0;
  let refused = 0;

  beforeAll(async () => {
    nock.disableNetConnect();
    nock.enableNetConnect('127.0.0.1');
    process.on('unhandledRejection', onUnhandled);
    consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    consoleLog = vi.spyOn(console, 'log');
    connector = await startConnector();
    store = countingStorage();
    // Limits high enough that every case reaches the invoke handling rather than the rate limiter.
    h = await startHarness({ LOG_LEVEL: 'info', RATE_LIMIT_BURST: '1000', RATE_LIMIT_PER_MINUTE: '10000', BODY_LIMIT_BYTES: '262144' }, { storage: store.handle });
  });

  afterAll(async () => {
    process.off('unhandledRejection', onUnhandled);
    await h?.close();
    await connector?.close();
    await store?.handle.close();
    nock.enableNetConnect();
    consoleLog.mockRestore();
    consoleError.mockRestore();
    const summary = [...statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join(', ');
    console.info(`invoke fuzz figures: ${cases} cases (${refused} refused with nothing stored); statuses ${summary}`);
  });

  /** Posts one invoke; checks the status, the body, and for a refusal the storage and the log. */
  async function check(activity: TeamsActivity): Promise<number> {
    const changesBefore = store.changes();
    const linesBefore = h.logLines.length;
    const body = JSON.stringify(activity);
    // A bound, not a timing assertion: a stalled request fails the case instead of hanging the run.
    const response = await fetch(h.messagesUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal: AbortSignal.timeout(30_000) });
    const text = await response.text();
    cases += 1;
    statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
    const what = `${activity.name ?? '(no name)'} in ${activity.conversation.conversationType}: ${body.slice(0, 200)}`;
    expect(ALLOWED.has(response.status), `status ${response.status} for ${what}`).toBe(true);
    if (text !== '') expect(() => JSON.parse(text) as unknown, what).not.toThrow();
    const lines = h.logLines.slice(linesBefore);
    const refusals = lines.filter((l) => l.includes('"msg":"invoke refused'));
    // A refusal: a 4xx, or the "could not read that" card for an Action.Execute press. Either way
    // nothing stored, and one log line: the refusal (the access log's "request" line aside).
    if (response.status >= 400 || refusals.length > 0) {
      refused += 1;
      expect(store.changes() - changesBefore, `storage written for ${what}`).toBe(0);
      expect(refusals, `log lines for ${what}`).toHaveLength(1);
      expect(lines.filter((l) => !l.includes('"msg":"request"')), `log lines for ${what}`).toEqual(refusals);
    }
    for (const line of lines) {
      expect(line, what).not.toContain('Payload-Sentinel');
      expect(line.includes('"level":50') || line.includes('"level":60'), `error logged for ${what}: ${line.slice(0, 300)}`).toBe(false);
    }
    if (h.logLines.length > 2000) h.logLines.length = 0;
    return response.status;
  }

  it('lists every invoke name the SDK dispatches', () => {
    expect(sdkInvokeNames().length).toBeGreaterThan(15);
    expect(KNOWN_INVOKE_NAMES).toEqual(expect.arrayContaining(sdkInvokeNames()));
  });

  const names = [...KNOWN_INVOKE_NAMES, ...UNKNOWN_INVOKES];
  it(`systematic: ${names.length} names × ${SYSTEMATIC_VALUES.length + Object.keys(WELL_FORMED).length} values × ${CONVERSATION_TYPES.length} conversation types`, async () => {
    const values: [string, unknown][] = [...SYSTEMATIC_VALUES, ...Object.entries(WELL_FORMED).map(([n, v]): [string, unknown] => [`well-formed for ${n}`, v])];
    for (const conversationType of CONVERSATION_TYPES) {
      for (const name of names) {
        for (const [, value] of values) {
          await check(invoke(connector.url, conversationType, name, value));
        }
      }
      connector.reset();
    }
    expect(unhandled).toEqual([]);
  }, 600_000);

  it(`random: ${INVOKE_RANDOM_RUNS} invokes with random names and random or mutated values`, async () => {
    const junk = fc.oneof(
      { maxDepth: 3 },
      fc.constant(null),
      fc.constant(SENTINEL),
      fc.boolean(),
      fc.integer(),
      fc.double(),
      fc.string({ maxLength: 30 }),
      fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }),
      fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
    );
    /** A well-formed value with up to three keys (at any depth) replaced or deleted. */
    const mutated = fc
      .tuple(fc.constantFrom(...Object.values(WELL_FORMED)), fc.array(fc.tuple(fc.nat(), fc.option(junk)), { maxLength: 3 }))
      .map(([value, edits]) => {
        const copy = JSON.parse(JSON.stringify(value)) as unknown;
        for (const [pick, replacement] of edits) {
          const holders: Record<string, unknown>[] = [];
          const walk = (v: unknown): void => {
            if (typeof v !== 'object' || v === null) return;
            holders.push(v as Record<string, unknown>);
            for (const inner of Object.values(v)) walk(inner);
          };
          walk(copy);
          const holder = holders[pick % holders.length] as Record<string, unknown>;
          const keys = Object.keys(holder);
          const key = keys.length > 0 ? (keys[pick % keys.length] as string) : 'extra';
          if (replacement === null) delete holder[key];
          else holder[key] = replacement;
        }
        return copy;
      });
    const spec = fc.record({
      conversationType: fc.constantFrom(...CONVERSATION_TYPES),
      name: fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...names) }, { weight: 1, arbitrary: fc.string({ maxLength: 40 }) }),
      value: fc.oneof({ weight: 3, arbitrary: mutated }, { weight: 2, arbitrary: junk }, { weight: 1, arbitrary: fc.constant(undefined) }),
    });
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(spec, async ({ conversationType, name, value }) => {
        runs += 1;
        if (runs % 500 === 0) connector.reset();
        await check(invoke(connector.url, conversationType, name, value));
      }),
      { numRuns: INVOKE_RANDOM_RUNS, seed: 20261201, endOnFailure: true },
    );
    expect(runs).toBe(INVOKE_RANDOM_RUNS);
    expect(unhandled).toEqual([]);
  }, 600_000);

  it('ran at least 10,000 cases, wrote nothing to the console, and /healthz still answers', async () => {
    expect(cases).toBeGreaterThanOrEqual(10_000);
    expect(consoleError).not.toHaveBeenCalled();
    expect(consoleLog).not.toHaveBeenCalled();
    const health = await fetch(`${h.url}/healthz`);
    expect(health.status).toBe(200);
  });
});
