/**
 * Invokes: the shape each invoke's `value` must have, checked before anything else reads
 * or stores it.
 *
 * botbuilder's dispatch and our handlers read `activity.value` as the invoke's type says
 * (`value.commandId`, `value.action.type`, `value.botMessagePreviewAction`...), so a value
 * that is missing, null, an array, a string or an object of the wrong shape used to throw
 * mid-turn and answer 501 (issue 14). {@link invokeGuard} runs as the first adapter
 * middleware after the tenant allowlist: a malformed invoke is answered at once — 400, or
 * for an Action.Execute press the "I could not read that" card that Teams shows in place —
 * with one log line (ids, the invoke name when it is one we know, the reason; never the
 * value), and nothing is written: no redelivery claim, no state, no draft.
 *
 * An invoke nobody handles, with no value or an object value, goes on to the bot, which
 * answers it with an empty 200 (bot/edge/teamsBot.ts).
 *
 * A feature can also declare the data its Action.Execute verbs carry (`actionData`: the
 * feedback buttons, bot/insights/feedback.ts); a press whose data does not pass is refused here the
 * same way, before anything reads or stores it.
 */
import type { Activity, InvokeResponse, Middleware } from 'botbuilder';
import { z } from 'zod';
import type { AdaptiveCard } from '../../cards';
import { invokeCardResponse, invokeResponseActivity } from '../../dialogs/core/turn';
import { activityLogFields, type Logger } from './logger';

const commandId = z.string().min(1).max(64);

/**
 * For each invoke whose `value` botbuilder or this bot reads: what must be there for that
 * code not to throw. Loose objects: Teams adds fields we do not use. Handlers still validate
 * the data they act on (card and dialog data with their own zod schemas).
 */
export const INVOKE_VALUES: Readonly<Record<string, z.ZodType>> = Object.freeze({
  // botbuilder reads value.action.type (an Action.Submit type is its own 400 → the bot's card).
  'adaptiveCard/action': z.looseObject({ action: z.looseObject({ type: z.string() }) }),
  // botbuilder answers a missing queryText with its own 400, but only after the claim is stored.
  'application/search': z.looseObject({ queryText: z.string().min(1) }),
  // bot/extensions/messageExtensions.ts: commandId, then the query parameters (initial run: none).
  'composeExtension/query': z.looseObject({
    commandId,
    parameters: z.array(z.looseObject({ name: z.string().nullish() })).max(20).nullish(),
    queryOptions: z.looseObject({}).nullish(),
  }),
  // The selected message (message actions) or nothing (compose box).
  'composeExtension/fetchTask': z.looseObject({
    commandId,
    messagePayload: z.looseObject({ body: z.looseObject({ contentType: z.string().nullish(), content: z.string().nullish() }).nullish() }).nullish(),
  }),
  // botbuilder dispatches on botMessagePreviewAction before the bot sees the command.
  'composeExtension/submitAction': z.looseObject({ commandId, botMessagePreviewAction: z.enum(['edit', 'send']).nullish() }),
  // botbuilder switches on value.action (anything else is its own 400, after the claim is stored).
  'fileConsent/invoke': z.looseObject({ action: z.enum(['accept', 'decline']) }),
  // bot/pages/noticeTaskModule.ts validates `data` itself.
  'task/fetch': z.looseObject({}),
  'task/submit': z.looseObject({}),
});

/**
 * Every invoke name botbuilder 4.23 dispatches (test/security/invoke-fuzz.test.ts checks
 * the installed SDK has no others). Only these are logged by name: any other name is
 * whatever the sender chose.
 */
export const KNOWN_INVOKE_NAMES: readonly string[] = Object.freeze([
  'actionableMessage/executeAction',
  'adaptiveCard/action',
  'application/search',
  'composeExtension/anonymousQueryLink',
  'composeExtension/fetchTask',
  'composeExtension/onCardButtonClicked',
  'composeExtension/query',
  'composeExtension/queryLink',
  'composeExtension/querySettingUrl',
  'composeExtension/selectItem',
  'composeExtension/setting',
  'composeExtension/submitAction',
  'config/fetch',
  'config/submit',
  'fileConsent/invoke',
  'signin/tokenExchange',
  'signin/verifyState',
  'tab/fetch',
  'tab/submit',
  'task/fetch',
  'task/submit',
]);

export type InvokeValueProblem = 'missing' | 'not-an-object' | 'wrong-shape';

/** Why an invoke's value cannot be handed on, or undefined when it can. */
export function invokeValueProblem(name: unknown, value: unknown): InvokeValueProblem | undefined {
  const schema = typeof name === 'string' && Object.hasOwn(INVOKE_VALUES, name) ? INVOKE_VALUES[name] : undefined;
  // An invoke nobody reads the value of may come without one (the bot answers it with an empty 200).
  if (value === undefined) return schema ? 'missing' : undefined;
  // Every Teams invoke carries an object.
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not-an-object';
  return schema && !schema.safeParse(value).success ? 'wrong-shape' : undefined;
}

/**
 * For an Action.Execute press of a verb a feature declared (bot/insights/feedback.ts): the action's data,
 * with its verb, must pass that verb's schema. Call after {@link invokeValueProblem} found nothing.
 */
export function actionDataProblem(name: unknown, value: unknown, actionData: Readonly<Record<string, z.ZodType>>): InvokeValueProblem | undefined {
  if (name !== 'adaptiveCard/action') return undefined;
  const action = (value as { action?: { verb?: unknown; data?: unknown } } | undefined)?.action;
  const verb = action?.verb;
  if (typeof verb !== 'string' || !Object.hasOwn(actionData, verb)) return undefined;
  const data = action?.data ?? {};
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return 'wrong-shape';
  return actionData[verb]?.safeParse({ ...data, verb }).success ? undefined : 'wrong-shape';
}

/** The invoke name as it may be logged: one botbuilder knows, else 'other'. */
export function loggableInvokeName(name: unknown): string {
  return typeof name === 'string' && KNOWN_INVOKE_NAMES.includes(name) ? name : 'other';
}

export interface InvokeGuardOptions {
  readonly logger: Logger;
  /** The card an Action.Execute press with an unreadable value gets (Teams shows it in place of the card). */
  readonly unreadableCard: () => AdaptiveCard;
  /** Action.Execute verbs whose data a feature declared a schema for (bot/insights/feedback.ts), checked here with the values above. */
  readonly actionData?: Readonly<Record<string, z.ZodType>>;
}

/** Adapter middleware: malformed invokes answered before any storage or handler sees them. */
export function invokeGuard(options: InvokeGuardOptions): Middleware {
  const { logger, unreadableCard, actionData = {} } = options;
  if (!logger || typeof unreadableCard !== 'function') throw new TypeError('invokeGuard needs a logger and unreadableCard');
  return {
    async onTurn(context, next) {
      const activity = context.activity;
      if (activity.type !== 'invoke') return next();
      const problem = invokeValueProblem(activity.name, activity.value) ?? actionDataProblem(activity.name, activity.value, actionData);
      if (problem === undefined) return next();
      const invokeName = loggableInvokeName(activity.name);
      logger.info({ ...activityLogFields(activity), invokeName, problem }, 'invoke refused: malformed value');
      const response: Partial<Activity> = activity.name === 'adaptiveCard/action' ? invokeResponseActivity(invokeCardResponse(unreadableCard())) : { type: 'invokeResponse', value: { status: 400 } satisfies InvokeResponse };
      await context.sendActivity(response);
    },
  };
}
