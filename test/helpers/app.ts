/**
 * The whole app from createApp on 127.0.0.1, with every log line captured, for the
 * HTTP and security tests. Each test file owns its instances and closes them in afterAll.
 *
 * Config comes from env over these defaults: NODE_ENV=test, STORAGE=memory, LOG_LEVEL=debug.
 */
import { Writable } from 'node:stream';
import { createApp, type App, type AppOptions } from '../../bot/app';
import { loadConfig, type AppConfig } from '../../bot/edge/config';
import { createLogger } from '../../bot/edge/logger';

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
