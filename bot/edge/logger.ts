/**
 * Structured logging (pino) that carries ids, never personal data.
 *
 * Three layers of defence:
 * 1. Call sites log ids only: use {@link activityLogFields} instead of the activity.
 * 2. Serializers for `activity`, `req`, `res` and `err` reduce those objects to ids.
 * 3. Redaction censors well-known personal-data keys at any depth of the finished
 *    line ({@link redactLine}), for anything that slips through.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import pino, { type DestinationStream, type Logger, type SerializerFn } from 'pino';
import type { AppConfig } from './config';

export type { Logger } from 'pino';

/** Keys that may carry message text, names, dates of birth or free-text concerns. */
const PERSONAL_KEYS = [
  'text',
  'speak',
  'summary',
  'value',
  'attachments',
  'entities',
  'name',
  'givenName',
  'surname',
  'email',
  'userPrincipalName',
  'childName',
  'childDob',
  'dob',
  'dateOfBirth',
  'address',
  'postcode',
  'phone',
  'concern',
  'concerns',
  'details',
  'notes',
  'answers',
  'facts',
  'body',
] as const;

/** Keys that carry secrets. */
const SECRET_KEYS = [
  'authorization',
  'password',
  'microsoftAppPassword',
  'MicrosoftAppPassword',
  'certificatePrivateKey',
  'CertificatePrivateKey',
  'blobConnectionString',
  'BLOB_CONNECTION_STRING',
  'metricsToken',
  'METRICS_TOKEN',
  'token',
] as const;

/** Every key whose value is censored, wherever it appears in a log line. */
const REDACTED_KEYS: ReadonlySet<string> = new Set<string>([...PERSONAL_KEYS, ...SECRET_KEYS]);
const CENSOR = '[redacted]';

/**
 * One of {@link REDACTED_KEYS} as a JSON key (`"text":`), or as one inside a JSON string (`\"text\":`,
 * an object's text quoted in another value). The keys are plain words: nothing to escape.
 */
const KEY_IN_JSON = new RegExp(`\\\\?"(?:${[...REDACTED_KEYS].join('|')})\\\\?":`);

/** What is written instead of a line that is not JSON (never expected from pino): nothing of it. */
const WITHHELD_LINE = `${JSON.stringify({ level: 50, msg: 'log line withheld: it could not be checked for personal data' })}\n`;

function censorValue(value: unknown): unknown {
  if (typeof value === 'string') return KEY_IN_JSON.test(value) ? CENSOR : value;
  if (Array.isArray(value)) return value.map(censorValue);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) out[key] = REDACTED_KEYS.has(key) ? CENSOR : censorValue(inner);
    return out;
  }
  return value;
}

/**
 * The last layer of defence, on each finished JSON line (pino's `streamWrite` hook, after the
 * serializers): the value of every personal-data or secret key is censored at any depth, and so is
 * any string that holds such a key as JSON (an object interpolated into the message, JSON text in a
 * value). A line with none of those keys, which is every line the call sites and serializers are
 * meant to produce, is written as it is after one regular-expression scan; the others are parsed,
 * censored and written again. This replaces pino's path redaction (the same keys at the first four
 * levels, as 144 wildcard paths), which cost about 0.13 ms on every request line (BENCHMARKS.md
 * "#19 round 3").
 */
export function redactLine(line: string): string {
  if (!KEY_IN_JSON.test(line)) return line;
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return WITHHELD_LINE;
  }
  return `${JSON.stringify(censorValue(parsed))}\n`;
}

/** Just enough of a Bot Framework activity to pick out its ids. */
export interface ActivityLike {
  readonly id?: string;
  readonly type?: string;
  readonly name?: string;
  readonly channelId?: string;
  readonly replyToId?: string;
  readonly conversation?: {
    readonly id?: string;
    readonly conversationType?: string;
    readonly tenantId?: string;
  };
  readonly channelData?: unknown;
}

