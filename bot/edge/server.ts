/**
 * HTTP edge: restify 11 server for the Bot Framework endpoint and probes.
 *
 * Routes:
 * - `POST /api/messages`  → `adapter.handleActivity(...)`: the bearer token's shape checked before
 *   the body is read (bot/edge/bearer.ts), then a size-limited, strictly parsed JSON body; 401 for a
 *   token that does not verify, 503 with Retry-After when the identity service cannot be reached
 * - `GET  /api/messages`  → 405 at once (start-up probes poll it to see the port is up)
 * - `GET  /healthz`       → 200 `{status:'ok'}` (the process is alive)
 * - `GET  /readyz`        → 200 when `readiness()` resolves in time, else 503
 * - whatever `extraRoutes(server)` adds (e.g. `/web/*`)
 *
 * Every error answer is a small generic JSON body `{ error, message }`: no stack, no
 * internals, nothing quoted from the request. Details go to the log, as ids only.
 */
import type { AddressInfo } from 'node:net';
import restify, { type Request, type Response, type Server } from 'restify';
import type { Activity, TurnContext } from 'botbuilder';
import { AuthenticationError } from 'botframework-connector';
import type { BotAdapter } from './adapter';
import { bearerProblem } from './bearer';
import type { AppConfig } from './config';
import { activityLogFields, type Logger } from './logger';
import { IdentityServiceUnavailableError } from './outbound';
import { withDeadline } from './deadline';

/** Anything that can run a turn: an ActivityHandler or a wrapper around one. */
export interface TurnRunner {
  run(context: TurnContext): Promise<void>;
}

/**
 * The part of the adapter the server uses (lets tests pass a stub if they need to):
 * handleActivity, not CloudAdapter.process() (see bot/edge/adapter.ts).
 */
export type MessageProcessor = Pick<BotAdapter, 'handleActivity'>;

export interface CreateServerOptions {
  /** `anonymous: false` (an app id is configured) refuses requests without a bearer token before reading the body. */
  readonly config: Pick<AppConfig, 'port' | 'host' | 'bodyLimitBytes'> & Partial<Pick<AppConfig, 'anonymous'>>;
  readonly adapter: MessageProcessor;
  readonly bot: TurnRunner;
  readonly logger: Logger;
  /** Resolves when the bot can serve (e.g. storage ping); rejects or hangs otherwise. May resolve with details to report (e.g. stale guidance). */
  readonly readiness: () => Promise<void | Record<string, unknown>>;
  /** Milliseconds `readiness()` may take before /readyz answers 503. Default 3000. */
  readonly readinessTimeoutMs?: number;
  /** Hook for other modules' routes, called after the built-in ones are registered. */
  readonly extraRoutes?: (server: Server) => void;
}

export interface BotServer {
  readonly server: Server;
  /** Start listening (defaults: config.port, config.host). Resolves with the bound address. */
  listen(port?: number, host?: string): Promise<{ port: number; host: string; url: string }>;
  /** Stop accepting connections and close idle keep-alive sockets. */
  close(): Promise<void>;
}

/** Stable error codes used in JSON error bodies. */
export type HttpErrorCode =
  | 'bad_request'
  | 'invalid_json'
  | 'invalid_activity'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'method_not_allowed'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'internal_error'
  | 'not_ready'
  | 'unavailable';

const GENERIC_MESSAGES: Record<HttpErrorCode, string> = {
  bad_request: 'The request could not be processed.',
  invalid_json: 'The request body is not valid JSON.',
  invalid_activity: 'The request body is not a valid activity.',
  unauthorized: 'Authentication failed.',
  forbidden: 'Not allowed.',
  not_found: 'Not found.',
  method_not_allowed: 'Method not allowed.',
  payload_too_large: 'The request body is too large.',
  unsupported_media_type: 'The request body must be JSON.',
  internal_error: 'Something went wrong.',
  not_ready: 'The service is not ready.',
  unavailable: 'The service is temporarily unavailable. Please try again later.',
};

export interface ErrorBody {
  error: HttpErrorCode;
  message: string;
}

export function errorBody(code: HttpErrorCode): ErrorBody {
  return { error: code, message: GENERIC_MESSAGES[code] };
}

export function errorCodeForStatus(status: number): HttpErrorCode {
  switch (status) {
    case 400:
      return 'bad_request';
    case 401:
      return 'unauthorized';
    case 403:
      return 'forbidden';
    case 404:
      return 'not_found';
    case 405:
      return 'method_not_allowed';
    case 413:
      return 'payload_too_large';
    case 415:
      return 'unsupported_media_type';
    case 503:
      return 'not_ready';
    default:
      return status >= 500 ? 'internal_error' : 'bad_request';
  }
}

