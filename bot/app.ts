/**
 * Wires configuration → storage → engines → state → dialogs → bot → adapter →
 * HTTP server. No logic: bot/index.ts runs it; tests build it with a fixed clock.
 */
import { ConversationState, type TurnContext, UserState } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import { buildErrorCard } from '../cards';
import { addHeld, type HeldData, type TriageServices } from '../dialogs/core/services';
import { cardMessageWithText, invokeCardResponse, invokeResponseActivity } from '../dialogs/core/turn';
import { createReferralHelp, type ReferralTicks } from '../dialogs/referral';
import { MainDialog, ScreeningDialog } from '../dialogs/triage';
import { type Area, type Engine, loadEngines, ROLE_NAMES } from '../rules';
import { createDslFeature, type TeamOwners } from './dsl';
import { type BotAdapter, createAdapter, type OutboundOverrides } from './edge/adapter';
import type { AppConfig } from './edge/config';
import { invokeGuard } from './edge/invokes';
import { activityLogFields, type Logger } from './edge/logger';
import { BotMetrics } from './edge/metrics';
import { Proactive } from './edge/proactive';
import { securityMiddleware, serviceUrlPolicy } from './edge/security';
import { createServer, type BotServer } from './edge/server';
import { SafeguardingBot, unreadableActionCard, type UserProfile } from './edge/teamsBot';
import { Ticker } from './edge/ticker';
import { createEscalationFeature, type EscalationFeature } from './escalation';
import { createExtensionsFeature } from './extensions';
import type { Feature } from './feature';
import { createInsightsFeature } from './insights';
import { createPagesFeature } from './pages';
import { createStorage, type StorageHandle } from './storage';
import { retentionTask } from './storage/retention';

export interface AppOptions {
  config: AppConfig;
  logger: Logger;
  /** Injected in tests to fix "now" (office hours, due dates). */
  clock?: () => Date;
  /** Injected in tests to share one storage between two app instances. */
  storage?: StorageHandle;
  /** Injected in tests: the connector retry/pacing layer's sleep, jitter and attempts. */
  outbound?: OutboundOverrides;
  /** Wall clock (ms) for rate limits and redelivery claims; default Date.now (not `clock`, which tests fix). */
  opsClock?: () => number;
  /** Where the built Teams pages are (default: dist/web next to the bundle). */
  webDir?: string;
  /** Seconds between escalation-reminder ticks (default 60); 0 turns the timer off (tests call runDue). */
  reminderIntervalSeconds?: number;
  /** Injected in tests: the Graph team-owner check for settings (default from the bot's credentials). */
  teamOwners?: TeamOwners;
}

export interface App {
  server: BotServer;
  adapter: BotAdapter;
  bot: SafeguardingBot;
  engines: Readonly<Record<Area, Engine>>;
  storage: StorageHandle;
  /** Escalation notices: drafts, reminders (runDue) and the channel recorder. */
  escalation: EscalationFeature;
  /** DSL consult reminders and decision-record retention (runDue(now) in tests). */
  ticker: Ticker;
  close(): Promise<void>;
}

