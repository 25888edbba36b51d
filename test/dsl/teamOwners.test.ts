/**
 * The Graph team-owner check (bot/dsl/teamOwners.ts) against nock: the Entra token endpoint
 * (client credentials) and Graph's team members list. Owner → allowed, member → refused,
 * 403 (permission not granted) → refused with the ADMIN_AAD_IDS advice and a log line
 * without ids, and one token for two checks.
 */
import { TurnContext, type Activity } from 'botbuilder';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../bot/edge/config';
import { createLogger } from '../../bot/edge/logger';
import { createTeamOwners, GraphTeamOwners, NO_OWNER_CHECK, refusalText, settingsPermission, type TeamOwners } from '../../bot/dsl/teamOwners';
import { logCapture } from '../helpers/app';

const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const APP_ID = '11111111-2222-3333-4444-555555555555';
const GROUP = '0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0';
const OWNER = 'aaaaaaaa-0000-0000-0000-000000000001';
const MEMBER = 'aaaaaaaa-0000-0000-0000-000000000002';
const ADMIN = 'aaaaaaaa-0000-0000-0000-000000000003';
const LOGIN = 'https://login.microsoftonline.com';
const GRAPH = 'https://graph.microsoft.com';

const logs: string[] = [];
const logger = createLogger(loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'info' }), logCapture(logs));

function tokenEndpoint(times = 1): nock.Scope {
  return nock(LOGIN)
    .post(`/${TENANT}/oauth2/v2.0/token`, (body: Record<string, string>) => body.grant_type === 'client_credentials' && body.client_id === APP_ID && (body.scope ?? '').includes('https://graph.microsoft.com/.default') && body.client_secret === 'app-secret')
    .query(true) // MSAL adds client-request-id
    .times(times)
    .reply(200, { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: 'graph-token-1' });
}

function members(user: string, status: number, body: nock.Body): nock.Scope {
  return nock(GRAPH, { reqheaders: { authorization: 'Bearer graph-token-1' } })
    .get(`/v1.0/teams/${GROUP}/members`)
    .query({ $filter: `(microsoft.graph.aadUserConversationMember/userId eq '${user}')` })
    .reply(status, body);
}

const member = (userId: string, roles: string[]) => ({ value: [{ '@odata.type': '#microsoft.graph.aadUserConversationMember', id: 'm1', roles, displayName: 'Someone', userId, email: 'someone@example.org', tenantId: TENANT }] });

function newOwners(): GraphTeamOwners {
  return new GraphTeamOwners({ clientId: APP_ID, credential: { clientSecret: 'app-secret' }, logger });
}

describe('GraphTeamOwners (nock: token endpoint and Graph)', () => {
  beforeAll(() => {
    nock.disableNetConnect();
  });
  afterEach(() => {
    nock.cleanAll();
    logs.length = 0;
  });
  afterAll(() => {
    nock.enableNetConnect();
  });

  it('an owner of the team is an owner', async () => {
    const token = tokenEndpoint();
    const graph = members(OWNER, 200, member(OWNER, ['owner']));
    expect(await newOwners().isOwner(TENANT, GROUP, OWNER)).toBe('owner');
    expect(token.isDone()).toBe(true);
    expect(graph.isDone()).toBe(true);
  });

  it('a member (no owner role), a guest, or someone not in the team is not', async () => {
    tokenEndpoint();
    const owners = newOwners();
    members(MEMBER, 200, member(MEMBER, []));
    expect(await owners.isOwner(TENANT, GROUP, MEMBER)).toBe('not-owner');
    members(MEMBER, 200, member(MEMBER, ['guest']));
    expect(await owners.isOwner(TENANT, GROUP, MEMBER)).toBe('not-owner');
    members(MEMBER, 200, { value: [] });
    expect(await owners.isOwner(TENANT, GROUP, MEMBER)).toBe('not-owner');
    // Graph answering with someone else's membership does not count.
    members(MEMBER, 200, member(OWNER, ['owner']));
    expect(await owners.isOwner(TENANT, GROUP, MEMBER)).toBe('not-owner');
  });

  it('one token serves two checks (cached until it expires)', async () => {
    const token = tokenEndpoint(2);
    members(OWNER, 200, member(OWNER, ['owner']));
    members(MEMBER, 200, member(MEMBER, []));
    const owners = newOwners();
    expect(await owners.isOwner(TENANT, GROUP, OWNER)).toBe('owner');
    expect(await owners.isOwner(TENANT, GROUP, MEMBER)).toBe('not-owner');
    expect(token.pendingMocks()).toHaveLength(1); // the second token reply was never asked for
  });

  it('403 (TeamMember.Read.All not granted) fails, and the log says why without ids', async () => {
    tokenEndpoint();
    members(OWNER, 403, { error: { code: 'Forbidden', message: 'Missing role permissions on the request.' } });
    expect(await newOwners().isOwner(TENANT, GROUP, OWNER)).toBe('failed');
    const line = logs.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.msg === 'team owner check failed');
    expect(line).toMatchObject({ reason: 'graph-status', status: 403 });
    for (const id of [OWNER, GROUP, 'graph-token-1', 'app-secret']) expect(logs.join('\n')).not.toContain(id);
  });

  it('a token failure or a network failure fails (never owner)', async () => {
    nock(LOGIN).post(`/${TENANT}/oauth2/v2.0/token`).query(true).reply(401, { error: 'invalid_client', error_description: 'AADSTS7000215: Invalid client secret provided.' });
    expect(await newOwners().isOwner(TENANT, GROUP, OWNER)).toBe('failed');
    tokenEndpoint();
    nock(GRAPH).get(`/v1.0/teams/${GROUP}/members`).query(true).replyWithError('socket hang up');
    expect(await newOwners().isOwner(TENANT, GROUP, OWNER)).toBe('failed');
    expect(logs.join('\n')).not.toContain(OWNER);
  });

  it('an id that is not a GUID is refused before any request', async () => {
    expect(await newOwners().isOwner(TENANT, GROUP, "x') or (true")).toBe('failed');
  });
});

