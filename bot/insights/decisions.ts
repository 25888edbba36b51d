/**
 * The decision record: for every triage, what the bot asked, what was answered (as ids),
 * the level and route it gave, the pack version and the time; and the practitioners' answers
 * to "Was this the right answer?" (source 'feedback': the route given, the route chosen or
 * 'yes', the pack version, the hour; bot/insights/feedback.ts). No personal data: no user, no
 * conversation, no child, no free text. Every value is checked against an id pattern before
 * it is kept, so a typed sentence can never reach the record or its CSV exports.
 *
 * Append-only behind one small interface: {@link StorageDecisionLog} (one key per record,
 * any StorageHandle: memory, blobs) and {@link SqliteDecisionLog} (a table, STORAGE=sqlite).
 * The only deletion is the retention purge.
 */
import { randomUUID } from 'node:crypto';
import { chmodSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { StorageHandle } from '../storage';
import { SQLITE_CACHE_SIZE } from '../storage/sqlite';

export const DECISION_SOURCES = ['screening', 'message', 'escalation', 'feedback'] as const;
export type DecisionSource = (typeof DECISION_SOURCES)[number];

export interface DecisionRecord {
  readonly id: string;
  /** ISO time the advice was given. */
  readonly at: string;
  /** The organisation (Teams tenant id). */
  readonly org: string;
  readonly area: string;
  readonly packId: string;
  readonly packVersion: string;
  readonly source: DecisionSource;
  /** Question ids asked, in order. */
  readonly asked: readonly string[];
  /** `question=choice` pairs (screening) — ids only. */
  readonly answers: readonly string[];
  /** Indicator ids that counted. */
  readonly indicators: readonly string[];
  readonly level: string;
  readonly route: string;
  /** Escalation stage id, for `source: 'escalation'`. */
  readonly stage?: string;
  /** For `source: 'feedback'` (where `route` is the answer given): the route the practitioner said it was about, or 'yes'. */
  readonly chosen?: string;
}

export type NewDecision = Omit<DecisionRecord, 'id' | 'at'> & { at: Date };

export interface DecisionLog {
  append(record: NewDecision): Promise<DecisionRecord>;
  /** Records of one organisation at or after `since`, oldest first. */
  list(org: string, since: Date): Promise<DecisionRecord[]>;
  /** Deletes records older than `before`; returns how many. */
  purge(before: Date): Promise<number>;
  close(): Promise<void>;
}

const ID = /^[A-Za-z0-9_.:-]{1,64}$/;
const PAIR = /^[A-Za-z0-9_.-]{1,40}=[A-Za-z0-9_.,-]{1,200}$/;

/** Keeps a value only if it is an id; anything else (a sentence, a name, a date) becomes 'redacted'. */
export function safeId(value: string): string {
  return ID.test(value) && !/\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}/.test(value) ? value : 'redacted';
}

function safePair(value: string): string {
  return PAIR.test(value) ? value : 'redacted';
}

export function sanitise(record: NewDecision, id: string): DecisionRecord {
  const source = (DECISION_SOURCES as readonly string[]).includes(record.source) ? record.source : 'message';
  return {
    id,
    at: record.at.toISOString(),
    org: safeId(record.org),
    area: safeId(record.area),
    packId: safeId(record.packId),
    packVersion: safeId(record.packVersion),
    source,
    asked: record.asked.slice(0, 40).map(safeId),
    answers: record.answers.slice(0, 40).map(safePair),
    indicators: record.indicators.slice(0, 60).map(safeId),
    level: safeId(record.level),
    route: safeId(record.route),
    ...(record.stage !== undefined ? { stage: safeId(record.stage) } : {}),
    ...(record.chosen !== undefined ? { chosen: safeId(record.chosen) } : {}),
  };
}

/** `20261123T131200123Z`: sortable, and safe in every storage key. */
function keyTime(at: string): string {
  return at.replace(/[-:]/g, '').replace('.', '');
}

/** One storage key per record: `decision/<org>/<time>/<id>`. Works on memory, sqlite and blobs. */
export class StorageDecisionLog implements DecisionLog {
  constructor(private readonly handle: StorageHandle) {
    if (!handle) throw new TypeError('StorageDecisionLog needs storage');
  }

  async append(record: NewDecision): Promise<DecisionRecord> {
    const r = sanitise(record, randomUUID());
    await this.handle.storage.write({ [`decision/${r.org}/${keyTime(r.at)}/${r.id}`]: { ...r } });
    return r;
  }

