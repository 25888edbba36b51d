/**
 * Escalation notice drafts and their reminders, over the bot's storage.
 *
 * Keys: `drafts/<owner>/<draftId>` and `reminders/<dueOn>/<draftId>` (`channels/...` for
 * the team channels the bot can post to). Every change is a read → change → write
 * with the item's eTag; on ETAG_CONFLICT it reads again and re-applies the change, so
 * two quick clicks cannot lose a field or advance a stage twice.
 *
 * Drafts are deleted `retentionDays` after their last change (swept by the reminder
 * tick, and treated as gone when read after that).
 *
 * Two kinds share these keys and rules: escalation notices (`kind` 'notice', or no `kind`
 * on notices stored before kinds existed) and strengths-based notes saved from recording
 * help (`kind` 'strengthsNote'). `get`/`update` only ever return notices, `getNote`/
 * `updateNote`/`listNotes` only notes, so one kind is never handled as the other.
 */
import { randomUUID } from 'node:crypto';
import type { StoreItem, StoreItems } from 'botbuilder';
import type { ChannelRecord, DraftChange, DraftKind, DraftRecord, NoteDrafts, NoticeDrafts, StrengthsNoteDraft, StrengthsNoteFields } from '../../dialogs/core/ports';
import type { Area } from '../../rules';
import type { IsoDate } from '../../rules';
import { isEtagConflict, type StorageHandle } from '../storage';

export type { ChannelRecord, DraftChange, DraftKind, DraftRecord, StrengthsNoteDraft, StrengthsNoteFields } from '../../dialogs/core/ports';

export type AnyDraft = DraftRecord | StrengthsNoteDraft;

export function draftKind(draft: { kind?: DraftKind }): DraftKind {
  return draft.kind ?? 'notice';
}

export type ReminderState = 'pending' | 'claimed' | 'sent' | 'undeliverable' | 'failed' | 'cancelled';

export interface ReminderRecord {
  draftId: string;
  ownerId: string;
  stageId: string;
  dueOn: IsoDate;
  state: ReminderState;
  attempts: number;
  claimedBy?: string;
  claimedAt?: string;
  doneAt?: string;
  /** HTTP status or error code of the last failure (no message text). */
  lastError?: string;
  eTag?: string;
}

const MAX_ATTEMPTS = 5;

export function draftKey(ownerId: string, draftId: string): string {
  return `drafts/${encodeURIComponent(ownerId)}/${encodeURIComponent(draftId)}`;
}

export function reminderKey(dueOn: IsoDate, draftId: string): string {
  return `reminders/${dueOn}/${encodeURIComponent(draftId)}`;
}

