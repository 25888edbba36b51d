#!/usr/bin/env node
// Load generator for the turn-cost benchmark (see scripts/bench.mjs).
//
//   node bench/load.mjs --url http://127.0.0.1:PORT/api/messages [--conversations 500]
//        [--concurrency 8] [--warmup-ms 1000] [--duration-ms 4000] [--max-requests 50000]
//
// Starts a stand-in Bot Connector (node:http on 127.0.0.1) that answers the bot's
// replies, then posts Teams-shaped personal-chat message activities to the bot with a
// keep-alive node:http client and bounded concurrency. Conversations are taken in
// turn (request i goes to conversation i mod N), so with N larger than the concurrency
// no conversation ever has two turns in flight and every turn reads and writes state.
// A turn's latency is from sending the POST to the bot's HTTP answer; for a message
// activity CloudAdapter answers only after the turn (and so its replies) has finished.
// Prints one JSON line: { requests, errors, replies, seconds, rps, p50Ms, p90Ms, p99Ms, ... }.
// Everything is bounded: it stops after duration-ms (or max-requests) and exits.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({
  options: {
    url: { type: 'string' },
    conversations: { type: 'string', default: '500' },
    concurrency: { type: 'string', default: '8' },
    'warmup-ms': { type: 'string', default: '1000' },
    'duration-ms': { type: 'string', default: '4000' },
    'max-requests': { type: 'string', default: '100000' },
    'conversation-offset': { type: 'string', default: '0' },
    // Memory mode: each conversation gets exactly one turn, no timing window.
    'once-each': { type: 'boolean', default: false },
    // Also report the server's CPU time per turn (user + system, from /proc/<pid>/stat).
    'server-pid': { type: 'string' },
  },
  strict: true,
});
if (!args.url) {
  console.error('usage: node bench/load.mjs --url http://127.0.0.1:PORT/api/messages');
  process.exit(2);
}

const target = new URL(args.url);
const conversations = Number(args.conversations);
const concurrency = Number(args.concurrency);
const warmupMs = Number(args['warmup-ms']);
const durationMs = Number(args['duration-ms']);
const maxRequests = Number(args['max-requests']);
const offset = Number(args['conversation-offset']);
const onceEach = args['once-each'];
const serverPid = args['server-pid'] ? Number(args['server-pid']) : undefined;

/** CPU time (user + system) of a process so far, in ms; undefined where /proc is not available. */
function cpuMs(pid) {
  if (pid === undefined) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields[11] = utime, fields[12] = stime (clock ticks; 100 per second on Linux)
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return undefined;
  }
}

// Realistic free-text triage messages from practitioners (fictional; no names).
export const TRIAGE_MESSAGES = [
  'I am a teacher at a primary school. A Year 4 pupil came in today with bruising on his upper arm that looks like grip marks and says he does not want to go home tonight. What should I do?',
  'One of our nursery children keeps arriving hungry and in the same dirty clothes, and mum seems to be struggling with money. I am worried about neglect but do not think it is an emergency. Who do I talk to?',
  'A 14 year old girl told her youth worker she has an older boyfriend who buys her things and picks her up from school in his car. She has been missing lessons. Is this child sexual exploitation and how do I refer?',
  'I am a health visitor. There was domestic abuse at the house last weekend, police were called, and there is a baby and a toddler living there. Do I need to make a referral to the front door?',
  'Not sure if this is a safeguarding concern: a Year 9 boy has stopped attending, his attendance is down to 60 percent and his dad says he is anxious. The family might benefit from early help. What are the next steps?',
];

// ---- stand-in Bot Connector --------------------------------------------------
let replies = 0;
let replyBytes = 0;
let connectorSeq = 0;
const connector = http.createServer((req, res) => {
  let size = 0;
  req.on('data', (c) => {
    size += c.length;
  });
  req.on('end', () => {
    if (req.method === 'POST' && req.url.startsWith('/v3/conversations')) {
      replies += 1;
      replyBytes += size;
    }
    const payload = JSON.stringify({ id: `reply-${++connectorSeq}` });
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(payload) });
    res.end(payload);
  });
});
connector.keepAliveTimeout = 30_000;
// How many TCP connections the server under test opened to the connector (keep-alive or not).
let connectorConnections = 0;
connector.on('connection', () => {
  connectorConnections += 1;
});
await new Promise((resolve) => connector.listen(0, '127.0.0.1', resolve));
const serviceUrl = `http://127.0.0.1:${connector.address().port}/`;

// ---- client -------------------------------------------------------------------
const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
let activitySeq = 0;
const RUN_ID = `1${Date.now()}${String(process.pid).padStart(7, '0')}`;

