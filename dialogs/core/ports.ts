/**
 * What the dialogs need from the rest of the bot, declared here as interfaces: storage for
 * notices and notes, a logger, and a way to post into another conversation. bot/ implements
 * them (bot/escalation/drafts.ts, bot/edge/logger.ts, bot/edge/proactive.ts) and bot/app.ts passes them in, so no
 * import runs from dialogs/ up into bot/.
 */
import type { Activity, ConversationReference } from 'botbuilder';
import type { Area, IsoDate } from '../../rules';
import type { ContactMethod, NoticeInput, NoticeRawValues, NoticeStageRecord } from '../../rules/notice';

/** What a draft holds: an escalation notice, or a strengths-based note. */
export type DraftKind = 'notice' | 'strengthsNote';

export interface DraftRecord {
  /** 'notice' (absent on notices stored before kinds existed). */
  kind?: 'notice';
  id: string;
  /** aadObjectId of the author (never from.id: see ownerOf). */
  ownerId: string;
  area: Area;
  reference: string;
  createdAt: string;
  updatedAt: string;
  stageId: string;
  /** Set once the form has been completed and validated. */
  input?: NoticeInput;
  /** The last thing typed into the form (kept when it did not validate). */
  lastInput?: NoticeRawValues;
  sentOn?: IsoDate;
  /** How it was raised at the current stage, when the user said. */
  sentHow?: ContactMethod;
  dueOn?: IsoDate;
  history: NoticeStageRecord[];
  /** The author's personal chat, for the reminder. */
  conversation: Partial<ConversationReference>;
  /** The reminder currently scheduled for this draft. */
  reminderKey?: string;
  /** References of channel posts (ids only). */
  shared: { channelKey: string; at: string }[];
  eTag?: string;
}

/** The three strengths-based headings, as typed (personal data: never logged). */
export interface StrengthsNoteFields {
  workingWell: string;
  worried: string;
  next: string;
}

/** A strengths-based note the practitioner saved as a draft. Same key, owner and retention rules as a notice. */
export interface StrengthsNoteDraft {
  kind: 'strengthsNote';
  id: string;
  /** aadObjectId of the author (never from.id: see ownerOf). */
  ownerId: string;
  /** Whose guidance gave the headings. */
  area: Area;
  createdAt: string;
  updatedAt: string;
  note: StrengthsNoteFields;
  eTag?: string;
}

export interface ChannelRecord {
  tenantId: string;
  teamId: string;
  channelId: string;
  teamName?: string;
  channelName?: string;
  conversation: Partial<ConversationReference>;
  updatedAt: string;
  eTag?: string;
}

/** A change to apply to a draft: return the new draft, or undefined for "no change". */
export type DraftChange = (draft: DraftRecord) => DraftRecord | undefined;

/** Sends one activity into a stored conversation (a new message, not a reply); a failure (403, 404...) is thrown to the caller. */
export type ProactiveSend = (reference: Partial<ConversationReference>, activity: Partial<Activity>) => Promise<void>;

/** The log lines dialogs write: ids and counts only, never what a user typed. */
export interface DialogLogger {
  info(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
}

/** Escalation notices, kept per author (bot/escalation/drafts.ts). Only the author's own drafts are ever returned. */
export interface NoticeDrafts {
  create(init: Omit<DraftRecord, 'id' | 'createdAt' | 'updatedAt' | 'history' | 'shared' | 'reference'> & { reference: (id: string) => string }): Promise<DraftRecord>;
  get(ownerId: string, draftId: string): Promise<DraftRecord | undefined>;
  update(ownerId: string, draftId: string, change: DraftChange): Promise<{ draft: DraftRecord; changed: boolean } | undefined>;
  /** The key the draft's reminder has when it is due on `dueOn`. */
  reminderKey(dueOn: IsoDate, draftId: string): string;
  scheduleReminder(draft: Pick<DraftRecord, 'id' | 'ownerId' | 'stageId' | 'dueOn' | 'reminderKey'>): Promise<string | undefined>;
  channelsFor(tenantId: string): Promise<{ key: string; record: ChannelRecord }[]>;
  channel(key: string): Promise<ChannelRecord | undefined>;
  removeTeam(tenantId: string, teamId: string): Promise<void>;
}

/** Strengths-based notes saved as drafts (bot/escalation/drafts.ts), per author. */
export interface NoteDrafts {
  readonly retentionDays: number;
  createNote(init: { ownerId: string; area: Area; note: StrengthsNoteFields }): Promise<StrengthsNoteDraft>;
  getNote(ownerId: string, draftId: string): Promise<StrengthsNoteDraft | undefined>;
  updateNote(ownerId: string, draftId: string, change: (note: StrengthsNoteDraft) => StrengthsNoteDraft | undefined): Promise<{ draft: StrengthsNoteDraft; changed: boolean } | undefined>;
  listNotes(ownerId: string): Promise<StrengthsNoteDraft[]>;
  deleteNote(ownerId: string, draftId: string): Promise<boolean>;
}
