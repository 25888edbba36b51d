/**
 * The Escalation Notice, drafted in the author's personal chat: the form, the draft
 * with its working-day due date, "Next stage", and sharing a redacted copy to a team
 * channel. Each card press starts this dialog for one turn; the draft itself lives in
 * storage (bot/escalation/drafts.ts), so a card pressed days later (from a reminder) still works.
 *
 * Identity comes from `context.activity.from` on every action; card data only names a
 * draft id, which is looked up under the caller's own key.
 */
import { type Activity, type ConversationReference, TeamsInfo, type TurnContext, TurnContext as TC } from 'botbuilder';
import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { ComponentDialog, WaterfallDialog } from '../core/framework';
import { z } from 'zod';
import { ACTIONS, buildErrorCard } from '../../cards';
import { buildNoticeCard } from '../../cards/notice';
import { buildNoticeFormCard } from '../../cards/noticeForm';
import { buildNoticeNextCard } from '../../cards/noticeNext';
import { buildShareChooserCard, buildSharedNoticeCard } from '../../cards/noticeShared';
import { type Engine, type Pack, londonTime, nextStage, stageById } from '../../rules';
import {
  checkStageDate,
  CONTACT_METHODS,
  planStage,
  redactForChannel,
  referenceNumber,
  validateNotice,
  type ContactMethod,
  type NoticeInput,
  type NoticeRawValues,
  type NoticeView,
} from '../../rules/notice';
import type { DialogLogger, DraftRecord, NoticeDrafts, ProactiveSend } from '../core/ports';
import { allowedHere, ownerOf, reportEscalation, sendCard, sendUnreadable, type TriageServices } from '../core/services';
import { cardMessage } from '../core/turn';

export const ESCALATION_NOTICE_DIALOG = 'escalationNoticeDialog';
const NOTICE_FLOW = 'escalationNoticeFlow';

const A = ACTIONS;
/** The notice's card actions (cards/actions.ts declares each one's value and that it runs in a personal chat only). */
export const NOTICE_ACTIONS = [A.noticeStart, A.noticeSubmit, A.noticeEdit, A.noticeOpen, A.noticeNext, A.noticeShare, A.noticeShareTo] as const;
const NoticeVerbs = z.discriminatedUnion('verb', [A.noticeStart.schema, A.noticeSubmit.schema, A.noticeEdit.schema, A.noticeOpen.schema, A.noticeNext.schema, A.noticeShare.schema, A.noticeShareTo.schema]);
type NoticeVerb = z.infer<typeof NoticeVerbs>;

export interface NoticeOptions {
  value: unknown;
}

export interface NoticeDeps {
  drafts: NoticeDrafts;
  logger: DialogLogger;
  /** Posts into a stored conversation (a team channel). */
  send: ProactiveSend;
  /** The author's name and email from their Teams profile; default TeamsInfo.getMember. */
  profile?: (context: TurnContext) => Promise<{ name?: string; email?: string }>;
  /** Whether the user behind this turn is a member of the team; default TeamsInfo.getTeamMember. */
  isTeamMember?: (context: TurnContext, teamId: string) => Promise<boolean>;
}

function tenantOf(context: TurnContext): string | undefined {
  const a = context.activity;
  const cd = a.channelData as { tenant?: { id?: unknown } } | undefined;
  return a.conversation?.tenantId ?? (typeof cd?.tenant?.id === 'string' ? cd.tenant.id : undefined);
}

async function teamsProfile(context: TurnContext): Promise<{ name?: string; email?: string }> {
  const fallback = context.activity.from?.name ? { name: context.activity.from.name } : {};
  try {
    const member = await Promise.race([
      TeamsInfo.getMember(context, context.activity.from.id),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('profile timeout')), 3000).unref()),
    ]);
    const email = member.email || member.userPrincipalName;
    return { name: member.name || fallback.name, ...(email ? { email } : {}) };
  } catch {
    return fallback;
  }
}

