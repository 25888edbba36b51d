/**
 * The typed-array key table behind the outbound pacer and the rate limiter (bot/edge/recentKeys.ts; decision 020,
 * round 15), checked against Maps: the table on its own against a Map in order of last use, and the pacer and the
 * limiter against the Map-based versions they replaced (kept below as the reference), on random sequences, so that
 * keeping the keys in typed arrays changes no wait, no answer and no count.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Pacer, TEAMS_THREAD_LIMITS, type PacingWindow, type Sleep } from '../../bot/edge/outbound';
import { RecentKeys } from '../../bot/edge/recentKeys';
import { RateLimiter, type RateLimitOptions } from '../../bot/edge/security';

/** The table's keys, oldest first. */
function order(table: RecentKeys, names: Map<number, string>): string[] {
  const out: string[] = [];
  for (let id = table.oldest(); id >= 0; id = table.newerThan(id)) out.push(names.get(id) ?? `?${id}`);
  return out;
}

type Op = { kind: 'use'; key: string } | { kind: 'dropOldest' } | { kind: 'drop'; key: string };

const keyArb = fc.oneof(fc.integer({ min: 0, max: 40 }).map((n) => `k${n}`), fc.string({ maxLength: 12 }));
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: keyArb.map((key) => ({ kind: 'use' as const, key })) },
  { weight: 1, arbitrary: fc.constant({ kind: 'dropOldest' as const }) },
  { weight: 2, arbitrary: keyArb.map((key) => ({ kind: 'drop' as const, key })) },
);

describe('RecentKeys', () => {
  it('finds, orders and forgets keys as a Map in order of last use does, through growth and reuse of ids', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 400 }), fc.integer({ min: 1, max: 8 }), (ops, initial) => {
        let grown = initial;
        const table = new RecentKeys((capacity) => {
          expect(capacity).toBe(grown * 2);
          grown = capacity;
        }, initial);
        const model = new Map<string, true>();
        const names = new Map<number, string>();
        for (const op of ops) {
          if (op.kind === 'use') {
            const id = table.find(op.key);
            expect(id >= 0).toBe(model.has(op.key));
            if (id >= 0) table.touch(id);
            else names.set(table.add(op.key), op.key);
            model.delete(op.key);
            model.set(op.key, true);
          } else if (op.kind === 'dropOldest') {
            const oldest = table.oldest();
            const first = model.keys().next();
            expect(oldest >= 0).toBe(!first.done);
            if (oldest >= 0 && !first.done) {
              expect(names.get(oldest)).toBe(first.value);
              table.remove(oldest);
              model.delete(first.value);
            }
          } else {
            const id = table.find(op.key);
            expect(id >= 0).toBe(model.has(op.key));
            if (id >= 0) {
              table.remove(id);
              model.delete(op.key);
            }
          }
          expect(table.size).toBe(model.size);
        }
        expect(order(table, names)).toEqual([...model.keys()]);
        for (const key of model.keys()) expect(names.get(table.find(key))).toBe(key);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps many keys apart, and stays small in ids while keys come and go', () => {
    const table = new RecentKeys();
    for (let i = 0; i < 20_000; i += 1) table.add(`19:conversation-${i}@thread.v2`);
    expect(table.size).toBe(20_000);
    for (let i = 0; i < 20_000; i += 1) expect(table.find(`19:conversation-${i}@thread.v2`)).toBeGreaterThanOrEqual(0);
    expect(table.find('19:conversation-20000@thread.v2')).toBe(-1);
    // A sliding window of 100 keys over 50,000 more: ids are reused, so the arrays never grow again.
    let growths = 0;
    const window = new RecentKeys(() => (growths += 1), 128);
    for (let i = 0; i < 50_000; i += 1) {
      window.add(`user-${i}`);
      if (window.size > 100) window.remove(window.oldest());
    }
    expect(window.size).toBe(100);
    expect(growths).toBe(0);
    expect(window.find('user-49999')).toBeGreaterThanOrEqual(0);
    expect(window.find('user-49899')).toBe(-1);
  });
});

/**
 * The pacer as it was before round 15: a Map of each key's send times, in the order of the latest send. A copy, not shared
 * code, so that a change to the pacer cannot change its reference with it.
 */
class MapPacer {
  private readonly sent = new Map<string, number[]>();
  private readonly tails = new Map<string, Promise<void>>();
  private readonly longest: number;

  constructor(
    private readonly windows: readonly PacingWindow[],
    private readonly now: () => number,
    private readonly sleep: Sleep,
  ) {
    this.longest = Math.max(...windows.map((w) => w.windowMs));
  }

  acquire(key: string): Promise<void> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const mine = previous.then(() => this.reserve(key));
    this.tails.set(key, mine);
    void mine.finally(() => {
      if (this.tails.get(key) === mine) this.tails.delete(key);
    });
    return mine;
  }

  get size(): number {
    return this.sent.size;
  }

  private async reserve(key: string): Promise<void> {
    for (;;) {
      const at = this.now();
      const times = (this.sent.get(key) ?? []).filter((t) => t > at - this.longest);
      let wait = 0;
      for (const { windowMs, max } of this.windows) {
        const inWindow = times.filter((t) => t > at - windowMs);
        if (inWindow.length >= max) wait = Math.max(wait, (inWindow[inWindow.length - max] ?? at) + windowMs - at);
      }
      if (wait <= 0) {
        times.push(at);
        this.sent.delete(key);
        this.sent.set(key, times);
        if (this.sent.size >= 1000) {
          for (const [k, ts] of this.sent) {
            if ((ts[ts.length - 1] ?? 0) > at - this.longest) break;
            this.sent.delete(k);
          }
        }
        return;
      }
      await this.sleep(wait);
    }
  }
}

