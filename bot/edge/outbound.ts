/**
 * The outbound side: every request the bot makes to the Bot Connector goes through one
 * pipeline policy that
 *
 * 1. refuses any URL not allowed by the serviceUrl policy (production: https on a Teams /
 *    Bot Framework host), before a byte leaves the process;
 * 2. paces sends per conversation within Teams' limits (7 a second, 60 in 30 seconds);
 * 3. retries 429 (honouring Retry-After), 412, 502 and 504 with jittered exponential
 *    backoff, a bounded number of times, and nothing else.
 *
 * How it is installed: CloudAdapter asks its BotFrameworkAuthentication for a
 * ConnectorFactory on every turn. {@link ResilientBotFrameworkAuthentication} delegates
 * everything to botbuilder's own authentication and wraps that factory: each new
 * ConnectorClient has the SDK's `defaultRetryPolicy` removed from its @azure/core-client
 * pipeline and this policy added in the Retry phase. (ConnectorFactoryImpl overwrites
 * `requestPolicyFactories` from ConnectorClientOptions, so that option cannot be used;
 * and keeping the default retry policy as well would compound retries and re-send POSTs
 * on any 5xx.) The pipeline is a private member of the SDK's compat client: if a future
 * botbuilder changes that shape, {@link installOutboundPolicy} throws rather than run
 * without the guard, and test/security/connector.test.ts fails.
 */
import {
  AuthenticationError,
  BotFrameworkAuthentication,
  type AuthenticateRequestResult,
  type BotFrameworkClient,
  type ClaimsIdentity,
  ConnectorFactory,
  type ConnectorClient,
  type UserTokenClient,
} from 'botframework-connector';
import type { Activity } from 'botbuilder';
import { isAllowedServiceUrl, type ServiceUrlPolicy } from './security';
import { withDeadline } from './deadline';
import { RecentKeys, widened } from './recentKeys';

/** Teams' documented per-thread limits. */
export const TEAMS_THREAD_LIMITS: readonly PacingWindow[] = Object.freeze([
  { windowMs: 1_000, max: 7 },
  { windowMs: 30_000, max: 60 },
]);

export interface PacingWindow {
  readonly windowMs: number;
  readonly max: number;
}

export type Sleep = (ms: number) => Promise<void>;
export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Send times kept inline per key; a key with more inside the longest window keeps them in an array (`Pacer.more`). */
const INLINE_TIMES = 8;
/** Key ids the pacer's arrays start with (they double as needed). */
const FIRST_CAPACITY = 64;

/**
 * Per-key sliding-window pacer. Sends for one key are serialised and each waits until
 * every window has room. Memory is bounded: a key with no send inside the longest
 * window is forgotten. The keys and their send times are kept in typed arrays
 * (bot/edge/recentKeys.ts), not as a string and an array per conversation, which
 * scattered small long-lived objects through the heap under load (decision 020, round 15).
 */
export class Pacer {
  /** The remembered keys, in the order of each key's latest send (oldest first). */
  private readonly keys = new RecentKeys((capacity) => this.grow(capacity), FIRST_CAPACITY);
  /** Per key id: how many of its send times are inline (0 when they are in `more`), and the times, oldest first. */
  private counts = new Uint8Array(FIRST_CAPACITY);
  private inline = new Float64Array(FIRST_CAPACITY * INLINE_TIMES);
  /** Keys with more than INLINE_TIMES sends inside the longest window (a busy conversation; rare): their times. */
  private readonly more = new Map<number, number[]>();
  private readonly tails = new Map<string, Promise<void>>();
  private readonly longest: number;

  constructor(
    private readonly windows: readonly PacingWindow[] = TEAMS_THREAD_LIMITS,
    private readonly now: () => number = Date.now,
    private readonly sleep: Sleep = realSleep,
  ) {
    this.longest = Math.max(...windows.map((w) => w.windowMs));
  }

