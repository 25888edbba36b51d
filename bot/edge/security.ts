/**
 * Inbound turn guards, run as adapter middleware after authentication and before any
 * bot logic:
 *
 * 0. Channel allowlist: only the Bot Framework channels the bot is built for (`msteams`; the
 *    Emulator and the test channel outside production). Identity checks rely on Teams' ids
 *    (aadObjectId): an activity from Web Chat or Direct Line could claim anyone's. Dropped
 *    (an invoke gets 403).
 * 1. serviceUrl allowlist, always: an activity whose `serviceUrl` is not https on an allowed
 *    Teams / Bot Framework host (or, for the anonymous loopback-bound development bot only, a
 *    loopback address) is dropped, so a forged activity cannot make
 *    the bot post card contents elsewhere (bot/edge/outbound.ts refuses such sends too).
 * 2. Redelivery: Teams re-sends invokes after 5 s and messages after 15 s. Each activity
 *    id is claimed in shared storage with a short TTL ({@link StorageHandle.claim}), so
 *    the same activity is processed once across every instance sharing the storage.
 *    If the turn throws, the claim is released so Teams' retry can do the work.
 * 3. Per-user rate limit (token bucket): a runaway client gets one polite message and
 *    its surplus activities are dropped, so it cannot starve other users.
 *
 * Logs carry ids only (activityLogFields).
 */
import { createHash } from 'node:crypto';
import type { Middleware, TurnContext } from 'botbuilder';
import { activityLogFields, type Logger } from './logger';
import type { AppConfig } from './config';
import type { StorageHandle } from '../storage';
import { RecentKeys, widened } from './recentKeys';

export { DEFAULT_SERVICE_URL_HOSTS } from './config';

export interface ServiceUrlPolicy {
  /** Host names, lower case; `*.example.com` matches subdomains of example.com. Always https. */
  readonly hosts: readonly string[];
  /** Also accept loopback addresses (http or https, any port): the anonymous, loopback-bound development bot only. */
  readonly allowLoopback: boolean;
}

/** The policy the configuration gives (one place for the inbound guard and the outbound policy). */
export function serviceUrlPolicy(config: Pick<AppConfig, 'serviceUrlHosts' | 'loopbackServiceUrls'>): ServiceUrlPolicy {
  return { hosts: config.serviceUrlHosts, allowLoopback: config.loopbackServiceUrls };
}

/** 127.0.0.0/8, ::1 and localhost: where the Agents Playground, the Emulator and tests' stand-in connector listen. */
function isLoopbackHost(hostname: string): boolean {
  const h = hostname.toLowerCase();
  return h === 'localhost' || h === '[::1]' || /^127(\.\d{1,3}){3}$/.test(h);
}

/**
 * True when `serviceUrl` is acceptable under `policy`, always (development included: a forged
 * activity must not make the bot POST wherever it names): https, no credentials, port 443, an
 * allowed host; or, when the policy allows it, a loopback address.
 */
export function isAllowedServiceUrl(serviceUrl: unknown, policy: ServiceUrlPolicy): boolean {
  if (typeof serviceUrl !== 'string' || serviceUrl === '') return false;
  let url: URL;
  try {
    url = new URL(serviceUrl);
  } catch {
    return false;
  }
  if (url.username !== '' || url.password !== '') return false;
  if (policy.allowLoopback && isLoopbackHost(url.hostname) && (url.protocol === 'http:' || url.protocol === 'https:')) return true;
  if (url.protocol !== 'https:') return false;
  if (url.port !== '' && url.port !== '443') return false;
  const host = url.hostname.toLowerCase();
  return policy.hosts.some((pattern) => {
    const p = pattern.toLowerCase();
    return p.startsWith('*.') ? host.endsWith(p.slice(1)) && host.length > p.length - 1 : host === p;
  });
}

export interface RateLimitOptions {
  /** Sustained activities per minute per user. */
  readonly perMinute: number;
  /** Activities a user may send at once before the limit applies. */
  readonly burst: number;
}

