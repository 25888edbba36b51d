/**
 * The DSL feature, wired in one place for bot/app.ts: "Ask my DSL" consults, organisation
 * settings, the decision record, insights and export, /metrics, and the stale-guidance
 * report for /readyz. app.ts adds what this returns to its extension points.
 */
import type { Middleware, TurnContext } from 'botbuilder';
import type { Server } from 'restify';
import type { VerbHandler } from '../../dialogs/triage/mainDialog';
import type { AssessmentEvent, EscalationEvent, HeldData } from '../../dialogs/core/services';
import { staleNote } from '../../dialogs/core/services';
import { AREAS, type Area, type Engine } from '../../rules';
import type { AppConfig } from '../edge/config';
import { ConsultService } from './consults';
import type { Proactive } from '../edge/proactive';
import { type DecisionLog, SqliteDecisionLog, StorageDecisionLog } from '../insights/decisions';
import { Insights } from '../insights/insights';
import { activityLogFields, type Logger } from '../edge/logger';
import { BotMetrics } from '../edge/metrics';
import { orgOf, OrgSettingsStore } from './orgSettings';
import { SettingsFlow } from './settingsFlow';
import { createTeamOwners, type TeamOwners } from './teamOwners';
import type { StorageHandle } from '../storage';
import type { ExecuteHandler } from '../edge/teamsBot';
import type { Task } from '../edge/ticker';

export interface DslFeatureOptions {
  config: AppConfig;
  logger: Logger;
  clock: () => Date;
  storage: StorageHandle;
  /** True when the app created the storage itself (then STORAGE=sqlite gets its own decisions table). */
  ownStorage: boolean;
  engines: Readonly<Record<Area, Engine>>;
  /** Proactive messages (bot/edge/proactive.ts): the consult channel and the requester's chat. */
  proactive: Proactive;
  /** The Graph team-owner check; default from the bot's credentials (createTeamOwners). */
  teamOwners?: TeamOwners;
}

export interface DslFeature {
  metrics: BotMetrics;
  decisions: DecisionLog;
  consults: ConsultService;
  handlers: VerbHandler[];
  executeHandlers: ExecuteHandler[];
  onAssessment(context: TurnContext, event: AssessmentEvent): Promise<void>;
  /** For the escalation feature (services.onEscalation): counts the stage and records it. */
  onEscalation(context: TurnContext, event: EscalationEvent): Promise<void>;
  /** "forget me": how many consults the user raised, and deleting them. */
  held(context: TurnContext): Promise<Partial<HeldData>>;
  forget(context: TurnContext): Promise<Partial<HeldData>>;
  /** Whether the user's organisation has a consult channel. */
  consultChannel(context: TurnContext): Promise<boolean>;
  /** Counts turns and failed turns for /metrics. */
  middleware: Middleware;
  routes: ((server: Server) => void)[];
  tasks: { name: string; task: Task }[];
  /** Packs whose contacts are older than STALE_AFTER_DAYS, for /readyz. */
  staleGuidance(): { area: Area; contactsCheckedOn: string }[];
  close(): Promise<void>;
}

const DAY_MS = 86_400_000;

