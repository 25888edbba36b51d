/**
 * Shared set-up for the dialog tests (botbuilder-testing's DialogTestClient): the
 * services and state the escalation-notice and strengths-note dialogs run on, a logger
 * whose output is kept, and one turn's replies.
 */
import { Writable } from 'node:stream';
import { type Activity, ConversationState, type Middleware, type TurnContext, UserState } from 'botbuilder';
import type { DialogTestClient } from 'botbuilder-testing';
import { DraftRepository } from '../../bot/escalation/drafts';
import { createLogger } from '../../bot/edge/logger';
import { createStorage } from '../../bot/storage';
import { ownerOf } from '../../dialogs/core/turn';
import { addHeld, type TriageServices } from '../../dialogs/core/services';
import { loadEngines } from '../../rules';

const engines = loadEngines();

/**
 * Memory storage, conversation and user state, the drafts repository (30 days'
 * retention), a debug logger whose every write is kept in `logs`, and Salford services
 * on a clock the test moves with setNow. "Forget me" deletes every draft of the user,
 * as bot/app.ts wires the escalation feature's forgetter.
 */
export function draftsTestbed(startAt: Date) {
  let now = startAt;
  const handle = createStorage({ storage: 'memory', dataDir: '', blobConnectionString: undefined, blobContainer: undefined });
  const conversationState = new ConversationState(handle.storage);
  const userState = new UserState(handle.storage);
  const drafts = new DraftRepository(handle, { retentionDays: 30, clock: () => now });
  const logs: string[] = [];
  const logger = createLogger(
    { logLevel: 'debug', nodeEnv: 'test' },
    new Writable({
      write(chunk: Buffer, _e, cb) {
        logs.push(chunk.toString('utf8'));
        cb();
      },
    }),
  );
  const services: TriageServices = {
    engines,
    clock: () => now,
    areaFor: async () => 'salford',
    setArea: async () => undefined,
    heldAbout: async (ctx: TurnContext) => addHeld(await drafts.inventory(ownerOf(ctx))),
    forgetUser: async (ctx: TurnContext) => {
      const held = await drafts.inventory(ownerOf(ctx));
      await drafts.deleteAllFor(ownerOf(ctx));
      await userState.delete(ctx);
      await conversationState.delete(ctx);
      return addHeld(held);
    },
    staleAfterDays: 183,
  };
  return {
    handle,
    conversationState,
    userState,
    drafts,
    logger,
    logs,
    services,
    setNow: (d: Date) => {
      now = d;
    },
  };
}

/** Sends one activity and returns every reply of that turn, in order. */
export async function turnReplies(client: DialogTestClient, activity: Partial<Activity>): Promise<Partial<Activity>[]> {
  const out: Partial<Activity>[] = [];
  for (let a: Partial<Activity> | undefined = await client.sendActivity(activity); a; a = client.getNextReply()) out.push(a);
  return out;
}

/** Makes every incoming activity look as if it came from a conversation of this type (a group one). */
export function conversationTypeMiddleware(type: string): Middleware {
  return {
    onTurn: async (ctx, next) => {
      ctx.activity.conversation = { ...ctx.activity.conversation, conversationType: type, isGroup: true };
      await next();
    },
  };
}

/** One reply as a dialog test reads it: its text, the card's fallbackText, the whole card as JSON (for searching), and the card. */
export interface DialogReply<Card> {
  text: string;
  fallback: string;
  json: string;
  card?: Card;
}

/** Sends one message (text or card data) and returns every reply of that turn that has text or a card. */
export async function say<Card extends { fallbackText?: string }>(client: DialogTestClient, input: string | Record<string, unknown>): Promise<DialogReply<Card>[]> {
  const activity: Partial<Activity> = typeof input === 'string' ? { type: 'message', text: input } : { type: 'message', value: input };
  return (await turnReplies(client, activity))
    .map((a): DialogReply<Card> => {
      const card = a.attachments?.[0]?.content as Card | undefined;
      return { text: a.text ?? '', fallback: card?.fallbackText ?? '', json: card ? JSON.stringify(card) : '', ...(card ? { card } : {}) };
    })
    .filter((r) => r.text || r.card);
}

/** A reply as the drafts tests read it: text, the card, and both together as one string to search. */
export interface DraftsReply<Card> {
  text: string;
  card?: Card;
  all: string;
}

/** Sends one message (text or card data) from this user, in their personal chat or in one group chat, and returns every reply of the turn. */
export async function sayFrom<Card>(
  client: DialogTestClient,
  input: string | Record<string, unknown>,
  from: { id: string; name: string; aadObjectId?: string },
  conversationType: 'personal' | 'groupChat' = 'personal',
): Promise<DraftsReply<Card>[]> {
  const conversation = { id: conversationType === 'personal' ? `personal-${from.id}` : 'group-1', conversationType, isGroup: conversationType !== 'personal', name: '' };
  const base: Partial<Activity> = { type: 'message', from, conversation };
  const activity: Partial<Activity> = typeof input === 'string' ? { ...base, text: input } : { ...base, value: input };
  return (await turnReplies(client, activity)).map((a) => {
    const card = a.attachments?.[0]?.content as Card | undefined;
    return { text: a.text ?? '', ...(card ? { card } : {}), all: `${a.text ?? ''} ${card ? JSON.stringify(card) : ''}` };
  });
}

/** The last card among a turn's replies; throws (naming the texts) when there is none. */
export function lastCard<Card>(rs: { text: string; card?: Card }[]): Card {
  const c = [...rs].reverse().find((r) => r.card)?.card;
  if (!c) throw new Error(`no card in ${JSON.stringify(rs.map((r) => r.text))}`);
  return c;
}
