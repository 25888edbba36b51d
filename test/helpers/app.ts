/**
 * The whole app from createApp on 127.0.0.1, with every log line captured, for the
 * HTTP and security tests. Each test file owns its instances and closes them in afterAll.
 *
 * Config comes from env over these defaults: NODE_ENV=test, STORAGE=memory, LOG_LEVEL=debug.
 *
 * Most HTTP tests want one app and one stand-in Bot Connector for the whole describe block:
 *
 * ```ts
 * const bot = useBotOverHttp({ DEFAULT_AREA: 'salford' }, { clock: () => now });
 * it('…', async () => {
 *   const { replies } = await exchange(bot.connector, bot.messagesUrl, personalMessage({ serviceUrl: bot.connector.url, text: 'help' }));
 * });
 * ```
 */
import { Writable } from 'node:stream';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { createApp, type App, type AppOptions } from '../../bot/app';
import { loadConfig, type AppConfig } from '../../bot/edge/config';
import { createLogger } from '../../bot/edge/logger';
import { startConnector, type StandInConnector } from './connector';

export interface HarnessOptions extends Omit<AppOptions, 'config' | 'logger'> {
  /** Where the log lines go (e.g. one array shared by two instances); default a fresh array. */
  logLines?: string[];
}

export interface TestApp {
  readonly app: App;
  readonly config: AppConfig;
  /** Every log line the app wrote, raw JSON text. */
  readonly logLines: string[];
}

export interface Harness extends TestApp {
  readonly url: string;
  readonly messagesUrl: string;
  close(): Promise<void>;
}

/** A stream for createLogger that appends each log line (raw JSON text) to `lines`. */
export function logCapture(lines: string[]): Writable {
  return new Writable({
    write(chunk: Buffer, _enc, callback) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      callback();
    },
  });
}

/** The app, not listening (e.g. a second instance that only runs reminders). */
export function createTestApp(env: Record<string, string> = {}, options: HarnessOptions = {}): TestApp {
  const { logLines = [], ...appOptions } = options;
  const config = loadConfig({ NODE_ENV: 'test', STORAGE: 'memory', LOG_LEVEL: 'debug', ...env });
  const logger = createLogger(config, logCapture(logLines));
  const app = createApp({ config, logger, ...appOptions });
  return { app, config, logLines };
}

/** The app listening on 127.0.0.1 (a free port). */
export async function startHarness(env: Record<string, string> = {}, options: HarnessOptions = {}): Promise<Harness> {
  const { app, config, logLines } = createTestApp(env, options);
  const { url } = await app.server.listen(0, '127.0.0.1');
  return { app, config, url, messagesUrl: `${url}/api/messages`, logLines, close: () => app.close() };
}

/** What useBotOverHttp gives a describe block; each field is there once its beforeAll has run. */
export interface BotOverHttp {
  readonly connector: StandInConnector;
  readonly harness: Harness;
  readonly app: App;
  readonly url: string;
  readonly messagesUrl: string;
  readonly logLines: string[];
}

/**
 * For a describe block: a stand-in Bot Connector and the app on 127.0.0.1 (startHarness with
 * these env and options), started in beforeAll and closed in afterAll, with the connector's
 * records and overrides forgotten before each test (unless `keepRecords`, for a file that
 * checks what the whole file sent).
 */
export function useBotOverHttp(env: Record<string, string> = {}, options: HarnessOptions = {}, { keepRecords = false } = {}): BotOverHttp {
  let connector: StandInConnector | undefined;
  let harness: Harness | undefined;
  beforeAll(async () => {
    connector = await startConnector();
    harness = await startHarness(env, options);
  });
  afterAll(async () => {
    await harness?.close();
    await connector?.close();
  });
  beforeEach(() => {
    if (!keepRecords) connector?.reset();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('useBotOverHttp: read in a test or hook, after beforeAll has started the app');
    return value;
  };
  return {
    get connector() {
      return started(connector);
    },
    get harness() {
      return started(harness);
    },
    get app() {
      return started(harness).app;
    },
    get url() {
      return started(harness).url;
    },
    get messagesUrl() {
      return started(harness).messagesUrl;
    },
    get logLines() {
      return started(harness).logLines;
    },
  };
}
