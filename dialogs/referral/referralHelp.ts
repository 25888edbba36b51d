/**
 * Card verbs for referral help: "Prepare my referral" (the cited checklist, with
 * ticks kept in conversation state only), recording help, and the strengths-based
 * note (personal chat only; the note is sent back as plain text and not kept, unless the
 * practitioner presses "Save as a draft": see dialogs/referral/strengthsDrafts.ts).
 */
import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { ACTIONS, buildRecordingHelpCard, buildReferralChecklistCard, buildStrengthsNoteCard, contactsFor, strengthsNoteText, tickId, verbOf } from '../../cards';
import { referralChecklist, REFERRAL_ITEM_KEYS, type Engine, type ReferralItemKey } from '../../rules';
import { DisabilityCheckHandler } from './disabilityCheck';
import type { DialogFeature, VerbHandler } from '../core/feature';
import { PrivateFosteringDialog, PrivateFosteringHandler } from './privateFosteringDialog';
import { allowedHere, isPersonal, sendCard, sendUnreadable, staleNote, type TriageServices } from '../core/services';
import { StrengthsDraftsHandler, type StrengthsDraftsDeps } from './strengthsDrafts';

/** What the checklist remembers: which items are ticked, for this conversation only. */
export interface ReferralTicks {
  ticked: ReferralItemKey[];
}

const A = ACTIONS;

export class ReferralHelpHandler implements VerbHandler {
  readonly actions = [A.referralPrepare, A.referralTick, A.recordingShow, A.noteStart, A.notePersonalOnly, A.noteCopy];

  constructor(
    private readonly services: TriageServices,
    private readonly ticks: StatePropertyAccessor<ReferralTicks>,
    /** When notes can be saved as drafts: how long a saved note is kept. */
    private readonly saving?: { retentionDays: number },
  ) {
    if (!services || !ticks) throw new Error('ReferralHelpHandler needs services and a conversation-state accessor');
  }

  async handle(step: WaterfallStepContext, value: unknown, engine: Engine): Promise<DialogTurnResult> {
    const { context } = step;
    const verb = verbOf(value);
    if (verb === A.referralPrepare.verb) {
      const v = A.referralPrepare.schema.safeParse(value);
      if (!v.success) return this.bad(step, engine);
      await this.sendChecklist(context, engine, v.data.route);
      return step.endDialog();
    }
    if (verb === A.referralTick.verb) {
      const v = A.referralTick.schema.safeParse(value);
      if (!v.success) return this.bad(step, engine);
      const data = v.data as Record<string, unknown>;
      const ticked = REFERRAL_ITEM_KEYS.filter((k) => data[tickId(k)] === 'true');
      await this.ticks.set(context, { ticked });
      await this.sendChecklist(context, engine, v.data.route);
      return step.endDialog();
    }
    if (verb === A.noteCopy.verb) {
      if (!allowedHere(A.noteCopy, context)) return this.personalOnly(step);
      const v = A.noteCopy.schema.safeParse(value);
      if (!v.success) return this.bad(step, engine);
      const text = strengthsNoteText(engine.pack, { workingWell: v.data.workingWell ?? '', worried: v.data.worried ?? '', next: v.data.next ?? '' });
      await context.sendActivity({ type: 'message', textFormat: 'plain', text: `Your note, as plain text to copy into your records. I have not kept it.\n\n${text}` });
      return step.endDialog();
    }
    const v = [A.recordingShow, A.noteStart, A.notePersonalOnly].find((a) => a.verb === verb && a.schema.safeParse(value).success);
    if (!v) return this.bad(step, engine);
    const at = this.services.clock();
    const stale = staleNote(engine, at, this.services.staleAfterDays);
    switch (v.verb) {
      case A.recordingShow.verb:
        await sendCard(context, buildRecordingHelpCard({ pack: engine.pack, contacts: contactsFor(engine.pack, [engine.pack.frontDoor], at), personal: isPersonal(context), ...(stale ? { stale } : {}) }));
        return step.endDialog();
      case A.noteStart.verb: {
        if (!allowedHere(A.noteStart, context)) return this.personalOnly(step);
        const card = buildStrengthsNoteCard({ pack: engine.pack, ...(this.saving ? { save: { retentionDays: this.saving.retentionDays } } : {}) });
        if (!card) {
          await context.sendActivity('This area’s guidance gives no strengths-based headings. Follow your organisation’s recording procedure.');
          return step.endDialog();
        }
        await sendCard(context, card);
        return step.endDialog();
      }
      case A.notePersonalOnly.verb:
        return this.personalOnly(step);
    }
  }

  private async sendChecklist(context: TurnContext, engine: Engine, routeId: string | undefined): Promise<void> {
    const { pack } = engine;
    const at = this.services.clock();
    const route = routeId ? engine.route(routeId) : undefined;
    const state = await this.ticks.get(context, { ticked: [] });
    const door = pack.contacts.find((c) => c.id === pack.frontDoor);
    const contactIds = route ? route.contacts : [pack.frontDoor, ...(door?.outOfHours ? [door.outOfHours] : [])];
    const stale = staleNote(engine, at, this.services.staleAfterDays);
    await sendCard(
      context,
      buildReferralChecklistCard({
        pack,
        items: referralChecklist(pack),
        ticked: state?.ticked ?? [],
        ...(route ? { route: { id: route.id, title: route.title } } : {}),
        contacts: contactsFor(pack, contactIds, at),
        ...(stale ? { stale } : {}),
      }),
    );
  }

  private async personalOnly(step: WaterfallStepContext): Promise<DialogTurnResult> {
    await step.context.sendActivity('For the child’s privacy, I only help with notes in a personal chat. Open a chat with me and type “recording”.');
    return step.endDialog();
  }

  private async bad(step: WaterfallStepContext, engine: Engine): Promise<DialogTurnResult> {
    await sendUnreadable(step.context, engine.pack, 'Please try again, or type what you need.');
    return step.endDialog();
  }
}

/**
 * Everything referral help adds to the root dialog: child dialogs and action handlers (their typed words are in cards/actions.ts).
 * With `notes` (the drafts repository), the strengths note can be saved as a draft and "my notes" lists them.
 */
export function createReferralHelp(
  services: TriageServices,
  ticks: StatePropertyAccessor<ReferralTicks>,
  notes?: StrengthsDraftsDeps,
): Required<DialogFeature> {
  return {
    name: 'referral',
    dialogs: [new PrivateFosteringDialog(services)],
    handlers: [
      new ReferralHelpHandler(services, ticks, notes ? { retentionDays: notes.drafts.retentionDays } : undefined),
      new PrivateFosteringHandler(),
      new DisabilityCheckHandler(services),
      ...(notes ? [new StrengthsDraftsHandler(services, notes)] : []),
    ],
  };
}