/** Asks the Bot Connector whether this turn's user is in the team (404 or 403: not a member; any failure: no). */
async function teamsIsTeamMember(context: TurnContext, teamId: string): Promise<boolean> {
  try {
    const member = await Promise.race([
      TeamsInfo.getTeamMember(context, teamId, context.activity.from.id),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('membership timeout')), 3000).unref()),
    ]);
    return Boolean(member?.id);
  } catch {
    return false;
  }
}

function asRaw(input: NoticeInput): NoticeRawValues {
  return { ...input };
}

export class EscalationNoticeDialog extends ComponentDialog {
  constructor(
    private readonly services: TriageServices,
    private readonly deps: NoticeDeps,
  ) {
    super(ESCALATION_NOTICE_DIALOG);
    if (!services || !deps?.drafts || !deps.logger || !deps.send) throw new TypeError('EscalationNoticeDialog needs services, drafts, a logger and send');
    this.addDialog(new WaterfallDialog(NOTICE_FLOW, [this.actStep.bind(this)]));
    this.initialDialogId = NOTICE_FLOW;
  }

  private async actStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { context } = step;
    const engine = this.services.engines[await this.services.areaFor(context)];
    const parsed = NoticeVerbs.safeParse((step.options as NoticeOptions | undefined)?.value);
    if (!parsed.success) {
      await this.cannotRead(context, engine.pack);
      return step.endDialog();
    }
    const action = NOTICE_ACTIONS.find((a) => a.verb === parsed.data.verb) ?? A.noticeStart;
    if (!allowedHere(action, context)) {
      // The notice holds a child's details: never drafted, shown or shared from a group chat or channel.
      await context.sendActivity('For the child’s privacy, I only draft escalation notices in a personal chat. Open a chat with me and type “escalate”.');
      return step.endDialog();
    }
    const owner = ownerOf(context);
    if (!owner) {
      await this.cannotRead(context, engine.pack);
      return step.endDialog();
    }
    await this.act(context, engine, owner, parsed.data);
    return step.endDialog();
  }

  private async act(context: TurnContext, engine: Engine, owner: string, v: NoticeVerb): Promise<void> {
    if (v.verb === A.noticeStart.verb) return this.start(context, engine, owner, v.stage);
    const draft = await this.deps.drafts.get(owner, v.draftId);
    if (!draft) return this.notFound(context, engine.pack);
    const pack = this.services.engines[draft.area]?.pack ?? engine.pack;
    switch (v.verb) {
      case A.noticeSubmit.verb:
        return this.submit(context, pack, owner, draft, v);
      case A.noticeEdit.verb:
        return this.showForm(context, pack, draft, draft.lastInput ?? (draft.input ? asRaw(draft.input) : {}), {});
      case A.noticeOpen.verb:
        return draft.input ? sendCard(context, buildNoticeCard({ pack, draftId: draft.id, notice: view(draft, draft.input) })) : this.showForm(context, pack, draft, draft.lastInput ?? {}, {});
      case A.noticeNext.verb:
        return this.next(context, pack, owner, draft, v);
      case A.noticeShare.verb:
        return this.share(context, draft);
      case A.noticeShareTo.verb:
        return this.shareTo(context, pack, owner, draft, v.channel);
    }
  }

  private async start(context: TurnContext, engine: Engine, owner: string, stageId: string | undefined): Promise<void> {
    const { pack } = engine;
    const esc = pack.escalation;
    const stage = stageId ? stageById(pack, stageId) : esc?.stages[0];
    if (!esc || !stage) return this.cannotRead(context, pack);
    const today = londonTime(this.services.clock()).date;
    const profile = await (this.deps.profile ?? teamsProfile)(context);
    const copiedTo = [...new Set([...stage.copyTo, ...esc.notice.copyTo])].join('; ');
    const prefill: NoticeRawValues = { date: today, copiedTo, ...(profile.name ? { completedByName: profile.name } : {}), ...(profile.email ? { completedByContact: profile.email } : {}) };
    const draft = await this.deps.drafts.create({
      ownerId: owner,
      area: await this.services.areaFor(context),
      stageId: stage.id,
      lastInput: prefill,
      conversation: TC.getConversationReference(context.activity) as Partial<ConversationReference>,
      reference: (id) => referenceNumber(today, id),
    });
    this.deps.logger.info({ draftId: draft.id, stage: stage.id }, 'escalation notice started');
    await this.showForm(context, pack, draft, prefill, {});
  }

  private async showForm(context: TurnContext, pack: Pack, draft: DraftRecord, values: NoticeRawValues, errors: Record<string, string>): Promise<void> {
    const stage = stageById(pack, draft.stageId);
    if (!stage) return this.cannotRead(context, pack);
    const plan = planStage(pack, stage.id, londonTime(this.services.clock()).date);
    await sendCard(context, buildNoticeFormCard({ pack, draftId: draft.id, stage, addressee: plan?.addressee ?? { to: stage.to }, values, errors, today: londonTime(this.services.clock()).date }));
  }

  private async submit(context: TurnContext, pack: Pack, owner: string, draft: DraftRecord, data: Record<string, unknown>): Promise<void> {
    const today = londonTime(this.services.clock()).date;
    const checked = validateNotice(data, today);
    if (!checked.ok) {
      // Keep what was typed (in storage too), and say what to fix next to each field.
      await this.deps.drafts.update(owner, draft.id, (d) => ({ ...d, lastInput: checked.values }));
      this.deps.logger.info({ draftId: draft.id, fields: Object.keys(checked.errors) }, 'escalation notice needs correcting');
      return this.showForm(context, pack, draft, checked.values, checked.errors as Record<string, string>);
    }
    const input = checked.value;
    // How it was raised at this stage: optional on the form card (the Teams window's form does not ask).
    const how = (CONTACT_METHODS as readonly string[]).includes(String(data.sentHow ?? '')) ? (data.sentHow as ContactMethod) : undefined;
    const updated = await this.deps.drafts.update(owner, draft.id, (d) => {
      const sentOn = d.history.length === 0 ? input.date : (d.sentOn ?? input.date);
      const plan = planStage(pack, d.stageId, sentOn);
      const { lastInput: _dropped, dueOn: _oldDue, ...rest } = d;
      return { ...rest, input, sentOn, ...(how ? { sentHow: how } : {}), ...(plan?.dueOn ? { dueOn: plan.dueOn } : {}) };
    });
    if (!updated) return this.notFound(context, pack);
    const saved = await this.rescheduleIfNeeded(owner, updated.draft);
    this.deps.logger.info({ draftId: draft.id, stage: saved.stageId }, 'escalation notice drafted');
    // The first complete notice starts the escalation; saving it again after an edit does not.
    if (!draft.input && draft.history.length === 0) await reportEscalation(this.services, context, { action: 'started', stage: saved.stageId, engine: this.engineOf(pack) });
    await sendCard(context, buildNoticeCard({ pack, draftId: saved.id, notice: view(saved, input) }));
  }

  /** Makes the stored reminder match the draft's current stage and due date. */
  private async rescheduleIfNeeded(owner: string, draft: DraftRecord): Promise<DraftRecord> {
    const wanted = draft.dueOn ? this.deps.drafts.reminderKey(draft.dueOn, draft.id) : undefined;
    if (draft.reminderKey === wanted) return draft;
    const key = await this.deps.drafts.scheduleReminder(draft);
    const res = await this.deps.drafts.update(owner, draft.id, (d) => {
      const { reminderKey: _old, ...rest } = d;
      return key ? { ...rest, reminderKey: key } : rest;
    });
    return res?.draft ?? draft;
  }

  /**
   * "Next stage": first asks when and how it was raised at the next stage (the card carries no
   * date); with a date and a way, moves the notice on and counts the due date from that date.
   */
  private async next(context: TurnContext, pack: Pack, owner: string, draft: DraftRecord, v: { fromStage: string; date?: string | undefined; how?: string | undefined }): Promise<void> {
    const { fromStage } = v;
    const today = londonTime(this.services.clock()).date;
    const from = stageById(pack, draft.stageId);
    const target = nextStage(pack, draft.stageId);
    if (draft.input && draft.stageId === fromStage && from && target) {
      const earliest = draft.sentOn ?? draft.input.date;
      const how = (CONTACT_METHODS as readonly string[]).includes(v.how ?? '') ? (v.how as ContactMethod) : undefined;
      const base = { pack, draftId: draft.id, reference: draft.reference, from, to: target, today, earliest: earliest > today ? today : earliest };
      if (v.date === undefined && v.how === undefined) return sendCard(context, buildNoticeNextCard(base));
      const checked = checkStageDate(v.date, { today, earliest: base.earliest });
      if (!checked.ok || !how) {
        const error = !checked.ok ? checked.message : 'Choose how you raised it: phone call, email or meeting.';
        return sendCard(context, buildNoticeNextCard({ ...base, ...(v.date ? { date: v.date.slice(0, 10) } : {}), ...(how ? { how } : {}), error }));
      }
      v = { ...v, date: checked.date, how };
    }
    const sentOn = v.date ?? today;
    const sentHow = v.how as ContactMethod | undefined;
    const res = await this.deps.drafts.update(owner, draft.id, (d) => {
      // Only from the stage the card showed, and only with a date: a second click (or an old card) changes nothing.
      if (!d.input || d.stageId !== fromStage || v.date === undefined) return undefined;
      const to = nextStage(pack, d.stageId);
      if (!to) return undefined;
      const plan = planStage(pack, to.id, sentOn);
      const { dueOn: _oldDue, sentHow: _oldHow, ...rest } = d;
      return {
        ...rest,
        history: [...d.history, { stageId: d.stageId, sentOn: d.sentOn ?? today, ...(d.dueOn ? { dueOn: d.dueOn } : {}), ...(d.sentHow ? { how: d.sentHow } : {}) }],
        stageId: to.id,
        sentOn,
        ...(sentHow ? { sentHow } : {}),
        ...(plan?.dueOn ? { dueOn: plan.dueOn } : {}),
      };
    });
    if (!res) return this.notFound(context, pack);
    if (!res.draft.input) return this.showForm(context, pack, res.draft, res.draft.lastInput ?? {}, {});
    if (!res.changed) {
      const stage = stageById(pack, res.draft.stageId);
      const last = !nextStage(pack, res.draft.stageId);
      await context.sendActivity(
        res.draft.stageId !== fromStage
          ? `This notice has already moved on to stage ${(stage?.order ?? 0) + 1}: ${stage?.title ?? ''}. Here it is as it stands.`
          : last
            ? 'This is the last stage of the ladder. The Safeguarding Children and Quality Assurance Unit can offer consultation and help resolve it (see the notice for the contact).'
            : 'I could not move this notice on.',
      );
      await sendCard(context, buildNoticeCard({ pack, draftId: res.draft.id, notice: view(res.draft, res.draft.input) }));
      return;
    }
    const saved = await this.rescheduleIfNeeded(owner, res.draft);
    this.deps.logger.info({ draftId: draft.id, stage: saved.stageId }, 'escalation notice moved to the next stage');
    await reportEscalation(this.services, context, { action: 'advanced', stage: saved.stageId, engine: this.engineOf(pack) });
    await sendCard(context, buildNoticeCard({ pack, draftId: saved.id, notice: view(saved, res.draft.input), status: 'Moved on.' }));
  }

  private async share(context: TurnContext, draft: DraftRecord): Promise<void> {
    if (!draft.input) {
      await context.sendActivity('Finish the notice first: then you can share a redacted copy with a team.');
      return;
    }
    const tenant = tenantOf(context);
    const recorded = tenant ? await this.deps.drafts.channelsFor(tenant) : [];
    // Only channels of teams the author belongs to.
    const member = new Map<string, boolean>();
    for (const teamId of new Set(recorded.map((c) => c.record.teamId))) member.set(teamId, await this.isMember(context, teamId));
    const channels = recorded.filter((c) => member.get(c.record.teamId));
    const choices = channels.map(({ key, record }) => ({ title: `${record.teamName ?? 'Team'} › ${record.channelName ?? 'channel'}`, value: key }));
    await sendCard(context, buildShareChooserCard({ draftId: draft.id, reference: draft.reference, choices }));
  }

  private async shareTo(context: TurnContext, pack: Pack, owner: string, draft: DraftRecord, key: string | undefined): Promise<void> {
    const tenant = tenantOf(context);
    if (!draft.input || !key || !tenant || !key.startsWith(`channels/${encodeURIComponent(tenant)}/`)) return this.cannotRead(context, pack);
    const channel = await this.deps.drafts.channel(key);
    if (!channel || channel.tenantId !== tenant) {
      await context.sendActivity('I am no longer in that channel. Type “escalate”, open your notice and choose another.');
      return;
    }
    if (!(await this.isMember(context, channel.teamId))) {
      this.deps.logger.warn({ draftId: draft.id }, 'share to a team the user is not a member of refused');
      await context.sendActivity('You can only share a notice with a team you are a member of.');
      return;
    }
    const shared = redactForChannel(pack, { reference: draft.reference, input: draft.input, stageId: draft.stageId, sentOn: draft.sentOn ?? draft.input.date, ...(draft.dueOn ? { dueOn: draft.dueOn } : {}) });
    const card = buildSharedNoticeCard(pack, shared);
    const activity: Partial<Activity> = cardMessage(card);
    try {
      await this.deps.send(channel.conversation, activity);
    } catch (err) {
      const status = (err as { statusCode?: unknown })?.statusCode;
      this.deps.logger.warn({ draftId: draft.id, status }, 'could not post the redacted notice');
      if (status === 403 || status === 404) await this.deps.drafts.removeTeam(channel.tenantId, channel.teamId);
      await context.sendActivity('I could not post to that channel (I may have been removed from the team). Your notice is unchanged here.');
      return;
    }
    await this.deps.drafts.update(owner, draft.id, (d) => ({ ...d, shared: [...d.shared, { channelKey: key, at: this.services.clock().toISOString() }] }));
    this.deps.logger.info({ draftId: draft.id }, 'redacted escalation notice posted to a channel');
    await context.sendActivity(
      `Posted notice ${draft.reference} to ${channel.teamName ?? 'the team'} › ${channel.channelName ?? 'channel'}: the child’s initials, the stage, who it went to and the due date only. The full notice stays here.`,
    );
  }

  private isMember(context: TurnContext, teamId: string): Promise<boolean> {
    return (this.deps.isTeamMember ?? teamsIsTeamMember)(context, teamId);
  }

  private async notFound(context: TurnContext, pack: Pack): Promise<void> {
    // The same words whether the draft never existed, expired, or belongs to someone else.
    await sendCard(
      context,
      buildErrorCard({ pack, title: 'I could not find that notice', message: 'Drafts are deleted after a while, and only their author can open them. Type “escalate” to start a new one.' }),
    );
  }

  /** The engine whose pack this is (every pack here came from one). */
  private engineOf(pack: Pack): Engine {
    const engines = Object.values(this.services.engines) as Engine[];
    return engines.find((e) => e.pack === pack) ?? engines.find((e) => e.pack.id === pack.id) ?? (engines[0] as Engine);
  }

  private async cannotRead(context: TurnContext, pack: Pack): Promise<void> {
    await sendUnreadable(context, pack, 'Type “escalate” to start again.');
  }
}

function view(draft: DraftRecord, input: NoticeInput): NoticeView {
  return {
    reference: draft.reference,
    input,
    stageId: draft.stageId,
    sentOn: draft.sentOn ?? input.date,
    ...(draft.sentHow ? { sentHow: draft.sentHow } : {}),
    ...(draft.dueOn ? { dueOn: draft.dueOn } : {}),
    history: draft.history,
  };
}
