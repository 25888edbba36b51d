/**
 * The team-owner check for organisation settings at the HTTP depth: the real app
 * (CloudAdapter, restify on 127.0.0.1:0, anonymous inbound), the real Graph check
 * (GraphTeamOwners, MSAL) injected with test credentials, a stand-in Bot Connector that
 * answers GET /v3/teams/{teamId} with the team's Entra group id (and the channels and
 * roster), and nock answering the Entra token endpoint and Microsoft Graph.
 * An owner who is not in ADMIN_AAD_IDS saves settings; a member is refused; a 403 from
 * Graph refuses with the ADMIN_AAD_IDS advice and logs no ids.
 */
import nock from 'nock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../bot/app';
import { loadConfig } from '../../bot/edge/config';
import { createLogger } from '../../bot/edge/logger';
import { createStorage } from '../../bot/storage';
import { GraphTeamOwners } from '../../bot/dsl/teamOwners';
import { CHANNEL_ID, SECOND_USER, TEAM_ID, TENANT_ID, USER, channelPost as post, personalMessage, type TeamsActivity, type TeamsUser } from '../helpers/activities';
import { startConnector, type SentActivity, type StandInConnector, exchange } from '../helpers/connector';
import { logCapture } from '../helpers/app';
import { failOnConsoleError, loopbackOnly } from '../helpers/guards';
import { readable } from '../helpers/readable';

