import type { CloudAdapter } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { cachingAuthentication } from '../../bot/edge/connectorCache';

type Auth = NonNullable<ConstructorParameters<typeof CloudAdapter>[0]>;

/** A stand-in BotFrameworkAuthentication that counts the connector clients it builds. */
function fakeAuth(appId: string | null = null, fail = false) {
  const built: string[] = [];
  const claims = { getClaimValue: (type: string) => (type === 'aud' ? appId : null), claims: [] };
  const factory = () => ({
    create: async (serviceUrl: string, audience?: string) => {
      built.push(`${serviceUrl}|${audience ?? ''}`);
      if (fail) throw new Error('token endpoint down');
      return { serviceUrl, audience };
    },
  });
  let tokenClients = 0;
  const auth = {
    authenticateRequest: async () => ({ claimsIdentity: claims, audience: 'https://api.botframework.com', callerId: undefined, connectorFactory: factory() }),
    createConnectorFactory: () => factory(),
    createUserTokenClient: async () => ({ n: ++tokenClients }),
    getOriginatingAudience: () => 'https://api.botframework.com',
  } as unknown as Auth;
  return { auth, built, claims, tokenClients: () => tokenClients };
}

describe('cachingAuthentication', () => {
  it('builds one connector client per service URL and audience, and reuses it on later turns', async () => {
    const { auth, built } = fakeAuth('app-1');
    const cached = cachingAuthentication(auth);
    const first = await cached.authenticateRequest({} as never, '');
    const a = await first.connectorFactory!.create('https://smba.trafficmanager.net/uk/', first.audience);
    const second = await cached.authenticateRequest({} as never, '');
    const b = await second.connectorFactory!.create('https://smba.trafficmanager.net/uk/', second.audience);
    expect(b).toBe(a);
    const other = await second.connectorFactory!.create('https://smba.trafficmanager.net/emea/', second.audience);
    expect(other).not.toBe(a);
    expect(built).toEqual(['https://smba.trafficmanager.net/uk/|https://api.botframework.com', 'https://smba.trafficmanager.net/emea/|https://api.botframework.com']);
    expect(cached.cacheStats().connectorClients).toBe(2);
  });

  it('keeps clients for different app ids apart', async () => {
    const one = fakeAuth('app-1');
    const cached = cachingAuthentication(one.auth);
    const a = await cached.createConnectorFactory(one.claims as never).create('https://smba.trafficmanager.net/uk/');
    const otherClaims = { getClaimValue: (type: string) => (type === 'aud' ? 'app-2' : null), claims: [] };
    const b = await cached.createConnectorFactory(otherClaims as never).create('https://smba.trafficmanager.net/uk/');
    expect(b).not.toBe(a);
    expect(one.built).toHaveLength(2);
  });

  it('holds at most the given number of clients, dropping the least recently used', async () => {
    const { auth, built } = fakeAuth();
    const cached = cachingAuthentication(auth, 2);
    const factory = cached.createConnectorFactory({ getClaimValue: () => null } as never);
    await factory.create('https://a.example/');
    await factory.create('https://b.example/');
    await factory.create('https://a.example/'); // a is now the most recent
    await factory.create('https://c.example/'); // evicts b
    expect(cached.cacheStats().connectorClients).toBe(2);
    await factory.create('https://a.example/');
    await factory.create('https://b.example/');
    expect(built).toEqual(['https://a.example/|', 'https://b.example/|', 'https://c.example/|', 'https://b.example/|']);
  });

  it('does not keep a failed build: the next turn tries again', async () => {
    const { auth, built } = fakeAuth(null, true);
    const cached = cachingAuthentication(auth);
    const factory = cached.createConnectorFactory({ getClaimValue: () => null } as never);
    await expect(factory.create('https://a.example/')).rejects.toThrow('token endpoint down');
    await expect(factory.create('https://a.example/')).rejects.toThrow('token endpoint down');
    expect(built).toHaveLength(2);
  });

  it('reuses the user token client per app id', async () => {
    const f = fakeAuth('app-1');
    const cached = cachingAuthentication(f.auth);
    const a = await cached.createUserTokenClient(f.claims as never);
    const b = await cached.createUserTokenClient(f.claims as never);
    expect(b).toBe(a);
    expect(f.tokenClients()).toBe(1);
  });

  it('passes other calls to the wrapped authentication', () => {
    const { auth } = fakeAuth();
    expect(cachingAuthentication(auth).getOriginatingAudience()).toBe('https://api.botframework.com');
  });
});
