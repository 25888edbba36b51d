/**
 * Prometheus metrics (prom-client) on a dedicated Registry, served at GET /metrics to whoever
 * config allows (`config.metrics`): with METRICS_TOKEN set, only a request bearing it
 * (`Authorization: Bearer <token>`, compared in constant time; otherwise 401); in production
 * without a token, nobody (404); in development without one, anyone (the bot is loopback-bound).
 *
 * Labels are closed sets taken from the packs (level, route, area, stage ids) or from
 * the code (activity type, error kind): never a user, a child, a tenant or message text.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { Counter, Registry, Summary } from 'prom-client';
import type { Server } from 'restify';
import type { Middleware } from 'botbuilder';

/** Who may read /metrics (bot/edge/config.ts). */
export interface MetricsAccess {
  readonly metrics: 'token' | 'open' | 'off';
  readonly metricsToken: string | undefined;
}

/** Fixed-length digests, so the comparison takes the same time whatever was presented. */
function digest(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

/** Only ids pass; anything else is counted as 'other' (keeps label cardinality closed). */
function label(value: string | undefined): string {
  return value !== undefined && /^[a-z0-9_]{1,40}$/i.test(value) ? value : 'other';
}

export class BotMetrics {
  readonly registry = new Registry();
  private readonly turns = this.counter('safeguarding_turns_total', 'Turns processed, by activity type', ['type']);
  private readonly routes = this.counter('safeguarding_routes_given_total', 'Triage answers given, by level, route and area', ['level', 'route', 'area']);
  private readonly escalations = this.counter('safeguarding_escalations_total', 'Escalations started or advanced, by stage', ['action', 'stage']);
  private readonly consultsRaised = this.counter('safeguarding_consults_raised_total', 'DSL consults raised, by area', ['area']);
  private readonly consultsTaken = this.counter('safeguarding_consults_taken_total', 'DSL consults taken, by area', ['area']);
  private readonly consultsReminded = this.counter('safeguarding_consults_reminded_total', 'DSL consults nobody took in time (channel reminded)', ['area']);
  private readonly timeToTake = new Summary({
    name: 'safeguarding_consult_time_to_take_seconds',
    help: 'Time from a consult being raised to a DSL taking it (median and 90th percentile over the last hour)',
    percentiles: [0.5, 0.9],
    maxAgeSeconds: 3600,
    ageBuckets: 6,
    registers: [this.registry],
  });
  private readonly feedbackGiven = this.counter('safeguarding_feedback_total', 'Answers to "Was this the right answer?", by the route given and the route chosen instead (or yes)', ['given', 'chosen']);
  private readonly errors = this.counter('safeguarding_errors_total', 'Errors, by kind', ['kind']);

  /** A counter on this registry. */
  private counter<L extends string>(name: string, help: string, labelNames: readonly L[]): Counter<L> {
    return new Counter({ name, help, labelNames, registers: [this.registry] });
  }

  turn(type: string | undefined): void {
    this.turns.inc({ type: label(type) });
  }

  routeGiven(level: string, route: string, area: string): void {
    this.routes.inc({ level: label(level), route: label(route), area: label(area) });
  }

  /** For the escalation module: `started` when a notice is drafted, `advanced` when the next stage begins. */
  escalation(action: 'started' | 'advanced', stage: string): void {
    this.escalations.inc({ action, stage: label(stage) });
  }

  consultRaised(area: string): void {
    this.consultsRaised.inc({ area: label(area) });
  }

  consultTaken(area: string, waitedSeconds: number): void {
    this.consultsTaken.inc({ area: label(area) });
    this.timeToTake.observe(Math.max(0, waitedSeconds));
  }

  consultReminded(area: string): void {
    this.consultsReminded.inc({ area: label(area) });
  }

  /** A practitioner's feedback on an answer: `chosen` is a route id, or 'yes'. */
  feedback(given: string, chosen: string): void {
    this.feedbackGiven.inc({ given: label(given), chosen: label(chosen) });
  }

  error(kind: 'turn' | 'proactive' | 'storage' | 'export'): void {
    this.errors.inc({ kind });
  }

  /** Adapter middleware: counts every turn, and the turns that failed. */
  middleware(): Middleware {
    return {
      onTurn: async (context, next) => {
        this.turn(context.activity.type);
        try {
          await next();
        } catch (err) {
          this.error('turn');
          throw err;
        }
      },
    };
  }

  /** restify route: GET /metrics in Prometheus text format, for the readers `access` allows. */
  route(server: Server, access: MetricsAccess): void {
    const expected = access.metrics === 'token' && access.metricsToken ? digest(access.metricsToken) : undefined;
    server.get('/metrics', async (req, res) => {
      res.setHeader('Cache-Control', 'no-store');
      if (access.metrics === 'off' || (access.metrics === 'token' && !expected)) {
        res.send(404, { error: 'not_found', message: 'Not found.' });
        return;
      }
      if (expected) {
        const presented = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1];
        if (presented === undefined || !timingSafeEqual(digest(presented), expected)) {
          res.setHeader('WWW-Authenticate', 'Bearer');
          res.send(401, { error: 'unauthorized', message: 'Authentication failed.' });
          return;
        }
      }
      const body = await this.registry.metrics();
      res.setHeader('Content-Type', this.registry.contentType);
      res.setHeader('Cache-Control', 'no-store');
      res.writeHead(200);
      res.end(body);
    });
  }
}
