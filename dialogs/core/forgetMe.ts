/**
 * "forget me", asked first: the card lists what will go (notices with their reminders, notes,
 * DSL requests, the area chosen, the role given), with Delete and Cancel. Only "Delete all of this" deletes;
 * the answer then says what went and how to delete messages already in Teams' history.
 */
import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { ACTIONS, buildForgetAskCard, forgetDoneText, verbOf } from '../../cards';
import type { Engine } from '../../rules';
import type { VerbHandler } from './feature';
import { sendCard, type TriageServices } from './services';


export class ForgetMeHandler implements VerbHandler {
  readonly actions = [ACTIONS.forgetAsk, ACTIONS.forgetConfirm, ACTIONS.forgetCancel];

  constructor(private readonly services: TriageServices) {
    if (!services) throw new TypeError('ForgetMeHandler needs services');
  }

  async handle(step: WaterfallStepContext, value: unknown, engine: Engine): Promise<DialogTurnResult> {
    const { context } = step;
    // Anything but a readable "Delete all of this" or "Cancel" asks first: deleting is only ever the button.
    const action = this.actions.find((a) => a.verb === verbOf(value) && a.schema.safeParse(value).success) ?? ACTIONS.forgetAsk;
    if (action === ACTIONS.forgetCancel) {
      await context.sendActivity('Cancelled: I have not deleted anything.');
      return step.endDialog();
    }
    if (action === ACTIONS.forgetAsk) {
      await sendCard(context, buildForgetAskCard(engine.pack, await this.services.heldAbout(context)));
      return step.endDialog();
    }
    const deleted = await this.services.forgetUser(context);
    const door = engine.pack.contacts.find((c) => c.id === engine.pack.frontDoor);
    const doorText = door ? `${door.name}${door.phones[0] ? ` on ${door.phones[0].number}` : ''}` : 'children’s services';
    await context.sendActivity(forgetDoneText(deleted, doorText));
    return step.cancelAllDialogs();
  }
}