describe('settingsPermission', () => {
  const TEAM_ID = '19:team@thread.tacv2';
  function context(aadObjectId: string): TurnContext {
    const activity = {
      type: 'message',
      channelId: 'msteams',
      serviceUrl: 'https://smba.example.invalid/',
      from: { id: '29:someone', name: 'Someone', aadObjectId },
      conversation: { id: TEAM_ID, tenantId: TENANT, conversationType: 'channel', isGroup: true },
      channelData: { tenant: { id: TENANT }, team: { id: TEAM_ID } },
      recipient: { id: '28:bot', name: 'Bot' },
    } as Partial<Activity>;
    return new TurnContext({} as never, activity);
  }
  const stub = (answer: 'owner' | 'not-owner' | 'failed'): TeamOwners & { calls: string[][] } => {
    const calls: string[][] = [];
    return { configured: true, calls, isOwner: async (...args: string[]) => (calls.push(args), answer) };
  };

  it('an administrator is allowed without asking Graph or the connector', async () => {
    const owners = stub('failed');
    expect(await settingsPermission(context(ADMIN), TEAM_ID, [ADMIN], owners, logger)).toEqual({ allowed: true, as: 'administrator' });
    expect(owners.calls).toHaveLength(0);
  });

  it('without Graph, only ADMIN_AAD_IDS applies, and the refusal says so', async () => {
    const res = await settingsPermission(context(OWNER), TEAM_ID, [ADMIN], NO_OWNER_CHECK, logger);
    expect(res).toEqual({ allowed: false, reason: 'no-owner-check' });
    expect(refusalText('no-owner-check')).toMatch(/^Only an administrator your organisation has named .* not set up to check who owns the team/);
  });

  it('the team details call failing refuses (never allows)', async () => {
    const getTeamDetails = vi.spyOn((await import('botbuilder')).TeamsInfo, 'getTeamDetails').mockRejectedValue(Object.assign(new Error('Forbidden'), { statusCode: 403 }));
    const owners = stub('owner');
    expect(await settingsPermission(context(OWNER), TEAM_ID, [ADMIN], owners, logger)).toEqual({ allowed: false, reason: 'check-failed' });
    expect(owners.calls).toHaveLength(0);
    getTeamDetails.mockResolvedValue({ id: TEAM_ID, aadGroupId: GROUP });
    expect(await settingsPermission(context(OWNER), TEAM_ID, [ADMIN], owners, logger)).toEqual({ allowed: true, as: 'owner' });
    expect(owners.calls).toEqual([[TENANT, GROUP, OWNER]]);
    expect(await settingsPermission(context(MEMBER), TEAM_ID, [ADMIN], stub('failed'), logger)).toEqual({ allowed: false, reason: 'check-failed' });
    expect(refusalText('check-failed')).toMatch(/could not check .*ADMIN_AAD_IDS/);
    getTeamDetails.mockRestore();
  });

  it('createTeamOwners: Graph only with an app id and a secret or certificate', () => {
    expect(createTeamOwners(loadConfig({ NODE_ENV: 'test' }), logger).configured).toBe(false);
    expect(createTeamOwners(loadConfig({ NODE_ENV: 'test', MicrosoftAppId: APP_ID, MicrosoftAppPassword: 's', MicrosoftAppType: 'SingleTenant', MicrosoftAppTenantId: TENANT }), logger).configured).toBe(true);
  });
});
