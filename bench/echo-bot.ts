/**
 * Benchmark baseline "framework floor": a bare botbuilder echo bot on the same restify
 * and CloudAdapter versions as the real bot, shaped like the botbuilder samples
 * (restify bodyParser, anonymous ConfigurationBotFrameworkAuthentication, one reply).
 * No state, no logging. Listens on 127.0.0.1:$PORT; GET /readyz answers 200.
 */
import * as restify from 'restify';
import { serveUntilStopped } from './serve';
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';

const port = Number(process.env['PORT'] ?? '3978');

class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context: TurnContext, next) => {
      await context.sendActivity(`Echo: ${context.activity.text ?? ''}`);
      await next();
    });
  }
}

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
adapter.onTurnError = async (context, error) => {
  process.stderr.write(`echo-bot turn error: ${error instanceof Error ? error.message : String(error)}\n`);
  await context.sendActivity('error');
};
const bot = new EchoBot();

const server = restify.createServer({ name: 'bench-echo-bot' });
server.use(restify.plugins.bodyParser());
server.get('/readyz', async (_req, res) => {
  res.send(200, { status: 'ready' });
});
server.post('/api/messages', async (req, res) => {
  await adapter.process(req, res, (context) => bot.run(context));
});
serveUntilStopped(server, port);
