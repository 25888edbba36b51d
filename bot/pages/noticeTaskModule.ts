/**
 * The Escalation Notice form as a Teams dialog (task module), opened from the
 * notice form card's "Open the form in a window" button (Action.Submit with
 * `msteams: { type: 'task/fetch' }`). The card form stays the fallback.
 *
 * - task/fetch: checks the button's data and that the draft is the caller's own,
 *   then answers with the page's URL (web/notice-form.html). Only ids go in the
 *   URL: the draft id, the area and the stage; nothing typed, nothing personal.
 * - task/submit: the page sends what the card form would (`notice.submit`, the draft
 *   id and the fields) with dialog.url.submit. A draft that is not the caller's (or is
 *   gone) is answered "I could not find that notice" and nothing runs. Otherwise it is checked with the same zod schema
 *   as the card form (validateNotice / NoticeInputSchema), then handed to the root
 *   dialog exactly as a card submit would be: the notice dialog saves the draft and
 *   shows the notice in the chat, or shows the card form again with its messages.
 *
 * Identity comes from `context.activity.from`; field values are never logged.
 */
import type { TaskModuleRequest, TaskModuleResponse, TurnContext } from 'botbuilder';
import type { Dialog, DialogState } from 'botbuilder-dialogs';
import { runDialog } from '../../dialogs/core/framework';
import type { StatePropertyAccessor } from 'botbuilder';
import type { VerbHandler } from '../../dialogs/core/feature';
import { ACTIONS } from '../../cards/actions';
import { allowedHere, ownerOf } from '../../dialogs/core/services';
import { type Area, type Engine, londonTime } from '../../rules';
import { rawNoticeValues, validateNotice } from '../../rules/notice';
import { activityLogFields, type Logger } from '../edge/logger';
import type { TaskModuleHandler } from '../edge/teamsBot';

const NOT_FOUND = 'I could not find that notice. Drafts are deleted after a while, and only their author can open them. Type “escalate” to start a new one.';
export const NOTICE_FORM_PAGE = '/web/notice-form.html';

/** The part of the drafts store this needs: a draft by owner and id (undefined if not theirs). */
export interface NoticeDraftLookup {
  get(ownerId: string, draftId: string): Promise<{ id: string; stageId: string; area: Area } | undefined>;
}

export interface NoticeTaskModuleDeps {
  engines: Readonly<Record<Area, Engine>>;
  clock: () => Date;
  logger: Logger;
  /** Public https base URL of the bot; without it Teams cannot open the page, so the card form is used. */
  publicBaseUrl: string | undefined;
  drafts: NoticeDraftLookup;
  /** The root dialog (built after the features, so asked for when needed) and its state: a submit continues the notice flow through it, as a card submit does. */
  dialog: () => Dialog;
  dialogState: StatePropertyAccessor<DialogState>;
}

const FetchData = ACTIONS.noticeForm.schema;
// Only the envelope: the form's fields are checked with validateNotice below.
const SubmitEnvelope = ACTIONS.noticeSubmit.schema;

function message(text: string): TaskModuleResponse {
  return { task: { type: 'message', value: text } };
}

/** The page URL for a draft: ids only. */
export function noticeFormUrl(base: string, draft: { id: string; stageId: string; area: Area }): string {
  const q = new URLSearchParams({ draftId: draft.id, area: draft.area, stage: draft.stageId });
  return `${base.replace(/\/+$/, '')}${NOTICE_FORM_PAGE}?${q.toString()}`;
}

/**
 * "Open the form in a window" pressed where dialogs don't open (the button then arrives as a
 * plain card submit): show the card form again, through the notice dialog's own `notice.edit`.
 */
export function noticeFormFallback(notice: VerbHandler): VerbHandler {
  return {
    actions: [ACTIONS.noticeForm],
    handle: (step, value, engine) => {
      const parsed = FetchData.safeParse(value);
      return notice.handle(step, parsed.success ? ACTIONS.noticeEdit.value({ draftId: parsed.data.draftId }) : { verb: ACTIONS.noticeEdit.verb }, engine);
    },
  };
}