  /** Resolves when a send for `key` may go; the send is counted from that moment. */
  acquire(key: string): Promise<void> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const mine = previous.then(() => this.reserve(key));
    this.tails.set(key, mine);
    void mine.finally(() => {
      if (this.tails.get(key) === mine) this.tails.delete(key);
    });
    return mine;
  }

  /** Keys currently remembered (tests assert this stays bounded). */
  get size(): number {
    return this.keys.size;
  }

  private async reserve(key: string): Promise<void> {
    for (;;) {
      const at = this.now();
      // Looked up on every pass: while this send slept, other sends may have forgotten the key.
      const id = this.keys.find(key);
      const times = (id < 0 ? [] : this.timesOf(id)).filter((t) => t > at - this.longest);
      let wait = 0;
      for (const { windowMs, max } of this.windows) {
        const inWindow = times.filter((t) => t > at - windowMs);
        if (inWindow.length >= max) wait = Math.max(wait, (inWindow[inWindow.length - max] ?? at) + windowMs - at);
      }
      if (wait <= 0) {
        times.push(at);
        // The most recent now, so the keys stay in the order of each key's latest send (oldest first).
        const kept = id < 0 ? this.keys.add(key) : id;
        if (id >= 0) this.keys.touch(id);
        this.store(kept, times);
        this.forgetIdle(at);
        return;
      }
      await this.sleep(wait);
    }
  }

  /** The send times kept for a key id, oldest first (a new array). */
  private timesOf(id: number): number[] {
    const many = this.more.get(id);
    if (many) return [...many];
    const n = this.counts[id] as number;
    const out: number[] = [];
    for (let i = 0; i < n; i++) out.push(this.inline[id * INLINE_TIMES + i] as number);
    return out;
  }

  private store(id: number, times: number[]): void {
    if (times.length > INLINE_TIMES) {
      this.counts[id] = 0;
      this.more.set(id, times);
      return;
    }
    this.more.delete(id);
    this.counts[id] = times.length;
    this.inline.set(times, id * INLINE_TIMES);
  }

  /** A key id's latest send (0 for none). */
  private latest(id: number): number {
    const many = this.more.get(id);
    if (many) return many[many.length - 1] ?? 0;
    const n = this.counts[id] as number;
    return n > 0 ? (this.inline[id * INLINE_TIMES + n - 1] as number) : 0;
  }

  private grow(capacity: number): void {
    this.counts = widened(this.counts, capacity);
    this.inline = widened(this.inline, capacity * INLINE_TIMES);
  }

  /**
   * Forgets keys whose latest send is outside the longest window. The keys are in the order of the
   * latest sends, so this stops at the first key still in use: each send costs the keys it forgets,
   * not a walk over every conversation of the last 30 seconds (decision 020, round 5).
   */
  private forgetIdle(at: number): void {
    if (this.keys.size < 1000) return;
    for (let id = this.keys.oldest(); id >= 0; ) {
      if (this.latest(id) > at - this.longest) return;
      const newer = this.keys.newerThan(id);
      this.keys.remove(id);
      this.more.delete(id);
      this.counts[id] = 0;
      id = newer;
    }
  }
}

export interface RetryOptions {
  /** Attempts in all, including the first. */
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  /** Cap on any one wait, Retry-After included. A longer Retry-After ends the retries. */
  readonly maxDelayMs: number;
  /** 0 ≤ random() < 1, for jitter (tests inject a fixed one). */
  readonly random: () => number;
}

export const DEFAULT_RETRY: RetryOptions = Object.freeze({
  maxAttempts: 4,
  baseDelayMs: 500,
  maxDelayMs: 10_000,
  random: Math.random,
});

/** Statuses worth retrying: throttled, precondition race, gateway errors (Teams guidance). */
export const RETRY_STATUSES: ReadonlySet<number> = new Set([429, 412, 502, 504]);

/** A request to a URL the serviceUrl policy does not allow. Nothing was sent. */
export class ServiceUrlRefusedError extends Error {
  readonly code = 'SERVICE_URL_REFUSED' as const;
  readonly statusCode = 403;
  constructor() {
    super('Refused to send to a serviceUrl that is not on the allowlist');
    this.name = 'ServiceUrlRefusedError';
  }
}

/** Milliseconds from Retry-After (seconds or HTTP date) or retry-after-ms; undefined if absent. */
export function retryAfterMs(headers: { get(name: string): string | undefined }, nowMs: number): number | undefined {
  for (const name of ['retry-after-ms', 'x-ms-retry-after-ms']) {
    const ms = Number(headers.get(name));
    if (headers.get(name) !== undefined && Number.isFinite(ms) && ms >= 0) return ms;
  }
  const value = headers.get('retry-after');
  if (value === undefined || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.max(0, date - nowMs) : undefined;
}

/** Full-jitter exponential backoff for attempt n (1-based count of failures so far). */
export function backoffMs(failures: number, options: RetryOptions): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (failures - 1));
  return Math.floor(ceiling / 2 + (options.random() * ceiling) / 2);
}

