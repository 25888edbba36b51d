/**
 * Message extensions (the manifest's composeExtensions):
 *
 * - `findContact` (search, compose box): contact cards from the rules pack to insert
 *   into any chat, with phone, email, address and opening hours.
 * - `checkNextSteps` (action, message menu): recognition on the selected message's
 *   text, shown privately to the person who asked as the route card, with a button
 *   that posts a summary (route title, level, contacts: never the message) into the thread.
 *
 * The response builders are pure functions of (engine, request, time); the class only
 * picks the user's area and does the one side effect (posting the summary). Everything
 * is computed in memory, well inside Teams' 5-second limit for invokes.
 *
 * The selected message is personal data: its text is never logged, stored, echoed into
 * an error or carried in card data. Logs carry activity ids and the command id only.
 */
import type {
  MessagingExtensionAction,
  MessagingExtensionActionResponse,
  MessagingExtensionAttachment,
  MessagingExtensionQuery,
  MessagingExtensionResponse,
  TurnContext,
} from 'botbuilder';
import { z } from 'zod';
import { ACTIONS, buildContactsCard, buildErrorCard, buildUnreadableCard, cardForAnswer, type AdaptiveCard, type Json } from '../../cards';
import { buildNextStepsSummaryCard, timeless } from '../../cards/nextStepsSummary';
import { cardAttachment, cardMessageWithText } from '../../dialogs/core/turn';
import { answerText, type Answer, type Area, type Contact, type Engine } from '../../rules';
import { htmlToText } from './htmlText';
import { activityLogFields, knownValueFields, type Logger } from '../edge/logger';

export const FIND_CONTACT = 'findContact';
export const CHECK_NEXT_STEPS = 'checkNextSteps';
/** The manifest's command ids: the only ones logged as sent (others as a digest and length). */
const COMMAND_IDS: ReadonlySet<string> = new Set([FIND_CONTACT, CHECK_NEXT_STEPS]);

/** Results a search returns (Teams shows up to 25 a page). */
const MAX_RESULTS = 10;
/** Longest message text run through recognition (Teams messages are at most about 28 KB). */
const MAX_TEXT = 5000;

const THUMBNAIL = 'application/vnd.microsoft.card.thumbnail';

export interface MessageExtensionDeps {
  engines: Readonly<Record<Area, Engine>>;
  areaFor(context: TurnContext): Promise<Area>;
  clock: () => Date;
  logger: Logger;
}

/** The "Post a summary" button's data: ids only, checked against the pack before anything is posted. */
const PostSummaryData = ACTIONS.mxPostSummary.schema;
type PostSummaryData = z.infer<typeof PostSummaryData>;

// ---------------------------------------------------------------------------
// Pure builders


/** The query text of a search invoke ('' on the initial run or when absent). */
export function queryText(query: MessagingExtensionQuery): string {
  const p = (query.parameters ?? []).find((x) => x.name === 'query');
  return typeof p?.value === 'string' ? p.value.slice(0, 400).trim().slice(0, 200) : '';
}

/** One search result: the card to insert (timeless: hours, not "open now") and a preview with today's status. */
function contactResult(engine: Engine, contact: Contact, at: Date): MessagingExtensionAttachment {
  const status = engine.openNow(contact, at);
  const card = buildContactsCard({ pack: engine.pack, title: contact.name, contacts: [timeless(engine.pack, status)] });
  const phone = contact.phones[0]?.number;
  const email = contact.emails[0]?.address;
  const now =
    status.state === 'open' ? 'Open now' : status.state === 'always' ? 'Open any time' : status.state === 'closed' ? `Closed now${status.instead ? `: use ${status.instead.name}` : ''}` : '';
  const text = [phone, email, now].filter(Boolean).join(' · ') || (contact.missing ?? contact.purpose);
  return { ...cardAttachment(card), preview: { contentType: THUMBNAIL, content: { title: contact.name, text } } };
}

/** `composeExtension/query` for findContact: the contacts the words name, or the main ones. */
export function findContactResponse(engine: Engine, query: MessagingExtensionQuery, at: Date): MessagingExtensionResponse {
  const q = queryText(query);
  const { pack } = engine;
  let contacts = q ? engine.lookup(q).contacts : [];
  if (contacts.length === 0) {
    // Nothing named (or the initial run): the main contacts, so 999 and the front door are always one tap away.
    const main = engine.route('contacts')?.contacts ?? [pack.emergencyContact, pack.frontDoor];
    contacts = main.map((id) => pack.contacts.find((c) => c.id === id)).filter((c) => c !== undefined);
  }
  return {
    composeExtension: {
      type: 'result',
      attachmentLayout: 'list',
      attachments: contacts.slice(0, MAX_RESULTS).map((c) => contactResult(engine, c, at)),
    },
  };
}

