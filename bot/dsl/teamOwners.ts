/**
 * Who may change an organisation's DSL consult settings: someone named in ADMIN_AAD_IDS,
 * or an owner of the team the settings card is used in, as Microsoft Graph says
 * (docs/decisions/005-team-owner-check.md).
 *
 * The owner check: the team's Entra group id from the Bot Connector (GET /v3/teams/{id},
 * `TeamsInfo.getTeamDetails`), then Graph `GET /teams/{group}/members?$filter=...userId eq
 * '{user}'` and `roles` contains "owner", with an app-only token (client credentials, the
 * bot's own app id and secret or certificate; application permission TeamMember.Read.All).
 * MSAL keeps the token until shortly before it expires.
 *
 * Any failure (connector, token, Graph 403 because the permission was not granted, network)
 * refuses: never allow on failure. Failures are logged with a reason and status only, never
 * a user's or team's id or name.
 */
import { ConfidentialClientApplication, type Configuration } from '@azure/msal-node';
import { TeamsInfo, type TurnContext } from 'botbuilder';
import type { AppConfig } from '../edge/config';
import { activityLogFields, type Logger } from '../edge/logger';
import { isAdministrator, orgOf } from './orgSettings';

export type OwnerAnswer = 'owner' | 'not-owner' | 'failed';

/** The Graph owner check, injected into the settings flow (tests use a stub or nock). */
export interface TeamOwners {
  /** False when the bot has no credentials for Graph (anonymous/dev): only ADMIN_AAD_IDS applies. */
  readonly configured: boolean;
  /** Whether the user (Entra object id) is an owner of the team (its Entra group id), in the tenant. */
  isOwner(tenantId: string, teamAadGroupId: string, userAadObjectId: string): Promise<OwnerAnswer>;
}

/** No Graph access: nobody is recognised as an owner. */
export const NO_OWNER_CHECK: TeamOwners = Object.freeze({ configured: false, isOwner: async (): Promise<OwnerAnswer> => 'failed' });

export const GRAPH_BASE_URL = 'https://graph.microsoft.com/v1.0';
export const LOGIN_HOST = 'https://login.microsoftonline.com';
const GRAPH_SCOPE = 'https://graph.microsoft.com/.default';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type GraphCredential = { clientSecret: string } | { clientCertificate: { thumbprint: string; privateKey: string } };

export interface GraphTeamOwnersOptions {
  clientId: string;
  credential: GraphCredential;
  /** Tenant to get tokens from; undefined = the team's own tenant (a multi-tenant bot). */
  tenantId?: string;
  logger: Logger;
  /** Milliseconds before a Graph request is abandoned (default 10 s). */
  timeoutMs?: number;
}

export class GraphTeamOwners implements TeamOwners {
  readonly configured = true;
  /** One MSAL client per tenant: each keeps its own token cache. */
  private readonly apps = new Map<string, ConfidentialClientApplication>();

  constructor(private readonly o: GraphTeamOwnersOptions) {
    if (!o?.clientId) throw new TypeError('GraphTeamOwners needs the bot’s app id');
  }

  async isOwner(tenantId: string, teamAadGroupId: string, userAadObjectId: string): Promise<OwnerAnswer> {
    const tenant = this.o.tenantId ?? tenantId;
    if (![tenant, teamAadGroupId, userAadObjectId].every((id) => GUID.test(id))) return this.fail('invalid-id');
    let token: string;
    try {
      const result = await this.app(tenant).acquireTokenByClientCredential({ scopes: [GRAPH_SCOPE] });
      if (!result?.accessToken) return this.fail('no-token');
      token = result.accessToken;
    } catch (err) {
      return this.fail('token', { errorCode: (err as { errorCode?: unknown }).errorCode });
    }
    const filter = `(microsoft.graph.aadUserConversationMember/userId eq '${userAadObjectId.toLowerCase()}')`;
    const url = `${GRAPH_BASE_URL}/teams/${encodeURIComponent(teamAadGroupId)}/members?$filter=${encodeURIComponent(filter)}`;
    let res: Response;
    try {
      res = await fetch(url, { headers: { authorization: `Bearer ${token}`, accept: 'application/json' }, signal: AbortSignal.timeout(this.o.timeoutMs ?? 10_000) });
    } catch (err) {
      return this.fail('network', { error: (err as { name?: unknown }).name });
    }
    if (!res.ok) {
      await res.body?.cancel().catch(() => undefined);
      return this.fail('graph-status', { status: res.status });
    }
    let body: unknown;
    try {
      body = await res.json();
    } catch {
      return this.fail('graph-body');
    }
    const members = (body as { value?: unknown }).value;
    if (!Array.isArray(members)) return this.fail('graph-body');
    const me = members.find((m: { userId?: unknown }) => typeof m?.userId === 'string' && m.userId.toLowerCase() === userAadObjectId.toLowerCase()) as { roles?: unknown } | undefined;
    const roles = Array.isArray(me?.roles) ? me.roles : [];
    return roles.some((r) => typeof r === 'string' && r.toLowerCase() === 'owner') ? 'owner' : 'not-owner';
  }

