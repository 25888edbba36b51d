/**
 * Card verbs for referral help: "Prepare my referral" (the cited checklist, with
 * ticks kept in conversation state only), recording help, and the strengths-based
 * note (personal chat only; the note is sent back as plain text and not kept, unless the
 * practitioner presses "Save as a draft": see dialogs/strengthsDrafts.ts).
 */
import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { Dialog, DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { z } from 'zod';
import { buildErrorCard, buildRecordingHelpCard, buildReferralChecklistCard, buildStrengthsNoteCard, contactsFor, strengthsNoteText, tickId } from '../cards';
import { referralChecklist, REFERRAL_ITEM_KEYS, type Engine, type ReferralItemKey } from '../rules';
import { DisabilityCheckHandler } from './disabilityCheck';
import type { VerbHandler } from './mainDialog';
import { PrivateFosteringDialog, PrivateFosteringHandler } from './privateFosteringDialog';
import { isPersonal, sendCard, staleNote, type TriageServices } from './services';
import { STRENGTHS_DRAFT_COMMANDS, StrengthsDraftsHandler, type StrengthsDraftsDeps } from './strengthsDrafts';

/** What the checklist remembers: which items are ticked, for this conversation only. */
export interface ReferralTicks {
  ticked: ReferralItemKey[];
}

const RouteId = z.string().regex(/^[a-z0-9][a-z0-9_-]*$/).max(40);
const Prepare = z.object({ verb: z.literal('referral.prepare'), route: RouteId.optional() });
const Tick = z.object({ verb: z.literal('referral.tick'), route: RouteId.optional(), ...Object.fromEntries(REFERRAL_ITEM_KEYS.map((k) => [tickId(k), z.enum(['true', 'false']).optional()])) });
const NoteText = z.string().max(4000).optional();
const NoteCopy = z.object({ verb: z.literal('note.copy'), workingWell: NoteText, worried: NoteText, next: NoteText });
const Simple = z.object({ verb: z.enum(['recording.show', 'note.start', 'note.personalOnly']) });

export const REFERRAL_HELP_VERBS = ['referral.prepare', 'referral.tick', 'recording.show', 'note.start', 'note.personalOnly', 'note.copy'] as const;

export class ReferralHelpHandler implements VerbHandler {
  readonly verbs: string[] = [...REFERRAL_HELP_VERBS];

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
    const verb = (value as { verb?: unknown }).verb;
    if (verb === 'referral.prepare') {
      const v = Prepare.safeParse(value);
      if (!v.success) return this.bad(step, engine);
      await this.sendChecklist(context, engine, v.data.route);
      return step.endDialog();
    }
    if (verb === 'referral.tick') {
      const v = Tick.safeParse(value);
      if (!v.success) return this.bad(step, engine);
      const data = v.data as Record<string, unknown>;
      const ticked = REFERRAL_ITEM_KEYS.filter((k) => data[tickId(k)] === 'true');
      await this.ticks.set(context, { ticked });
      await this.sendChecklist(context, engine, v.data.route);
      return step.endDialog();
    }
    if (verb === 'note.copy') {
      if (!isPersonal(context)) return this.personalOnly(step);
      const v = NoteCopy.safeParse(value);
      if (!v.success) return this.bad(step, engine);
      const text = strengthsNoteText(engine.pack, { workingWell: v.data.workingWell ?? '', worried: v.data.worried ?? '', next: v.data.next ?? '' });
      await context.sendActivity({ type: 'message', textFormat: 'plain', text: `Your note, as plain text to copy into your records. I have not kept it.\n\n${text}` });
      return step.endDialog();
    }
    const v = Simple.safeParse(value);
    if (!v.success) return this.bad(step, engine);
    const at = this.services.clock();
    const stale = staleNote(engine, at, this.services.staleAfterDays);
    switch (v.data.verb) {
      case 'recording.show':
        await sendCard(context, buildRecordingHelpCard({ pack: engine.pack, contacts: contactsFor(engine.pack, [engine.pack.frontDoor], at), personal: isPersonal(context), ...(stale ? { stale } : {}) }));
        return step.endDialog();
      case 'note.start': {
        if (!isPersonal(context)) return this.personalOnly(step);
        const card = buildStrengthsNoteCard({ pack: engine.pack, ...(this.saving ? { save: { retentionDays: this.saving.retentionDays } } : {}) });
        if (!card) {
          await context.sendActivity('This area’s guidance gives no strengths-based headings. Follow your organisation’s recording procedure.');
          return step.endDialog();
        }
        await sendCard(context, card);
        return step.endDialog();
      }
      case 'note.personalOnly':
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
    await sendCard(step.context, buildErrorCard({ pack: engine.pack, title: 'I could not read that', message: 'That button did not carry what I expected, so I have not acted on it. Please try again, or type what you need.' }));
    return step.endDialog();
  }
}

/** Typed commands for referral help (also in the Teams command menu). */
export const REFERRAL_HELP_COMMANDS: { pattern: RegExp; verb: string }[] = [
  { pattern: /^(prepare (my )?referral|referral checklist)[\s.!?]*$/i, verb: 'referral.prepare' },
  { pattern: /^(recording|recording help|recording tips|strengths note)[\s.!?]*$/i, verb: 'recording.show' },
  { pattern: /^(private fostering check|check private fostering|is it private fostering)[\s.!?]*$/i, verb: 'pf.start' },
  { pattern: /^(disability check|disabilities check|cwd check|children with disabilities check)[\s.!?]*$/i, verb: 'cwd.start' },
];

/**
 * Everything referral help adds to the root dialog: child dialogs, verb handlers and typed commands.
 * With `notes` (the drafts repository), the strengths note can be saved as a draft and "my notes" lists them.
 */
export function createReferralHelp(
  services: TriageServices,
  ticks: StatePropertyAccessor<ReferralTicks>,
  notes?: StrengthsDraftsDeps,
): { dialogs: Dialog[]; handlers: VerbHandler[]; commands: { pattern: RegExp; verb: string }[] } {
  return {
    dialogs: [new PrivateFosteringDialog(services)],
    handlers: [
      new ReferralHelpHandler(services, ticks, notes ? { retentionDays: notes.drafts.retentionDays } : undefined),
      new PrivateFosteringHandler(),
      new DisabilityCheckHandler(services),
      ...(notes ? [new StrengthsDraftsHandler(services, notes)] : []),
    ],
    commands: [...REFERRAL_HELP_COMMANDS, ...(notes ? STRENGTHS_DRAFT_COMMANDS : [])],
  };
}
