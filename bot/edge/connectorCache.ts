/**
 * Reuses Bot Connector clients across turns.
 *
 * On every turn CloudAdapter asks its BotFrameworkAuthentication for a new ConnectorFactory,
 * then a new ConnectorClient (a whole @azure/core-client HTTP pipeline: policies, serializer,
 * credentials) and a new UserTokenClient (another pipeline). Building those was among the
 * largest costs of a turn (see BENCHMARKS.md). They keep no per-turn or per-conversation
 * state: a connector client is fixed by the bot's app id, the service URL and the audience,
 * and its credentials fetch and refresh tokens themselves. This wrapper caches them by exactly
 * that key. The cache is bounded (least recently used out), so activities carrying made-up
 * service URLs cannot grow memory without limit.
 *
 * Everything else (authentication of the request, caller id, skills) is the wrapped
 * authentication's own behaviour, unchanged.
 */
import type { CloudAdapter } from 'botbuilder';

type Auth = NonNullable<ConstructorParameters<typeof CloudAdapter>[0]>;
type ConnectorFactory = ReturnType<Auth['createConnectorFactory']>;
type ClaimsIdentity = Parameters<Auth['createConnectorFactory']>[0];
type ConnectorClient = Awaited<ReturnType<ConnectorFactory['create']>>;
type UserTokenClient = Awaited<ReturnType<Auth['createUserTokenClient']>>;

/** Teams has a few service URLs per region; this is far more than a real bot meets. */
export const DEFAULT_MAX_CLIENTS = 64;

/** A small least-recently-used map of promises; a rejected promise is dropped so the next call retries. */
class PromiseLru<V> {
  private readonly map = new Map<string, Promise<V>>();

  constructor(private readonly max: number) {}

  get size(): number {
    return this.map.size;
  }

  getOrCreate(key: string, create: () => Promise<V>): Promise<V> {
    const hit = this.map.get(key);
    if (hit) {
      this.map.delete(key);
      this.map.set(key, hit);
      return hit;
    }
    const created = create();
    this.map.set(key, created);
    if (this.map.size > this.max) {
      const oldest = this.map.keys().next().value;
      if (oldest !== undefined) this.map.delete(oldest);
    }
    created.catch(() => {
      if (this.map.get(key) === created) this.map.delete(key);
    });
    return created;
  }
}

/**
 * The app id a connector factory is built for: botbuilder takes it from the audience claim
 * (channel requests), else the appid claim (emulator), else none (anonymous).
 */
function appIdOf(claimsIdentity: ClaimsIdentity | undefined): string {
  return claimsIdentity?.getClaimValue('aud') ?? claimsIdentity?.getClaimValue('appid') ?? '';
}

export interface ConnectorCacheStats {
  readonly connectorClients: number;
  readonly userTokenClients: number;
}

/**
 * Wrap `auth` so that connector and user-token clients are built once per
 * (app id, service URL, audience) and reused. Pass the result to `new CloudAdapter(...)`.
 */
export function cachingAuthentication(auth: Auth, maxClients: number = DEFAULT_MAX_CLIENTS): Auth & { cacheStats(): ConnectorCacheStats } {
  const connectors = new PromiseLru<ConnectorClient>(maxClients);
  const tokenClients = new PromiseLru<UserTokenClient>(maxClients);

  function cachingFactory(inner: ConnectorFactory, appId: string): ConnectorFactory;
  function cachingFactory(inner: ConnectorFactory | undefined, appId: string): ConnectorFactory | undefined;
  function cachingFactory(inner: ConnectorFactory | undefined, appId: string): ConnectorFactory | undefined {
    if (!inner) return undefined;
    return {
      create: (serviceUrl: string, audience?: string) =>
        connectors.getOrCreate(JSON.stringify([appId, serviceUrl, audience ?? null]), () => inner.create(serviceUrl, audience)),
    } as ConnectorFactory;
  }

  // Delegate by prototype: methods not overridden here run as the wrapped object's own.
  const wrapper = Object.create(auth) as Auth & { cacheStats(): ConnectorCacheStats };
  Object.assign(wrapper, {
    async authenticateRequest(...args: Parameters<Auth['authenticateRequest']>) {
      const result = await auth.authenticateRequest(...args);
      return { ...result, connectorFactory: cachingFactory(result.connectorFactory, appIdOf(result.claimsIdentity)) };
    },
    async authenticateStreamingRequest(...args: Parameters<Auth['authenticateStreamingRequest']>) {
      const result = await auth.authenticateStreamingRequest(...args);
      return { ...result, connectorFactory: cachingFactory(result.connectorFactory, appIdOf(result.claimsIdentity)) };
    },
    createConnectorFactory(claimsIdentity: ClaimsIdentity) {
      return cachingFactory(auth.createConnectorFactory(claimsIdentity), appIdOf(claimsIdentity));
    },
    createUserTokenClient(claimsIdentity: ClaimsIdentity) {
      return tokenClients.getOrCreate(JSON.stringify([appIdOf(claimsIdentity)]), () => auth.createUserTokenClient(claimsIdentity));
    },
    cacheStats: (): ConnectorCacheStats => ({ connectorClients: connectors.size, userTokenClients: tokenClients.size }),
  });
  return wrapper;
}
