/**
 * The whole app from createApp on 127.0.0.1, with every log line captured, for the
 * security tests. Each test file owns its instances and closes them in afterAll.
 */
import { Writable } from 'node:stream';
import { createApp, type App, type AppOptions } from '../../bot/app';
import { loadConfig, type AppConfig } from '../../bot/config';
import { createLogger } from '../../bot/logger';

export interface Harness {
  readonly app: App;
  readonly config: AppConfig;
  readonly url: string;
  readonly messagesUrl: string;
  /** Every log line the app wrote, raw JSON text. */
  readonly logLines: string[];
  close(): Promise<void>;
}

export async function startHarness(
  env: Record<string, string> = {},
  options: Omit<AppOptions, 'config' | 'logger'> = {},
): Promise<Harness> {
  const config = loadConfig({ NODE_ENV: 'test', STORAGE: 'memory', LOG_LEVEL: 'debug', ...env });
  const logLines: string[] = [];
  const logger = createLogger(
    config,
    new Writable({
      write(chunk: Buffer, _enc, callback) {
        logLines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
        callback();
      },
    }),
  );
  const app = createApp({ config, logger, ...options });
  const { url } = await app.server.listen(0, '127.0.0.1');
  return { app, config, url, messagesUrl: `${url}/api/messages`, logLines, close: () => app.close() };
}

/** POST a raw body (string or object) to the bot. */
export async function postRaw(
  messagesUrl: string,
  body: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; text: string }> {
  const response = await fetch(messagesUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  return { status: response.status, text: await response.text() };
}
