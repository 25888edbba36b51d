/**
 * Per-turn helpers, one of each: what kind of conversation this is, who is behind the turn,
 * and how a card goes back (a message, or the body of an Action.Execute invoke response).
 * The dialogs and bot/ both use these; nothing else reads `conversationType` or `from` for them.
 */
import { CardFactory, type Activity, type AdaptiveCardInvokeResponse, type Attachment, type TurnContext } from 'botbuilder';
import { buildUnreadableCard, scopeOf, SCOPES, type AdaptiveCard, type AnyAction, type Scope } from '../../cards';
import type { Pack } from '../../rules';

/** The Teams scope of this turn's conversation (personal chat, group chat, team channel). */
export function scopeOfTurn(context: TurnContext): Scope {
  return scopeOf(context.activity.conversation?.conversationType);
}

/**
 * A personal chat with the bot: the only place a child's details are asked for, shown or kept.
 * An unknown conversation type is not personal (the safer answer); a missing one is (the emulator).
 */
export function isPersonal(context: TurnContext): boolean {
  const t = context.activity.conversation?.conversationType;
  return t === undefined || t === 'personal';
}

/**
 * The Teams user behind this turn: their Entra object id (`from.aadObjectId`), or '' when
 * there is none (then nothing is read or written for them). Never `from.id`, which a client
 * outside Teams can set to anything, and never card data.
 */
export function ownerOf(context: TurnContext): string {
  const aad = context.activity.from?.aadObjectId;
  return typeof aad === 'string' ? aad.trim() : '';
}

/** A card as a message attachment. */
export function cardAttachment(card: AdaptiveCard): Attachment {
  return CardFactory.adaptiveCard(card);
}

/** A card as the answer to an Action.Execute press (the invoke response's body). */
export function invokeCardResponse(card: AdaptiveCard): AdaptiveCardInvokeResponse {
  return { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card as unknown as Record<string, unknown> };
}

/** An invoke response activity (sent from middleware, before the bot's own handler runs). */
export function invokeResponseActivity(body?: AdaptiveCardInvokeResponse): Partial<Activity> {
  return { type: 'invokeResponse', value: { status: 200, body } };
}

/** A message carrying a card, with its fallback text as the summary (read by screen readers and notifications). */
export function cardMessage(card: AdaptiveCard): Partial<Activity> {
  return { type: 'message', attachments: [cardAttachment(card)], summary: card.fallbackText.slice(0, 200) };
}

/** A message carrying a card, with its fallback text as the message text too (the error answers, a post from a message extension). */
export function cardMessageWithText(card: AdaptiveCard): Partial<Activity> {
  return { text: card.fallbackText, attachments: [cardAttachment(card)] };
}

/** Sends a card as a message ({@link cardMessage}). */
export async function sendCard(context: TurnContext, card: AdaptiveCard): Promise<void> {
  await context.sendActivity(cardMessage(card));
}

/** "I could not read that": a card button's value did not pass its action's schema, so nothing was done. */
export async function sendUnreadable(context: TurnContext, pack: Pack, next?: string): Promise<void> {
  await sendCard(context, buildUnreadableCard(pack, next ? { next } : {}));
}

/**
 * Whether an action may run in this turn's conversation (its declared scopes, cards/actions.ts).
 * A conversation type Teams does not send is allowed only what may run everywhere.
 */
export function allowedHere(action: AnyAction, context: TurnContext): boolean {
  const t = context.activity.conversation?.conversationType;
  const known = t === undefined || t === 'personal' || t === 'groupChat' || t === 'channel';
  return known ? action.scopes.includes(scopeOfTurn(context)) : SCOPES.every((s) => action.scopes.includes(s));
}
