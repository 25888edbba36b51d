/**
 * Application configuration: one zod schema over the environment, parsed once.
 *
 * This is the only module that reads `process.env`. Everything else receives the
 * frozen {@link AppConfig} returned by {@link loadConfig}.
 *
 * Rules:
 * - Empty (or whitespace-only) strings count as "not set".
 * - Every bad variable is reported at once, by name, in a {@link ConfigError}.
 *   Values are never echoed back (some are secrets).
 */
import path from 'node:path';
import { z } from 'zod';

export const NODE_ENVS = ['development', 'test', 'production'] as const;
export type NodeEnv = (typeof NODE_ENVS)[number];

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const APP_TYPES = ['MultiTenant', 'SingleTenant', 'UserAssignedMSI'] as const;
export type AppType = (typeof APP_TYPES)[number];

export const STORAGE_KINDS = ['memory', 'sqlite', 'blobs'] as const;
export type StorageKind = (typeof STORAGE_KINDS)[number];

export const AREAS = ['salford', 'bury', 'nottingham'] as const;
export type Area = (typeof AREAS)[number];

/** The typed, frozen configuration every other module receives. */
export interface AppConfig {
  readonly port: number;
  readonly host: string;
  readonly nodeEnv: NodeEnv;
  readonly logLevel: LogLevel;
  /** Bot identity. `undefined` app id = anonymous mode (inbound authentication off). */
  readonly microsoftAppId: string | undefined;
  readonly microsoftAppPassword: string | undefined;
  readonly microsoftAppType: AppType;
  readonly microsoftAppTenantId: string | undefined;
  readonly certificateThumbprint: string | undefined;
  readonly certificatePrivateKey: string | undefined;
  /** True when no app id is configured: no inbound auth, loopback-only by default. */
  readonly anonymous: boolean;
  readonly storage: StorageKind;
  /** Absolute path of the data directory (sqlite file lives here). */
  readonly dataDir: string;
  readonly blobConnectionString: string | undefined;
  readonly blobContainer: string | undefined;
  readonly defaultArea: Area;
  /** Lower-cased tenant ids; empty = any tenant. */
  readonly allowedTenants: readonly string[];
  readonly allowInsecureDev: boolean;
  readonly draftRetentionDays: number;
  readonly bodyLimitBytes: number;
  /** Hosts replies may go to (`*.` = any subdomain), always over https (bot/edge/security.ts). */
  readonly serviceUrlHosts: readonly string[];
  /**
   * True only for the anonymous (no app id), loopback-bound bot outside production, and not
   * with SERVICE_URL_ENFORCE=true: then serviceUrls on a loopback address (Agents Playground,
   * the Emulator, tests' stand-in connector) are accepted too, over http or https.
   */
  readonly loopbackServiceUrls: boolean;
  /**
   * Bot Framework channels the bot serves: `msteams` only in production; in development and
   * tests also the Bot Framework Emulator (`emulator`) and botbuilder's test adapter (`test`).
   * Activities from any other channel (Web Chat, Direct Line...) are dropped before any bot logic.
   */
  readonly channelIds: readonly string[];
  /** Per-user limit: sustained activities a minute, and the burst allowed at once. */
  readonly rateLimitPerMinute: number;
  readonly rateLimitBurst: number;
  /** Seconds an activity id is remembered to ignore Teams' redeliveries. */
  readonly dedupeTtlSeconds: number;
  /** Days user state (the chosen area) is kept after the user's last change. */
  readonly userRetentionDays: number;
  /** Minutes a DSL consult may wait untaken before the channel is reminded once. */
  readonly consultTakeMinutes: number;
  /** Days a decision record is kept before it is purged. */
  readonly decisionRetentionDays: number;
  /** Lower-cased Entra object ids of administrators (settings, insights, export). */
  readonly adminAadIds: readonly string[];
  /** Packs whose contacts were checked longer ago than this get a warning (cards, /readyz). */
  readonly staleAfterDays: number;
  /** Public https base URL of the bot (CSV export download links); undefined = links are relative. */
  readonly publicBaseUrl: string | undefined;
  /**
   * Who may read GET /metrics: `token` (a request must bear METRICS_TOKEN), `open` (outside
   * production, no token set: the development default) or `off` (production without a token).
   */
  readonly metrics: 'token' | 'open' | 'off';
  /** The bearer token /metrics requires when {@link metrics} is `token`. A secret: never logged. */
  readonly metricsToken: string | undefined;
}

