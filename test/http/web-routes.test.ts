/**
 * The Teams pages under /web: what is served in production and what is not. Source maps
 * (the original TypeScript of the pages, 4 MB of it) help a developer and nobody else:
 * they are served in development and tests only.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/app';

describe('/web pages and source maps', () => {
  let webDir: string;
  const running: Harness[] = [];

  beforeAll(() => {
    webDir = mkdtempSync(path.join(tmpdir(), 'web-'));
    writeFileSync(path.join(webDir, 'guidance.html'), '<!doctype html><title>Guidance</title>');
    writeFileSync(path.join(webDir, 'guidance.js'), 'console.log(1);\n//# sourceMappingURL=guidance.js.map\n');
    writeFileSync(path.join(webDir, 'guidance.js.map'), JSON.stringify({ version: 3, sources: ['web/guidance.ts'], mappings: '' }));
  });
  afterAll(async () => {
    for (const h of running) await h.close();
    rmSync(webDir, { recursive: true, force: true });
  });
  const boot = async (env: Record<string, string>): Promise<Harness> => {
    const h = await startHarness(env, { webDir, reminderIntervalSeconds: 0 });
    running.push(h);
    return h;
  };

  it('in production the pages and their scripts are served, their source maps are not', async () => {
    const h = await boot({ NODE_ENV: 'production', ALLOW_INSECURE_DEV: 'true' });
    expect((await fetch(`${h.url}/web/guidance.html`)).status).toBe(200);
    expect((await fetch(`${h.url}/web/guidance.js`)).status).toBe(200);
    const map = await fetch(`${h.url}/web/guidance.js.map`);
    expect(map.status).toBe(404);
    expect(await map.text()).not.toContain('sources');
  });

  it('in development the source maps are served, for the browser’s debugger', async () => {
    const h = await boot({ NODE_ENV: 'development' });
    const map = await fetch(`${h.url}/web/guidance.js.map`);
    expect(map.status).toBe(200);
    expect(await map.text()).toContain('web/guidance.ts');
  });
});
