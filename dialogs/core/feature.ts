/**
 * What a feature gives the root dialog: the dialogs it adds and the handlers of its card actions
 * and typed commands (cards/actions.ts declares each action). bot/feature.ts extends this with
 * what a feature gives the rest of the bot (Action.Execute handlers, timers, routes, "forget me").
 */
import type { TurnContext } from 'botbuilder';
import type { Dialog, DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import type { AnyAction } from '../../cards';
import type { Engine } from '../../rules';

/**
 * A feature's card actions: the registry's declarations it handles (cards/actions.ts). Each press
 * of one of them, and each typed command that means one (the action's words, the help card's
 * command), comes to `handle` with the raw value, which it reads with the action's schema.
 */
export interface VerbHandler {
  actions: readonly AnyAction[];
  handle(step: WaterfallStepContext, value: unknown, engine: Engine): Promise<DialogTurnResult>;
  /** A press that may come while a dialog waits (feedback on an answer card): handled without ending that dialog. */
  anytime?(context: TurnContext, value: unknown): Promise<void>;
}

/** The dialog side of a feature (dialogs/<feature>/index.ts). */
export interface DialogFeature {
  /** For logs and errors: the feature's folder name. */
  readonly name: string;
  readonly dialogs?: readonly Dialog[];
  readonly handlers?: readonly VerbHandler[];
}