/** One bad variable: its name and what is wrong (never its value). */
export interface ConfigIssue {
  readonly variable: string;
  readonly problem: string;
}

export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID' as const;
  readonly issues: readonly ConfigIssue[];

  constructor(issues: readonly ConfigIssue[]) {
    super(
      `Invalid configuration: ${issues.map((i) => `${i.variable} (${i.problem})`).join('; ')}`,
    );
    this.name = 'ConfigError';
    this.issues = Object.freeze([...issues]);
  }
}

/** Teams and Bot Framework connector hosts (bot/edge/security.ts). */
export const DEFAULT_SERVICE_URL_HOSTS: readonly string[] = Object.freeze([
  'smba.trafficmanager.net',
  '*.botframework.com',
  'smba.infra.gcc.teams.microsoft.com',
  'smba.infra.gov.teams.microsoft.us',
  'smba.infra.dod.teams.microsoft.us',
]);

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const emptyAsUndefined = (value: unknown): unknown =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

/** A trimmed string that may be absent. */
const optionalString = () =>
  z.preprocess(
    (v) => {
      const e = emptyAsUndefined(v);
      return typeof e === 'string' ? e.trim() : e;
    },
    z.string().optional(),
  );

/** A comma-separated list, each item trimmed and lower-cased (empty items dropped); `fallback` when unset. */
const listVar = (fallback: readonly string[], itemOk: (item: string) => boolean, message: string) =>
  optionalString()
    .transform((v) =>
      (v ?? fallback.join(','))
        .split(',')
        .map((t) => t.trim().toLowerCase())
        .filter((t) => t !== ''),
    )
    .refine((list) => list.every(itemOk), message);

const GUID_LIST_MESSAGE = 'must be a comma-separated list of GUIDs';

const intVar = (min: number, max: number, fallback: number) =>
  z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .trim()
      .regex(/^\d+$/, `must be an integer between ${min} and ${max}`)
      .transform(Number)
      .pipe(
        z
          .number()
          .int()
          .min(min, `must be an integer between ${min} and ${max}`)
          .max(max, `must be an integer between ${min} and ${max}`),
      )
      .default(fallback),
  );

const enumVar = <const T extends readonly [string, ...string[]]>(values: T, fallback: T[number]) =>
  z.preprocess(
    emptyAsUndefined,
    z
      .enum(values, { error: () => `must be one of ${values.join('|')}` })
      .default(fallback),
  );

const TRUE_VALUES = new Set(['true', '1', 'yes', 'on']);
const FALSE_VALUES = new Set(['false', '0', 'no', 'off']);

const flagVar = () =>
  z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .trim()
      .toLowerCase()
      .refine((v) => TRUE_VALUES.has(v) || FALSE_VALUES.has(v), 'must be true or false')
      .transform((v) => TRUE_VALUES.has(v))
      .default(false),
  );

/**
 * The schema of every variable, built when {@link loadConfig} runs and garbage after it: zod 4
 * gives each schema object its own methods (about 40 closures), so the 32 variables' schemas are
 * about 1.5 MB of heap that would otherwise stay for the life of the process (decision 020).
 */