/** The parts of @azure/core-rest-pipeline the policy uses (structural, version-proof). */
interface PipelineRequestLike {
  url: string;
  method: string;
}
interface PipelineResponseLike {
  status: number;
  headers: { get(name: string): string | undefined };
}
interface PipelinePolicyLike {
  name: string;
  sendRequest(request: PipelineRequestLike, next: (request: PipelineRequestLike) => Promise<PipelineResponseLike>): Promise<PipelineResponseLike>;
}
interface PipelineLike {
  addPolicy(policy: PipelinePolicyLike, options?: { phase?: 'Retry' }): void;
  removePolicy(options: { name?: string }): unknown;
  getOrderedPolicies(): { name: string }[];
}

export interface OutboundOptions {
  readonly serviceUrls: ServiceUrlPolicy;
  readonly pacer: Pacer;
  readonly retry: RetryOptions;
  readonly sleep: Sleep;
  readonly now: () => number;
  /** Told about each retry (status and delay only: no URL, no body). */
  readonly onRetry?: (info: { status: number; attempt: number; delayMs: number }) => void;
  /** Milliseconds inbound authentication may take (fetching the OpenID metadata and keys). Default 10,000. */
  readonly identityTimeoutMs?: number;
}

export const OUTBOUND_POLICY_NAME = 'safeguardingOutboundPolicy';

const ACTIVITY_PATH = /\/v3\/conversations\/([^/]+)\/activities(?:\/|$)/;

/** The policy itself (exported for unit tests). */
export function outboundPolicy(options: OutboundOptions): PipelinePolicyLike {
  return {
    name: OUTBOUND_POLICY_NAME,
    async sendRequest(request, next) {
      if (!isAllowedServiceUrl(request.url, options.serviceUrls)) throw new ServiceUrlRefusedError();
      const url = new URL(request.url);
      const conversation = ACTIVITY_PATH.exec(url.pathname)?.[1];
      const paced = conversation !== undefined && (request.method === 'POST' || request.method === 'PUT');
      for (let attempt = 1; ; attempt += 1) {
        if (paced) await options.pacer.acquire(`${url.host}/${conversation}`);
        const response = await next(request);
        if (!RETRY_STATUSES.has(response.status) || attempt >= options.retry.maxAttempts) return response;
        const hinted = response.status === 429 ? retryAfterMs(response.headers, options.now()) : undefined;
        const delayMs = hinted ?? backoffMs(attempt, options.retry);
        if (delayMs > options.retry.maxDelayMs) return response;
        options.onRetry?.({ status: response.status, attempt, delayMs });
        await options.sleep(delayMs);
      }
    },
  };
}

/** Swap the SDK's retry policy for ours on one ConnectorClient. Throws if the shape is not as expected. */
export function installOutboundPolicy(client: ConnectorClient, options: OutboundOptions): ConnectorClient {
  const inner: unknown = (client as unknown as { client?: unknown }).client;
  const pipeline: unknown = typeof inner === 'object' && inner !== null ? (inner as { pipeline?: unknown }).pipeline : undefined;
  if (!isPipeline(pipeline)) throw new Error('installOutboundPolicy: ConnectorClient has no core-client pipeline (botbuilder changed?)');
  pipeline.removePolicy({ name: 'defaultRetryPolicy' });
  pipeline.removePolicy({ name: OUTBOUND_POLICY_NAME });
  pipeline.addPolicy(outboundPolicy(options), { phase: 'Retry' });
  return client;
}

function isPipeline(value: unknown): value is PipelineLike {
  if (typeof value !== 'object' || value === null) return false;
  const p = value as Partial<PipelineLike>;
  return typeof p.addPolicy === 'function' && typeof p.removePolicy === 'function' && typeof p.getOrderedPolicies === 'function';
}

const JWT_ERRORS = new Set(['JsonWebTokenError', 'NotBeforeError', 'TokenExpiredError']);

/** Seconds a caller is asked to wait when the identity service cannot be reached. */
export const IDENTITY_RETRY_AFTER_SECONDS = 30;
const DEFAULT_IDENTITY_TIMEOUT_MS = 10_000;

/** Network failures of the fetch botbuilder makes for the OpenID metadata and keys. */
const NETWORK_ERROR_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'ECONNABORTED']);

/**
 * The Bot Framework's OpenID metadata or signing keys could not be fetched (unreachable,
 * an error status, not JSON, too slow), so no token can be verified: the request is
 * answered 503 with Retry-After (bot/edge/server.ts), not 500. Carries no URL and no token.
 */
