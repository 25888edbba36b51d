/**
 * Reminders for escalation notices: on the day a response is due, the author gets a
 * proactive message in their personal chat offering the next stage.
 *
 * - Survive restarts: reminders live in storage (`reminders/<dueOn>/<draftId>`), not timers.
 * - Fire once, even with several bot instances on one storage: an instance claims a
 *   reminder with an eTag-checked write before sending; the loser of the race skips it.
 *   A claim left by an instance that died is taken over after {@link CLAIM_TIMEOUT_MS}.
 * - Not retried for ever: a 403/404 from the connector (app uninstalled, chat gone) marks
 *   it undeliverable at once; other failures are retried on later ticks, up to
 *   {@link MAX_ATTEMPTS}, then marked failed.
 * The same tick deletes drafts past retention.
 */
import { randomUUID } from 'node:crypto';
import type { AdaptiveCard } from '../../cards';
import { cardMessage } from '../../dialogs/core/turn';
import { londonTime } from '../../rules';
import type { DraftRecord, DraftRepository, ReminderRecord } from './drafts';
import type { Logger } from '../edge/logger';

export const CLAIM_TIMEOUT_MS = 10 * 60_000;
/** Reminders go out from 09:00 London time on the due date (or at once if that has passed): not at midnight. */
export const REMIND_FROM_MINUTES = 9 * 60;
export const MAX_ATTEMPTS = 5;

/** Sends one activity into a stored conversation (bot/edge/proactive.ts in the app). */
export type { ProactiveSend } from '../../dialogs/core/ports';
import type { ProactiveSend } from '../../dialogs/core/ports';

export interface ReminderDeps {
  drafts: DraftRepository;
  send: ProactiveSend;
  clock: () => Date;
  logger: Logger;
  /** The reminder card for a draft (no personal details). */
  card(draft: DraftRecord): AdaptiveCard;
  /** Seconds between ticks; 0 = no timer (tests call runDue). */
  intervalSeconds: number;
  /** Identifies this instance in claims; default a random id. */
  instanceId?: string;
}

export interface RunResult {
  sent: number;
  undeliverable: number;
  failed: number;
  skipped: number;
  expiredDrafts: number;
}

function statusOf(err: unknown): number | undefined {
  const s = (err as { statusCode?: unknown } | undefined)?.statusCode;
  return typeof s === 'number' ? s : undefined;
}

export class ReminderScheduler {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<RunResult> | undefined;
  readonly instanceId: string;

  constructor(private readonly deps: ReminderDeps) {
    if (!deps.drafts || !deps.send || !deps.clock || !deps.logger) throw new TypeError('ReminderScheduler needs drafts, send, clock and logger');
    this.instanceId = deps.instanceId ?? randomUUID();
  }

  start(): void {
    if (this.timer || this.deps.intervalSeconds <= 0) return;
    this.timer = setInterval(() => {
      void this.tick();
    }, this.deps.intervalSeconds * 1000);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => undefined);
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    try {
      await this.runDue(this.deps.clock());
    } catch (err) {
      this.deps.logger.error({ err }, 'reminder tick failed');
    }
  }

  /** Sends every reminder due on or before `now`'s London date, and sweeps expired drafts. */
  async runDue(now: Date = this.deps.clock()): Promise<RunResult> {
    const run = this.runOnce(now);
    this.running = run;
    try {
      return await run;
    } finally {
      if (this.running === run) this.running = undefined;
    }
  }

  private async runOnce(now: Date): Promise<RunResult> {
    const { drafts, logger } = this.deps;
    const result: RunResult = { sent: 0, undeliverable: 0, failed: 0, skipped: 0, expiredDrafts: 0 };
    result.expiredDrafts = await drafts.sweepExpired(now);
    if (result.expiredDrafts > 0) logger.info({ count: result.expiredDrafts }, 'expired escalation drafts deleted');
    const { date: today, minutes } = londonTime(now);
    const keys = (await drafts.dueReminderKeys(today)).filter((k) => minutes >= REMIND_FROM_MINUTES || !k.startsWith(`reminders/${today}/`));
    for (const key of keys) {
      const outcome = await this.deliver(key, now);
      result[outcome]++;
    }
    return result;
  }

  private async deliver(key: string, now: Date): Promise<'sent' | 'undeliverable' | 'failed' | 'skipped'> {
    const { drafts, logger } = this.deps;
    const reminder = await drafts.readReminder(key);
    if (!reminder) return 'skipped';
    const staleClaim = reminder.state === 'claimed' && Date.parse(reminder.claimedAt ?? '') + CLAIM_TIMEOUT_MS <= now.getTime();
    if (reminder.state !== 'pending' && !staleClaim) return 'skipped';

    // The claim: only one instance's write with this eTag can succeed.
    const claim = await drafts.writeReminder(key, { ...reminder, state: 'claimed', claimedBy: this.instanceId, claimedAt: now.toISOString(), attempts: reminder.attempts + 1 });
    if (!claim.ok) return 'skipped';
    const claimed = claim.record;
    const log = { reminder: key, draftId: reminder.draftId, instance: this.instanceId };

    const draft = await drafts.get(reminder.ownerId, reminder.draftId);
    if (!draft || draft.reminderKey !== key || draft.stageId !== reminder.stageId || draft.dueOn !== reminder.dueOn) {
      // The draft moved on, was deleted or expired: this reminder no longer applies.
      await drafts.deleteReminder(key);
      logger.info(log, 'reminder no longer applies; removed');
      return 'skipped';
    }

    try {
      const card = this.deps.card(draft);
      await this.deps.send(draft.conversation, cardMessage(card));
    } catch (err) {
      const status = statusOf(err);
      const gone = status === 403 || status === 404;
      const giveUp = gone || claimed.attempts >= MAX_ATTEMPTS;
      const next: ReminderRecord = {
        ...claimed,
        state: gone ? 'undeliverable' : giveUp ? 'failed' : 'pending',
        lastError: status !== undefined ? String(status) : ((err as { code?: unknown })?.code as string | undefined) ?? 'error',
        ...(giveUp ? { doneAt: now.toISOString() } : {}),
      };
      await drafts.writeReminder(key, next);
      logger.warn({ ...log, status, state: next.state, attempts: claimed.attempts }, 'reminder not delivered');
      return gone ? 'undeliverable' : giveUp ? 'failed' : 'skipped';
    }
    await drafts.writeReminder(key, { ...claimed, state: 'sent', doneAt: now.toISOString() });
    logger.info(log, 'reminder sent');
    return 'sent';
  }
}

export type { ReminderRecord };