const envFields = () => ({
    PORT: intVar(0, 65_535, 3978),
    HOST: optionalString(),
    NODE_ENV: enumVar(NODE_ENVS, 'development'),
    LOG_LEVEL: enumVar(LOG_LEVELS, 'info'),
    MicrosoftAppId: optionalString().refine(
      (v) => v === undefined || GUID.test(v),
      'must be a GUID',
    ),
    MicrosoftAppPassword: optionalString(),
    MicrosoftAppType: enumVar(APP_TYPES, 'MultiTenant'),
    MicrosoftAppTenantId: optionalString(),
    CertificateThumbprint: optionalString(),
    CertificatePrivateKey: optionalString(),
    STORAGE: enumVar(STORAGE_KINDS, 'sqlite'),
    DATA_DIR: optionalString(),
    BLOB_CONNECTION_STRING: optionalString(),
    BLOB_CONTAINER: optionalString().refine(
      (v) => v === undefined || /^(?!.*--)[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/.test(v),
      'must be a valid container name (3-63 lowercase letters, digits, single hyphens)',
    ),
    DEFAULT_AREA: enumVar(AREAS, 'salford'),
    ALLOWED_TENANTS: listVar([], (t) => GUID.test(t), GUID_LIST_MESSAGE),
    ALLOW_INSECURE_DEV: flagVar(),
    DRAFT_RETENTION_DAYS: intVar(1, 3650, 30),
    BODY_LIMIT_BYTES: intVar(1024, 10 * 1024 * 1024, 262_144),
    SERVICE_URL_HOSTS: listVar(
      DEFAULT_SERVICE_URL_HOSTS,
      (t) => /^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(t),
      'must be a comma-separated list of host names (optionally *.domain)',
    ),
    SERVICE_URL_ENFORCE: flagVar(),
    RATE_LIMIT_PER_MINUTE: intVar(1, 10_000, 60),
    RATE_LIMIT_BURST: intVar(1, 1000, 20),
    DEDUPE_TTL_SECONDS: intVar(30, 86_400, 600),
    USER_RETENTION_DAYS: intVar(1, 3650, 365),
    CONSULT_TAKE_MINUTES: intVar(1, 24 * 60, 30),
    DECISION_RETENTION_DAYS: intVar(1, 3650, 365),
    ADMIN_AAD_IDS: listVar([], (t) => GUID.test(t), GUID_LIST_MESSAGE),
    STALE_AFTER_DAYS: intVar(1, 3650, 183),
    METRICS_TOKEN: optionalString().refine(
      (v) => v === undefined || /^[A-Za-z0-9._~+/=-]{32,512}$/.test(v),
      'must be 32 to 512 characters of letters, digits and ._~+/=- (a random secret)',
    ),
    PUBLIC_BASE_URL: optionalString().refine(
      (v) => v === undefined || /^https?:\/\/[^\s/]+(\/[^\s]*)?$/.test(v),
      'must be an http(s) URL',
    ),
});

type EnvFields = ReturnType<typeof envFields>;
type ParsedEnv = z.output<z.ZodObject<EnvFields>>;
type EnvName = keyof EnvFields;

/**
 * Checks that span several variables. Runs only over variables that parsed, so a
 * bad value is reported once (by its own field) rather than again here.
 */
function crossFieldIssues(env: ParsedEnv, parsed: (name: EnvName) => boolean): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const issue = (variable: EnvName, problem: string): void => {
    issues.push({ variable, problem });
  };
  const all = (...names: EnvName[]): boolean => names.every(parsed);
  const hasCert = env.CertificateThumbprint !== undefined || env.CertificatePrivateKey !== undefined;

  if (all('NODE_ENV', 'ALLOW_INSECURE_DEV') && env.NODE_ENV === 'production' && !env.ALLOW_INSECURE_DEV) {
    if (parsed('MicrosoftAppId') && env.MicrosoftAppId === undefined) {
      issue('MicrosoftAppId', 'is required in production (or set ALLOW_INSECURE_DEV=true)');
    }
    if (parsed('MicrosoftAppType') && env.MicrosoftAppType === 'MultiTenant') {
      issue(
        'MicrosoftAppType',
        'must be SingleTenant or UserAssignedMSI in production (or set ALLOW_INSECURE_DEV=true)',
      );
    }
  }

  if (hasCert && (env.CertificateThumbprint === undefined || env.CertificatePrivateKey === undefined)) {
    issue(
      env.CertificateThumbprint === undefined ? 'CertificateThumbprint' : 'CertificatePrivateKey',
      'CertificateThumbprint and CertificatePrivateKey must be set together',
    );
  }
  if (hasCert && env.MicrosoftAppPassword !== undefined) {
    issue('MicrosoftAppPassword', 'must not be set together with a certificate');
  }

  if (all('MicrosoftAppId', 'MicrosoftAppType')) {
    if (env.MicrosoftAppId === undefined) {
      if (env.MicrosoftAppType !== 'MultiTenant') {
        issue('MicrosoftAppId', `is required when MicrosoftAppType is ${env.MicrosoftAppType}`);
      }
      if (env.MicrosoftAppPassword !== undefined) {
        issue('MicrosoftAppId', 'is required when MicrosoftAppPassword is set');
      } else if (hasCert) {
        issue('MicrosoftAppId', 'is required when a certificate is set');
      }
    } else {
      if (env.MicrosoftAppType !== 'MultiTenant' && env.MicrosoftAppTenantId === undefined) {
        issue('MicrosoftAppTenantId', `is required when MicrosoftAppType is ${env.MicrosoftAppType}`);
      }
      if (env.MicrosoftAppType === 'UserAssignedMSI') {
        if (env.MicrosoftAppPassword !== undefined) {
          issue('MicrosoftAppPassword', 'must not be set when MicrosoftAppType is UserAssignedMSI');
        }
      } else if (env.MicrosoftAppPassword === undefined && !hasCert) {
        issue(
          'MicrosoftAppPassword',
          'is required when MicrosoftAppId is set (or set CertificateThumbprint and CertificatePrivateKey)',
        );
      }
    }
  }

  if (parsed('STORAGE') && env.STORAGE === 'blobs') {
    if (env.BLOB_CONNECTION_STRING === undefined) {
      issue('BLOB_CONNECTION_STRING', 'is required when STORAGE=blobs');
    }
    if (parsed('BLOB_CONTAINER') && env.BLOB_CONTAINER === undefined) {
      issue('BLOB_CONTAINER', 'is required when STORAGE=blobs');
    }
  }

  // Anonymous mode has no inbound authentication: loopback only, unless explicitly allowed.
  if (
    all('HOST', 'MicrosoftAppId', 'ALLOW_INSECURE_DEV') &&
    env.MicrosoftAppId === undefined &&
    env.HOST !== undefined &&
    !isLoopback(env.HOST) &&
    !env.ALLOW_INSECURE_DEV
  ) {
    issue('HOST', 'must be a loopback address when no MicrosoftAppId is set (or set ALLOW_INSECURE_DEV=true)');
  }
  return issues;
}