export function channelKey(tenantId: string, teamId: string, channelId: string): string {
  return `channels/${encodeURIComponent(tenantId)}/${encodeURIComponent(teamId)}/${encodeURIComponent(channelId)}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export class DraftRepository implements NoticeDrafts, NoteDrafts {
  constructor(
    private readonly handle: StorageHandle,
    private readonly options: { retentionDays: number; clock: () => Date },
  ) {
    if (!handle) throw new TypeError('DraftRepository needs storage');
    if (!Number.isInteger(options.retentionDays) || options.retentionDays < 1) throw new RangeError('retentionDays must be a whole number of days, 1 or more');
  }

  private get storage() {
    return this.handle.storage;
  }

  private now(): string {
    return this.options.clock().toISOString();
  }

  reminderKey(dueOn: IsoDate, draftId: string): string {
    return reminderKey(dueOn, draftId);
  }

  get retentionDays(): number {
    return this.options.retentionDays;
  }

  isExpired(draft: Pick<AnyDraft, 'updatedAt'>, at: Date = this.options.clock()): boolean {
    return Date.parse(draft.updatedAt) + this.options.retentionDays * 86_400_000 <= at.getTime();
  }

  async create(init: Omit<DraftRecord, 'id' | 'createdAt' | 'updatedAt' | 'history' | 'shared' | 'reference'> & { reference: (id: string) => string }): Promise<DraftRecord> {
    const id = randomUUID();
    const at = this.now();
    const { reference, ...rest } = init;
    const draft: DraftRecord = { ...rest, kind: 'notice', id, reference: reference(id), createdAt: at, updatedAt: at, history: [], shared: [] };
    await this.storage.write({ [draftKey(draft.ownerId, id)]: draft as unknown as StoreItem });
    return draft;
  }

  /** The owner's draft of either kind, or undefined (unknown id, someone else's, or past retention: then it is deleted). */
  private async read(ownerId: string, draftId: string): Promise<AnyDraft | undefined> {
    if (!UUID.test(draftId)) return undefined;
    const key = draftKey(ownerId, draftId);
    const item = (await this.storage.read([key]))[key] as AnyDraft | undefined;
    if (!item || item.ownerId !== ownerId || item.id !== draftId) return undefined;
    if (this.isExpired(item)) {
      await this.deleteDraft(item);
      return undefined;
    }
    return item;
  }

  /** The owner's escalation notice, or undefined (unknown id, someone else's, a note, or past retention: then it is deleted). */
  async get(ownerId: string, draftId: string): Promise<DraftRecord | undefined> {
    const item = await this.read(ownerId, draftId);
    return item && draftKind(item) === 'notice' ? (item as DraftRecord) : undefined;
  }

  /**
   * Applies `change` to the owner's draft with an eTag-checked write, retrying on conflict
   * (the change is re-applied to the fresh copy). Returns the stored draft and whether it changed.
   */
  async update(ownerId: string, draftId: string, change: DraftChange): Promise<{ draft: DraftRecord; changed: boolean } | undefined> {
    return this.change(ownerId, draftId, (o, i) => this.get(o, i), change);
  }

  private async change<T extends AnyDraft>(
    ownerId: string,
    draftId: string,
    load: (ownerId: string, draftId: string) => Promise<T | undefined>,
    change: (draft: T) => T | undefined,
  ): Promise<{ draft: T; changed: boolean } | undefined> {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const current = await load(ownerId, draftId);
      if (!current) return undefined;
      const next = change(structuredClone(current));
      if (!next) return { draft: current, changed: false };
      const key = draftKey(ownerId, draftId);
      // A change never moves a draft to another owner, id or kind.
      const toWrite = { ...next, id: current.id, ownerId: current.ownerId, ...(current.kind ? { kind: current.kind } : {}), updatedAt: this.now(), eTag: current.eTag ?? '*' };
      try {
        await this.storage.write({ [key]: toWrite as unknown as StoreItem });
        const { eTag: _ignored, ...stored } = toWrite;
        return { draft: stored as T, changed: true };
      } catch (err) {
        if (!isEtagConflict(err)) throw err;
      }
    }
    throw new Error('draft update kept conflicting');
  }

  async listForOwner(ownerId: string): Promise<string[]> {
    return this.handle.listKeys(`drafts/${encodeURIComponent(ownerId)}/`);
  }

  // Strengths-based notes ----------------------------------------------------

  async createNote(init: { ownerId: string; area: Area; note: StrengthsNoteFields }): Promise<StrengthsNoteDraft> {
    const id = randomUUID();
    const at = this.now();
    const draft: StrengthsNoteDraft = { kind: 'strengthsNote', id, ownerId: init.ownerId, area: init.area, createdAt: at, updatedAt: at, note: { ...init.note } };
    await this.storage.write({ [draftKey(draft.ownerId, id)]: draft as unknown as StoreItem });
    return draft;
  }

  /** The owner's saved note, or undefined (unknown id, someone else's, a notice, or past retention: then it is deleted). */
  async getNote(ownerId: string, draftId: string): Promise<StrengthsNoteDraft | undefined> {
    const item = await this.read(ownerId, draftId);
    return item && draftKind(item) === 'strengthsNote' ? (item as StrengthsNoteDraft) : undefined;
  }

  /** An eTag-checked change to the owner's note (re-applied on conflict), as {@link update}. */
  async updateNote(ownerId: string, draftId: string, change: (note: StrengthsNoteDraft) => StrengthsNoteDraft | undefined): Promise<{ draft: StrengthsNoteDraft; changed: boolean } | undefined> {
    return this.change(ownerId, draftId, (o, i) => this.getNote(o, i), change);
  }

  /** The owner's saved notes within retention, newest change first (expired ones are deleted on the way). */
  async listNotes(ownerId: string): Promise<StrengthsNoteDraft[]> {
    const keys = await this.listForOwner(ownerId);
    const notes: StrengthsNoteDraft[] = [];
    for (let i = 0; i < keys.length; i += 50) {
      const items = await this.storage.read(keys.slice(i, i + 50));
      for (const item of Object.values(items) as AnyDraft[]) {
        if (!item || item.ownerId !== ownerId || draftKind(item) !== 'strengthsNote') continue;
        if (this.isExpired(item)) await this.deleteDraft(item);
        else notes.push(item as StrengthsNoteDraft);
      }
    }
    return notes.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  /** Deletes the owner's note; false when there is none (unknown, someone else's, or a notice). */
  async deleteNote(ownerId: string, draftId: string): Promise<boolean> {
    const note = await this.getNote(ownerId, draftId);
    if (!note) return false;
    await this.deleteDraft(note);
    return true;
  }

  /** Deletes a draft and its reminder. */
  async deleteDraft(draft: Pick<DraftRecord, 'ownerId' | 'id' | 'reminderKey'> | Pick<StrengthsNoteDraft, 'ownerId' | 'id'>): Promise<void> {
    const keys = [draftKey(draft.ownerId, draft.id)];
    if ('reminderKey' in draft && draft.reminderKey) keys.push(draft.reminderKey);
    await this.storage.delete(keys);
  }

  /** What this owner has (counts only): escalation notices, how many have a reminder, saved notes. */
  async inventory(ownerId: string): Promise<{ notices: number; reminders: number; notes: number }> {
    const keys = await this.listForOwner(ownerId);
    const out = { notices: 0, reminders: 0, notes: 0 };
    for (let i = 0; i < keys.length; i += 50) {
      const items = await this.storage.read(keys.slice(i, i + 50));
      for (const item of Object.values(items) as AnyDraft[]) {
        if (!item || item.ownerId !== ownerId || this.isExpired(item)) continue;
        if (draftKind(item) === 'strengthsNote') out.notes++;
        else {
          out.notices++;
          if ((item as DraftRecord).reminderKey) out.reminders++;
        }
      }
    }
    return out;
  }

  /** "Forget me": every draft of this owner and their reminders, at once. Returns how many drafts went. */
  async deleteAllFor(ownerId: string): Promise<number> {
    const keys = await this.listForOwner(ownerId);
    if (keys.length === 0) return 0;
    const items = await this.storage.read(keys);
    const reminders = Object.values(items)
      .map((d) => (d as DraftRecord | undefined)?.reminderKey)
      .filter((k): k is string => typeof k === 'string');
    // Reminders by id as well, in case a draft was changed between the read and the delete.
    const ids = new Set(Object.values(items).map((d) => (d as DraftRecord | undefined)?.id).filter(Boolean));
    const orphans = (await this.handle.listKeys('reminders/')).filter((k) => ids.has(decodeURIComponent(k.split('/')[2] ?? '')));
    await this.storage.delete([...new Set([...keys, ...reminders, ...orphans])]);
    return keys.length;
  }

  /** Deletes drafts past retention (and their reminders). Returns how many went. */
  async sweepExpired(at: Date = this.options.clock()): Promise<number> {
    const keys = await this.handle.listKeys('drafts/');
    let deleted = 0;
    for (let i = 0; i < keys.length; i += 50) {
      const items = await this.storage.read(keys.slice(i, i + 50));
      for (const item of Object.values(items) as AnyDraft[]) {
        if (item && this.isExpired(item, at)) {
          await this.deleteDraft(item);
          deleted++;
        }
      }
    }
    return deleted;
  }

  // Reminders ---------------------------------------------------------------

  /** Schedules the reminder for the draft's current stage (replacing any earlier one). Returns its key. */
  async scheduleReminder(draft: Pick<DraftRecord, 'id' | 'ownerId' | 'stageId' | 'dueOn' | 'reminderKey'>): Promise<string | undefined> {
    if (draft.reminderKey) await this.storage.delete([draft.reminderKey]);
    if (!draft.dueOn) return undefined;
    const key = reminderKey(draft.dueOn, draft.id);
    const record: ReminderRecord = { draftId: draft.id, ownerId: draft.ownerId, stageId: draft.stageId, dueOn: draft.dueOn, state: 'pending', attempts: 0 };
    await this.storage.write({ [key]: record as unknown as StoreItem });
    return key;
  }

  async deleteReminder(key: string): Promise<void> {
    if (key.startsWith('reminders/')) await this.storage.delete([key]);
  }

  /** Reminder keys due on or before `today`, oldest first. */
  async dueReminderKeys(today: IsoDate): Promise<string[]> {
    const keys = await this.handle.listKeys('reminders/');
    return keys.filter((k) => (k.split('/')[1] ?? '9999-99-99') <= today);
  }

  async readReminder(key: string): Promise<ReminderRecord | undefined> {
    return (await this.storage.read([key]))[key] as ReminderRecord | undefined;
  }

  /** An eTag-checked write of a reminder: false when another instance changed it first. */
  async writeReminder(key: string, record: ReminderRecord): Promise<{ ok: true; record: ReminderRecord } | { ok: false }> {
    try {
      await this.storage.write({ [key]: { ...record, eTag: record.eTag ?? '*' } as unknown as StoreItem });
      const fresh = await this.readReminder(key);
      return fresh ? { ok: true, record: fresh } : { ok: false };
    } catch (err) {
      if (isEtagConflict(err)) return { ok: false };
      throw err;
    }
  }

  // Team channels -------------------------------------------------------------

  async saveChannel(record: Omit<ChannelRecord, 'updatedAt' | 'eTag'>): Promise<void> {
    const key = channelKey(record.tenantId, record.teamId, record.channelId);
    await this.storage.write({ [key]: { ...record, updatedAt: this.now() } as unknown as StoreItem });
  }

  async channelsFor(tenantId: string): Promise<{ key: string; record: ChannelRecord }[]> {
    const keys = await this.handle.listKeys(`channels/${encodeURIComponent(tenantId)}/`);
    if (keys.length === 0) return [];
    const items: StoreItems = await this.storage.read(keys.slice(0, 50));
    return keys.filter((k) => items[k]).map((k) => ({ key: k, record: items[k] as ChannelRecord }));
  }

  async channel(key: string): Promise<ChannelRecord | undefined> {
    if (!key.startsWith('channels/')) return undefined;
    return (await this.storage.read([key]))[key] as ChannelRecord | undefined;
  }

  async removeTeam(tenantId: string, teamId: string): Promise<void> {
    const keys = await this.handle.listKeys(`channels/${encodeURIComponent(tenantId)}/${encodeURIComponent(teamId)}/`);
    if (keys.length) await this.storage.delete(keys);
  }
}
