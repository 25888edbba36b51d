/**
 * Inbound authentication with a Bot Framework identity configured: the real server and
 * CloudAdapter, tokens signed here with a test RSA key that nock serves through
 * Bot Framework's OpenID metadata and key set (as botbuilder's own tests do).
 * Every request without a valid token gets 401 and never reaches the bot's logic.
 */
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import nock from 'nock';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ConfigError, loadConfig } from '../../bot/edge/config';
import { DEFAULT_SERVICE_URL, personalMessage, type TeamsActivity } from '../helpers/activities';
import { startHarness, type Harness } from './harness';
import { loopbackOnly } from '../helpers/guards';

const APP_ID = '0b0b0b0b-1111-2222-3333-444444444444';
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const ISSUER = 'https://api.botframework.com';
const OPENID_HOST = 'https://login.botframework.com';
const KID = 'test-signing-key';

function makeKey(): { privateKey: KeyObject; jwk: Record<string, unknown> } {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { privateKey, jwk: { ...publicKey.export({ format: 'jwk' }), kid: KID, kty: 'RSA', use: 'sig', endorsements: ['msteams'] } };
}

const signing = makeKey();
const stranger = makeKey();

interface TokenOptions {
  iss?: string;
  aud?: string;
  serviceurl?: string;
  expiresInSeconds?: number;
  kid?: string;
  key?: KeyObject;
}

function token(o: TokenOptions = {}): string {
  const now = Math.floor(Date.now() / 1000);
  const exp = now + (o.expiresInSeconds ?? 3600);
  return jwt.sign(
    { iss: o.iss ?? ISSUER, aud: o.aud ?? APP_ID, serviceurl: o.serviceurl ?? DEFAULT_SERVICE_URL, nbf: now - 60, iat: Math.min(now - 60, exp - 60), exp },
    o.key ?? signing.privateKey,
    { algorithm: 'RS256', keyid: o.kid ?? KID, noTimestamp: true },
  );
}

/** A token with the given header, unsigned or HMAC-signed (jsonwebtoken can make both). */
function forged(alg: 'none' | 'HS256'): string {
  const now = Math.floor(Date.now() / 1000);
  const payload = { iss: ISSUER, aud: APP_ID, serviceurl: DEFAULT_SERVICE_URL, nbf: now - 60, exp: now + 3600 };
  if (alg === 'none') return jwt.sign(payload, '', { algorithm: 'none', keyid: KID, noTimestamp: true });
  // The classic confusion attack: the public key used as an HMAC secret.
  const secret = JSON.stringify(signing.jwk);
  return jwt.sign(payload, secret, { algorithm: 'HS256', keyid: KID, noTimestamp: true });
}