/** Users' buckets the limiter's arrays start with (they double as needed, up to `maxTracked` and one more). */
const FIRST_BUCKETS = 64;

/**
 * Token bucket per key; at most `maxTracked` keys are remembered (least recently used go first). The keys and their
 * buckets are kept in typed arrays (bot/edge/recentKeys.ts), not as a string and an object per user, which scattered
 * small long-lived objects through the heap under load (decision 020, round 15).
 */
export class RateLimiter {
  /** The remembered keys, least recently used first. */
  private readonly keys = new RecentKeys((capacity) => this.grow(capacity), FIRST_BUCKETS);
  /**
   * Per key id: the bucket's tokens, when they were last worked out, and whether the user has been told about the limit
   * since the bucket last had tokens.
   */
  private tokens = new Float64Array(FIRST_BUCKETS);
  private updatedMs = new Float64Array(FIRST_BUCKETS);
  private told = new Uint8Array(FIRST_BUCKETS);
  private readonly refillPerMs: number;

  constructor(
    private readonly options: RateLimitOptions,
    private readonly maxTracked = 10_000,
  ) {
    if (!(options.perMinute > 0) || !(options.burst >= 1)) throw new RangeError('RateLimiter: perMinute > 0 and burst >= 1');
    this.refillPerMs = options.perMinute / 60_000;
  }

  /** 'allow', 'notify' (first refusal: tell the user once) or 'drop'. */
  take(key: string, nowMs: number): 'allow' | 'notify' | 'drop' {
    let id = this.keys.find(key);
    if (id < 0) {
      id = this.keys.add(key);
      this.tokens[id] = this.options.burst;
      this.updatedMs[id] = nowMs;
      this.told[id] = 0;
    } else {
      this.keys.touch(id); // the most recently used now
    }
    const elapsed = Math.max(0, nowMs - (this.updatedMs[id] as number));
    this.tokens[id] = Math.min(this.options.burst, (this.tokens[id] as number) + elapsed * this.refillPerMs);
    this.updatedMs[id] = nowMs;
    this.prune(nowMs);
    if ((this.tokens[id] as number) >= 1) {
      this.tokens[id] = (this.tokens[id] as number) - 1;
      this.told[id] = 0;
      return 'allow';
    }
    if (this.told[id] === 1) return 'drop';
    this.told[id] = 1;
    return 'notify';
  }

  /** How many users are tracked (tests assert this stays bounded). */
  get size(): number {
    return this.keys.size;
  }

  private prune(nowMs: number): void {
    // Least recently used first. An evicted bucket starts full again, which is what a
    // bucket untouched for long would be anyway. (The key just taken is the most recent,
    // so it is never the one forgotten, here or below.)
    while (this.keys.size > this.maxTracked) this.keys.remove(this.keys.oldest());
    // A bucket that has refilled to the burst by now is what a new one would be (full; and a full
    // bucket's `told` is cleared by the next take), so forgetting it changes no answer. Fullness is
    // tested with the same sum `take` makes. Least recently used first: this stops at the first bucket
    // touched within a whole refill's time (tokens are never below 0, so any older one is full), as the
    // outbound pacer forgets (decision 020, round 7).
    const fullAfterMs = this.options.burst / this.refillPerMs;
    for (let id = this.keys.oldest(); id >= 0; ) {
      const idleMs = nowMs - (this.updatedMs[id] as number);
      if (idleMs < fullAfterMs) break;
      const newer = this.keys.newerThan(id);
      if ((this.tokens[id] as number) + idleMs * this.refillPerMs >= this.options.burst) this.keys.remove(id);
      id = newer;
    }
  }

  private grow(capacity: number): void {
    this.tokens = widened(this.tokens, capacity);
    this.updatedMs = widened(this.updatedMs, capacity);
    this.told = widened(this.told, capacity);
  }
}