/** The selected message's text, from a message-action invoke. */
export function selectedMessageText(action: MessagingExtensionAction): string {
  const body = action.messagePayload?.body;
  const content = typeof body?.content === 'string' ? body.content : '';
  // Cut before any work: the HTML converter reads a bounded prefix and stops at MAX_TEXT characters of text.
  return body?.contentType === 'text' ? content.slice(0, MAX_TEXT) : htmlToText(content, { maxText: MAX_TEXT });
}

/** Keeps a card's links (Call, Email) and drops buttons that belong to the chat (they would submit into this dialog). */
function linksOnly(actions: Json[] | undefined): Json[] {
  return (actions ?? []).filter((a) => !!a && typeof a === 'object' && !Array.isArray(a) && a.type === 'Action.OpenUrl');
}

function stripChatButtons(items: Json[]): void {
  for (const el of items) {
    if (!el || typeof el !== 'object' || Array.isArray(el)) continue;
    // Tap-to-call links and the "More detail" toggle stay; chat buttons go.
    if (el.type === 'ActionSet' && Array.isArray(el.actions)) el.actions = el.actions.filter((a) => !!a && typeof a === 'object' && !Array.isArray(a) && (a.type === 'Action.OpenUrl' || a.type === 'Action.ToggleVisibility'));
    for (const key of ['items', 'body'] as const) {
      const inner = el[key];
      if (Array.isArray(inner)) stripChatButtons(inner);
    }
  }
}

/** The private card for "Check next steps": the bot's answer for the message, and the post-a-summary button. */
export function nextStepsCard(engine: Engine, text: string, at: Date): { card: AdaptiveCard; answer: Answer | undefined } {
  const { pack } = engine;
  if (!text.trim()) {
    const card = buildErrorCard({ pack, title: 'There is no text in that message to check', message: 'Pick a message with words in it, or open a chat with the bot and describe the worry.' });
    return { card, answer: undefined };
  }
  // The one answer (rules/answer.ts), with labels, not the message's words: the same answer the bot gives in a group chat.
  const answer = answerText(engine, text, at, { personal: false });
  const card =
    answer.kind === 'none'
      ? buildContactsCard({
          pack,
          title: 'I did not find a particular safeguarding route in that message',
          intro: 'If you are worried about a child, talk to your designated safeguarding lead or contact the front door. You can also open a chat with the bot and describe the worry.',
          contacts: answer.contacts,
        })
      : cardForAnswer(engine, answer, at, { personal: false, feedback: false });
  stripChatButtons(card.body);
  card.body.unshift({ type: 'TextBlock', text: `Only you can see this. Checked against the ${pack.area} guidance.`, wrap: true, isSubtle: true, size: 'Small' });
  const data: PostSummaryData = ACTIONS.mxPostSummary.value({ ...(answer.routeId ? { route: answer.routeId } : {}), contacts: answer.contacts.map((c) => c.contact.id).slice(0, 8) });
  card.actions = [
    ...linksOnly(card.actions),
    { type: 'Action.Submit', title: 'Post a summary to this conversation', data: data as unknown as Json },
  ].slice(0, 6);
  return { card, answer };
}

/** `composeExtension/fetchTask` for checkNextSteps: a dialog with the private card. */
export function checkNextStepsFetchResponse(engine: Engine, action: MessagingExtensionAction, at: Date): MessagingExtensionActionResponse {
  const { card } = nextStepsCard(engine, selectedMessageText(action), at);
  return { task: { type: 'continue', value: { title: 'Check next steps', width: 'medium', height: 'large', card: cardAttachment(card) } } };
}

