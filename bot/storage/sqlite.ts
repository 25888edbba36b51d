/**
 * botbuilder `Storage` over a single SQLite file (better-sqlite3, WAL mode).
 *
 * eTag semantics follow botbuilder's MemoryStorage exactly:
 * - a write whose `eTag` is missing, empty or `'*'` overwrites;
 * - a write to a key that does not exist yet always succeeds;
 * - otherwise the `eTag` must equal the stored one, or the write is rejected with
 *   an {@link EtagConflictError} (`code: 'ETAG_CONFLICT'`).
 * Unlike MemoryStorage, a multi-key write is all-or-nothing (one transaction).
 *
 * Items read back carry the `eTag` of their latest write. The stored JSON never
 * contains the `eTag` itself.
 *
 * Deleting means it (a child's details must not be recoverable after "forget me" or
 * retention): `secure_delete` is on, so SQLite overwrites deleted content with zeros in the
 * database file, and every delete ends with a `wal_checkpoint(TRUNCATE)`, so the old page
 * images in the -wal file are copied back (zeroed) and the -wal file is cut to nothing.
 * A checkpoint blocked by another connection's read is retried after the next delete.
 */
import { randomUUID } from 'node:crypto';
import { chmodSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Storage, StoreItem, StoreItems } from 'botbuilder';
import { EtagConflictError, StorageError } from './errors';

export const DEFAULT_SQLITE_FILE = 'bot-state.sqlite';

export interface SqliteStorageOptions {
  /** Path of the database file, or ':memory:' (tests). */
  readonly filename: string;
  /** How long to wait for another process's write lock, in ms. Default 5000. */
  readonly busyTimeoutMs?: number;
  /** Clock for `updated_at` (ms since epoch). Default Date.now. */
  readonly now?: () => number;
}

interface Row {
  key: string;
  json: string;
  etag: string;
}

/**
 * Page cache of each SQLite connection, as `PRAGMA cache_size` takes it (negative: KiB). 2,000 KiB is
 * SQLite's own default; better-sqlite3 builds SQLite with 16,000 KiB, which a connection fills as its
 * file grows and keeps for the life of the process (about 8 MB more resident memory after 10,000
 * conversations, for no measurable CPU: the operating system caches the file as well; BENCHMARKS.md
 * "#19 round 3"). Shared with the decision record (insights/decisions.ts).
 */
export const SQLITE_CACHE_SIZE = -2000;

export class SqliteStorage implements Storage {
  private readonly db: Database.Database;
  private readonly now: () => number;
  private readonly selectOne: Database.Statement<[string], Row>;
  private readonly selectEtag: Database.Statement<[string], { etag: string }>;
  private readonly upsert: Database.Statement<[string, string, string, number]>;
  private readonly deleteOne: Database.Statement<[string]>;
  private readonly selectKeys: Database.Statement<[string, string], { key: string }>;
  private readonly selectOlder: Database.Statement<[string, string, number], { key: string }>;
  private readonly writeAll: (changes: StoreItems) => void;
  private readonly claimTx: Database.Transaction<(key: string, expiresAtMs: number, nowMs: number) => boolean>;
  private closed = false;

  /** Open (creating if needed) `<dataDir>/bot-state.sqlite`, creating the directory owner-only. */
  static inDirectory(dataDir: string, fileName: string = DEFAULT_SQLITE_FILE, now?: () => number): SqliteStorage {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    return new SqliteStorage({ filename: path.join(dataDir, fileName), ...(now ? { now } : {}) });
  }

