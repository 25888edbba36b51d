/**
 * Keys (conversation or user ids) remembered for a short while, in the order they were last used, held in typed arrays:
 * no JavaScript string, object or boxed number is kept per key. The outbound pacer (bot/edge/outbound.ts) and the rate
 * limiter (bot/edge/security.ts) keep their per-key figures in typed arrays of their own, by the id this table gives.
 *
 * Why typed arrays (decision 020, round 15): under load the pacer remembers every conversation of the last 30 s and
 * the limiter every user whose bucket is still refilling, thousands of keys at a time. As Maps of strings to small
 * arrays and objects, each key was a few small objects made during a turn and kept after it. They were promoted with
 * that turn's garbage and stayed, a few on every page, so V8 could give back few of those pages: about 12 MB more
 * resident memory after the bench's 10,000 conversations (BENCHMARKS.md, "Keys kept in typed arrays"). Typed arrays
 * keep the same figures in a handful of contiguous buffers.
 *
 * A key is kept as two independent 32-bit hashes of its text, not the text itself, so two different keys are taken
 * for one only if both hashes agree (about one chance in 2^64 for a pair). Both callers are safe with that: two
 * conversations paced as one would wait a little longer, two users sharing a bucket would get fewer turns.
 */

type GrowableArray = Uint8Array | Int32Array | Uint32Array | Float64Array;

/** A copy of `old` in a new array of the same kind and `length` elements (the rest zero): how every per-id array grows. */
export function widened<T extends GrowableArray>(old: T, length: number): T {
  const bigger = new (old.constructor as new (n: number) => T)(length);
  bigger.set(old);
  return bigger;
}

const EMPTY = -1;
const GONE = -2;