function isLoopback(host: string): boolean {
  const h = host.toLowerCase();
  return h === 'localhost' || h === '::1' || h === '[::1]' || /^127(\.\d{1,3}){3}$/.test(h);
}

function toAppConfig(env: ParsedEnv): AppConfig {
  const anonymous = env.MicrosoftAppId === undefined;
  return Object.freeze({
    port: env.PORT,
    // Anonymous mode has no inbound authentication: bind to loopback unless told otherwise.
    host: env.HOST ?? (anonymous ? '127.0.0.1' : '0.0.0.0'),
    nodeEnv: env.NODE_ENV,
    logLevel: env.LOG_LEVEL,
    microsoftAppId: env.MicrosoftAppId,
    microsoftAppPassword: env.MicrosoftAppPassword,
    microsoftAppType: env.MicrosoftAppType,
    microsoftAppTenantId: env.MicrosoftAppTenantId,
    certificateThumbprint: env.CertificateThumbprint,
    certificatePrivateKey: env.CertificatePrivateKey,
    anonymous,
    storage: env.STORAGE,
    dataDir: path.resolve(env.DATA_DIR ?? './data'),
    blobConnectionString: env.BLOB_CONNECTION_STRING,
    blobContainer: env.BLOB_CONTAINER,
    defaultArea: env.DEFAULT_AREA,
    allowedTenants: Object.freeze([...env.ALLOWED_TENANTS]),
    allowInsecureDev: env.ALLOW_INSECURE_DEV,
    draftRetentionDays: env.DRAFT_RETENTION_DAYS,
    bodyLimitBytes: env.BODY_LIMIT_BYTES,
    serviceUrlHosts: Object.freeze([...env.SERVICE_URL_HOSTS]),
    loopbackServiceUrls: anonymous && isLoopback(env.HOST ?? '127.0.0.1') && env.NODE_ENV !== 'production' && !env.SERVICE_URL_ENFORCE,
    channelIds: Object.freeze(env.NODE_ENV === 'production' ? ['msteams'] : ['msteams', 'emulator', 'test']),
    rateLimitPerMinute: env.RATE_LIMIT_PER_MINUTE,
    rateLimitBurst: env.RATE_LIMIT_BURST,
    dedupeTtlSeconds: env.DEDUPE_TTL_SECONDS,
    userRetentionDays: env.USER_RETENTION_DAYS,
    consultTakeMinutes: env.CONSULT_TAKE_MINUTES,
    decisionRetentionDays: env.DECISION_RETENTION_DAYS,
    adminAadIds: Object.freeze([...env.ADMIN_AAD_IDS]),
    staleAfterDays: env.STALE_AFTER_DAYS,
    publicBaseUrl: env.PUBLIC_BASE_URL?.replace(/\/+$/, ''),
    metrics: env.METRICS_TOKEN !== undefined ? 'token' : env.NODE_ENV === 'production' ? 'off' : 'open',
    metricsToken: env.METRICS_TOKEN,
  });
}

