/**
 * The DSL feature, wired in one place for bot/app.ts: "Ask my DSL" consults, the organisation
 * settings (who may change them: bot/dsl/teamOwners.ts), and the stale-guidance report for
 * /readyz. app.ts lists what this returns with the other features.
 */
import type { TurnContext } from 'botbuilder';
import { staleNote } from '../../dialogs/core/services';
import { AREAS } from '../../rules';
import type { BotMetrics } from '../edge/metrics';
import type { Proactive } from '../edge/proactive';
import type { Feature, FeatureContext } from '../feature';
import { ConsultService } from './consults';
import { OrgSettingsStore } from './orgSettings';
import { SettingsFlow } from './settingsFlow';
import { createTeamOwners, type TeamOwners } from './teamOwners';

export type { TeamOwners } from './teamOwners';

export interface DslFeatureOptions extends FeatureContext {
  metrics: BotMetrics;
  /** Proactive messages (bot/edge/proactive.ts): the consult channel and the requester's chat. */
  proactive: Proactive;
  /** The Graph team-owner check; default from the bot's credentials (createTeamOwners). */
  teamOwners?: TeamOwners;
}

export interface DslFeature extends Feature {
  consults: ConsultService;
  /** Whether the user's organisation has a consult channel. */
  consultChannel(context: TurnContext): Promise<boolean>;
}

export function createDslFeature(o: DslFeatureOptions): DslFeature {
  const { config, logger, clock, storage, engines } = o;
  const store = new OrgSettingsStore(storage);
  const consults = new ConsultService({
    handle: storage,
    settings: store,
    engines,
    clock,
    logger,
    metrics: o.metrics,
    proactive: o.proactive,
    takeMinutes: config.consultTakeMinutes,
  });
  const settings = new SettingsFlow({ store, engines, adminAadIds: config.adminAadIds, teamOwners: o.teamOwners ?? createTeamOwners(config, logger), clock, logger });

  return {
    name: 'dsl',
    consults,
    handlers: [consults.verbHandler(), settings.verbHandler()],
    executeHandlers: [consults.executeHandler()],
    forgettable: {
      held: async (context) => ({ consults: await consults.countFor(context) }),
      forget: async (context) => ({ consults: await consults.forget(context) }),
    },
    consultChannel: (context) => consults.hasChannel(context),
    tasks: [
      { name: 'consult-reminders', task: (now) => consults.sweep(now) },
      { name: 'consult-retention', task: (now) => consults.purge(now) },
    ],
    // Packs whose contacts are older than STALE_AFTER_DAYS, for /readyz.
    readiness() {
      const at = clock();
      const stale = AREAS.filter((a) => staleNote(engines[a], at, config.staleAfterDays) !== undefined).map((a) => ({ area: a, contactsCheckedOn: engines[a].pack.contactsCheckedOn }));
      return stale.length > 0 ? { staleGuidance: stale } : {};
    },
  };
}
