/**
 * The Bot Framework CloudAdapter, built from the validated config.
 *
 * An empty app id means anonymous mode: inbound authentication is off and replies go
 * out without a token (local development and the Agents Playground only; loadConfig
 * refuses it in production unless ALLOW_INSECURE_DEV=true).
 */
import {
  type Activity,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type InvokeResponse,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type Middleware,
  type TurnContext,
} from 'botbuilder';
import type { AppConfig } from './config';
import { cachingAuthentication } from './connectorCache';
import { activityLogFields, activityTenant, type Logger } from './logger';
import { DEFAULT_RETRY, Pacer, realSleep, ResilientBotFrameworkAuthentication, type OutboundOptions } from './outbound';
import { serviceUrlPolicy } from './security';

export type AdapterConfig = Pick<
  AppConfig,
  | 'microsoftAppId'
  | 'microsoftAppPassword'
  | 'microsoftAppType'
  | 'microsoftAppTenantId'
  | 'certificateThumbprint'
  | 'certificatePrivateKey'
  | 'allowedTenants'
  | 'serviceUrlHosts'
  | 'loopbackServiceUrls'
>;

/** Test seams for the outbound policy (bot/edge/outbound.ts): fake sleep, fixed jitter, fewer attempts; a shorter identity timeout. */
export type OutboundOverrides = Partial<Pick<OutboundOptions, 'sleep' | 'now' | 'retry' | 'pacer' | 'identityTimeoutMs'>>;

/** The botbuilder option names, with unset values left out (the SDK treats '' and absent alike). */
export function authOptions(config: AdapterConfig): ConfigurationBotFrameworkAuthenticationOptions {
  const options: ConfigurationBotFrameworkAuthenticationOptions = {
    MicrosoftAppType: config.microsoftAppType,
  };
  const set = (key: string, value: string | undefined): void => {
    if (value !== undefined) options[key] = value;
  };
  set('MicrosoftAppId', config.microsoftAppId);
  set('MicrosoftAppPassword', config.microsoftAppPassword);
  set('MicrosoftAppTenantId', config.microsoftAppTenantId);
  set('CertificateThumbprint', config.certificateThumbprint);
  set('CertificatePrivateKey', config.certificatePrivateKey);
  return options;
}

/** The tenant of an inbound activity: `conversation.tenantId`, else Teams' `channelData.tenant.id`. */
export function activityTenantId(context: TurnContext): string | undefined {
  // The field alone, not the whole log line's fields (this runs several times a turn).
  return activityTenant(context.activity);
}

/** The organisation key of a turn: the tenant id. */
export function orgOf(context: TurnContext): string | undefined {
  return activityTenantId(context)?.toLowerCase();
}

/** True when the sender is on the ADMIN_AAD_IDS list (identity from `from`, never from card data). */
export function isAdministrator(context: TurnContext, adminAadIds: readonly string[]): boolean {
  const aad = context.activity.from?.aadObjectId?.toLowerCase();
  return aad !== undefined && adminAadIds.includes(aad);
}

/**
 * Middleware that ends the turn silently for activities from tenants not on the list.
 * An empty list allows every tenant.
 */
export function tenantAllowList(allowedTenants: readonly string[], logger: Logger): Middleware {
  const allowed = new Set(allowedTenants.map((t) => t.toLowerCase()));
  return {
    async onTurn(context, next) {
      if (allowed.size === 0) return next();
      // Every tenant id the activity carries must be on the list (they must not disagree).
      const activity = context.activity;
      const channelTenant = (activity.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id;
      const ids = [activity.conversation?.tenantId, channelTenant].filter((t): t is string => typeof t === 'string').map((t) => t.toLowerCase());
      if (ids.length > 0 && ids.every((t) => allowed.has(t))) return next();
      logger.warn({ ...activityLogFields(activity) }, 'activity from a tenant not on ALLOWED_TENANTS dropped');
      // An invoke needs an answer of its own, or CloudAdapter says 501.
      if (activity.type === 'invoke') await context.sendActivity({ type: 'invokeResponse', value: { status: 403 } });
    },
  };
}

/**
 * CloudAdapter with one activity's processing callable from the HTTP edge (bot/edge/server.ts).
 * CloudAdapter.process() would also do it, but it prints every authentication failure to the
 * console with its stack and answers any failure that is not an AuthenticationError with 500;
 * the server answers those itself (401, or 503 when the identity service is unreachable).
 */
export class BotAdapter extends CloudAdapter {
  /** Authenticates the request and runs the turn; throws what authentication throws. */
  handleActivity(authHeader: string, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authHeader, activity, logic);
  }
}

/**
 * Build the adapter. Sets a default `onTurnError` that logs ids only and tells the user
 * something went wrong; the composition root may replace it.
 */
export function createAdapter(config: AdapterConfig, logger: Logger, outbound: OutboundOverrides = {}): BotAdapter {
  const now = outbound.now ?? Date.now;
  const sleep = outbound.sleep ?? realSleep;
  // Every ConnectorClient: serviceUrl allowlist, per-conversation pacing, bounded retries (see outbound.ts).
  const auth = new ResilientBotFrameworkAuthentication(new ConfigurationBotFrameworkAuthentication(authOptions(config)), {
    serviceUrls: serviceUrlPolicy(config),
    pacer: outbound.pacer ?? new Pacer(undefined, now, sleep),
    retry: outbound.retry ?? DEFAULT_RETRY,
    sleep,
    now,
    onRetry: (info) => logger.warn({ component: 'outbound', ...info }, 'connector request retried'),
    ...(outbound.identityTimeoutMs !== undefined ? { identityTimeoutMs: outbound.identityTimeoutMs } : {}),
  });
  // Connector clients are reused across turns instead of rebuilt on each (see connectorCache.ts).
  const adapter = new BotAdapter(cachingAuthentication(auth));

  if (config.allowedTenants.length > 0) {
    adapter.use(tenantAllowList(config.allowedTenants, logger));
  }

  adapter.onTurnError = async (context, error) => {
    logger.error({ err: error, ...activityLogFields(context.activity) }, 'unhandled error in turn');
    if (context.activity.type === 'message' || context.activity.type === 'conversationUpdate') {
      try {
        await context.sendActivity(
          'Sorry, something went wrong on our side. Please try again. If a child is in immediate danger, call 999.',
        );
      } catch (sendError) {
        logger.error({ err: sendError, ...activityLogFields(context.activity) }, 'could not send the error message');
      }
    }
  };
  return adapter;
}
