/**
 * Benchmark ceiling "HTTP limit": a restify handler that receives the activity and posts
 * one reply to its serviceUrl (node:http, keep-alive), with no bot framework at all, then
 * answers 200. Listens on 127.0.0.1:$PORT; GET /readyz answers 200.
 */
import http from 'node:http';
import * as restify from 'restify';
import { serveUntilStopped } from './serve';

const port = Number(process.env['PORT'] ?? '3978');
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

interface Inbound {
  id?: string;
  text?: string;
  serviceUrl?: string;
  conversation?: { id?: string };
  from?: { id?: string; name?: string };
  recipient?: { id?: string; name?: string };
}

function reply(activity: Inbound): Promise<void> {
  const base = new URL(activity.serviceUrl ?? '');
  const conversationId = encodeURIComponent(activity.conversation?.id ?? '');
  const body = Buffer.from(
    JSON.stringify({
      type: 'message',
      text: `Echo: ${activity.text ?? ''}`,
      from: activity.recipient,
      recipient: activity.from,
      conversation: activity.conversation,
      replyToId: activity.id,
    }),
  );
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        agent,
        host: base.hostname,
        port: base.port,
        method: 'POST',
        path: `${base.pathname.replace(/\/$/, '')}/v3/conversations/${conversationId}/activities/${encodeURIComponent(activity.id ?? '')}`,
        headers: { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve());
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const server = restify.createServer({ name: 'bench-http-limit' });
server.use(restify.plugins.bodyParser());
server.get('/readyz', async (_req, res) => {
  res.send(200, { status: 'ready' });
});
server.post('/api/messages', async (req, res) => {
  try {
    await reply(req.body as Inbound);
    res.send(200);
  } catch {
    res.send(502);
  }
});
serveUntilStopped(server, port);
