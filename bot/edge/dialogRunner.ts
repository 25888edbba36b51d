/**
 * Runs the root dialog for a turn with one DialogSet built at start-up (the classic
 * botbuilder pattern), instead of botbuilder-dialogs' runDialog().
 *
 * runDialog() rebuilds a DialogSet on every turn, builds and loads a second set of the
 * adaptive-dialog memory scopes (DialogStateManager: turn, settings, dialog class...) and saves
 * them again, and computes a snapshot of all dialog memory for an Emulator trace that Teams
 * never receives. This bot uses none of that: no dialog reads `dc.state` memory paths, no
 * dialog handles the `error` dialog event, and conversation and user state are saved once per
 * turn by SafeguardingBot.run. The behaviour that matters is the same: continue the active
 * dialog, or begin the root one when the stack is empty; errors reach the adapter's onTurnError.
 */
import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { Dialog, DialogState, DialogTurnResult } from 'botbuilder-dialogs';
import { DialogSet, DialogTurnStatus } from '../../dialogs/core/framework';

export type DialogRunner = (context: TurnContext) => Promise<DialogTurnResult>;

/**
 * Where botbuilder-dialogs 4.23 keeps, for the rest of a turn, the memory-scope configuration
 * every DialogContext's DialogStateManager needs. Building it (the component registry's
 * service collection, nine memory scopes, five path resolvers, zod checks) happens on the
 * first DialogContext of every turn. The scopes keep nothing between calls (they read the
 * dialog context they are given), so the configuration built on the first turn is handed to
 * later turns. Should a botbuilder upgrade rename the key, this would silently do nothing:
 * test/dialogs/dialogRunner.test.ts fails instead (it checks the SDK still writes this key and
 * that a later turn is handed the first turn's configuration).
 */
export const DSM_CONFIGURATION_KEY = 'DialogStateManagerConfiguration';

export function createDialogRunner(dialog: Dialog, accessor: StatePropertyAccessor<DialogState>): DialogRunner {
  const dialogs = new DialogSet(accessor);
  dialogs.add(dialog);
  let configuration: unknown;
  return async (context) => {
    if (configuration !== undefined && !context.turnState.has(DSM_CONFIGURATION_KEY)) context.turnState.set(DSM_CONFIGURATION_KEY, configuration);
    const dc = await dialogs.createContext(context);
    configuration ??= context.turnState.get(DSM_CONFIGURATION_KEY);
    const result = await dc.continueDialog();
    return result.status === DialogTurnStatus.empty ? dc.beginDialog(dialog.id) : result;
  };
}