export function createDslFeature(o: DslFeatureOptions): DslFeature {
  const { config, logger, clock, storage, engines } = o;
  const metrics = new BotMetrics();
  // Batched appends (decision 020): a write that fails after the turn is counted and logged here.
  const onError = (err: unknown, lost: number) => {
    metrics.error('storage');
    logger.error({ err, lost }, 'could not write to the decision record');
  };
  const decisions: DecisionLog = o.ownStorage && config.storage === 'sqlite' ? SqliteDecisionLog.inDirectory(config.dataDir, { onError }) : new StorageDecisionLog(storage);
  const store = new OrgSettingsStore(storage);
  const consults = new ConsultService({
    handle: storage,
    settings: store,
    engines,
    clock,
    logger,
    metrics,
    proactive: o.proactive,
    takeMinutes: config.consultTakeMinutes,
  });
  const settings = new SettingsFlow({ store, engines, adminAadIds: config.adminAadIds, teamOwners: o.teamOwners ?? createTeamOwners(config, logger), clock, logger });
  const insights = new Insights({
    decisions,
    handle: storage,
    engines,
    adminAadIds: config.adminAadIds,
    retentionDays: config.decisionRetentionDays,
    publicBaseUrl: config.publicBaseUrl,
    clock,
    logger,
    metrics,
  });

  return {
    metrics,
    decisions,
    consults,
    handlers: [consults.verbHandler(), settings.verbHandler(), insights.verbHandler()],
    executeHandlers: [consults.executeHandler()],
    async onAssessment(context, e) {
      const { assessment: a, engine } = e;
      metrics.routeGiven(a.level.id, a.route.id, areaOf(engines, engine));
      try {
        await decisions.append({
          at: clock(),
          org: orgOf(context) ?? 'unknown',
          area: areaOf(engines, engine),
          packId: a.packId,
          packVersion: a.packVersion,
          source: e.source,
          asked: e.asked,
          answers: answerPairs(e),
          indicators: a.indicatorIds,
          level: a.level.id,
          route: a.route.id,
        });
      } catch (err) {
        metrics.error('storage');
        logger.error({ err, ...activityLogFields(context.activity) }, 'could not append to the decision record');
      }
    },
    async onEscalation(context, e) {
      metrics.escalation(e.action, e.stage);
      try {
        await decisions.append({
          at: clock(),
          org: orgOf(context) ?? 'unknown',
          area: areaOf(engines, e.engine),
          packId: e.engine.pack.id,
          packVersion: e.engine.pack.version,
          source: 'escalation',
          asked: [],
          answers: [`action=${e.action}`],
          indicators: [],
          level: 'none',
          route: 'escalation',
          stage: e.stage,
        });
      } catch (err) {
        metrics.error('storage');
        logger.error({ err, ...activityLogFields(context.activity) }, 'could not append to the decision record');
      }
    },
    held: async (context) => ({ consults: await consults.countFor(context) }),
    forget: async (context) => ({ consults: await consults.forget(context) }),
    consultChannel: (context) => consults.hasChannel(context),
    middleware: {
      async onTurn(context, next) {
        metrics.turn(context.activity.type);
        try {
          await next();
        } catch (err) {
          metrics.error('turn');
          throw err;
        }
      },
    },
    routes: [(server) => metrics.route(server, config), (server) => insights.route(server)],
    tasks: [
      { name: 'consult-reminders', task: (now) => consults.sweep(now) },
      { name: 'consult-retention', task: (now) => consults.purge(now) },
      { name: 'decision-retention', task: (now) => decisions.purge(new Date(now.getTime() - config.decisionRetentionDays * DAY_MS)) },
      { name: 'export-retention', task: (now) => insights.sweepExpired(now) },
    ],
    staleGuidance() {
      const at = clock();
      return AREAS.filter((a) => staleNote(engines[a], at, config.staleAfterDays) !== undefined).map((a) => ({ area: a, contactsCheckedOn: engines[a].pack.contactsCheckedOn }));
    },
    close: () => decisions.close(),
  };
}

function areaOf(engines: Readonly<Record<Area, Engine>>, engine: Engine): Area {
  return AREAS.find((a) => engines[a] === engine) ?? AREAS.find((a) => engines[a].pack.id === engine.pack.id) ?? 'salford';
}

/** `question=choice` for each screening answer; the lists (indicators) are recorded separately. */
function answerPairs(e: AssessmentEvent): string[] {
  const out: string[] = [];
  for (const [q, v] of Object.entries(e.answers)) {
    if (typeof v === 'string') out.push(`${q}=${v}`);
    else if (typeof v === 'boolean') out.push(`${q}=${v ? 'yes' : 'no'}`);
    else if (Array.isArray(v)) out.push(`${q}=${v.join(',') || 'none'}`);
  }
  return out;
}
