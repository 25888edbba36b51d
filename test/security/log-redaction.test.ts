/**
 * The logger's last layer of defence (bot/edge/logger.ts `redactLine`): whatever a call site
 * or a serializer lets through, a concern's text under a personal-data key never reaches a log
 * line, at any depth, in an array, in a child logger's bindings or interpolated into the
 * message; and the request line the server writes for every request carries none of it,
 * wherever the request put it (query string, headers, body).
 */
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, redactLine } from '../../bot/edge/logger';
import { personalMessage } from '../helpers/activities';
import { postRaw, startHarness, type Harness } from './harness';
import { loopbackOnly } from '../helpers/guards';

const CONCERN = 'LOGSENTINEL bruises on his arms and he said his stepdad did it';

function capture(): { text: () => string; lines: () => Array<Record<string, unknown>>; stream: Writable } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, callback) {
      chunks.push(chunk.toString('utf8'));
      callback();
    },
  });
  const text = () => chunks.join('');
  return {
    stream,
    text,
    lines: () =>
      text()
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

/** `{ [key]: value }` wrapped in `depth` levels of other objects. */
function nested(depth: number, key: string, value: unknown): Record<string, unknown> {
  let inner: Record<string, unknown> = { [key]: value, id: `id-${depth}` };
  for (let level = 0; level < depth; level += 1) inner = { [`level${level}`]: inner };
  return inner;
}

describe('the request line', () => {
  // Keys under which the text of a concern, or a name, may be carried.
  const KEYS = ['text', 'concern', 'concerns', 'details', 'notes', 'summary', 'value', 'body', 'answers', 'childName', 'name', 'facts'];

  it.each(KEYS)('a concern under %s is redacted in every field of the request line, at any depth', (key) => {
    const { stream, lines, text } = capture();
    const logger = createLogger({ logLevel: 'info', nodeEnv: 'test' }, stream);
    for (let depth = 0; depth <= 6; depth += 1) {
      // As bot/edge/server.ts logs it ({ req, res, durationMs }), with the concern in every other field too.
      const req = { id: `req-${depth}`, method: 'POST', url: `/api/messages?${key}=${encodeURIComponent(CONCERN)}`, getId: () => `req-${depth}` };
      logger.info(
        {
          req,
          res: { statusCode: 200 },
          durationMs: 4,
          ...nested(depth, key, CONCERN),
          extra: [nested(depth, key, CONCERN), { [key]: [CONCERN] }],
          quoted: JSON.stringify({ [key]: CONCERN }),
        },
        'request',
      );
      logger.child({ [key]: CONCERN, bound: nested(depth, key, CONCERN) }).info({ req, res: { statusCode: 200 } }, 'request');
    }
    logger.info(`request %o`, { [key]: CONCERN });
    logger.info({ req: { id: 'r', method: 'POST', url: '/api/messages' } }, `request %j`, { deep: nested(3, key, CONCERN) });

    expect(text()).not.toContain('LOGSENTINEL');
    expect(text()).not.toContain('stepdad');
    const written = lines();
    expect(written).toHaveLength(2 * 7 + 2);
    // Ids and the request's own fields survive; the concern's place says it was redacted.
    expect(written[0]).toMatchObject({ req: { id: 'req-0', method: 'POST', path: '/api/messages' }, res: { statusCode: 200 }, durationMs: 4, [key]: '[redacted]', quoted: '[redacted]' });
    expect(JSON.stringify(written[12])).toContain('"id-6"'); // the depth-6 line (each depth wrote two)
  });

  it('a line with none of the keys is written exactly as pino wrote it', () => {
    const line = '{"level":30,"time":"2026-12-02T01:00:00.000Z","env":"test","req":{"id":"r1","method":"POST","path":"/api/messages"},"res":{"statusCode":200},"durationMs":3,"msg":"request"}\n';
    expect(redactLine(line)).toBe(line);
  });

  it('a line that is not JSON is withheld, not written', () => {
    const out = redactLine(`{"level":30,"text":"${CONCERN}"`);
    expect(out).not.toContain('LOGSENTINEL');
    expect(JSON.parse(out)).toMatchObject({ level: 50, msg: expect.stringContaining('withheld') });
  });
});

describe('the request line, from the real server', () => {
  loopbackOnly();
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness({ LOG_LEVEL: 'trace' });
  });
  afterAll(async () => {
    await h.close();
  });

  it('a concern in the query string, a header or the body of requests reaches no log line', async () => {
    const before = h.logLines.length;
    const activity = personalMessage({ text: CONCERN });
    await postRaw(`${h.messagesUrl}?concern=${encodeURIComponent(CONCERN)}`, JSON.stringify(activity), { 'x-concern': CONCERN });
    await postRaw(`${h.url}/not-a-route?text=${encodeURIComponent(CONCERN)}`, JSON.stringify({ text: CONCERN }), { 'x-text': CONCERN });
    await postRaw(h.messagesUrl, `{"type":"message","text":"${CONCERN}"`); // malformed JSON
    const lines = h.logLines.slice(before);
    expect(lines.filter((l) => l.includes('"msg":"request"')).length).toBeGreaterThanOrEqual(3);
    expect(lines.filter((l) => l.includes('LOGSENTINEL') || l.includes('stepdad'))).toEqual([]);
  });
});
