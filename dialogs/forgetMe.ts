/**
 * "forget me", asked first: the card lists what will go (notices with their reminders, notes,
 * DSL requests, the area chosen, the role given), with Delete and Cancel. Only "Delete all of this" deletes;
 * the answer then says what went and how to delete messages already in Teams' history.
 */
import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { z } from 'zod';
import { buildForgetAskCard, forgetDoneText } from '../cards';
import type { Engine } from '../rules';
import type { VerbHandler } from './mainDialog';
import { sendCard, type TriageServices } from './services';

export const FORGET_VERBS = ['forget.ask', 'forget.confirm', 'forget.cancel'] as const;
const Value = z.object({ verb: z.enum(FORGET_VERBS) });

export class ForgetMeHandler implements VerbHandler {
  readonly verbs: string[] = [...FORGET_VERBS];

  constructor(private readonly services: TriageServices) {
    if (!services) throw new TypeError('ForgetMeHandler needs services');
  }

  async handle(step: WaterfallStepContext, value: unknown, engine: Engine): Promise<DialogTurnResult> {
    const { context } = step;
    const parsed = Value.safeParse(value);
    const verb = parsed.success ? parsed.data.verb : 'forget.ask';
    if (verb === 'forget.cancel') {
      await context.sendActivity('Cancelled: I have not deleted anything.');
      return step.endDialog();
    }
    if (verb === 'forget.ask') {
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
