/**
 * Structured logging (pino) that carries ids, never personal data.
 *
 * Three layers of defence:
 * 1. Call sites log ids only: use {@link activityLogFields} instead of the activity.
 * 2. Serializers for `activity`, `req`, `res` and `err` reduce those objects to ids.
 * 3. Redaction censors well-known personal-data keys up to three levels deep,
 *    for anything that slips through.
 */
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
  'token',
] as const;

const REDACT_DEPTH = 3;

function redactPaths(): string[] {
  const paths: string[] = [];
  for (const key of [...PERSONAL_KEYS, ...SECRET_KEYS]) {
    for (let depth = 0; depth <= REDACT_DEPTH; depth += 1) {
      paths.push([...Array<string>(depth).fill('*'), key].join('.'));
    }
  }
  paths.push('headers.authorization', '*.headers.authorization');
  return paths;
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
  invokeName?: string;
  channelId?: string;
  conversationId?: string;
  conversationType?: string;
  tenantId?: string;
  replyToId?: string;
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
 * Ids and types only: never text, value, attachments or names.
 * Invoke/event names (e.g. `adaptiveCard/action`) are protocol names, not personal data.
 */
export function activityLogFields(activity: ActivityLike | undefined): ActivityLogFields {
  if (!activity) return {};
  return dropUndefined({
    activityId: activity.id,
    activityType: activity.type,
    invokeName: activity.type === 'invoke' || activity.type === 'event' ? activity.name : undefined,
    channelId: activity.channelId,
    conversationId: activity.conversation?.id,
    conversationType: activity.conversation?.conversationType,
    tenantId: activity.conversation?.tenantId ?? channelDataTenantId(activity.channelData),
    replyToId: activity.replyToId,
  });
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

/** Create the application logger. `destination` lets tests capture output. */
export function createLogger(
  config: Pick<AppConfig, 'logLevel' | 'nodeEnv'>,
  destination?: DestinationStream,
): Logger {
  const options: pino.LoggerOptions = {
    level: config.logLevel,
    base: { env: config.nodeEnv },
    redact: { paths: redactPaths(), censor: '[redacted]' },
    serializers,
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  return destination ? pino(options, destination) : pino(options);
}
