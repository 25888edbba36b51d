import { ActivityHandler, type TurnContext } from 'botbuilder';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAdapter } from '../../bot/edge/adapter';
import { loadConfig } from '../../bot/edge/config';
import { createLogger } from '../../bot/edge/logger';
import { createServer, type BotServer, type CreateServerOptions } from '../../bot/edge/server';
import {
  USER,
  cardActionInvoke,
  channelMessage,
  groupChatMessage,
  personalMessage,
  type TeamsActivity,
} from '../helpers/activities';
import { logCapture } from '../helpers/app';
import { postToBot, startConnector, type StandInConnector } from '../helpers/connector';
import { failOnConsoleError } from '../helpers/guards';

/** Words that must never reach a log line or an error body. */
const SENSITIVE_TEXT = 'Zoë Ó Súilleabháin 🌟 told me she is scared at home';

class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context: TurnContext, next) => {
      if (context.activity.text?.includes('explode')) {
        throw new Error('echo bot exploded');
      }
      await context.sendActivity(`echo: ${context.activity.text ?? ''}`);
      await next();
    });
  }

  protected override async onInvokeActivity(context: TurnContext) {
    const value = context.activity.value as { action?: { verb?: string } } | undefined;
    return { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: `verb ${value?.action?.verb ?? ''}` } };
  }
}

/** The echo bot behind the real server and CloudAdapter, always ready; `routes` as another module adds them. */
function echoServer(env: Record<string, string>, extraRoutes?: CreateServerOptions['extraRoutes']): BotServer {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', STORAGE: 'memory', ...env });
  const logger = createLogger(config);
  return createServer({ config, adapter: createAdapter(config, logger), bot: new EchoBot(), logger, readiness: async () => undefined, ...(extraRoutes ? { extraRoutes } : {}) });
}