export interface SecurityOptions {
  readonly storage: Pick<StorageHandle, 'claim' | 'storage'>;
  readonly logger: Logger;
  /** Wall clock for claims and the rate limiter (tests inject a fixed one). */
  readonly now: () => number;
  readonly serviceUrls: ServiceUrlPolicy;
  /** Bot Framework channel ids served (config.channelIds). */
  readonly channelIds: readonly string[];
  readonly rateLimit: RateLimitOptions;
  /** How long a processed activity id is remembered. */
  readonly dedupeTtlMs: number;
  /** Tell the user, politely, that they are going too fast (message or invoke response). */
  readonly onRateLimited: (context: TurnContext) => Promise<void>;
}

export const CLAIM_PREFIX = 'claims/activity/';

/** Storage key for an activity's claim: hashed, so no conversation id is stored in a key. */
export function activityClaimKey(channelId: string, conversationId: string, activityId: string): string {
  const digest = createHash('sha256').update(`${channelId}\u0000${conversationId}\u0000${activityId}`).digest('hex');
  return `${CLAIM_PREFIX}${digest}`;
}

/** The id the rate limit counts against: the Entra object id, else the channel user id. */
function userKey(context: TurnContext): string | undefined {
  const from = context.activity.from;
  return from?.aadObjectId ?? from?.id ?? undefined;
}

/** For dropped invokes: an empty 200 so Teams does not show an error or retry. */
async function answerInvoke(context: TurnContext): Promise<void> {
  if (context.activity.type === 'invoke') await context.sendActivity({ type: 'invokeResponse', value: { status: 200 } });
}

export function securityMiddleware(options: SecurityOptions): Middleware {
  const { storage, logger, now, serviceUrls, dedupeTtlMs, onRateLimited } = options;
  const channels = new Set(options.channelIds);
  const limiter = new RateLimiter(options.rateLimit);
  const log = logger.child({ component: 'security' });

  return {
    async onTurn(context, next) {
      const activity = context.activity;
      const fields = activityLogFields(activity);

      if (typeof activity.channelId !== 'string' || !channels.has(activity.channelId)) {
        log.warn(fields, 'activity from a channel the bot does not serve dropped');
        if (activity.type === 'invoke') await context.sendActivity({ type: 'invokeResponse', value: { status: 403 } });
        return;
      }

      if (!isAllowedServiceUrl(activity.serviceUrl, serviceUrls)) {
        log.warn(fields, 'activity with a serviceUrl not on the allowlist dropped');
        await answerInvoke(context);
        return;
      }

      let claimKey: string | undefined;
      const conversationId = activity.conversation?.id;
      if (typeof activity.id === 'string' && activity.id !== '' && typeof conversationId === 'string') {
        const key = activityClaimKey(activity.channelId ?? '', conversationId, activity.id);
        const at = now();
        try {
          if (!(await storage.claim(key, at + dedupeTtlMs, at))) {
            log.info(fields, 'duplicate delivery of an activity ignored');
            await answerInvoke(context);
            return;
          }
          claimKey = key;
        } catch (err) {
          // Storage is down: process anyway, so the user still gets 999 and the front door.
          log.warn({ err, ...fields }, 'could not claim the activity id; processing without de-duplication');
        }
      }

      const user = userKey(context);
      if (user !== undefined && (activity.type === 'message' || activity.type === 'invoke')) {
        const verdict = limiter.take(user, now());
        if (verdict !== 'allow') {
          log.warn({ ...fields, verdict }, 'user rate limit reached');
          if (verdict === 'notify') await onRateLimited(context);
          else await answerInvoke(context);
          return;
        }
      }

      try {
        await next();
      } catch (err) {
        if (claimKey !== undefined) {
          // Let Teams' redelivery do the work this turn could not finish.
          await storage.storage.delete([claimKey]).catch((deleteErr: unknown) => {
            log.warn({ err: deleteErr, ...fields }, 'could not release the activity claim');
          });
        }
        throw err;
      }
    },
  };
}