export class NoticeTaskModule implements TaskModuleHandler {
  constructor(private readonly deps: NoticeTaskModuleDeps) {
    if (!deps.engines || !deps.drafts || !deps.dialog || !deps.dialogState || !deps.logger || typeof deps.clock !== 'function') {
      throw new TypeError('NoticeTaskModule needs engines, drafts, the root dialog and its state, a clock and a logger');
    }
  }

  async fetch(context: TurnContext, request: TaskModuleRequest): Promise<TaskModuleResponse> {
    const parsed = FetchData.safeParse(request?.data);
    if (!parsed.success) {
      this.deps.logger.info({ ...activityLogFields(context.activity) }, 'unrecognised task/fetch data');
      return message('That button did not carry what I expected. Use the form in the chat, or type “escalate” to start again.');
    }
    if (!allowedHere(ACTIONS.noticeForm, context)) return message('For the child’s privacy, I only draft escalation notices in a personal chat.');
    const draft = await this.deps.drafts.get(ownerOf(context), parsed.data.draftId);
    if (!draft) return message(NOT_FOUND);
    if (!this.deps.publicBaseUrl?.startsWith('https://')) {
      // Teams opens only https pages on the app's domain: the card form in the chat does the same job.
      return message('The form window is not available here. Use the form in the chat: it does the same.');
    }
    const title = this.deps.engines[draft.area]?.pack.escalation?.notice.title ?? 'Escalation Notice';
    const url = noticeFormUrl(this.deps.publicBaseUrl, draft);
    this.deps.logger.info({ draftId: draft.id, ...activityLogFields(context.activity) }, 'notice form dialog opened');
    return { task: { type: 'continue', value: { title, url, fallbackUrl: url, width: 'large', height: 'large' } } };
  }

  async submit(context: TurnContext, request: TaskModuleRequest): Promise<TaskModuleResponse> {
    const data: unknown = request?.data;
    const envelope = SubmitEnvelope.safeParse(data);
    if (!envelope.success) {
      this.deps.logger.info({ ...activityLogFields(context.activity) }, 'unrecognised task/submit data');
      return message('I could not read that form, so I have not saved anything. Use the form in the chat, or type “escalate” to start again.');
    }
    if (!allowedHere(ACTIONS.noticeSubmit, context)) return message('For the child’s privacy, I only draft escalation notices in a personal chat.');
    // Only the author's own draft: anyone else's (or one gone) is answered as the dialog would, and nothing runs.
    if (!(await this.deps.drafts.get(ownerOf(context), envelope.data.draftId))) {
      this.deps.logger.info({ draftId: envelope.data.draftId, ...activityLogFields(context.activity) }, 'notice form dialog submitted for a draft that is not the caller’s');
      return message(NOT_FOUND);
    }
    // The same schema as the card form; the notice dialog checks again when it saves.
    const checked = validateNotice(data, londonTime(this.deps.clock()).date);
    const value = { ...rawNoticeValues(data), ...ACTIONS.noticeSubmit.value({ draftId: envelope.data.draftId }) };
    this.deps.logger.info(
      { draftId: envelope.data.draftId, valid: checked.ok, ...(checked.ok ? {} : { fields: Object.keys(checked.errors) }), ...activityLogFields(context.activity) },
      'notice form dialog submitted',
    );
    // Continue the notice flow as the card form does: the root dialog with the card's value.
    context.activity.value = value;
    await runDialog(this.deps.dialog(), context, this.deps.dialogState);
    return message(
      checked.ok
        ? 'Thank you. Your draft notice is in your chat with the bot.'
        : 'Some answers need checking. The form is in your chat with the bot, with what you typed and a message under each answer to check.',
    );
  }
}