/** The only activity fields that may be logged. */
export interface ActivityLogFields {
  activityId?: string;
  activityType?: string;
  activityTypeSha256?: string;
  activityTypeLength?: number;
  invokeName?: string;
  invokeNameSha256?: string;
  invokeNameLength?: number;
  channelId?: string;
  channelIdSha256?: string;
  channelIdLength?: number;
  conversationId?: string;
  conversationType?: string;
  conversationTypeSha256?: string;
  conversationTypeLength?: number;
  tenantId?: string;
  replyToId?: string;
}

/** Bot Framework activity types. */
const ACTIVITY_TYPES: ReadonlySet<string> = new Set([
  'message', 'invoke', 'event', 'conversationUpdate', 'installationUpdate', 'messageReaction', 'messageUpdate', 'messageDelete',
  'typing', 'endOfConversation', 'contactRelationUpdate', 'deleteUserData', 'trace', 'handoff', 'suggestion', 'command', 'commandResult', 'invokeResponse',
]);
/** Invoke and event names Teams and botbuilder send. */
const INVOKE_NAMES: ReadonlySet<string> = new Set([
  'adaptiveCard/action', 'task/fetch', 'task/submit', 'signin/verifyState', 'signin/tokenExchange', 'signin/failure', 'fileConsent/invoke',
  'actionableMessage/executeAction', 'config/fetch', 'config/submit', 'tab/fetch', 'tab/submit', 'message/submitAction', 'handoff/action', 'healthCheck',
  'application/search', 'composeExtension/query', 'composeExtension/queryLink', 'composeExtension/anonymousQueryLink', 'composeExtension/selectItem',
  'composeExtension/fetchTask', 'composeExtension/submitAction', 'composeExtension/querySettingUrl', 'composeExtension/setting',
  'composeExtension/onCardButtonClicked', 'continueConversation', 'application/vnd.microsoft.readReceipt', 'application/vnd.microsoft.meetingStart',
  'application/vnd.microsoft.meetingEnd', 'application/vnd.microsoft.meetingParticipantJoin', 'application/vnd.microsoft.meetingParticipantLeave',
]);
/** Bot Framework channel ids (only msteams, emulator and test are served: bot/edge/security.ts). */
const CHANNEL_IDS: ReadonlySet<string> = new Set(['msteams', 'emulator', 'test', 'webchat', 'directline', 'directlinespeech', 'slack', 'telegram', 'facebook', 'email', 'sms', 'line', 'kik', 'skype', 'omnichannel', 'm365extensions']);
const CONVERSATION_TYPES: ReadonlySet<string> = new Set(['personal', 'groupChat', 'channel']);

/**
 * A value a client chose (an invoke name, a command id...), for a log line: as it is when it
 * is one of the `known` values, else `'unknown'` with a short SHA-256 and the length, so that
 * repeated requests can be correlated without any of their text reaching the log.
 */
export function knownValueFields<K extends string>(key: K, value: unknown, known: ReadonlySet<string>): Record<string, string | number> {
  if (value === undefined || value === null) return {};
  if (typeof value === 'string' && known.has(value)) return { [key]: value };
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? typeof value;
  return { [key]: 'unknown', [`${key}Sha256`]: createHash('sha256').update(text).digest('hex').slice(0, 16), [`${key}Length`]: text.length };
}

/** The tenant of an activity, as its log fields give it: `conversation.tenantId`, else Teams' `channelData.tenant.id`. */
export function activityTenant(activity: ActivityLike | undefined): string | undefined {
  return activity ? activity.conversation?.tenantId ?? channelDataTenantId(activity.channelData) : undefined;
}

function channelDataTenantId(channelData: unknown): string | undefined {
  if (typeof channelData !== 'object' || channelData === null || !('tenant' in channelData)) {
    return undefined;
  }
  const tenant: unknown = channelData.tenant;
  if (typeof tenant !== 'object' || tenant === null || !('id' in tenant)) return undefined;
  return typeof tenant.id === 'string' ? tenant.id : undefined;
}

function dropUndefined<T extends object>(fields: T): T {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as T;
}

/**
 * Ids and types only: never text, value, attachments or names. Invoke/event names (e.g.
 * `adaptiveCard/action`), activity types, channel ids and conversation types are protocol
 * names, logged as they are only when they are ones Teams and botbuilder use.
 */
