/**
 * The escalation notice feature, wired: drafts over the bot's storage, the notice
 * dialog and its verbs, "forget me", the reminder scheduler and the middleware that
 * records the team channels the bot can post to. bot/app.ts lists it with the other features.
 */
import type { ConversationReference, Middleware, TurnContext } from 'botbuilder';
import { TurnContext as TC } from 'botbuilder';
import type { WaterfallStepContext } from 'botbuilder-dialogs';
import { buildNoticeReminderCard } from '../../cards/noticeReminder';
import { londonTime } from '../../rules';
import { ESCALATION_NOTICE_DIALOG, EscalationNoticeDialog, NOTICE_ACTIONS, type NoticeOptions } from '../../dialogs/escalation';
import type { VerbHandler } from '../../dialogs/core/feature';
import { ownerOf, type TriageServices } from '../../dialogs/core/services';
import { DraftRepository } from './drafts';
import { activityLogFields, type Logger } from '../edge/logger';
import type { Proactive } from '../edge/proactive';
import { ReminderScheduler, type ProactiveSend } from './reminders';
import type { Feature } from '../feature';
import type { StorageHandle } from '../storage';

export interface EscalationFeatureOptions {
  services: TriageServices;
  storage: StorageHandle;
  logger: Logger;
  retentionDays: number;
  /** Proactive messages: reminders in the author's chat, redacted notices in a team channel. */
  proactive: Proactive;
  /** Seconds between reminder ticks; 0 = no timer. */
  reminderIntervalSeconds: number;
}

export interface EscalationFeature extends Feature {
  drafts: DraftRepository;
  dialog: EscalationNoticeDialog;
  /** The notice dialog's verbs (the Teams pages' form window falls back to it). */
  handler: VerbHandler;
  reminders: ReminderScheduler;
}

export function createEscalationFeature(o: EscalationFeatureOptions): EscalationFeature {
  const drafts = new DraftRepository(o.storage, { retentionDays: o.retentionDays, clock: o.services.clock });
  const send: ProactiveSend = o.proactive.send;
  const dialog = new EscalationNoticeDialog(o.services, { drafts, logger: o.logger, send });
  const handler: VerbHandler = {
    actions: NOTICE_ACTIONS,
    handle: (step: WaterfallStepContext, value: unknown) => step.beginDialog(ESCALATION_NOTICE_DIALOG, { value } satisfies NoticeOptions),
  };
  const reminders = new ReminderScheduler({
    drafts,
    send,
    clock: o.services.clock,
    logger: o.logger,
    intervalSeconds: o.reminderIntervalSeconds,
    card: (draft) => {
      const pack = o.services.engines[draft.area].pack;
      return buildNoticeReminderCard({ pack, draftId: draft.id, reference: draft.reference, stageId: draft.stageId, dueOn: draft.dueOn ?? '', today: londonTime(o.services.clock()).date });
    },
  });
  return {
    name: 'escalation',
    drafts,
    dialog,
    handler,
    dialogs: [dialog],
    handlers: [handler],
    // "forget me": the user's notices (with their reminders) and saved notes, counted, then deleted.
    forgettable: {
      held: async (context) => {
        const owner = ownerOf(context);
        return owner ? drafts.inventory(owner) : {};
      },
      forget: async (context) => {
        const owner = ownerOf(context);
        if (!owner) return {};
        const held = await drafts.inventory(owner);
        await drafts.deleteAllFor(owner);
        return held;
      },
    },
    reminders,
    middleware: [channelRecorder(drafts, o.logger)],
    tasks: [{ name: 'escalation-reminders', task: (now) => reminders.runDue(now) }],
    close: () => reminders.stop(),
  };
}

interface TeamsChannelData {
  tenant?: { id?: string };
  team?: { id?: string; name?: string };
  channel?: { id?: string; name?: string };
  eventType?: string;
}

/**
 * Records a team channel (ids, names and a conversation reference) when the bot is
 * installed in a team or @mentioned in a channel; forgets the team when the bot is removed.
 */
export function channelRecorder(drafts: DraftRepository, logger: Logger): Middleware {
  return {
    async onTurn(context, next) {
      try {
        await record(context, drafts);
      } catch (err) {
        logger.warn({ err, ...activityLogFields(context.activity) }, 'could not record the team channel');
      }
      await next();
    },
  };
}

async function record(context: TurnContext, drafts: DraftRepository): Promise<void> {
  const a = context.activity;
  if (a.channelId !== 'msteams' || a.conversation?.conversationType !== 'channel') return;
  const cd = (a.channelData ?? {}) as TeamsChannelData;
  const tenantId = a.conversation.tenantId ?? cd.tenant?.id;
  const teamId = cd.team?.id;
  if (!tenantId || !teamId) return;
  const botId = a.recipient?.id;
  const botRemoved = a.type === 'conversationUpdate' && (cd.eventType === 'teamDeleted' || (a.membersRemoved ?? []).some((m) => m.id === botId));
  if (botRemoved) {
    await drafts.removeTeam(tenantId, teamId);
    return;
  }
  const botAdded = a.type === 'conversationUpdate' && (a.membersAdded ?? []).some((m) => m.id === botId);
  if (!botAdded && a.type !== 'message') return;
  const channelId = cd.channel?.id ?? teamId;
  const ref = TC.getConversationReference(a) as Partial<ConversationReference>;
  // Post as a new thread in the channel, not as a reply in whatever thread this came from; no user on the reference.
  const { user: _user, activityId: _activityId, ...rest } = ref;
  const conversation = { ...rest, conversation: { id: channelId, isGroup: true, conversationType: 'channel', tenantId, name: '' } } as Partial<ConversationReference>;
  await drafts.saveChannel({
    tenantId,
    teamId,
    channelId,
    ...(cd.team?.name ? { teamName: cd.team.name } : {}),
    ...(cd.channel?.name ? { channelName: cd.channel.name } : cd.channel?.id === teamId ? { channelName: 'General' } : {}),
    conversation,
  });
}
