/**
 * One feature, as the composition root (bot/app.ts) sees it: everything it adds to the bot, in
 * one typed value. Each feature folder (bot/<feature>/index.ts, dialogs/<feature>/index.ts)
 * exports a function that builds its Feature; app.ts lists them and adds each part to the
 * matching extension point, so a new feature touches its folder and that list, nothing else.
 */
import type { Middleware, TurnContext } from 'botbuilder';
import type { Server } from 'restify';
import type { z } from 'zod';
import type { DialogFeature } from '../dialogs/core/feature';
import type { Area, Engine } from '../rules';
import type { AppConfig } from './edge/config';
import type { Logger } from './edge/logger';
import type { StorageHandle } from './storage';
import type { HeldData } from '../dialogs/core/services';
import type { ExecuteHandler, MessageExtensionHandler, TaskModuleHandler } from './edge/teamsBot';
import type { Task } from './edge/ticker';

/** What most features are built from (bot/app.ts has them all). */
export interface FeatureContext {
  config: AppConfig;
  logger: Logger;
  clock: () => Date;
  storage: StorageHandle;
  engines: Readonly<Record<Area, Engine>>;
}

/** What a feature keeps about a user: counted for "forget me", then deleted. */
export interface Forgettable {
  held(context: TurnContext): Promise<Partial<HeldData>>;
  forget(context: TurnContext): Promise<Partial<HeldData>>;
}

export interface Feature extends DialogFeature {
  /** Action.Execute handlers (cards that update in place). */
  readonly executeHandlers?: readonly ExecuteHandler[];
  /** Data schemas of Action.Execute verbs, checked by the invoke guard before anything reads them (bot/edge/invokes.ts). */
  readonly actionData?: Readonly<Record<string, z.ZodType>>;
  /** Message extension invokes (composeExtension/*); one feature at most. */
  readonly messageExtensions?: MessageExtensionHandler;
  /** Teams dialogs (task/fetch, task/submit); one feature at most. */
  readonly taskModules?: TaskModuleHandler;
  /** Adapter middleware, run after the security guards, in the order of the features list. */
  readonly middleware?: readonly Middleware[];
  /** Periodic work, run by the app's one Ticker (each idempotent, claiming its work). */
  readonly tasks?: readonly { name: string; task: Task }[];
  /** What it keeps about a user, for "forget me". */
  readonly forgettable?: Forgettable;
  /** HTTP routes on the bot's server. */
  readonly routes?: readonly ((server: Server) => void)[];
  /** Extra fields for /readyz (e.g. stale guidance). */
  readiness?(): Record<string, unknown>;
  /** Called once when the app closes, after the server and the timer have stopped. */
  close?(): Promise<void>;
}