/**
 * Parse and validate the environment once.
 *
 * @throws {ConfigError} naming every bad variable (values are never included).
 */
export function loadConfig(env: Readonly<Record<string, string | undefined>> = process.env): AppConfig {
  // Parse each variable on its own so that one bad value does not hide the others.
  const values: Record<string, unknown> = {};
  const problems = new Map<string, string[]>();
  const failed = new Set<string>();
  const note = (variable: string, problem: string): void => {
    const list = problems.get(variable) ?? [];
    if (!list.includes(problem)) list.push(problem);
    problems.set(variable, list);
  };
  const fields = envFields();
  for (const [name, schema] of Object.entries(fields)) {
    const result = schema.safeParse(env[name]);
    if (result.success) {
      values[name] = result.data;
    } else {
      failed.add(name);
      for (const issue of result.error.issues) note(name, issue.message);
    }
  }
  // Fill failed fields with their defaults so cross-field checks see a typed object.
  const fallback = z.object(fields).parse({});
  // Each entry in `values` is the output of its own field schema, so the merge is a ParsedEnv.
  const merged = { ...fallback, ...values } as ParsedEnv;
  for (const issue of crossFieldIssues(merged, (name) => !failed.has(name))) {
    note(issue.variable, issue.problem);
  }
  if (problems.size > 0) {
    throw new ConfigError(
      [...problems].map(([variable, list]) => ({ variable, problem: list.join(', ') })),
    );
  }
  return toAppConfig(merged);
}

/** Config fields that are safe to log at start-up (no secrets, no connection strings). */
export function describeConfig(config: AppConfig): Record<string, unknown> {
  return {
    port: config.port,
    host: config.host,
    nodeEnv: config.nodeEnv,
    logLevel: config.logLevel,
    anonymous: config.anonymous,
    microsoftAppType: config.microsoftAppType,
    credential: config.certificateThumbprint
      ? 'certificate'
      : config.microsoftAppPassword
        ? 'password'
        : config.microsoftAppType === 'UserAssignedMSI'
          ? 'managed-identity'
          : 'none',
    storage: config.storage,
    dataDir: config.dataDir,
    blobContainer: config.blobContainer,
    defaultArea: config.defaultArea,
    allowedTenantCount: config.allowedTenants.length,
    allowInsecureDev: config.allowInsecureDev,
    draftRetentionDays: config.draftRetentionDays,
    bodyLimitBytes: config.bodyLimitBytes,
    serviceUrlHosts: config.serviceUrlHosts,
    loopbackServiceUrls: config.loopbackServiceUrls,
    channelIds: config.channelIds,
    rateLimitPerMinute: config.rateLimitPerMinute,
    rateLimitBurst: config.rateLimitBurst,
    dedupeTtlSeconds: config.dedupeTtlSeconds,
    userRetentionDays: config.userRetentionDays,
    consultTakeMinutes: config.consultTakeMinutes,
    decisionRetentionDays: config.decisionRetentionDays,
    adminCount: config.adminAadIds.length,
    staleAfterDays: config.staleAfterDays,
    metrics: config.metrics,
  };
}
