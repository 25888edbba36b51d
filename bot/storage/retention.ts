/**
 * Retention of bot state, as configured: a ticker task that deletes
 * - conversation state (a dialog in progress, screening answers) not written for
 *   DRAFT_RETENTION_DAYS,
 * - user state (the chosen area) not written for USER_RETENTION_DAYS,
 * - activity claims (bot/edge/security.ts) once their TTL has passed.
 * Drafts and their reminders are swept by DraftRepository.sweepExpired (bot/escalation/reminders.ts);
 * decision records by their own task (bot/insights/index.ts). Keys are found by the backend's own
 * write times ({@link StorageHandle.keysOlderThan}); nothing is read.
 */
import { CLAIM_PREFIX } from '../edge/security';
import type { StorageHandle } from './index';
import type { Task } from '../edge/ticker';

const DAY_MS = 86_400_000;
/** botbuilder's state keys: `<channelId>/conversations/<id>` and `<channelId>/users/<id>`. */
const CONVERSATION_KEY = /^[^/]+\/conversations\//;
const USER_KEY = /^[^/]+\/users\//;

export interface RetentionOptions {
  readonly conversationDays: number;
  readonly userDays: number;
  readonly claimTtlMs: number;
}

export interface RetentionResult {
  conversations: number;
  users: number;
  claims: number;
}

export async function sweepRetention(handle: StorageHandle, now: Date, options: RetentionOptions): Promise<RetentionResult> {
  const result: RetentionResult = { conversations: 0, users: 0, claims: 0 };
  if (!handle.keysOlderThan) return result;
  const at = now.getTime();
  const stateKeys = async (pattern: RegExp, days: number): Promise<string[]> =>
    ((await handle.keysOlderThan?.('', at - days * DAY_MS)) ?? []).filter((k) => pattern.test(k));
  const conversations = await stateKeys(CONVERSATION_KEY, options.conversationDays);
  const users = await stateKeys(USER_KEY, options.userDays);
  const claims = await handle.keysOlderThan(CLAIM_PREFIX, at - options.claimTtlMs);
  for (let i = 0; i < conversations.length + users.length + claims.length; i += 100) {
    await handle.storage.delete([...conversations, ...users, ...claims].slice(i, i + 100));
  }
  result.conversations = conversations.length;
  result.users = users.length;
  result.claims = claims.length;
  return result;
}

export function retentionTask(handle: StorageHandle, options: RetentionOptions): Task {
  return (now) => sweepRetention(handle, now, options);
}