export function createApp(options: AppOptions): App {
  const { config, logger } = options;
  const clock = options.clock ?? (() => new Date());
  const storage = options.storage ?? createStorage(config);
  // The default area's recogniser now; the other areas' at their first message (rules/index.ts loadEngines).
  const engines = loadEngines([config.defaultArea]);
  // One way to post outside the current turn, for every feature; the adapter is built after the dialogs.
  const proactive = new Proactive(() => adapter, config.microsoftAppId ?? '');
  const metrics = new BotMetrics();

  const conversationState = new ConversationState(storage.storage);
  const userState = new UserState(storage.storage);
  const dialogState = conversationState.createProperty<DialogState>('dialogState');
  const profile = userState.createProperty<UserProfile>('profile');

  const areaFor = async (context: TurnContext): Promise<Area> => (await profile.get(context, {}))?.area ?? config.defaultArea;
  /** The area the user chose with "area" (not the default) and the role they gave, by name: "forget me" lists them. */
  const chosenArea = async (context: TurnContext): Promise<Partial<HeldData>> => {
    const p = await profile.get(context, {});
    return { ...(p?.area ? { area: engines[p.area].pack.area } : {}), ...(p?.role ? { role: ROLE_NAMES[p.role] } : {}) };
  };
  const services: TriageServices = {
    engines,
    clock,
    areaFor,
    setArea: async (context, area) => {
      await profile.set(context, { ...((await profile.get(context, {})) ?? {}), area });
    },
    roleFor: async (context) => {
      const p = (await profile.get(context, {})) ?? {};
      return { ...(p.role ? { role: p.role } : {}), asked: p.roleAsked === true };
    },
    setRole: async (context, role) => {
      const { role: _old, ...rest } = (await profile.get(context, {})) ?? {};
      await profile.set(context, { ...rest, ...(role ? { role } : {}), roleAsked: true });
    },
    heldAbout: async (context) => addHeld(...(await Promise.all(forgetters().map((f) => f.held(context)))), await chosenArea(context)),
    forgetUser: async (context) => {
      const deleted: Partial<HeldData>[] = [await chosenArea(context)];
      for (const f of forgetters()) deleted.push(await f.forget(context));
      await userState.delete(context);
      await conversationState.delete(context);
      return addHeld(...deleted);
    },
    consultChannel: (context) => dsl.consultChannel(context),
    staleAfterDays: config.staleAfterDays,
    onAssessment: (context, event) => insights.onAssessment(context, event),
    onEscalation: (context, event) => insights.onEscalation(context, event),
  };

  // The features, each built by its folder's index.ts (bot/feature.ts: what a feature may add). Each part
  // goes to its one extension point below: dialogs and action handlers to the root dialog, Action.Execute
  // handlers, message extensions and task modules to the Teams handler, middleware, timers, routes, "forget me".
  const dsl = createDslFeature({ config, logger, clock, storage, engines, metrics, proactive, ...(options.teamOwners ? { teamOwners: options.teamOwners } : {}) });
  const insights = createInsightsFeature({ config, logger, clock, storage, ownStorage: !options.storage, engines, metrics, areaFor });
  // No timer of its own: the app's one Ticker runs its reminders (below).
  const escalation = createEscalationFeature({ services, storage, logger, retentionDays: config.draftRetentionDays, proactive, reminderIntervalSeconds: 0 });
  const features: readonly Feature[] = [
    dsl,
    insights,
    escalation,
    // Strengths notes saved as drafts go in the escalation drafts' repository (same retention, owner checks and "forget me").
    createReferralHelp(services, conversationState.createProperty<ReferralTicks>('referralTicks'), { drafts: escalation.drafts, logger }),
    createPagesFeature({ engines, clock, logger, publicBaseUrl: config.publicBaseUrl, drafts: escalation.drafts, notice: escalation.handler, dialog: () => mainDialog, dialogState, webDir: options.webDir, sourceMaps: config.nodeEnv !== 'production' }),
    createExtensionsFeature({ engines, areaFor, clock, logger }),
  ];
  const all = <K extends keyof Feature>(key: K): NonNullable<Feature[K]>[] => features.flatMap((f) => (f[key] === undefined ? [] : [f[key] as NonNullable<Feature[K]>]));
  const forgetters = () => all('forgettable');

  const mainDialog = new MainDialog(services, new ScreeningDialog(services), { dialogs: all('dialogs').flat(), handlers: all('handlers').flat() });
  const bot = new SafeguardingBot({
    conversationState,
    userState,
    dialog: mainDialog,
    dialogState,
    engines,
    areaFor,
    clock,
    logger,
    executeHandlers: all('executeHandlers').flat(),
    ...one('messageExtensions', all('messageExtensions')),
    ...one('taskModules', all('taskModules')),
    consultChannel: (context) => dsl.consultChannel(context),
  });

  const adapter = createAdapter(config, logger, options.outbound);
  // Malformed invoke values answered before anything is read or stored (not even the redelivery claim).
  adapter.use(invokeGuard({ logger, unreadableCard: () => unreadableActionCard(engines[config.defaultArea]), actionData: Object.assign({}, ...all('actionData')) }));
  // Before any bot logic: channel allowlist, serviceUrl allowlist, once-only processing of redeliveries, per-user rate limit.
  adapter.use(
    securityMiddleware({
      storage,
      logger,
      now: options.opsClock ?? Date.now,
      serviceUrls: serviceUrlPolicy(config),
      channelIds: config.channelIds,
      rateLimit: { perMinute: config.rateLimitPerMinute, burst: config.rateLimitBurst },
      dedupeTtlMs: config.dedupeTtlSeconds * 1000,
      onRateLimited: async (context) => {
        const card = buildErrorCard({ pack: engines[config.defaultArea].pack, title: 'One moment, please', message: 'You are sending messages faster than I can answer, so I have skipped the last one. Please wait a few seconds and try again.' });
        if (context.activity.type === 'invoke') {
          // Only a card button can show a card in reply; other invokes (search...) get an empty answer.
          await context.sendActivity(invokeResponseActivity(context.activity.name === 'adaptiveCard/action' ? invokeCardResponse(card) : undefined));
        } else {
          await context.sendActivity(cardMessageWithText(card));
        }
      },
    }),
  );
  for (const m of all('middleware').flat()) adapter.use(m);
  adapter.use(metrics.middleware());
  // One timer for the features' periodic work (reminders, retention), and the retention of bot state.
  const ticker = new Ticker(clock, logger, options.reminderIntervalSeconds ?? 60);
  for (const t of all('tasks').flat()) ticker.add(t.name, t.task);
  ticker.add('retention', retentionTask(storage, { conversationDays: config.draftRetentionDays, userDays: config.userRetentionDays, claimTtlMs: config.dedupeTtlSeconds * 1000 }));
  ticker.start();
  adapter.onTurnError = async (context, error) => {
    // Never re-throw, never put error text in the response; the user still gets 999 and the front door.
    logger.error({ err: error, ...activityLogFields(context.activity) }, 'unhandled error in turn');
    try {
      await conversationState.delete(context);
    } catch {
      // state may be what failed; the card below matters more
    }
    const isCardAction = context.activity.type === 'invoke' && context.activity.name === 'adaptiveCard/action';
    if (context.activity.type !== 'message' && !isCardAction) return;
    try {
      const engine = engines[config.defaultArea];
      const card = buildErrorCard({ pack: engine.pack, title: 'Sorry, something went wrong', message: 'I could not finish that. Please try again in a moment.' });
      // An Action.Execute press is answered in the HTTP body (the invoke response), not with a message.
      if (isCardAction) await context.sendActivity(invokeResponseActivity(invokeCardResponse(card)));
      else await context.sendActivity(cardMessageWithText(card));
    } catch (sendError) {
      logger.error({ err: sendError, ...activityLogFields(context.activity) }, 'could not send the error card');
    }
  };

  const server = createServer({
    config,
    adapter,
    bot,
    logger,
    readiness: async () => {
      await storage.ping();
      return Object.assign({}, ...features.map((f) => f.readiness?.() ?? {}));
    },
    extraRoutes: (s) => {
      for (const route of all('routes').flat()) route(s);
      metrics.route(s, config);
    },
  });
  return {
    server,
    adapter,
    bot,
    engines,
    storage,
    escalation,
    ticker,
    close: async () => {
      await ticker.stop();
      await server.close();
      for (const f of features) await f.close?.();
      if (!options.storage) await storage.close();
    },
  };
}

/** The one feature that gives `key` (message extensions, task modules), as an optional property; two is a wiring error. */
function one<K extends string, T>(key: K, given: T[]): Partial<Record<K, T>> {
  if (given.length > 1) throw new Error(`two features give ${key}`);
  return given[0] === undefined ? {} : ({ [key]: given[0] } as Partial<Record<K, T>>);
}