  private app(tenant: string): ConfidentialClientApplication {
    let app = this.apps.get(tenant);
    if (!app) {
      const config: Configuration = { auth: { clientId: this.o.clientId, authority: `${LOGIN_HOST}/${tenant}`, ...this.o.credential } };
      app = new ConfidentialClientApplication(config);
      this.apps.set(tenant, app);
    }
    return app;
  }

  /** Logs why the check failed: a reason and a status or error code, never an id or a name. */
  private fail(reason: string, detail: Record<string, unknown> = {}): OwnerAnswer {
    this.o.logger.warn({ reason, ...detail }, 'team owner check failed');
    return 'failed';
  }
}

/** The owner check for this configuration: Graph when the bot has an app id and a secret or certificate. */
export function createTeamOwners(config: AppConfig, logger: Logger): TeamOwners {
  const clientId = config.microsoftAppId;
  if (!clientId) return NO_OWNER_CHECK;
  let credential: GraphCredential;
  if (config.microsoftAppPassword) credential = { clientSecret: config.microsoftAppPassword };
  else if (config.certificateThumbprint && config.certificatePrivateKey) credential = { clientCertificate: { thumbprint: config.certificateThumbprint, privateKey: config.certificatePrivateKey } };
  else return NO_OWNER_CHECK; // a managed identity: not supported here
  const tenantId = config.microsoftAppType === 'SingleTenant' ? config.microsoftAppTenantId : undefined;
  return new GraphTeamOwners({ clientId, credential, logger, ...(tenantId ? { tenantId } : {}) });
}

export type SettingsPermission =
  | { allowed: true; as: 'administrator' | 'owner' }
  /** not-owner: Graph says no; no-owner-check: Graph is not configured; check-failed: could not ask. */
  | { allowed: false; reason: 'not-owner' | 'no-owner-check' | 'check-failed' };

/**
 * May the sender change the settings of this team? ADMIN_AAD_IDS first (no network), then
 * the Graph owner check. Identity comes from the activity's `from`, never from card data.
 */
export async function settingsPermission(context: TurnContext, teamId: string, adminAadIds: readonly string[], owners: TeamOwners, logger: Logger): Promise<SettingsPermission> {
  if (isAdministrator(context, adminAadIds)) return { allowed: true, as: 'administrator' };
  if (!owners.configured) return { allowed: false, reason: 'no-owner-check' };
  const aad = context.activity.from?.aadObjectId;
  if (!aad) return { allowed: false, reason: 'not-owner' };
  const tenantId = orgOf(context);
  let groupId: string | undefined;
  try {
    groupId = (await TeamsInfo.getTeamDetails(context, teamId)).aadGroupId;
  } catch (err) {
    logger.warn({ reason: 'team-details', status: (err as { statusCode?: unknown }).statusCode, ...activityLogFields(context.activity) }, 'team owner check failed');
    return { allowed: false, reason: 'check-failed' };
  }
  if (!tenantId || !groupId) {
    logger.warn({ reason: tenantId ? 'no-group-id' : 'no-tenant', ...activityLogFields(context.activity) }, 'team owner check failed');
    return { allowed: false, reason: 'check-failed' };
  }
  const answer = await owners.isOwner(tenantId, groupId, aad);
  if (answer === 'owner') return { allowed: true, as: 'owner' };
  return { allowed: false, reason: answer === 'not-owner' ? 'not-owner' : 'check-failed' };
}

/** What a refused user is told. */
export function refusalText(reason: 'not-owner' | 'no-owner-check' | 'check-failed'): string {
  switch (reason) {
    case 'no-owner-check':
      return 'Only an administrator your organisation has named can change the DSL consult settings: this bot is not set up to check who owns the team. Ask your IT team to add you, or ask an administrator to do it.';
    case 'not-owner':
      return 'Only an owner of this team, or an administrator your organisation has named, can change the DSL consult settings. Ask a team owner to do it.';
    case 'check-failed':
      return 'Sorry, I could not check with Microsoft Teams whether you own this team, so I have not changed anything. Please try again later. If this keeps happening, your IT team can name you as an administrator of the bot (ADMIN_AAD_IDS) instead.';
  }
}