  constructor(options: SqliteStorageOptions) {
    if (!options?.filename) throw new TypeError('SqliteStorage: filename is required');
    this.now = options.now ?? Date.now;
    this.db = new Database(options.filename);
    if (options.filename !== ':memory:') {
      // The file holds conversation state about children: owner read/write only.
      // (SQLite gives the -wal and -shm files the same permissions.)
      chmodSync(options.filename, 0o600);
    }
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('secure_delete = ON');
    this.db.pragma(`cache_size = ${SQLITE_CACHE_SIZE}`);
    this.db.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? 5000))}`);
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS store (
        key        TEXT PRIMARY KEY,
        json       TEXT NOT NULL,
        etag       TEXT NOT NULL,
        updated_at INTEGER NOT NULL
      ) WITHOUT ROWID;
    `);
    this.selectOne = this.db.prepare<[string], Row>('SELECT key, json, etag FROM store WHERE key = ?');
    this.selectEtag = this.db.prepare<[string], { etag: string }>('SELECT etag FROM store WHERE key = ?');
    this.upsert = this.db.prepare<[string, string, string, number]>(
      `INSERT INTO store (key, json, etag, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT(key) DO UPDATE SET json = excluded.json, etag = excluded.etag, updated_at = excluded.updated_at`,
    );
    this.deleteOne = this.db.prepare<[string]>('DELETE FROM store WHERE key = ?');
    this.selectKeys = this.db.prepare<[string, string], { key: string }>(
      'SELECT key FROM store WHERE substr(key, 1, length(?)) = ? ORDER BY key',
    );
    this.selectOlder = this.db.prepare<[string, string, number], { key: string }>(
      'SELECT key FROM store WHERE substr(key, 1, length(?)) = ? AND updated_at < ? ORDER BY key',
    );
    // IMMEDIATE: take the write lock before reading eTags, so check-and-write is atomic
    // across processes sharing the file.
    const writeTx = this.db.transaction((changes: StoreItems) => {
      const updatedAt = this.now();
      for (const [key, item] of Object.entries(changes)) {
        this.writeOne(key, item, updatedAt);
      }
    });
    this.writeAll = (changes) => writeTx.immediate(changes);
    this.claimTx = this.db.transaction((key: string, expiresAtMs: number, nowMs: number): boolean => {
      const row = this.selectOne.get(key);
      if (row && claimExpiry(row.json) > nowMs) return false;
      this.upsert.run(key, JSON.stringify({ expiresAt: expiresAtMs }), randomUUID(), this.now());
      return true;
    });
  }

  async read(keys: string[]): Promise<StoreItems> {
    if (!keys) throw new ReferenceError('Keys are required when reading.');
    this.assertOpen();
    const items: StoreItems = {};
    for (const key of keys) {
      const row = this.selectOne.get(key);
      if (row) {
        const value: unknown = JSON.parse(row.json);
        items[key] = { ...(value as Record<string, unknown>), eTag: row.etag };
      }
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    if (!changes) throw new ReferenceError('Changes are required when writing.');
    this.assertOpen();
    this.writeAll(changes);
  }

  async delete(keys: string[]): Promise<void> {
    if (!keys) throw new ReferenceError('Keys are required when deleting.');
    this.assertOpen();
    this.db.transaction((ks: string[]) => {
      for (const key of ks) this.deleteOne.run(key);
    })(keys);
    this.checkpoint();
  }

  /**
   * Copies the WAL into the database and truncates it, so deleted rows leave no copy in the
   * -wal file. Returns false when another connection's read blocked it (the next delete tries again).
   */
  checkpoint(): boolean {
    this.assertOpen();
    const [result] = this.db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
    return result?.busy === 0;
  }

  /** Keys that start with `prefix`, in ascending order (for reminders and retention sweeps). */
  async listKeys(prefix: string = ''): Promise<string[]> {
    this.assertOpen();
    return this.selectKeys.all(prefix, prefix).map((r) => r.key);
  }

  /**
   * Create-if-absent: store `{ expiresAt }` under `key` unless an unexpired claim is
   * already there. One IMMEDIATE transaction, so exactly one of several processes
   * sharing the file wins. Used to process a redelivered activity once.
   */
  async claim(key: string, expiresAtMs: number, nowMs: number): Promise<boolean> {
    this.assertOpen();
    return this.claimTx.immediate(key, expiresAtMs, nowMs);
  }

  /** Keys under `prefix` last written before `cutoffMs` (retention sweeps). */
  async keysOlderThan(prefix: string, cutoffMs: number): Promise<string[]> {
    this.assertOpen();
    return this.selectOlder.all(prefix, prefix, cutoffMs).map((r) => r.key);
  }

  /** Readiness probe: throws if the database cannot answer. */
  async ping(): Promise<void> {
    this.assertOpen();
    this.db.prepare('SELECT 1').get();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.db.close();
  }

  private writeOne(key: string, item: StoreItem, updatedAt: number): void {
    if (typeof item !== 'object' || item === null) {
      throw new TypeError(`SqliteStorage: item for "${key}" must be an object`);
    }
    const { eTag, ...rest }: StoreItem = item;
    if (eTag && eTag !== '*') {
      const stored = this.selectEtag.get(key);
      if (stored && stored.etag !== eTag) throw new EtagConflictError(key);
    }
    this.upsert.run(key, JSON.stringify(rest), randomUUID(), updatedAt);
  }

  private assertOpen(): void {
    if (this.closed) throw new StorageError('STORAGE_CLOSED', 'SqliteStorage is closed');
  }
}

/** The `expiresAt` of a stored claim; anything unreadable counts as expired. */
function claimExpiry(json: string): number {
  try {
    const value: unknown = JSON.parse(json);
    const expiresAt: unknown = typeof value === 'object' && value !== null ? (value as { expiresAt?: unknown }).expiresAt : undefined;
    return typeof expiresAt === 'number' ? expiresAt : 0;
  } catch {
    return 0;
  }
}