  async list(org: string, since: Date): Promise<DecisionRecord[]> {
    const prefix = `decision/${safeId(org)}/`;
    const from = `${prefix}${keyTime(since.toISOString())}`;
    const keys = (await this.handle.listKeys(prefix)).filter((k) => k >= from);
    const out: DecisionRecord[] = [];
    for (let i = 0; i < keys.length; i += 100) {
      const items = await this.handle.storage.read(keys.slice(i, i + 100));
      for (const k of keys.slice(i, i + 100)) {
        const item = items[k] as (DecisionRecord & { eTag?: string }) | undefined;
        if (!item) continue;
        const { eTag: _eTag, ...r } = item;
        out.push(r);
      }
    }
    return out;
  }

  async purge(before: Date): Promise<number> {
    const cut = keyTime(before.toISOString());
    const old = (await this.handle.listKeys('decision/')).filter((k) => (k.split('/')[2] ?? '') < cut);
    if (old.length > 0) await this.handle.storage.delete(old);
    return old.length;
  }

  async close(): Promise<void> {
    // the storage handle is closed by its owner
  }
}

interface Row {
  json: string;
}

export interface SqliteDecisionLogOptions {
  /**
   * How long an appended record may wait before it is written, in ms (default 50). Records are
   * written in one transaction per interval instead of one per triage turn; `list`, `purge` and
   * `close` write what is waiting first, so nothing appended is ever missing from them.
   */
  readonly flushMs?: number;
  /** Write at once when this many are waiting (default 500). */
  readonly maxPending?: number;
  /** Called when records could not be written (a failing disk): how many were lost. Ids only reach it. */
  readonly onError?: (err: unknown, lost: number) => void;
}

type PendingRow = [id: string, org: string, at: string, json: string];

/**
 * A table in its own SQLite file (`decisions.sqlite` in the data directory). Appends are batched
 * (decision 020): one transaction per short interval, written at once by `list`, `purge` and
 * `close` (which the app's SIGTERM handler awaits), so a stop loses nothing.
 */
export class SqliteDecisionLog implements DecisionLog {
  private readonly db: Database.Database;
  private readonly insert: Database.Statement<[string, string, string, string]>;
  private readonly insertAll: Database.Transaction<(rows: readonly PendingRow[]) => void>;
  private readonly flushMs: number;
  private readonly maxPending: number;
  private readonly onError: (err: unknown, lost: number) => void;
  private pending: PendingRow[] = [];
  private timer: NodeJS.Timeout | undefined;

  static inDirectory(dataDir: string, options: SqliteDecisionLogOptions = {}): SqliteDecisionLog {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    return new SqliteDecisionLog(path.join(dataDir, 'decisions.sqlite'), options);
  }