export class IdentityServiceUnavailableError extends Error {
  readonly code = 'IDENTITY_UNAVAILABLE' as const;
  readonly statusCode = 503;
  constructor(
    /** What failed, from a closed set: safe to log. */
    readonly reason: 'metadata-status' | 'network' | 'invalid-response' | 'timeout',
    /** The network error code (ECONNRESET...), when there is one. */
    readonly networkCode?: string,
    readonly retryAfterSeconds: number = IDENTITY_RETRY_AFTER_SECONDS,
  ) {
    super('The identity service could not be reached');
    this.name = 'IdentityServiceUnavailableError';
  }
}

/**
 * What botbuilder's authentication threw, as the HTTP edge answers it: a token that fails
 * verification is a 401 (jsonwebtoken's own errors — bad signature, `alg: none`, HS256, not
 * yet valid — escape botbuilder as plain errors, which CloudAdapter would answer with 500);
 * a failure to fetch the metadata or keys is an {@link IdentityServiceUnavailableError}
 * (botbuilder throws node-fetch's FetchError, or an AuthenticationError with status 500
 * "Failed to load openID config / Keys"). Anything else is rethrown as it is.
 */
export function classifyAuthenticationFailure(err: unknown): unknown {
  if (err instanceof AuthenticationError) {
    return err.statusCode >= 500 && /^Failed to load (openID config|Keys)\b/.test(err.message) ? new IdentityServiceUnavailableError('metadata-status') : err;
  }
  if (!(err instanceof Error)) return err;
  if (JWT_ERRORS.has(err.name)) return new AuthenticationError('Unauthorized. The token did not verify.', 401);
  const code: unknown = (err as { code?: unknown }).code;
  const networkCode = typeof code === 'string' && NETWORK_ERROR_CODES.has(code) ? code : undefined;
  if (err.name === 'FetchError') {
    const type = (err as { type?: unknown }).type;
    return new IdentityServiceUnavailableError(type === 'invalid-json' ? 'invalid-response' : type === 'request-timeout' ? 'timeout' : 'network', networkCode);
  }
  if (err.name === 'AbortError' || networkCode !== undefined) return new IdentityServiceUnavailableError('network', networkCode);
  return err;
}


class GuardedConnectorFactory extends ConnectorFactory {
  constructor(
    private readonly inner: ConnectorFactory,
    private readonly options: OutboundOptions,
  ) {
    super();
  }

  override async create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    return installOutboundPolicy(await this.inner.create(serviceUrl, audience), this.options);
  }
}

/** botbuilder's authentication, unchanged, with every ConnectorClient guarded by {@link outboundPolicy}. */
export class ResilientBotFrameworkAuthentication extends BotFrameworkAuthentication {
  constructor(
    private readonly inner: BotFrameworkAuthentication,
    private readonly options: OutboundOptions,
  ) {
    super();
  }

  /**
   * botbuilder's authentication, bounded in time, with its failures sorted
   * ({@link classifyAuthenticationFailure}): 401 for a token that does not verify, 503 when
   * the metadata or keys cannot be fetched in time.
   */
  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    let result: AuthenticateRequestResult;
    try {
      result = await withDeadline(this.inner.authenticateRequest(activity, authHeader), this.options.identityTimeoutMs ?? DEFAULT_IDENTITY_TIMEOUT_MS, () => new IdentityServiceUnavailableError('timeout'));
    } catch (err) {
      throw classifyAuthenticationFailure(err);
    }
    // CloudAdapter sends replies through the factory returned here, not createConnectorFactory().
    return this.guarded(result);
  }

  override async authenticateStreamingRequest(authHeader: string, channelIdHeader: string): Promise<AuthenticateRequestResult> {
    return this.guarded(await this.inner.authenticateStreamingRequest(authHeader, channelIdHeader));
  }

  private guarded(result: AuthenticateRequestResult): AuthenticateRequestResult {
    const factory = result.connectorFactory;
    return factory ? { ...result, connectorFactory: new GuardedConnectorFactory(factory, this.options) } : result;
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return new GuardedConnectorFactory(this.inner.createConnectorFactory(claimsIdentity), this.options);
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return this.inner.createUserTokenClient(claimsIdentity);
  }

  override createBotFrameworkClient(): BotFrameworkClient {
    return this.inner.createBotFrameworkClient();
  }

  override getOriginatingAudience(): string {
    return this.inner.getOriginatingAudience();
  }

  override authenticateChannelRequest(authHeader: string): Promise<ClaimsIdentity> {
    return this.inner.authenticateChannelRequest(authHeader);
  }
}
