/**
 * The insights feature, wired in one place for bot/app.ts: the decision record (every triage and
 * escalation step, as ids), "Was this the right answer?" (bot/insights/feedback.ts), and the
 * administrators' insights and export (bot/insights/insights.ts) with their retention.
 */
import type { TurnContext } from 'botbuilder';
import type { AssessmentEvent, EscalationEvent } from '../../dialogs/core/services';
import { AREAS, type Area, type Engine } from '../../rules';
import { orgOf } from '../edge/adapter';
import { activityLogFields } from '../edge/logger';
import type { BotMetrics } from '../edge/metrics';
import type { Feature, FeatureContext } from '../feature';
import { type DecisionLog, type NewDecision, SqliteDecisionLog, StorageDecisionLog } from './decisions';
import { Feedback } from './feedback';
import { Insights } from './insights';

export interface InsightsFeatureOptions extends FeatureContext {
  /** True when the app created the storage itself (then STORAGE=sqlite gets its own decisions table). */
  ownStorage: boolean;
  metrics: BotMetrics;
  /** The user's area: for the pack of feedback's "could not read that" card. */
  areaFor(context: TurnContext): Promise<Area>;
}

export interface InsightsFeature extends Feature {
  decisions: DecisionLog;
  /** For the triage dialogs (services.onAssessment): counts the route given and records it. */
  onAssessment(context: TurnContext, event: AssessmentEvent): Promise<void>;
  /** For the escalation feature (services.onEscalation): counts the stage and records it. */
  onEscalation(context: TurnContext, event: EscalationEvent): Promise<void>;
}

const DAY_MS = 86_400_000;

export function createInsightsFeature(o: InsightsFeatureOptions): InsightsFeature {
  const { config, logger, clock, storage, engines, metrics } = o;
  // Batched appends (decision 020): a write that fails after the turn is counted and logged here.
  const onError = (err: unknown, lost: number) => {
    metrics.error('storage');
    logger.error({ err, lost }, 'could not write to the decision record');
  };
  const decisions: DecisionLog = o.ownStorage && config.storage === 'sqlite' ? SqliteDecisionLog.inDirectory(config.dataDir, { onError }) : new StorageDecisionLog(storage);
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
  // "Was this the right answer?" on the answer cards: ids only, into the decision record.
  const feedback = new Feedback({ engines, decisions, metrics, areaFor: o.areaFor, clock, logger });
  const append = async (context: TurnContext, record: NewDecision) => {
    try {
      await decisions.append(record);
    } catch (err) {
      metrics.error('storage');
      logger.error({ err, ...activityLogFields(context.activity) }, 'could not append to the decision record');
    }
  };

  return {
    name: 'insights',
    decisions,
    handlers: [insights.verbHandler(), feedback.verbHandler()],
    executeHandlers: [feedback.executeHandler()],
    actionData: feedback.actionData(),
    routes: [(server) => insights.route(server)],
    tasks: [
      { name: 'decision-retention', task: (now) => decisions.purge(new Date(now.getTime() - config.decisionRetentionDays * DAY_MS)) },
      { name: 'export-retention', task: (now) => insights.sweepExpired(now) },
    ],
    async onAssessment(context, e) {
      const { assessment: a, engine } = e;
      metrics.routeGiven(a.level.id, a.route.id, areaOf(engines, engine));
      await append(context, {
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
    },
    async onEscalation(context, e) {
      metrics.escalation(e.action, e.stage);
      await append(context, {
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