/** The rate limiter as it was before round 15: a Map of buckets, least recently used first. */
class MapRateLimiter {
  private readonly buckets = new Map<string, { tokens: number; updatedMs: number; told: boolean }>();
  private readonly refillPerMs: number;

  constructor(
    private readonly options: RateLimitOptions,
    private readonly maxTracked: number,
  ) {
    this.refillPerMs = options.perMinute / 60_000;
  }

  take(key: string, nowMs: number): 'allow' | 'notify' | 'drop' {
    const bucket = this.buckets.get(key) ?? { tokens: this.options.burst, updatedMs: nowMs, told: false };
    const elapsed = Math.max(0, nowMs - bucket.updatedMs);
    bucket.tokens = Math.min(this.options.burst, bucket.tokens + elapsed * this.refillPerMs);
    bucket.updatedMs = nowMs;
    this.buckets.delete(key);
    this.buckets.set(key, bucket);
    for (const k of this.buckets.keys()) {
      if (this.buckets.size <= this.maxTracked) break;
      this.buckets.delete(k);
    }
    const fullAfterMs = this.options.burst / this.refillPerMs;
    for (const [k, b] of this.buckets) {
      const idleMs = nowMs - b.updatedMs;
      if (idleMs < fullAfterMs) break;
      if (b.tokens + idleMs * this.refillPerMs >= this.options.burst) this.buckets.delete(k);
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      bucket.told = false;
      return 'allow';
    }
    if (bucket.told) return 'drop';
    bucket.told = true;
    return 'notify';
  }

  get size(): number {
    return this.buckets.size;
  }
}

describe('the rate limiter in typed arrays', () => {
  it('answers and forgets exactly as the Map-based limiter did', () => {
    const step = fc.record({ user: fc.integer({ min: 0, max: 30 }), gapMs: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 3_000 })) });
    fc.assert(
      fc.property(
        fc.array(step, { maxLength: 300 }),
        fc.record({ perMinute: fc.integer({ min: 1, max: 120 }), burst: fc.integer({ min: 1, max: 5 }) }),
        fc.integer({ min: 1, max: 12 }),
        (steps, options, maxTracked) => {
          const typed = new RateLimiter(options, maxTracked);
          const reference = new MapRateLimiter(options, maxTracked);
          let now = 0;
          for (const { user, gapMs } of steps) {
            now += gapMs;
            expect(typed.take(`u${user}`, now)).toBe(reference.take(`u${user}`, now));
            expect(typed.size).toBe(reference.size);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('the outbound pacer in typed arrays', () => {
  function fakeTime() {
    let now = 0;
    return { now: () => now, sleep: async (ms: number) => void (now += ms), advance: (ms: number) => void (now += ms) };
  }

  /** Each send's key and the time it was let go, in the order they went, and the size after each step. */
  async function run(make: (t: ReturnType<typeof fakeTime>) => Pacer | MapPacer, steps: { keys: number[]; gapMs: number }[], keyCount: number) {
    const t = fakeTime();
    const pacer = make(t);
    const went: string[] = [];
    const sizes: number[] = [];
    for (const { keys, gapMs } of steps) {
      t.advance(gapMs);
      // Several sends at once (one turn's replies, or turns in different conversations), then wait for all of them.
      await Promise.all(keys.map((k) => pacer.acquire(`conv-${k % keyCount}`).then(() => went.push(`${k % keyCount}@${t.now()}`))));
      sizes.push(pacer.size);
    }
    return { went, sizes };
  }

  it('lets each send go at the same moment as the Map-based pacer did, busy conversations included', async () => {
    const step = fc.record({ keys: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 10 }), gapMs: fc.integer({ min: 0, max: 2_000 }) });
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 60 }), fc.integer({ min: 1, max: 6 }), async (steps, keyCount) => {
        const typed = await run((t) => new Pacer(TEAMS_THREAD_LIMITS, t.now, t.sleep), steps, keyCount);
        const reference = await run((t) => new MapPacer(TEAMS_THREAD_LIMITS, t.now, t.sleep), steps, keyCount);
        expect(typed).toEqual(reference);
      }),
      { numRuns: 150 },
    );
  });

  it('forgets idle conversations at the same moments as the Map-based pacer did, past 1,000 of them', async () => {
    // 1,200 conversations in 12 s (none idle yet), then 20 s later 400 more sends, some of them to the first ones again:
    // the idle ones are forgotten a few at a time as each send comes.
    const steps = [
      ...Array.from({ length: 1_200 }, (_, i) => ({ keys: [i], gapMs: 10 })),
      { keys: [0], gapMs: 20_000 },
      ...Array.from({ length: 400 }, (_, i) => ({ keys: [1_200 + i, i % 9 === 0 ? i * 3 : 1_200 + i], gapMs: 40 })),
    ];
    const typed = await run((t) => new Pacer(TEAMS_THREAD_LIMITS, t.now, t.sleep), steps, 2_000);
    const reference = await run((t) => new MapPacer(TEAMS_THREAD_LIMITS, t.now, t.sleep), steps, 2_000);
    expect(typed.sizes).toEqual(reference.sizes);
    expect(typed.went).toEqual(reference.went);
    expect(Math.max(...typed.sizes)).toBe(1_200);
    expect(typed.sizes.at(-1)).toBeLessThan(1_000);
  });
});