class HttpBodyError extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    readonly code: HttpErrorCode,
  ) {
    super(code);
    this.name = 'HttpBodyError';
  }
}

function sendError(res: Response, status: number, code: HttpErrorCode = errorCodeForStatus(status)): void {
  if (res.headersSent) return;
  res.header('Cache-Control', 'no-store');
  res.send(status, errorBody(code));
}

/** Read the whole body, refusing more than `limit` bytes (by header, then by count). */
async function readBody(req: Request, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    throw new HttpBodyError(413, 'payload_too_large');
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buf.length;
    if (size > limit) throw new HttpBodyError(413, 'payload_too_large');
    chunks.push(buf);
  }
  return Buffer.concat(chunks, size);
}

function isJsonContentType(header: string | undefined): boolean {
  if (header === undefined || header.trim() === '') return true; // lenient: try to parse
  const type = header.split(';')[0]?.trim().toLowerCase() ?? '';
  return type === 'application/json' || type.endsWith('+json');
}

/** Parse and minimally shape-check an inbound activity. */
function parseActivity(raw: Buffer): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.toString('utf8'));
  } catch {
    throw new HttpBodyError(400, 'invalid_json');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new HttpBodyError(400, 'invalid_activity');
  }
  const record = parsed as Record<string, unknown>;
  if (typeof record.type !== 'string' || record.type === '') {
    throw new HttpBodyError(400, 'invalid_activity');
  }
  if (!hasActivityShape(record)) throw new HttpBodyError(400, 'invalid_activity');
  return record;
}

const isAccount = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as { id?: unknown }).id === 'string';
const isOptionalString = (value: unknown): boolean => value === undefined || value === null || typeof value === 'string';

/**
 * The fields every turn relies on, as the Bot Connector always sends them: a `channelId`;
 * `from` and `conversation` are objects with string ids, `recipient` too when present, and the ids,
 * urls and names are strings. Anything else is a malformed request (400), found by the
 * fuzz test (test/security/fuzz.test.ts) as turns that crashed halfway.
 */
function hasActivityShape(record: Record<string, unknown>): boolean {
  return (
    typeof record.channelId === 'string' &&
    record.channelId !== '' &&
    isAccount(record.from) &&
    isAccount(record.conversation) &&
    (record.recipient === undefined || isAccount(record.recipient)) &&
    ['id', 'serviceUrl', 'channelId', 'name', 'text', 'locale', 'replyToId'].every((key) => isOptionalString(record[key]))
  );
}

/** Dates where botbuilder expects them (what CloudAdapter.process does before processActivity). */
function withDates(activity: Record<string, unknown>): Activity {
  for (const [field, raw] of [['timestamp', 'rawTimestamp'], ['expiration', 'rawExpiration'], ['localTimestamp', 'rawLocalTimestamp']] as const) {
    const value = activity[field];
    if (typeof value === 'string') {
      activity[raw] = value;
      activity[field] = new Date(value);
    }
  }
  return activity as unknown as Activity;
}


const QUIET_PATHS = new Set(['/healthz', '/readyz']);