const APP_ID = '0c0ffee0-1234-4567-89ab-cdef01234567';
const GROUP_ID = '9f8e7d6c-5b4a-4321-8fed-cba987654321';
const ADMIN: TeamsUser = { id: '29:admin-user-three', name: 'Ari Admin', aadObjectId: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee' };
/** A team owner who is not on ADMIN_AAD_IDS. */
const OWNER = SECOND_USER;
/** A team member (not an owner). */
const MEMBER = USER;
const LOGIN = 'https://login.microsoftonline.com';
const GRAPH = 'https://graph.microsoft.com';


describe('settings: the team-owner check through Graph (HTTP depth, nock for Entra and Graph)', () => {
  loopbackOnly();
  let connector: StandInConnector;
  let app: App;
  let url = '';
  const logs: string[] = [];
  failOnConsoleError();
  const storage = createStorage({ storage: 'memory', dataDir: '', blobConnectionString: undefined, blobContainer: undefined });
  let tokenRequests = 0;

  const turn = async (activity: TeamsActivity): Promise<SentActivity[]> => (await exchange(connector, url, activity)).replies;
  const channelPost = (from: TeamsUser, text: string, value?: unknown): TeamsActivity => post(connector.url, from, text, value);
  /** Graph's answer for one user's membership of the team. */
  function graphMember(user: TeamsUser, status: number, roles: string[] = []): nock.Scope {
    return nock(GRAPH, { reqheaders: { authorization: 'Bearer graph-app-token' } })
      .get(`/v1.0/teams/${GROUP_ID}/members`)
      .query({ $filter: `(microsoft.graph.aadUserConversationMember/userId eq '${user.aadObjectId}')` })
      .reply(status, status === 200 ? { value: [{ '@odata.type': '#microsoft.graph.aadUserConversationMember', id: 'mem-1', roles, displayName: user.name, userId: user.aadObjectId, tenantId: TENANT_ID }] } : { error: { code: 'Forbidden', message: 'Missing role permissions on the request.' } });
  }

  beforeAll(async () => {
    connector = await startConnector();
    const config = loadConfig({ NODE_ENV: 'test', STORAGE: 'memory', LOG_LEVEL: 'info', DEFAULT_AREA: 'salford', ADMIN_AAD_IDS: ADMIN.aadObjectId, RATE_LIMIT_PER_MINUTE: '1000', RATE_LIMIT_BURST: '1000' });
    const logger = createLogger(config, logCapture(logs));
    const teamOwners = new GraphTeamOwners({ clientId: APP_ID, credential: { clientSecret: 'test-secret' }, logger });
    app = createApp({ config, logger, clock: () => new Date('2026-11-24T10:00:00Z'), storage, reminderIntervalSeconds: 0, teamOwners });
    url = `${(await app.server.listen(0, '127.0.0.1')).url}/api/messages`;
    // One token for the whole file: MSAL caches it until it expires.
    nock(LOGIN)
      .post(`/${TENANT_ID}/oauth2/v2.0/token`, (body: Record<string, string>) => body.client_id === APP_ID && body.grant_type === 'client_credentials')
      .query(true)
      .times(5)
      .reply(200, () => {
        tokenRequests++;
        return { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: 'graph-app-token' };
      });
  });
  afterAll(async () => {
    await app?.close();
    await storage.close();
    await connector?.close();
  });
  beforeEach(() => {
    connector.reset();
    connector.respondWith((r) => {
      if (r.method === 'GET' && r.path === `/v3/teams/${TEAM_ID}`) return { status: 200, body: { id: TEAM_ID, name: 'Safeguarding team', aadGroupId: GROUP_ID } };
      if (r.method === 'GET' && r.path === `/v3/teams/${TEAM_ID}/conversations`) return { status: 200, body: { conversations: [{ id: TEAM_ID }, { id: CHANNEL_ID, name: 'Safeguarding' }] } };
      if (r.method === 'GET' && r.path === `/v3/conversations/${TEAM_ID}/pagedmembers`) {
        return { status: 200, body: { members: [MEMBER, OWNER, ADMIN].map((u) => ({ id: u.id, name: u.name, aadObjectId: u.aadObjectId })) } };
      }
      return undefined;
    });
  });
  afterEach(() => {
    expect(nock.pendingMocks().filter((m) => m.includes('graph.microsoft.com'))).toEqual([]);
  });

  it('a team member who is not an owner is refused the card, and a forged save changes nothing', async () => {
    graphMember(MEMBER, 200, []);
    const shown = await turn(channelPost(MEMBER, 'settings'));
    expect(shown).toHaveLength(1);
    expect(shown[0]?.body.text).toMatch(/^Only an owner of this team, or an administrator your organisation has named/);
    expect(shown[0]?.body.attachments ?? []).toHaveLength(0);
    expect(connector.requests.some((r) => r.method === 'GET' && r.path === `/v3/teams/${TEAM_ID}`)).toBe(true);

    graphMember(MEMBER, 200, ['guest']);
    const forged = await turn(channelPost(MEMBER, '', { verb: 'settings.save', channel: CHANNEL_ID, area: 'salford', dsls: MEMBER.id }));
    expect(forged[0]?.body.text).toMatch(/^Only an owner of this team/);
    const view = await turn(personalMessage({ serviceUrl: connector.url, from: MEMBER, text: 'settings' }));
    expect(view[0]?.body.text).toMatch(/not set up for your organisation yet/);
  });

  it('an owner who is not in ADMIN_AAD_IDS gets the card and saves the settings', async () => {
    graphMember(OWNER, 200, ['owner']);
    const shown = await turn(channelPost(OWNER, 'settings'));
    const card = readable(shown[0]);
    expect(card).toContain('Safeguarding');
    expect(card).toContain(MEMBER.name);
    expect(card).not.toMatch(/not set up to check who owns the team/);

    graphMember(OWNER, 200, ['owner']); // checked again when the card is saved
    const saved = await turn(channelPost(OWNER, '', { verb: 'settings.save', channel: CHANNEL_ID, area: 'salford', dsls: `${MEMBER.id},${OWNER.id}`, rota_tue: OWNER.id }));
    const view = readable(saved[0]);
    expect(view).toContain('Saved.');
    expect(view).toContain('Safeguarding');
    expect(view).toContain(`${MEMBER.name}, ${OWNER.name}`);
    const stored = (await storage.storage.read([`org/${TENANT_ID}`]))[`org/${TENANT_ID}`] as { updatedBy?: string; channelId?: string };
    expect(stored).toMatchObject({ updatedBy: OWNER.aadObjectId, channelId: CHANNEL_ID });
    expect(tokenRequests).toBe(1); // four Graph calls so far, one token
  });

  it('Graph refusing (403: TeamMember.Read.All not granted) refuses politely and logs no ids', async () => {
    graphMember(OWNER, 403);
    const shown = await turn(channelPost(OWNER, 'settings'));
    expect(shown).toHaveLength(1);
    expect(shown[0]?.body.text).toMatch(/^Sorry, I could not check with Microsoft Teams whether you own this team, so I have not changed anything/);
    expect(shown[0]?.body.text).toContain('ADMIN_AAD_IDS');
    expect(shown[0]?.body.attachments ?? []).toHaveLength(0);
    const failed = logs.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.msg === 'team owner check failed');
    expect(failed).toEqual([expect.objectContaining({ reason: 'graph-status', status: 403 })]);
    for (const secret of [OWNER.aadObjectId, OWNER.name, GROUP_ID, 'graph-app-token', 'test-secret']) expect(logs.join('\n')).not.toContain(secret);
  });

  it('an administrator on ADMIN_AAD_IDS needs no Graph call', async () => {
    const shown = await turn(channelPost(ADMIN, 'settings'));
    expect(readable(shown[0])).toContain('These are the current settings');
    expect(connector.requests.some((r) => r.path === `/v3/teams/${TEAM_ID}`)).toBe(false);
  });
});
