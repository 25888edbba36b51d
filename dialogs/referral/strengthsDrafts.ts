/**
 * Saved strengths-based notes ("Save as a draft" on the note, "my notes"): save, list,
 * open, plain text, edit and delete, in the personal chat only. The notes live in the
 * escalation drafts' repository (bot/escalation/drafts.ts, kind 'strengthsNote'), so they share its
 * owner keys, eTag-checked writes, DRAFT_RETENTION_DAYS sweep and "forget me".
 *
 * The owner is always the Teams user behind the turn (`context.activity.from`); card data
 * only names a draft id, which is looked up under the caller's own key. What a note says
 * is personal data: it is never logged and never sent outside the personal chat.
 */
import type { TurnContext } from 'botbuilder';
import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { z } from 'zod';
import { ACTIONS, buildErrorCard, buildSavedStrengthsNoteCard, buildStrengthsNoteCard, buildStrengthsNotesListCard, strengthsNoteText, verbOf } from '../../cards';
import type { DialogLogger, NoteDrafts, StrengthsNoteDraft } from '../core/ports';
import type { Engine, Pack } from '../../rules';
import type { VerbHandler } from '../core/feature';
import { allowedHere, ownerOf, sendCard, sendUnreadable, type TriageServices } from '../core/services';

export interface StrengthsDraftsDeps {
  drafts: NoteDrafts;
  logger: DialogLogger;
}

const A = ACTIONS;
const NOTE_ACTIONS = [A.noteSave, A.noteList, A.noteOpen, A.noteText, A.noteEdit, A.noteDelete] as const;
const Verbs = z.discriminatedUnion('verb', [A.noteSave.schema, A.noteList.schema, A.noteOpen.schema, A.noteText.schema, A.noteEdit.schema, A.noteDelete.schema]);
type Verb = z.infer<typeof Verbs>;

export class StrengthsDraftsHandler implements VerbHandler {
  readonly actions = NOTE_ACTIONS;

  constructor(
    private readonly services: TriageServices,
    private readonly deps: StrengthsDraftsDeps,
  ) {
    if (!services || !deps?.drafts || !deps.logger) throw new TypeError('StrengthsDraftsHandler needs services, drafts and a logger');
  }

  async handle(step: WaterfallStepContext, value: unknown, engine: Engine): Promise<DialogTurnResult> {
    const { context } = step;
    const action = NOTE_ACTIONS.find((a) => a.verb === verbOf(value)) ?? A.noteList;
    if (!allowedHere(action, context)) {
      // A note is about a child: never saved, listed or shown outside the personal chat.
      await context.sendActivity('For the child’s privacy, I only help with notes in a personal chat. Open a chat with me and type “my notes”.');
      return step.endDialog();
    }
    const parsed = Verbs.safeParse(value);
    const owner = ownerOf(context);
    if (!parsed.success || !owner) {
      await this.cannotRead(context, engine.pack);
      return step.endDialog();
    }
    await this.act(context, engine, owner, parsed.data);
    return step.endDialog();
  }

  private async act(context: TurnContext, engine: Engine, owner: string, v: Verb): Promise<void> {
    const { drafts, logger } = this.deps;
    const retentionDays = drafts.retentionDays;
    switch (v.verb) {
      case A.noteList.verb: {
        const notes = await drafts.listNotes(owner);
        await sendCard(context, buildStrengthsNotesListCard({ pack: engine.pack, notes, retentionDays }));
        return;
      }
      case A.noteSave.verb: {
        const note = { workingWell: v.workingWell ?? '', worried: v.worried ?? '', next: v.next ?? '' };
        if (!note.workingWell.trim() && !note.worried.trim() && !note.next.trim()) {
          await context.sendActivity('There is nothing to save yet: write something under at least one heading, then press “Save as a draft”.');
          return;
        }
        if (v.draftId) {
          const res = await drafts.updateNote(owner, v.draftId, (d) => ({ ...d, note }));
          if (!res) return this.notFound(context, engine.pack);
          logger.info({ draftId: res.draft.id, kind: 'strengthsNote' }, 'strengths note draft changed');
          return this.show(context, res.draft, 'Your changes are saved.');
        }
        const saved = await drafts.createNote({ ownerId: owner, area: await this.services.areaFor(context), note });
        logger.info({ draftId: saved.id, kind: 'strengthsNote' }, 'strengths note saved as a draft');
        return this.show(context, saved, 'Saved as a draft.');
      }
      case A.noteOpen.verb:
      case A.noteText.verb:
      case A.noteEdit.verb: {
        const saved = await drafts.getNote(owner, v.draftId);
        if (!saved) return this.notFound(context, engine.pack);
        const pack = this.packOf(saved, engine);
        if (v.verb === A.noteEdit.verb) {
          const card = buildStrengthsNoteCard({ pack, values: saved.note, save: { retentionDays, draftId: saved.id } });
          if (card) await sendCard(context, card);
          else await context.sendActivity('This area’s guidance gives no strengths-based headings, so I cannot show the form. Open the note to copy its text.');
          return;
        }
        if (v.verb === A.noteOpen.verb) await this.show(context, saved);
        await context.sendActivity({ type: 'message', textFormat: 'plain', text: `Your saved note, as plain text to copy into your records.\n\n${strengthsNoteText(pack, saved.note)}` });
        return;
      }
      case A.noteDelete.verb: {
        if (!(await drafts.deleteNote(owner, v.draftId))) return this.notFound(context, engine.pack);
        logger.info({ draftId: v.draftId, kind: 'strengthsNote' }, 'strengths note draft deleted');
        await context.sendActivity('Deleted: I no longer hold that note. Type “my notes” to see any others.');
        return;
      }
    }
  }

  private packOf(saved: StrengthsNoteDraft, engine: Engine): Pack {
    return this.services.engines[saved.area]?.pack ?? engine.pack;
  }

  private async show(context: TurnContext, saved: StrengthsNoteDraft, status?: string): Promise<void> {
    const pack = this.services.engines[saved.area]?.pack;
    if (!pack) return this.cannotRead(context, (await this.engine(context)).pack);
    await sendCard(context, buildSavedStrengthsNoteCard({ pack, saved, retentionDays: this.deps.drafts.retentionDays, ...(status ? { status } : {}) }));
  }

  private async engine(context: TurnContext): Promise<Engine> {
    return this.services.engines[await this.services.areaFor(context)];
  }

  private async notFound(context: TurnContext, pack: Pack): Promise<void> {
    // The same words whether the note never existed, expired, or belongs to someone else.
    await sendCard(
      context,
      buildErrorCard({
        pack,
        title: 'I could not find that note',
        message: `Saved notes are deleted ${this.deps.drafts.retentionDays} days after their last change, and only their author can open them. Type “my notes” to see yours.`,
      }),
    );
  }

  private async cannotRead(context: TurnContext, pack: Pack): Promise<void> {
    await sendUnreadable(context, pack, 'Type “my notes” to see your saved notes.');
  }
}