export function createServer(options: CreateServerOptions): BotServer {
  const { config, adapter, bot, logger, readiness, extraRoutes } = options;
  if (!adapter) throw new TypeError('createServer: adapter is required');
  if (!bot) throw new TypeError('createServer: bot is required');
  if (!logger) throw new TypeError('createServer: logger is required');
  if (typeof readiness !== 'function') throw new TypeError('createServer: readiness is required');
  const readinessTimeoutMs = options.readinessTimeoutMs ?? 3000;
  const log = logger.child({ component: 'http' });

  const server = restify.createServer({
    name: 'safeguarding-bot',
    handleUncaughtExceptions: false,
    ignoreTrailingSlash: true,
  });
  server.server.headersTimeout = 20_000;
  server.server.requestTimeout = 30_000;

  // Every response: no caching, no sniffing.
  server.pre((req: Request, res: Response, next: restify.Next) => {
    res.header('X-Content-Type-Options', 'nosniff');
    res.header('Cache-Control', 'no-store');
    return next();
  });

  // Errors raised by restify itself (404, 405, thrown handlers) get the same generic body.
  server.on('restifyError', (req: Request, res: Response, err: Error & { statusCode?: number }, callback: () => void) => {
    const status = typeof err.statusCode === 'number' && err.statusCode >= 400 ? err.statusCode : 500;
    const body = errorBody(errorCodeForStatus(status));
    // restify sends an error with a numeric statusCode as is (through toJSON); without
    // one it would wrap it in its own InternalError body. Make both paths ours.
    Object.assign(err, { statusCode: status, toJSON: () => body, toString: () => body.message });
    if (status >= 500) log.error({ err, req }, 'request failed');
    return callback();
  });

  server.on('after', (req: Request, res: Response) => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    const fields = { req, res, durationMs: Date.now() - req.time() };
    if (QUIET_PATHS.has(path)) log.debug(fields, 'request');
    else log.info(fields, 'request');
  });

  server.post('/api/messages', async (req: Request, res: Response) => {
    const authorization = req.headers.authorization;
    if (config.anonymous === false || authorization !== undefined) {
      // No token, or one that cannot be a Bot Framework token: 401 before reading a byte of the
      // body and before botbuilder fetches any key. botbuilder verifies the rest.
      const problem = bearerProblem(authorization);
      if (problem !== undefined) {
        log.warn({ req, reason: problem }, 'token refused before verification');
        res.header('Connection', 'close');
        sendError(res, 401);
        req.resume();
        return;
      }
    }
    if (!isJsonContentType(req.headers['content-type'])) {
      res.header('Connection', 'close');
      sendError(res, 415);
      req.resume();
      return;
    }
    let activity: Record<string, unknown>;
    try {
      activity = parseActivity(await readBody(req, config.bodyLimitBytes));
    } catch (err) {
      if (!(err instanceof HttpBodyError)) throw err;
      log.warn({ req, statusCode: err.status, reason: err.code }, 'rejected request body');
      if (err.status === 413) {
        // Stop reading; the connection closes after the answer.
        res.header('Connection', 'close');
        req.resume();
      }
      sendError(res, err.status, err.code);
      return;
    }
    const ids = activityLogFields(activity as Partial<Activity>);
    let answer: { status: number; body?: unknown } | undefined;
    try {
      answer = await adapter.handleActivity(authorization ?? '', withDates(activity), (context) => bot.run(context));
    } catch (err) {
      if (err instanceof IdentityServiceUnavailableError) {
        // The OpenID metadata or keys could not be fetched: nobody's token can be checked just now.
        log.warn({ reason: err.reason, networkCode: err.networkCode, retryAfterSeconds: err.retryAfterSeconds, ...ids }, 'identity service unavailable: request refused with 503');
        res.header('Retry-After', String(err.retryAfterSeconds));
        sendError(res, 503, 'unavailable');
      } else if (err instanceof AuthenticationError) {
        log.warn({ statusCode: 401, ...ids }, 'token refused');
        sendError(res, 401);
      } else if (err instanceof Error && err.name === 'ZodError') {
        // botbuilder's own schema rejected the activity, before any turn ran.
        log.warn({ statusCode: 400, ...ids }, 'activity refused by botbuilder');
        sendError(res, 400, 'invalid_activity');
      } else {
        log.error({ err, ...ids }, 'adapter.handleActivity failed');
        sendError(res, 500, 'internal_error');
      }
      return;
    }
    const status = answer?.status ?? 200;
    if (res.headersSent) return;
    if (status >= 400) {
      // An invoke answered with an error status: whoever chose it logged why (bot/edge/invokes.ts, the tenant allowlist...).
      log.debug({ statusCode: status, ...ids }, 'invoke answered with an error status');
      sendError(res, status);
    } else if (answer?.body === undefined) {
      res.send(status);
    } else {
      res.send(status, answer.body);
    }
  });

  server.get('/api/messages', async (_req: Request, res: Response) => {
    res.header('Allow', 'POST');
    sendError(res, 405);
  });

  server.get('/healthz', async (_req: Request, res: Response) => {
    res.send(200, { status: 'ok' });
  });

  server.get('/readyz', async (_req: Request, res: Response) => {
    try {
      const details = await withDeadline(readiness(), readinessTimeoutMs, () => new Error(`timed out after ${readinessTimeoutMs} ms`));
      res.send(200, { status: 'ready', ...(details ?? {}) });
    } catch (err) {
      log.warn({ err }, 'readiness check failed');
      res.send(503, { status: 'unavailable', ...errorBody('not_ready') });
    }
  });

  extraRoutes?.(server);

  return {
    server,
    listen(port = config.port, host = config.host) {
      return new Promise((resolve, reject) => {
        const onError = (err: Error): void => reject(err);
        server.server.once('error', onError);
        server.listen(port, host, () => {
          server.server.off('error', onError);
          const address = server.server.address() as AddressInfo;
          const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
          resolve({ port: address.port, host: address.address, url: `http://${shownHost}:${address.port}` });
        });
      });
    },
    close() {
      return new Promise((resolve, reject) => {
        if (!server.server.listening) {
          resolve();
          return;
        }
        server.close((err?: Error) => (err ? reject(err) : resolve()));
        server.server.closeIdleConnections();
      });
    },
  };
}