/** FNV-1a over the key's UTF-16 code units. */
function hashA(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** A second hash with other constants and its own mixing (MurmurHash2's step and finaliser), independent of `hashA`. */
function hashB(key: string): number {
  let h = 0x9747b28c ^ key.length;
  for (let i = 0; i < key.length; i++) {
    h = Math.imul(h ^ key.charCodeAt(i), 0x5bd1e995);
    h ^= h >>> 13;
  }
  h = Math.imul(h ^ (h >>> 15), 0x27d4eb2d);
  return (h ^ (h >>> 16)) >>> 0;
}

export class RecentKeys {
  /** How many ids the arrays hold now (they double when full; `onGrow` is told, so the owner's arrays follow). */
  private capacity: number;
  private a: Uint32Array;
  private b: Uint32Array;
  /** The order of last use: a doubly linked list through the ids, oldest first. */
  private prev: Int32Array;
  private next: Int32Array;
  private oldestId = -1;
  private newestId = -1;
  /** Ids given back, reused before new ones. */
  private free: Int32Array;
  private freeCount = 0;
  /** Ids handed out so far (the highest plus one). */
  private issued = 0;
  private count = 0;
  /** Open addressing, linear probing: a slot holds an id, EMPTY, or GONE (an id removed; probing goes on past it). */
  private slots: Int32Array;
  /** Slots not EMPTY (ids and GONE marks): the table is rebuilt before probes get long. */
  private slotsTaken = 0;

  /** `onGrow(capacity)`: the ids now run up to `capacity - 1`; the owner grows its per-id arrays, keeping their values. */
  constructor(
    private readonly onGrow: (capacity: number) => void = () => {},
    initialCapacity = 64,
  ) {
    if (!Number.isInteger(initialCapacity) || initialCapacity < 1) throw new RangeError('RecentKeys: initialCapacity must be a positive integer');
    this.capacity = initialCapacity;
    this.a = new Uint32Array(initialCapacity);
    this.b = new Uint32Array(initialCapacity);
    this.prev = new Int32Array(initialCapacity);
    this.next = new Int32Array(initialCapacity);
    this.free = new Int32Array(initialCapacity);
    this.slots = new Int32Array(RecentKeys.slotsFor(initialCapacity)).fill(EMPTY);
  }

  /** How many keys are remembered. */
  get size(): number {
    return this.count;
  }

  /** The key's id, or -1 when it is not remembered. */
  find(key: string): number {
    const a = hashA(key);
    const b = hashB(key);
    const mask = this.slots.length - 1;
    for (let s = a & mask; ; s = (s + 1) & mask) {
      const id = this.slots[s] as number;
      if (id === EMPTY) return -1;
      if (id >= 0 && this.a[id] === a && this.b[id] === b) return id;
    }
  }

  /** Remember a key not remembered yet (`find` gave -1), as the most recently used; its new id. */
  add(key: string): number {
    if (this.freeCount === 0 && this.issued === this.capacity) this.grow();
    const id = this.freeCount > 0 ? (this.free[--this.freeCount] as number) : this.issued++;
    this.a[id] = hashA(key);
    this.b[id] = hashB(key);
    if ((this.slotsTaken + 1) * 4 > this.slots.length * 3) this.rebuild(this.slots.length);
    this.place(id);
    this.link(id);
    this.count++;
    return id;
  }

  /** Mark the key with this id as the most recently used. */
  touch(id: number): void {
    if (id === this.newestId) return;
    this.unlink(id);
    this.link(id);
  }

  /** Forget the key with this id; the id may be given to another key later. */
  remove(id: number): void {
    const mask = this.slots.length - 1;
    for (let s = (this.a[id] as number) & mask; ; s = (s + 1) & mask) {
      const at = this.slots[s] as number;
      if (at === id) {
        this.slots[s] = GONE;
        break;
      }
      if (at === EMPTY) throw new Error('RecentKeys: removing an id that is not remembered');
    }
    this.unlink(id);
    this.free[this.freeCount++] = id;
    this.count--;
  }

  /** The least recently used key's id, or -1 when none is remembered. */
  oldest(): number {
    return this.oldestId;
  }

  /** The id used next after this one, or -1 for the most recent. */
  newerThan(id: number): number {
    return this.next[id] as number;
  }

  /** A slot table of a power of two at least twice the ids, so probes stay short. */
  private static slotsFor(capacity: number): number {
    let n = 2;
    while (n < capacity * 2) n <<= 1;
    return n;
  }

  private place(id: number): void {
    const mask = this.slots.length - 1;
    for (let s = (this.a[id] as number) & mask; ; s = (s + 1) & mask) {
      const at = this.slots[s] as number;
      if (at === EMPTY || at === GONE) {
        if (at === EMPTY) this.slotsTaken++;
        this.slots[s] = id;
        return;
      }
    }
  }

  /** A new slot table with every remembered id and no GONE marks. */
  private rebuild(size: number): void {
    this.slots = new Int32Array(size).fill(EMPTY);
    this.slotsTaken = 0;
    for (let id = this.oldestId; id >= 0; id = this.next[id] as number) this.place(id);
  }

  private grow(): void {
    const capacity = this.capacity * 2;
    this.a = widened(this.a, capacity);
    this.b = widened(this.b, capacity);
    this.prev = widened(this.prev, capacity);
    this.next = widened(this.next, capacity);
    this.free = widened(this.free, capacity);
    this.capacity = capacity;
    this.rebuild(RecentKeys.slotsFor(capacity));
    this.onGrow(capacity);
  }

  private link(id: number): void {
    this.prev[id] = this.newestId;
    this.next[id] = -1;
    if (this.newestId >= 0) this.next[this.newestId] = id;
    else this.oldestId = id;
    this.newestId = id;
  }

  private unlink(id: number): void {
    const p = this.prev[id] as number;
    const n = this.next[id] as number;
    if (p >= 0) this.next[p] = n;
    else this.oldestId = n;
    if (n >= 0) this.prev[n] = p;
    else this.newestId = p;
  }
}
