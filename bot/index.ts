/** Composition root: configuration → app → listen. Nothing else. */
import { createApp } from './app';
import { ConfigError, describeConfig, loadConfig } from './edge/config';
import { createLogger, prettyDestination } from './edge/logger';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(78);
    }
    throw err;
  }
  // JSON lines, or readable lines for a developer at a terminal (development only).
  const logger = createLogger(config, prettyDestination(config, process.stdout));
  const app = createApp({ config, logger });
  const { url } = await app.server.listen();
  logger.info({ config: describeConfig(config), url }, 'bot listening');

  const stop = (signal: string) => {
    logger.info({ signal }, 'stopping');
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

main().catch((err: unknown) => {
  process.stderr.write(`The bot could not start: ${err instanceof Error ? err.message : 'unknown error'}\n`);
  process.exit(1);
});