describe('inbound authentication (SingleTenant app id, nock-mocked OpenID metadata)', () => {
  loopbackOnly();
  let h: Harness;
  let turns = 0;

  beforeAll(async () => {
    nock(OPENID_HOST)
      .persist()
      .get('/v1/.well-known/openidconfiguration')
      .reply(200, { issuer: ISSUER, jwks_uri: `${OPENID_HOST}/v1/.well-known/keys`, id_token_signing_alg_values_supported: ['RS256'] })
      .get('/v1/.well-known/keys')
      .reply(200, { keys: [signing.jwk] });
    h = await startHarness({
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: 'test-secret-not-used-for-inbound',
      MicrosoftAppType: 'SingleTenant',
      MicrosoftAppTenantId: TENANT,
    });
    // Runs after the built-in middleware: counts turns that reached the bot's logic.
    h.app.adapter.use({
      async onTurn(_context, next) {
        turns += 1;
        await next();
      },
    });
  });

  afterAll(async () => {
    await h.close();
  });

  beforeEach(() => {
    turns = 0;
    // botbuilder console.errors every rejected token; that noise is expected here.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });

  /** A typing activity: the bot runs but sends nothing, so no outbound token is needed. */
  const typing = (): TeamsActivity => ({ ...personalMessage(), type: 'typing', text: undefined });

  const post = (authorization: string | undefined, activity: TeamsActivity = typing()) =>
    fetch(h.messagesUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization === undefined ? {} : { authorization }) },
      body: JSON.stringify(activity),
    });

  it('accepts a valid token and runs the turn', async () => {
    const response = await post(`Bearer ${token()}`);
    expect(response.status).toBe(200);
    expect(turns).toBe(1);
  });

  const refused: [string, () => string | undefined][] = [
    ['no Authorization header', () => undefined],
    ['an empty bearer', () => 'Bearer '],
    ['a wrong issuer', () => `Bearer ${token({ iss: 'https://sts.example.com/' })}`],
    ['a wrong audience', () => `Bearer ${token({ aud: '99999999-8888-7777-6666-555555555555' })}`],
    ['an expired token', () => `Bearer ${token({ expiresInSeconds: -3600 })}`],
    ['alg: none', () => `Bearer ${forged('none')}`],
    ['alg: HS256 with the public key as secret', () => `Bearer ${forged('HS256')}`],
    ['an unknown key id', () => `Bearer ${token({ kid: 'not-a-published-key' })}`],
    ['a key that is not the published one', () => `Bearer ${token({ key: stranger.privateKey })}`],
    ['a serviceurl claim that does not match the activity', () => `Bearer ${token({ serviceurl: 'https://attacker.example.com/' })}`],
    ['garbage', () => 'Bearer not.a.jwt'],
  ];

  it.each(refused)('refuses %s with 401 and a generic body, before any bot logic', async (_name, header) => {
    const response = await post(header());
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: 'unauthorized', message: 'Authentication failed.' });
    expect(turns).toBe(0);
  });

  it.each([
    ['malformed JSON', '{"type":"message","text":"hel'],
    ['an oversized body', JSON.stringify({ type: 'message', text: 'x'.repeat(400_000) })],
  ])('without a token, %s is 401 too (the body is not read)', async (_name, body) => {
    const response = await fetch(h.messagesUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(response.status).toBe(401);
    expect(turns).toBe(0);
  });

  it('refuses a valid token whose serviceurl differs from a forged activity serviceUrl', async () => {
    const activity = { ...personalMessage({ text: 'hello' }), serviceUrl: 'https://attacker.example.com/' };
    const response = await post(`Bearer ${token()}`, activity);
    expect(response.status).toBe(401);
    expect(turns).toBe(0);
  });

  it('binds to every interface only because an identity is configured', () => {
    expect(h.config.anonymous).toBe(false);
    expect(h.config.host).toBe('0.0.0.0');
  });
});

describe('start-up rules in production', () => {
  const prod = { NODE_ENV: 'production', STORAGE: 'memory' };

  it('refuses to start with no app id', () => {
    expect(() => loadConfig(prod)).toThrow(ConfigError);
    expect(() => loadConfig(prod)).toThrow(/MicrosoftAppId \(is required in production/);
  });

  it('refuses a MultiTenant app type', () => {
    const env = { ...prod, MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'x', MicrosoftAppType: 'MultiTenant' };
    expect(() => loadConfig(env)).toThrow(/MicrosoftAppType \(must be SingleTenant or UserAssignedMSI in production/);
  });

  it('accepts SingleTenant with a tenant id, and enforces the serviceUrl allowlist', () => {
    const config = loadConfig({ ...prod, MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'x', MicrosoftAppType: 'SingleTenant', MicrosoftAppTenantId: TENANT });
    expect(config.anonymous).toBe(false);
    expect(config.loopbackServiceUrls).toBe(false);
  });

  it('starts anonymously only with the explicit development flag, and then on loopback only', () => {
    const config = loadConfig({ ...prod, ALLOW_INSECURE_DEV: 'true' });
    expect(config.anonymous).toBe(true);
    expect(config.host).toBe('127.0.0.1');
    expect(config.loopbackServiceUrls).toBe(false);
  });

  it('refuses to listen beyond loopback without an app id (any environment), unless explicitly allowed', () => {
    expect(() => loadConfig({ NODE_ENV: 'development', HOST: '0.0.0.0' })).toThrow(/HOST \(must be a loopback address/);
    expect(loadConfig({ NODE_ENV: 'development', HOST: '::1' }).host).toBe('::1');
    expect(loadConfig({ NODE_ENV: 'development', HOST: '0.0.0.0', ALLOW_INSECURE_DEV: 'true' }).host).toBe('0.0.0.0');
  });
});