describe('HTTP server with the real CloudAdapter (anonymous)', () => {
  let connector: StandInConnector;
  let app: BotServer;
  let baseUrl: string;
  let ready = true;
  let hang = false;
  const logLines: string[] = [];
  failOnConsoleError();

  const messagesUrl = (): string => `${baseUrl}/api/messages`;

  beforeAll(async () => {
    connector = await startConnector();
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'debug', BODY_LIMIT_BYTES: '4096', STORAGE: 'memory' });
    const logger = createLogger(config, logCapture(logLines));
    app = createServer({
      config,
      adapter: createAdapter(config, logger),
      bot: new EchoBot(),
      logger,
      readinessTimeoutMs: 200,
      readiness: async () => {
        if (hang) await new Promise((r) => setTimeout(r, 1000));
        if (!ready) throw new Error('SQLITE_CANTOPEN: /srv/secret/path/bot-state.sqlite');
      },
    });
    ({ url: baseUrl } = await app.listen(0, '127.0.0.1'));
  });

  afterAll(async () => {
    await app?.close();
    await connector?.close();
  });

  beforeEach(() => {
    connector.reset();
    ready = true;
    hang = false;
  });

  it('listens on 127.0.0.1', () => {
    expect(baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it.each<[string, (o: { serviceUrl: string; text: string }) => TeamsActivity]>([
    ['personal', personalMessage],
    ['groupChat', groupChatMessage],
    ['channel (@mention)', channelMessage],
  ])('a %s message gets its reply at the stand-in connector', async (_kind, fixture) => {
    const activity = fixture({ serviceUrl: connector.url, text: 'hello bot' });
    const response = await postToBot(messagesUrl(), activity);
    expect(response.status).toBe(200);

    const [reply] = await connector.waitForActivities(1);
    expect(reply?.method).toBe('POST');
    expect(reply?.path).toBe(`/v3/conversations/${activity.conversation.id}/activities/${activity.id}`);
    expect(reply?.body.text).toBe(`echo: ${activity.text}`);
    expect(reply?.body.replyToId).toBe(activity.id);
    expect(reply?.body.conversation?.id).toBe(activity.conversation.id);
    expect(reply?.headers.authorization).toBeUndefined(); // anonymous: no token
  });

  it('answers an invoke with the bot’s invoke response body', async () => {
    const response = await postToBot(messagesUrl(), cardActionInvoke('submitConcern', {}, { serviceUrl: connector.url }));
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ value: 'verb submitConcern' });
  });

  it('never logs message text or names', async () => {
    logLines.length = 0;
    await postToBot(messagesUrl(), personalMessage({ serviceUrl: connector.url, text: SENSITIVE_TEXT }));
    await connector.waitForActivities(1);
    await postToBot(messagesUrl(), personalMessage({ serviceUrl: connector.url, text: `explode ${SENSITIVE_TEXT}` }));
    await connector.waitForActivities(2);

    expect(logLines.length).toBeGreaterThan(0);
    const all = logLines.join('\n');
    expect(all).toContain('unhandled error in turn'); // the failing turn was logged…
    expect(all).toContain('"activityId"'); // …with ids
    expect(all).not.toContain('Zoë');
    expect(all).not.toContain('scared');
    expect(all).not.toContain(USER.name);
  });

  it('a failing turn tells the user something went wrong, without internals', async () => {
    const activity = personalMessage({ serviceUrl: connector.url, text: 'explode' });
    const response = await postToBot(messagesUrl(), activity);
    expect(response.status).toBe(200);
    const [apology] = await connector.waitForActivities(1);
    expect(apology?.body.text).toMatch(/something went wrong/i);
    expect(apology?.body.text).not.toContain('exploded');
  });

  it('GET /healthz → 200 {status:"ok"}', async () => {
    const response = await fetch(`${baseUrl}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('GET /readyz → 200 when readiness resolves', async () => {
    const response = await fetch(`${baseUrl}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready' });
  });

  it('GET /readyz → 503 with a body carrying no internals when readiness fails', async () => {
    ready = false;
    const response = await fetch(`${baseUrl}/readyz`);
    expect(response.status).toBe(503);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ status: 'unavailable', error: 'not_ready', message: 'The service is not ready.' });
    expect(text).not.toMatch(/SQLITE|secret|stack|\bat /);
  });

  it('GET /readyz → 503 when readiness does not answer in time', async () => {
    hang = true;
    const started = Date.now();
    const response = await fetch(`${baseUrl}/readyz`);
    expect(response.status).toBe(503);
    expect(Date.now() - started).toBeLessThan(900);
  });

  it('GET /api/messages answers at once with 405 (start-up probe)', async () => {
    const response = await fetch(messagesUrl(), { signal: AbortSignal.timeout(2000) });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect(await response.json()).toEqual({ error: 'method_not_allowed', message: 'Method not allowed.' });
  });

  it('malformed JSON → 400 JSON error that does not quote the body', async () => {
    const response = await fetch(messagesUrl(), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: `{"type":"message","text":"${SENSITIVE_TEXT}"`,
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ error: 'invalid_json', message: 'The request body is not valid JSON.' });
    expect(text).not.toContain('Zoë');
    expect(logLines.join('\n')).not.toContain('Zoë');
  });

  it.each([
    ['an array', []],
    ['a string', 'hello'],
    ['an object without a type', { text: 'hello' }],
  ])('JSON that is %s → 400 invalid_activity', async (_label, body) => {
    const response = await postToBot(messagesUrl(), body);
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ error: 'invalid_activity', message: 'The request body is not a valid activity.' });
  });

  it('a body over BODY_LIMIT_BYTES → 413 JSON error', async () => {
    const activity = personalMessage({ serviceUrl: connector.url, text: 'x'.repeat(10_000) });
    const response = await postToBot(messagesUrl(), activity);
    expect(response.status).toBe(413);
    expect(response.body).toEqual({ error: 'payload_too_large', message: 'The request body is too large.' });
    expect(connector.requests).toHaveLength(0);
  });

  it('a chunked body over the limit (no Content-Length) → 413', async () => {
    const chunk = new TextEncoder().encode(`{"type":"message","text":"${'y'.repeat(2000)}`);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 4; i += 1) controller.enqueue(chunk);
        controller.enqueue(new TextEncoder().encode('"}'));
        controller.close();
      },
    });
    const response = await fetch(messagesUrl(), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit & { duplex: 'half' });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: 'payload_too_large' });
  });

  it('a non-JSON content type → 415', async () => {
    const response = await fetch(messagesUrl(), {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'type=message',
    });
    expect(response.status).toBe(415);
    expect(await response.json()).toMatchObject({ error: 'unsupported_media_type' });
  });

  it('an unknown route → 404 generic JSON that does not echo the path', async () => {
    const response = await fetch(`${baseUrl}/no/such/child-zoe`);
    expect(response.status).toBe(404);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ error: 'not_found', message: 'Not found.' });
    expect(text).not.toContain('child-zoe');
  });

  it('sets no-store and nosniff on every answer', async () => {
    for (const url of [`${baseUrl}/healthz`, `${baseUrl}/nowhere`]) {
      const response = await fetch(url);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });
});

describe('ALLOWED_TENANTS', () => {
  it('drops activities from other tenants without replying', async () => {
    const allowed = '11111111-1111-1111-1111-111111111111';
    const connector = await startConnector();
    const app = echoServer({ ALLOWED_TENANTS: allowed });
    const { url } = await app.listen(0, '127.0.0.1');
    try {
      const stranger = await postToBot(`${url}/api/messages`, personalMessage({ serviceUrl: connector.url }));
      expect(stranger.status).toBe(200);
      const member = await postToBot(
        `${url}/api/messages`,
        personalMessage({ serviceUrl: connector.url, tenantId: allowed, text: 'member' }),
      );
      expect(member.status).toBe(200);
      const sent = await connector.waitForActivities(1);
      expect(sent.map((a) => a.body.text)).toEqual(['echo: member']);
    } finally {
      await app.close();
      await connector.close();
    }
  });
});

describe('createServer extraRoutes hook', () => {
  it('lets another module add routes, with the same generic error bodies', async () => {
    const app = echoServer({}, (server) => {
      server.get('/web/*', async (_req, res) => {
        res.send(200, { page: 'web' });
      });
      server.get('/boom', async () => {
        throw new Error('internal detail: /srv/secret');
      });
    });
    const { url } = await app.listen(0, '127.0.0.1');
    try {
      const page = await fetch(`${url}/web/form`);
      expect(page.status).toBe(200);
      expect(await page.json()).toEqual({ page: 'web' });

      const boom = await fetch(`${url}/boom`);
      expect(boom.status).toBe(500);
      const text = await boom.text();
      expect(JSON.parse(text)).toEqual({ error: 'internal_error', message: 'Something went wrong.' });
      expect(text).not.toContain('secret');
    } finally {
      await app.close();
    }
  });
});