export function activityLogFields(activity: ActivityLike | undefined): ActivityLogFields {
  if (!activity) return {};
  // Names and types a client can set to any text are logged only when known (knownValueFields).
  return dropUndefined({
    activityId: activity.id,
    ...knownValueFields('activityType', activity.type, ACTIVITY_TYPES),
    ...(activity.type === 'invoke' || activity.type === 'event' ? knownValueFields('invokeName', activity.name, INVOKE_NAMES) : {}),
    ...knownValueFields('channelId', activity.channelId, CHANNEL_IDS),
    conversationId: activity.conversation?.id,
    ...knownValueFields('conversationType', activity.conversation?.conversationType, CONVERSATION_TYPES),
    tenantId: activityTenant(activity),
    replyToId: activity.replyToId,
  }) as ActivityLogFields;
}

interface RequestLike {
  readonly id?: unknown;
  readonly method?: string;
  readonly url?: string;
  readonly getId?: () => string;
}

function requestSerializer(req: RequestLike): Record<string, unknown> {
  // Path only: a query string could carry anything.
  const url = typeof req.url === 'string' ? req.url.split('?')[0] : undefined;
  const id = typeof req.getId === 'function' ? req.getId() : req.id;
  return dropUndefined({ id, method: req.method, path: url });
}

function responseSerializer(res: { readonly statusCode?: number }): Record<string, unknown> {
  return dropUndefined({ statusCode: res.statusCode });
}

/**
 * Error type, code and stack frames. The message is kept except for errors whose
 * message can quote input (JSON.parse quotes the body it failed on).
 */
export function errorSerializer(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { type: typeof err };
  const quotesInput = err instanceof SyntaxError;
  const message = quotesInput ? '[message withheld: may quote input]' : err.message;
  const frames = (err.stack ?? '')
    .split('\n')
    .filter((line) => line.trimStart().startsWith('at '))
    .join('\n');
  const code: unknown = 'code' in err ? err.code : undefined;
  const statusCode: unknown = 'statusCode' in err ? err.statusCode : undefined;
  return dropUndefined({
    type: err.name,
    code: typeof code === 'string' || typeof code === 'number' ? code : undefined,
    statusCode: typeof statusCode === 'number' ? statusCode : undefined,
    message,
    stack: frames || undefined,
  });
}

const serializers: Record<string, SerializerFn> = {
  activity: (a: ActivityLike) => activityLogFields(a),
  req: requestSerializer,
  res: responseSerializer,
  err: errorSerializer,
  error: errorSerializer,
};

/**
 * Readable one-line logs for a developer running the bot at a terminal: pino-pretty (a
 * development dependency, loaded only here and only then), writing synchronously to
 * `output`. Undefined otherwise (production, a pipe or a file, or pino-pretty not
 * installed): then the logger writes JSON lines, as production always does. The same
 * redaction and serializers apply either way: pretty-printing happens after them.
 */
export function prettyDestination(
  config: Pick<AppConfig, 'nodeEnv'>,
  terminal: { isTTY?: boolean },
  output: NodeJS.WritableStream = process.stdout,
): DestinationStream | undefined {
  if (config.nodeEnv !== 'development' || terminal.isTTY !== true) return undefined;
  try {
    // Resolved from the working directory at run time, never bundled (scripts/build.mjs BOT_EXTERNALS).
    const pretty = createRequire(path.join(process.cwd(), 'package.json'))('pino-pretty') as (options: Record<string, unknown>) => DestinationStream;
    return pretty({ destination: output, sync: true, colorize: terminal.isTTY, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname,env', singleLine: true });
  } catch {
    return undefined;
  }
}

/** Create the application logger. `destination` lets tests capture output. */
export function createLogger(
  config: Pick<AppConfig, 'logLevel' | 'nodeEnv'>,
  destination?: DestinationStream,
): Logger {
  const options: pino.LoggerOptions = {
    level: config.logLevel,
    base: { env: config.nodeEnv },
    hooks: { streamWrite: redactLine },
    serializers,
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  return destination ? pino(options, destination) : pino(options);
}
