/**
 * Global interruptions, in one place: the red-flag check on every turn, help,
 * cancel and start again. Only MainDialog extends this: every other dialog (screening, private
 * fostering, escalation notice...) runs inside MainDialog as one of its children, and a
 * ComponentDialog's onContinueDialog runs before its children's, so these checks come first on
 * every turn whichever dialog is active (test/http/triage.test.ts sends a red flag mid-screening).
 */
import type { DialogContext, DialogTurnResult } from 'botbuilder-dialogs';
import { ComponentDialog, DialogTurnStatus } from '../core/framework';
import { ACTIONS, CONTROL_WORDS_PATTERNS, cardForAnswer, verbOf } from '../../cards';
import { answerOf, answersFromMessage } from '../../rules';
import { engineFor, isPersonal, recogniseInTurn, sendCard, sendHelp, type TriageServices } from '../core/services';

// The control words are declared with the actions (cards/actions.ts).
export const { startAgain: START_AGAIN, cancel: CANCEL, help: HELP } = CONTROL_WORDS_PATTERNS;

export abstract class InterruptibleDialog extends ComponentDialog {
  protected constructor(
    id: string,
    protected readonly services: TriageServices,
  ) {
    super(id);
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const interrupted = await this.interrupt(innerDc);
    if (interrupted) return interrupted;
    return super.onContinueDialog(innerDc);
  }

  /** Returns a result when the turn was handled here; undefined lets the dialog carry on. */
  protected async interrupt(innerDc: DialogContext): Promise<DialogTurnResult | undefined> {
    const { context } = innerDc;
    if (context.activity.type !== 'message') return undefined;
    const text = (context.activity.text ?? '').trim();
    const verb = verbOf(context.activity.value);
    const engine = await engineFor(this.services, context);

    // Red flags first, on every turn, whatever dialog is running: the emergency card at once, no question first.
    if (text) {
      const r = recogniseInTurn(context, engine, text);
      if (r.intent === 'emergency') {
        const at = this.services.clock();
        const personal = isPersonal(context);
        const answer = answerOf(engine, { from: 'screening', answers: answersFromMessage(r, text), recognition: personal ? r : { ...r, indicators: [] }, emergency: true }, at, { personal });
        await sendCard(context, cardForAnswer(engine, answer, at, { personal }));
        if (innerDc.activeDialog) {
          await context.sendActivity('What you had started is kept: carry on when you are ready, or type “cancel”.');
          // Show the waiting question again, so nobody has to scroll back past the emergency card.
          await innerDc.repromptDialog();
        }
        return { status: DialogTurnStatus.waiting };
      }
    }
    if (CANCEL.test(text) || verb === ACTIONS.screenCancel.verb) {
      await innerDc.cancelAllDialogs();
      await context.sendActivity('Cancelled. If a child is in immediate danger or home alone, call 999. Type “help” to see what I can do.');
      return { status: DialogTurnStatus.cancelled };
    }
    if (HELP.test(text)) {
      await sendHelp(this.services, context, engine);
      return { status: DialogTurnStatus.waiting };
    }
    return undefined;
  }
}