  constructor(filename: string, options: SqliteDecisionLogOptions = {}) {
    this.flushMs = Math.max(0, options.flushMs ?? 50);
    this.maxPending = Math.max(1, options.maxPending ?? 500);
    this.onError = options.onError ?? (() => undefined);
    this.db = new Database(filename);
    if (filename !== ':memory:') chmodSync(filename, 0o600);
    this.db.pragma('journal_mode = WAL');
    // As for bot state (storage/sqlite.ts): in WAL mode NORMAL keeps the file consistent and
    // survives a crash of the process; only a power cut can lose the last commits. FULL would
    // fsync on every triage turn, blocking the event loop (about 0.15 ms a turn; BENCHMARKS.md).
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 5000');
    // SQLite's default page cache, not better-sqlite3's 16 MB (storage/sqlite.ts says why).
    this.db.pragma(`cache_size = ${SQLITE_CACHE_SIZE}`);
    // Ids only, but purged records go for good all the same (as bot state: storage/sqlite.ts).
    this.db.pragma('secure_delete = ON');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS decisions (
        id   TEXT PRIMARY KEY,
        org  TEXT NOT NULL,
        at   TEXT NOT NULL,
        json TEXT NOT NULL
      );
      CREATE INDEX IF NOT EXISTS decisions_org_at ON decisions (org, at);
      CREATE INDEX IF NOT EXISTS decisions_at ON decisions (at);
    `);
    // Prepared once: append runs on every triage turn.
    this.insert = this.db.prepare<[string, string, string, string]>('INSERT INTO decisions (id, org, at, json) VALUES (?, ?, ?, ?)');
    this.insertAll = this.db.transaction((rows: readonly PendingRow[]) => {
      for (const row of rows) this.insert.run(...row);
    });
  }

  async append(record: NewDecision): Promise<DecisionRecord> {
    if (!this.db.open) throw new Error('the decision record is closed');
    const r = sanitise(record, randomUUID());
    this.pending.push([r.id, r.org, r.at, JSON.stringify(r)]);
    if (this.pending.length >= this.maxPending) this.flush();
    else if (this.timer === undefined) {
      this.timer = setTimeout(() => this.flush(), this.flushMs);
      // close() writes what is waiting; the timer alone must not keep the process alive.
      this.timer.unref();
    }
    return r;
  }

  /** Writes every waiting record now (one transaction). A failed batch is retried row by row, so one bad row loses only itself. */
  flush(): void {
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    if (this.pending.length === 0 || !this.db.open) return;
    const rows = this.pending;
    this.pending = [];
    try {
      this.insertAll(rows);
    } catch (batchErr) {
      let lost = 0;
      let last: unknown = batchErr;
      for (const row of rows) {
        try {
          this.insert.run(...row);
        } catch (err) {
          lost += 1;
          last = err;
        }
      }
      if (lost > 0) this.onError(last, lost);
    }
  }

  async list(org: string, since: Date): Promise<DecisionRecord[]> {
    this.flush();
    const rows = this.db.prepare<[string, string], Row>('SELECT json FROM decisions WHERE org = ? AND at >= ? ORDER BY at, id').all(safeId(org), since.toISOString());
    return rows.map((row) => JSON.parse(row.json) as DecisionRecord);
  }

  async purge(before: Date): Promise<number> {
    this.flush();
    const { changes } = this.db.prepare('DELETE FROM decisions WHERE at < ?').run(before.toISOString());
    if (changes > 0) this.db.pragma('wal_checkpoint(TRUNCATE)');
    return changes;
  }

  async close(): Promise<void> {
    this.flush();
    if (this.db.open) this.db.close();
  }
}

const CSV_COLUMNS = ['time', 'area', 'pack', 'pack_version', 'source', 'asked', 'answers', 'indicators', 'level', 'route', 'stage'] as const;

function cell(value: string): string {
  // A cell starting with = + - @ would run as a formula in a spreadsheet.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The export: one row per answer or escalation, ids only (lists joined with ';'). Feedback goes in {@link feedbackCsv}. */
export function decisionsCsv(records: readonly DecisionRecord[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const r of records) {
    if (r.source === 'feedback') continue;
    lines.push(
      [r.at, r.area, r.packId, r.packVersion, r.source, r.asked.join(';'), r.answers.join(';'), r.indicators.join(';'), r.level, r.route, r.stage ?? '']
        .map(cell)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

export interface FeedbackSummary {
  /** Answers a practitioner said yes or no to. */
  readonly total: number;
  readonly yes: number;
  /** Each (pack, version, given, chosen) with how often, most frequent first; `chosen` is 'yes' where they agreed. */
  readonly pairs: readonly { packId: string; packVersion: string; given: string; chosen: string; count: number }[];
}

/** Counts of the feedback records among `records` (insights and the feedback CSV). */
export function summariseFeedback(records: readonly DecisionRecord[]): FeedbackSummary {
  const feedback = records.filter((r) => r.source === 'feedback' && r.chosen !== undefined);
  const pairs = new Map<string, { packId: string; packVersion: string; given: string; chosen: string; count: number }>();
  for (const r of feedback) {
    const chosen = r.chosen as string;
    const key = JSON.stringify([r.packId, r.packVersion, r.route, chosen]);
    const pair = pairs.get(key) ?? { packId: r.packId, packVersion: r.packVersion, given: r.route, chosen, count: 0 };
    pair.count += 1;
    pairs.set(key, pair);
  }
  const order = (p: { packId: string; packVersion: string; given: string; chosen: string }) => `${p.packId} ${p.packVersion} ${p.given} ${p.chosen}`;
  return {
    total: feedback.length,
    yes: feedback.filter((r) => r.chosen === 'yes').length,
    pairs: [...pairs.values()].sort((a, b) => b.count - a.count || order(a).localeCompare(order(b))),
  };
}

const FEEDBACK_COLUMNS = ['measure', 'pack', 'pack_version', 'given', 'chosen', 'count'] as const;

/** The feedback export: the totals, then one row per given → chosen pair (chosen 'yes': the answer was right), counts only. */
export function feedbackCsv(summary: FeedbackSummary): string {
  const lines = [FEEDBACK_COLUMNS.join(','), `answers_with_feedback,,,,,${summary.total}`, `yes,,,,,${summary.yes}`];
  for (const p of summary.pairs) lines.push(['given_chosen', p.packId, p.packVersion, p.given, p.chosen, String(p.count)].map(cell).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
