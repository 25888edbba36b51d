/**
 * A stand-in Bot Connector (the Teams side of the Bot Framework REST API) for tests.
 *
 * Point an activity's `serviceUrl` at `connector.url` and every reply, update, delete or
 * proactive message the bot sends lands here, recorded in order. Listens on 127.0.0.1 only.
 *
 * ```ts
 * const connector = await startConnector();
 * afterAll(() => connector.close());
 * const activity = personalMessage({ serviceUrl: connector.url, text: 'hello' });
 * await postToBot(botUrl, activity);
 * const [reply] = await connector.waitForActivities(1);
 * expect(reply.path).toBe(`/v3/conversations/${activity.conversation.id}/activities/${activity.id}`);
 * ```
 *
 * Routes answered (anything else → 404, recorded too):
 * - POST   /v3/conversations                               → 200 { id, activityId }   (create conversation)
 * - POST   /v3/conversations/:conversationId/activities    → 200 { id }              (send)
 * - POST   /v3/conversations/:conversationId/activities/:id → 200 { id }             (reply)
 * - PUT    /v3/conversations/:conversationId/activities/:id → 200 { id }             (update)
 * - DELETE /v3/conversations/:conversationId/activities/:id → 200                    (delete)
 * Use `respondWith` to override any of these (e.g. to simulate 429 or 500).
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { auditActivity } from './cardAudit';
import { expect } from 'vitest';

export interface RecordedRequest {
  readonly method: string;
  /** URL path, percent-decoded segment by segment (e.g. `/v3/conversations/a:1/activities`). */
  readonly path: string;
  /** The raw path as sent (conversation ids are percent-encoded on the wire). */
  readonly rawPath: string;
  readonly headers: IncomingHttpHeaders;
  /** Parsed JSON body, or undefined for an empty or non-JSON body. */
  readonly body: unknown;
  /** Route parameters when the path is a conversations route. */
  readonly conversationId?: string;
  readonly activityId?: string;
}

/** A recorded request whose body is an activity the bot sent. */
export interface SentActivity extends RecordedRequest {
  readonly body: {
    type?: string;
    text?: string;
    replyToId?: string;
    attachments?: Array<{ contentType?: string; content?: unknown }>;
    conversation?: { id?: string };
    [key: string]: unknown;
  };
}

export interface CannedResponse {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
}

export interface StandInConnector {
  /** Use as the activity's `serviceUrl` (no trailing slash). */
  readonly url: string;
  /** Every request, in arrival order. */
  readonly requests: readonly RecordedRequest[];
  /** Requests that carried an activity (send, reply, update), in order. */
  activities(): SentActivity[];
  /** Resolve once at least `count` activities have arrived; reject after `timeoutMs`. */
  waitForActivities(count: number, timeoutMs?: number): Promise<SentActivity[]>;
  /**
   * Override the answer for matching requests. Return undefined to fall through to the
   * default routes. The override stays until `reset()`.
   */
  respondWith(handler: (request: RecordedRequest) => CannedResponse | undefined): void;
  /** Forget recorded requests and overrides. */
  reset(): void;
  close(): Promise<void>;
}

const CONVERSATION_ROUTE = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?\/?$/;

function decodePath(rawPath: string): string {
  return rawPath
    .split('/')
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    })
    .join('/');
}

function parseJson(buf: Buffer): unknown {
  if (buf.length === 0) return undefined;
  try {
    return JSON.parse(buf.toString('utf8'));
  } catch {
    return undefined;
  }
}

function isActivityBody(body: unknown): body is SentActivity['body'] {
  return typeof body === 'object' && body !== null && typeof (body as { type?: unknown }).type === 'string';
}

function defaultResponse(request: RecordedRequest, nextId: () => string): CannedResponse {
  if (request.method === 'POST' && request.path === '/v3/conversations') {
    return { status: 200, body: { id: `conv-${nextId()}`, activityId: nextId() } };
  }
  if (request.conversationId !== undefined) {
    if (request.method === 'POST') return { status: 200, body: { id: nextId() } };
    if (request.method === 'PUT') return { status: 200, body: { id: request.activityId } };
    if (request.method === 'DELETE') return { status: 200 };
  }
  return { status: 404, body: { error: { code: 'NotFound', message: 'stand-in connector: no route' } } };
}