/** The summary to post, rebuilt from the pack by id (button data is untrusted). Undefined when an id is not in the pack. */
export function summaryFromData(engine: Engine, data: PostSummaryData, at: Date): AdaptiveCard | undefined {
  const { pack } = engine;
  const route = data.route ? engine.route(data.route) : undefined;
  if (data.route && !route) return undefined;
  const contacts = data.contacts.map((id) => pack.contacts.find((c) => c.id === id));
  if (contacts.some((c) => c === undefined)) return undefined;
  const found = contacts as Contact[];
  const level = route?.level ? pack.levels.find((l) => l.id === route.level) : undefined;
  const title = route?.title ?? (found.length === 1 ? (found[0] as Contact).name : 'Who to contact');
  return buildNextStepsSummaryCard({
    pack,
    steps: {
      title,
      ...(route ? { summary: route.summary } : {}),
      ...(level ? { level: { id: level.id, name: level.name, plain: level.plain } } : {}),
      contacts: found.map((c) => engine.openNow(c, at)),
    },
  });
}

// ---------------------------------------------------------------------------
// The invoke handlers

export class MessageExtensions {
  constructor(private readonly deps: MessageExtensionDeps) {
    if (!deps.engines || typeof deps.areaFor !== 'function' || typeof deps.clock !== 'function' || !deps.logger) {
      throw new TypeError('MessageExtensions needs engines, areaFor, clock and logger');
    }
  }

  private async engine(context: TurnContext): Promise<Engine> {
    return this.deps.engines[await this.deps.areaFor(context)];
  }

  async query(context: TurnContext, query: MessagingExtensionQuery): Promise<MessagingExtensionResponse> {
    const engine = await this.engine(context);
    if (query.commandId !== FIND_CONTACT) {
      this.deps.logger.info({ ...knownValueFields('commandId', query.commandId, COMMAND_IDS), ...activityLogFields(context.activity) }, 'unknown search command');
      return { composeExtension: { type: 'message', text: 'This search is not available. Call 999 if a child is in immediate danger.' } };
    }
    return findContactResponse(engine, query, this.deps.clock());
  }

  async fetchTask(context: TurnContext, action: MessagingExtensionAction): Promise<MessagingExtensionActionResponse> {
    const engine = await this.engine(context);
    if (action.commandId !== CHECK_NEXT_STEPS) return this.unknownAction(context, engine, action);
    return checkNextStepsFetchResponse(engine, action, this.deps.clock());
  }

  async submitAction(context: TurnContext, action: MessagingExtensionAction): Promise<MessagingExtensionActionResponse> {
    const engine = await this.engine(context);
    if (action.commandId !== CHECK_NEXT_STEPS) return this.unknownAction(context, engine, action);
    const parsed = PostSummaryData.safeParse(action.data);
    const card = parsed.success ? summaryFromData(engine, parsed.data, this.deps.clock()) : undefined;
    if (!card) {
      this.deps.logger.info({ commandId: CHECK_NEXT_STEPS, ...activityLogFields(context.activity) }, 'unrecognised next-steps submit data');
      return errorTask('I could not read that', buildUnreadableCard(engine.pack, { notDone: 'posted anything' }));
    }
    try {
      await context.sendActivity(cardMessageWithText(card));
    } catch (err) {
      // Usually: the bot has not been added to this chat or team. Nothing personal is in the error.
      const statusCode = (err as { statusCode?: unknown }).statusCode;
      this.deps.logger.warn({ commandId: CHECK_NEXT_STEPS, statusCode: typeof statusCode === 'number' ? statusCode : undefined, ...activityLogFields(context.activity) }, 'could not post the next-steps summary');
      card.body.unshift({ type: 'TextBlock', text: 'I could not post in this conversation: the bot may need to be added here first. The summary is below to copy.', wrap: true, weight: 'Bolder', color: 'Attention' });
      return { task: { type: 'continue', value: { title: 'Check next steps', width: 'medium', height: 'large', card: cardAttachment(card) } } };
    }
    this.deps.logger.info({ commandId: CHECK_NEXT_STEPS, ...activityLogFields(context.activity) }, 'posted next-steps summary');
    return { task: { type: 'message', value: 'Summary posted. It shows the route and contacts only, nothing from the message.' } };
  }

  private unknownAction(context: TurnContext, engine: Engine, action: MessagingExtensionAction): MessagingExtensionActionResponse {
    this.deps.logger.info({ ...knownValueFields('commandId', action.commandId, COMMAND_IDS), ...activityLogFields(context.activity) }, 'unknown action command');
    return errorTask('This action is not available', buildErrorCard({ pack: engine.pack, title: 'This action is not available', message: 'The app may have been updated. Please try again.' }));
  }
}

function errorTask(title: string, card: AdaptiveCard): MessagingExtensionActionResponse {
  return { task: { type: 'continue', value: { title, width: 'medium', height: 'medium', card: cardAttachment(card) } } };
}