function activityFor(n) {
  const c = offset + (n % conversations);
  const text = TRIAGE_MESSAGES[n % TRIAGE_MESSAGES.length];
  const tenantId = '72f988bf-86f1-41af-91ab-2d7cd011db47';
  activitySeq += 1;
  return {
    type: 'message',
    // Unique across runs: the bot remembers activity ids to drop Teams' redeliveries.
    id: `${RUN_ID}${String(activitySeq).padStart(8, '0')}`,
    timestamp: new Date().toISOString(),
    localTimestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl,
    from: { id: `29:bench-user-${c}`, name: 'Bench User', aadObjectId: `00000000-0000-4000-8000-${String(c).padStart(12, '0')}` },
    recipient: { id: '28:00000000-0000-0000-0000-00000000b07', name: 'Safeguarding Bot' },
    conversation: { id: `a:1bench-personal-${c}`, conversationType: 'personal', tenantId },
    locale: 'en-GB',
    textFormat: 'plain',
    text,
    channelData: { tenant: { id: tenantId } },
    entities: [{ type: 'clientInfo', locale: 'en-GB', country: 'GB', platform: 'Web', timezone: 'Europe/London' }],
  };
}

function post(body) {
  return new Promise((resolve) => {
    const data = Buffer.from(JSON.stringify(body));
    const started = process.hrtime.bigint();
    const req = http.request(
      {
        agent,
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8', 'content-length': data.length },
        timeout: 30_000,
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ ok: res.statusCode >= 200 && res.statusCode < 300, status: res.statusCode, ns: process.hrtime.bigint() - started }));
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', () => resolve({ ok: false, status: 0, ns: process.hrtime.bigint() - started }));
    req.end(data);
  });
}

const latencies = [];
let measuring = onceEach; // in once-each mode every turn counts
let requests = 0;
let measured = 0;
let errors = 0;
const statuses = {};
let stop = false;
let measureStart = process.hrtime.bigint();
let repliesAtStart = 0;
let replyBytesAtStart = 0;
let cpuAtStart = cpuMs(serverPid);

async function worker() {
  while (!stop && requests < maxRequests) {
    const n = requests++;
    if (onceEach && n >= conversations) break;
    const result = await post(activityFor(n));
    if (!result.ok) {
      errors += 1;
      statuses[result.status] = (statuses[result.status] ?? 0) + 1;
    }
    if (measuring) {
      measured += 1;
      latencies.push(Number(result.ns) / 1e6);
    }
  }
}

const hardLimit = setTimeout(() => {
  console.error('load: hard time limit reached');
  process.exit(3);
}, warmupMs + durationMs + 120_000);
hardLimit.unref();

const workers = Array.from({ length: concurrency }, () => worker());
if (!onceEach) {
  await new Promise((r) => setTimeout(r, warmupMs));
  measuring = true;
  measureStart = process.hrtime.bigint();
  repliesAtStart = replies;
  replyBytesAtStart = replyBytes;
  cpuAtStart = cpuMs(serverPid);
  await new Promise((r) => setTimeout(r, durationMs));
  measuring = false;
  stop = true;
}
const measureEnd = process.hrtime.bigint();
const cpuAtEnd = onceEach ? undefined : cpuMs(serverPid);
await Promise.all(workers);
const allEnd = process.hrtime.bigint();
const cpuEnd = onceEach ? cpuMs(serverPid) : cpuAtEnd;

latencies.sort((a, b) => a - b);
const pct = (p) => (latencies.length === 0 ? NaN : latencies[Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)]);
const seconds = Number((onceEach ? allEnd : measureEnd) - measureStart) / 1e9;
const round = (x, d = 2) => Math.round(x * 10 ** d) / 10 ** d;
const out = {
  requests: measured,
  errors,
  statuses,
  replies: replies - repliesAtStart,
  meanReplyBytes: replies - repliesAtStart > 0 ? Math.round((replyBytes - replyBytesAtStart) / (replies - repliesAtStart)) : 0,
  seconds: round(seconds, 3),
  rps: round(measured / seconds, 1),
  p50Ms: round(pct(50)),
  p90Ms: round(pct(90)),
  p99Ms: round(pct(99)),
  maxMs: round(latencies.at(-1) ?? NaN),
  serverCpuMsPerTurn: cpuEnd !== undefined && cpuAtStart !== undefined && measured > 0 ? round((cpuEnd - cpuAtStart) / measured, 3) : null,
  connectorConnections,
  concurrency,
  conversations,
};
process.stdout.write(`${JSON.stringify(out)}\n`);
agent.destroy();
connector.closeAllConnections();
connector.close();
clearTimeout(hardLimit);