/** Start a stand-in connector on 127.0.0.1 with an ephemeral port. */
export async function startConnector(): Promise<StandInConnector> {
  const requests: RecordedRequest[] = [];
  const waiters = new Set<() => void>();
  let override: ((request: RecordedRequest) => CannedResponse | undefined) | undefined;
  let counter = 0;
  const nextId = (): string => `stand-in-${++counter}`;

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const rawPath = (req.url ?? '/').split('?')[0] ?? '/';
      const match = CONVERSATION_ROUTE.exec(rawPath);
      const request: RecordedRequest = {
        method: req.method ?? 'GET',
        rawPath,
        path: decodePath(rawPath),
        headers: req.headers,
        body: parseJson(Buffer.concat(chunks)),
        conversationId: match?.[1] !== undefined ? decodeURIComponent(match[1]) : undefined,
        activityId: match?.[2] !== undefined ? decodeURIComponent(match[2]) : undefined,
      };
      requests.push(request);
      if (request.method === 'POST' || request.method === 'PUT') auditActivity(request.body, `${request.method} ${request.path}`);
      const answer = override?.(request) ?? defaultResponse(request, nextId);
      const payload = answer.body === undefined ? '' : JSON.stringify(answer.body);
      res.writeHead(answer.status, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(payload),
        ...answer.headers,
      });
      res.end(payload);
      for (const wake of [...waiters]) wake();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  const activities = (): SentActivity[] =>
    requests.filter(
      (r): r is SentActivity => (r.method === 'POST' || r.method === 'PUT') && isActivityBody(r.body),
    );

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    activities,
    waitForActivities(count, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const check = (): boolean => {
          const sent = activities();
          if (sent.length < count) return false;
          clearTimeout(timer);
          waiters.delete(wake);
          resolve(sent);
          return true;
        };
        const wake = (): void => {
          check();
        };
        const timer = setTimeout(() => {
          waiters.delete(wake);
          reject(
            new Error(`stand-in connector: expected ${count} activities, got ${activities().length} in ${timeoutMs} ms`),
          );
        }, timeoutMs);
        if (!check()) waiters.add(wake);
      });
    },
    respondWith(handler) {
      override = handler;
    },
    reset() {
      requests.length = 0;
      override = undefined;
    },
    close() {
      return new Promise((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}

/**
 * POST an activity to a bot's messages endpoint the way the Bot Connector does
 * (JSON, no token: for bots running anonymously).
 */
export async function postToBot(
  messagesUrl: string,
  activity: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: unknown; text: string; headers: Headers }> {
  const response = await fetch(messagesUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: JSON.stringify(activity),
  });
  const text = await response.text();
  let body: unknown;
  try {
    body = text === '' ? undefined : JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: response.status, body, text, headers: response.headers };
}

/** What one turn over HTTP gave: what the bot sent to the connector during it, and the HTTP answer. */
export interface Exchange {
  replies: SentActivity[];
  status: number;
  body: unknown;
  text: string;
}

/** One turn over HTTP: posts the activity to the bot and returns what it sent during the turn, with the HTTP answer. */
export async function exchange(connector: StandInConnector, messagesUrl: string, activity: unknown): Promise<Exchange> {
  const before = connector.activities().length;
  const res = await postToBot(messagesUrl, activity);
  return { replies: connector.activities().slice(before), status: res.status, body: res.body, text: res.text };
}

/** One turn that must succeed (HTTP 200): what the bot sent during it. */
export async function turnReplies(connector: StandInConnector, messagesUrl: string, activity: unknown): Promise<SentActivity[]> {
  const { replies, status } = await exchange(connector, messagesUrl, activity);
  expect(status).toBe(200);
  return replies;
}
