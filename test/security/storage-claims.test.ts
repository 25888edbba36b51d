/**
 * The storage primitives the security layer relies on, on every backend: atomic
 * create-if-absent claims that expire (redelivery de-duplication across instances) and
 * key listing by write time (retention). Blobs run against Azurite.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../bot/edge/config';
import { activityClaimKey, isAllowedServiceUrl, serviceUrlPolicy, RateLimiter } from '../../bot/edge/security';
import { createStorage, type StorageHandle } from '../../bot/storage';
import { startAzuriteBlob, type AzuriteBlob } from '../helpers/azurite';

function contract(name: string, open: () => Promise<{ a: StorageHandle; b: StorageHandle; close(): Promise<void> }>) {
  describe(`claims and retention listing: ${name}`, () => {
    let a: StorageHandle;
    let b: StorageHandle;
    let close: () => Promise<void>;

    beforeAll(async () => {
      ({ a, b, close } = await open());
    });
    afterAll(async () => close());

    it('exactly one of many simultaneous claims wins, from two handles', async () => {
      const key = `claims/activity/${name}-race`;
      const results = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).claim(key, 10_000, 1_000)));
      expect(results.filter(Boolean)).toHaveLength(1);
    });

    it('a claim can be taken again once expired, by one taker only', async () => {
      const key = `claims/activity/${name}-expiry`;
      expect(await a.claim(key, 2_000, 1_000)).toBe(true);
      expect(await b.claim(key, 3_000, 1_999)).toBe(false);
      const later = await Promise.all([a.claim(key, 9_000, 2_001), b.claim(key, 9_000, 2_001)]);
      expect(later.filter(Boolean)).toHaveLength(1);
    });

    it('keysOlderThan lists keys by write time', async () => {
      await a.storage.write({ [`retention-${name}/x`]: { v: 1 } });
      const future = Date.now() + 60_000;
      expect(await a.keysOlderThan?.(`retention-${name}/`, future)).toEqual([`retention-${name}/x`]);
      expect(await a.keysOlderThan?.(`retention-${name}/`, 0)).toEqual([]);
    });
  });
}

contract('memory (one process)', async () => {
  const h = createStorage(loadConfig({ NODE_ENV: 'test', STORAGE: 'memory' }));
  return { a: h, b: h, close: () => h.close() };
});

contract('sqlite (two connections to one file)', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'claims-'));
  const config = loadConfig({ NODE_ENV: 'test', STORAGE: 'sqlite', DATA_DIR: dir });
  const a = createStorage(config);
  const b = createStorage(config);
  return {
    a,
    b,
    close: async () => {
      await a.close();
      await b.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});

let azurite: AzuriteBlob | undefined;
contract('blobs (Azurite, two clients)', async () => {
  azurite = await startAzuriteBlob();
  const config = loadConfig({ NODE_ENV: 'test', STORAGE: 'blobs', BLOB_CONNECTION_STRING: azurite.connectionString, BLOB_CONTAINER: 'claims-test' });
  return { a: createStorage(config), b: createStorage(config), close: async () => azurite?.stop() };
});

describe('security helpers', () => {
  it('claim keys are hashes: no conversation or activity id is stored in a key', () => {
    const key = activityClaimKey('msteams', 'a:1personal-conversation', '1700000000001');
    expect(key).toMatch(/^claims\/activity\/[0-9a-f]{64}$/);
    expect(key).not.toContain('personal');
  });

  it('the rate limiter remembers a bounded number of users', () => {
    const limiter = new RateLimiter({ perMinute: 1, burst: 1 }, 100);
    for (let i = 0; i < 10_000; i += 1) limiter.take(`user-${i}`, 0);
    expect(limiter.size).toBe(100);
  });

  it('the rate limiter forgets a user whose bucket has refilled, and keeps one still refilling (decision 020, round 7)', () => {
    // 60 a minute, burst 2: empty to full in 2 s.
    const limiter = new RateLimiter({ perMinute: 60, burst: 2 });
    expect([limiter.take('a', 0), limiter.take('a', 0), limiter.take('a', 0)]).toEqual(['allow', 'allow', 'notify']);
    limiter.take('b', 1_000);
    expect(limiter.size).toBe(2);
    // At 2.5 s, a (idle 2.5 s) is full again and forgotten; b (idle 1.5 s, one token used) is kept.
    limiter.take('c', 2_500);
    expect(limiter.size).toBe(2);
    // Forgetting changed nothing: a gets its whole burst again, and b what it had left plus the refill.
    expect([limiter.take('a', 2_500), limiter.take('a', 2_500), limiter.take('a', 2_500)]).toEqual(['allow', 'allow', 'notify']);
    expect([limiter.take('b', 2_500), limiter.take('b', 2_500), limiter.take('b', 2_500)]).toEqual(['allow', 'allow', 'notify']);
  });

  it('the rate limiter refills over time', () => {
    const limiter = new RateLimiter({ perMinute: 60, burst: 2 });
    expect([limiter.take('u', 0), limiter.take('u', 0), limiter.take('u', 0), limiter.take('u', 0)]).toEqual(['allow', 'allow', 'notify', 'drop']);
    expect(limiter.take('u', 1_000)).toBe('allow');
  });

  it.each([
    ['https://smba.trafficmanager.net/uk/', true],
    ['https://smba.trafficmanager.net/amer/', true],
    ['https://europe.webchat.botframework.com/', true],
    ['http://smba.trafficmanager.net/uk/', false],
    ['https://evil.com/smba.trafficmanager.net/', false],
    ['https://smba.trafficmanager.net.evil.com/', false],
    ['https://botframework.com.evil.com/', false],
    ['javascript:alert(1)', false],
    ['', false],
  ])('serviceUrl %s allowed in production: %s', (url, allowed) => {
    const config = loadConfig({ NODE_ENV: 'production', ALLOW_INSECURE_DEV: 'true', STORAGE: 'memory' });
    expect(isAllowedServiceUrl(url, serviceUrlPolicy(config))).toBe(allowed);
  });
});
