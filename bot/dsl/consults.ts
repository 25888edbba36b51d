/**
 * "Ask my DSL": a practitioner's consult request, posted to the channel an administrator
 * configured for their organisation, @mentioning the DSL on duty (or the DSL group).
 *
 * - The channel card carries the route and level the bot suggested and who asked: no
 *   child's name, date of birth or free text (nothing typed is ever copied into it).
 * - A DSL takes it with one click (Action.Execute `dsl.take`). The take is an eTag-checked
 *   write, so two DSLs (or two bot instances) cannot both take it. The posted card is
 *   updated in place for everyone, and it refreshes (`dsl.refresh`) for the DSL group.
 * - The practitioner is told who took it. If nobody does within CONSULT_TAKE_MINUTES, the
 *   ticker reminds the channel once and tells the practitioner to call the front door.
 *
 * All state is in storage (`consult/<id>`, plus `consult-open/<id>` until taken or
 * reminded), so any instance sharing the storage can take, refresh or remind.
 */
import { createHash } from 'node:crypto';
import {
  type Activity,
  type AdaptiveCardInvokeResponse,
  type ConversationParameters,
  type TurnContext,
} from 'botbuilder';
import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import type { ConnectorClient } from 'botframework-connector';
import { ACTIONS, buildConsultCard, buildErrorCard, consultUnavailableText, type AdaptiveCard } from '../../cards';
import type { VerbHandler } from '../../dialogs/core/feature';
import { cardAttachment, invokeCardResponse } from '../../dialogs/core/turn';
import { type Area, type Engine, formatLongDate, londonTime } from '../../rules';
import type { BotMetrics } from '../edge/metrics';
import { teamsReference, type Proactive } from '../edge/proactive';
import { activityLogFields, type Logger } from '../edge/logger';
import { type Member, onDuty, orgOf, type OrgSettings, type OrgSettingsStore, type Weekday } from './orgSettings';
import { isEtagConflict, type StorageHandle } from '../storage';
import type { ExecuteHandler } from '../edge/teamsBot';

interface Person {
  id: string;
  name: string;
  aadObjectId?: string;
}

export interface Consult {
  id: string;
  tenantId: string;
  area: Area;
  routeTitle: string;
  levelName: string;
  routeId?: string;
  levelId?: string;
  requestedAt: string;
  dueAt: string;
  requester: Person;
  /** Where the practitioner asked (their personal chat, usually): told who took it, or reminded. */
  requesterRef: { serviceUrl: string; conversationId: string; conversationType: string };
  /** The channel, and once posted the new thread's conversation id and the card's activity id. */
  channel: { serviceUrl: string; channelId: string; channelName: string; threadId?: string; activityId?: string };
  mention: Member[];
  refreshUserIds: string[];
  dslIds: string[];
  takenBy?: Person;
  takenAt?: string;
  remindedAt?: string;
}

export interface ConsultDeps {
  handle: StorageHandle;
  settings: OrgSettingsStore;
  engines: Readonly<Record<Area, Engine>>;
  clock: () => Date;
  logger: Logger;
  metrics: BotMetrics;
  /** Posts into the consult channel and the requester's chat (bot/edge/proactive.ts). */
  proactive: Proactive;
  takeMinutes: number;
}

/** How long a consult record is kept (the insights card looks back 30 days). */
export const CONSULT_RETENTION_DAYS = 30;

const AskValue = ACTIONS.dslAsk.schema;
/** An Action.Execute's data (its verb is beside it, not in it). */
const ConsultValue = ACTIONS.dslTake.schema.omit({ verb: true });

/** "13:05 on Monday 23 November 2026", London time. */
export function londonStamp(at: Date): string {
  const t = londonTime(at);
  const hh = String(Math.floor(t.minutes / 60)).padStart(2, '0');
  const mm = String(t.minutes % 60).padStart(2, '0');
  return `${hh}:${mm} on ${formatLongDate(t.date)}`;
}


export class ConsultService {
  constructor(private readonly deps: ConsultDeps) {
    if (!deps?.handle || !deps.settings || !deps.proactive) throw new TypeError('ConsultService needs storage, settings and proactive messaging');
  }

  /** The VerbHandler for the result card's "Ask my DSL" (and the typed command, which maps to the same verb). */
  verbHandler(): VerbHandler {
    return {
      actions: [ACTIONS.dslAsk],
      handle: async (step: WaterfallStepContext, value: unknown, engine: Engine): Promise<DialogTurnResult> => {
        const parsed = AskValue.safeParse(value);
        await this.raise(step.context, engine, parsed.success ? parsed.data : {});
        return step.endDialog();
      },
    };
  }

  /** Action.Execute verbs on the channel card. */
  executeHandler(): ExecuteHandler {
    return {
      actions: [ACTIONS.dslTake, ACTIONS.dslRefresh],
      handle: (context, verb, data) => (verb === ACTIONS.dslTake.verb ? this.take(context, data) : this.refresh(context, data)),
    };
  }

  async raise(context: TurnContext, engine: Engine, ask: { route?: string; level?: string }): Promise<void> {
    const { deps } = this;
    const tenantId = orgOf(context);
    const settings = tenantId ? await deps.settings.get(tenantId) : undefined;
    if (!settings) {
      await context.sendActivity({
        attachments: [
          cardAttachment(
            buildErrorCard({
              pack: engine.pack,
              title: 'Your organisation has not set up DSL consults yet',
              message: consultUnavailableText(engine.pack),
            }),
          ),
        ],
      });
      return;
    }
    const route = ask.route ? engine.route(ask.route) : undefined;
    const level = ask.level ? engine.pack.levels.find((l) => l.id === ask.level) : undefined;
    const activity = context.activity;
    const id = createHash('sha256').update(`${tenantId}|${activity.conversation?.id}|${activity.id}`).digest('hex').slice(0, 24);
    const key = `consult/${id}`;
    if ((await deps.handle.storage.read([key]))[key]) return; // Teams redelivered the same message
    const at = deps.clock();
    const mention = onDuty(settings, londonTime(at).day as Weekday);
    const consult: Consult = {
      id,
      tenantId: settings.tenantId,
      area: settings.area,
      routeTitle: route?.title ?? 'Not given (asked without a triage)',
      levelName: level?.name ?? 'Not given',
      ...(route ? { routeId: route.id } : {}),
      ...(level ? { levelId: level.id } : {}),
      requestedAt: at.toISOString(),
      dueAt: new Date(at.getTime() + deps.takeMinutes * 60_000).toISOString(),
      requester: { id: activity.from.id, name: activity.from.name || 'A colleague', ...(activity.from.aadObjectId ? { aadObjectId: activity.from.aadObjectId } : {}) },
      requesterRef: { serviceUrl: activity.serviceUrl, conversationId: activity.conversation.id, conversationType: activity.conversation.conversationType ?? 'personal' },
      channel: { serviceUrl: settings.serviceUrl, channelId: settings.channelId, channelName: settings.channelName },
      mention,
      refreshUserIds: settings.dsls.map((m) => m.id).slice(0, 60),
      dslIds: settings.dsls.flatMap((m) => [m.id, ...(m.aadObjectId ? [m.aadObjectId.toLowerCase()] : [])]),
    };
    await deps.handle.storage.write({ [key]: { ...consult } });

    try {
      // A new thread in the channel (Teams: create a conversation with channelData.channel).
      await this.withClient(settings.tenantId, settings.serviceUrl, settings.channelId, 'channel', async (client) => {
        const created = await client.conversations.createConversation({
          isGroup: true,
          tenantId: settings.tenantId,
          channelData: { channel: { id: settings.channelId }, tenant: { id: settings.tenantId } },
          activity: { type: 'message', text: `DSL consult requested by ${consult.requester.name}`, attachments: [cardAttachment(this.card(consult))] } as Activity,
        } as ConversationParameters);
        consult.channel.threadId = created.id;
        consult.channel.activityId = created.activityId;
      });
    } catch (err) {
      deps.metrics.error('proactive');
      deps.logger.error({ err, consultId: id, ...activityLogFields(activity) }, 'could not post the consult to the channel');
      await deps.handle.storage.delete([key]);
      await context.sendActivity({
        attachments: [
          cardAttachment(
            buildErrorCard({
              pack: engine.pack,
              title: 'I could not reach your DSL',
              message: 'I could not post your request to your organisation’s DSL channel. Please contact your designated safeguarding lead directly.',
            }),
          ),
        ],
      });
      return;
    }
    await this.saveFresh(consult);
    await deps.handle.storage.write({ [`consult-open/${id}`]: { dueAt: consult.dueAt } });
    deps.metrics.consultRaised(settings.area);
    deps.logger.info({ consultId: id, ...activityLogFields(activity) }, 'consult raised');

    const who = consult.mention.length === 1 ? consult.mention[0]?.name : 'the DSL group';
    const police = engine.pack.contacts.find((c) => c.id === engine.pack.emergencyContact)?.phones[0]?.number ?? '999';
    await context.sendActivity(
      `I have asked ${who} in ${settings.channelName}, with the route (${consult.routeTitle}) and the level (${consult.levelName}) only: nothing about the child. ` +
        `I will tell you here when a DSL takes it. If nobody has within ${deps.takeMinutes} minutes, I will remind them. ` +
        `Share the child’s details only with the DSL, in a personal chat. If a child is in immediate danger, call ${police} now.`,
    );
  }

  private async take(context: TurnContext, data: unknown): Promise<AdaptiveCardInvokeResponse> {
    const { deps } = this;
    const parsed = ConsultValue.safeParse(data);
    if (!parsed.success) return message('That button did not carry what I expected, so I have not acted on it.');
    const found = await this.load(parsed.data.consult);
    const tenantId = orgOf(context);
    if (!found || found.consult.tenantId !== tenantId) return message('I could not find that consult request.');
    const from = context.activity.from;
    const consult = found.consult;
    if (!consult.dslIds.includes(from.id) && !(from.aadObjectId && consult.dslIds.includes(from.aadObjectId.toLowerCase()))) {
      return message('Only a DSL in your organisation’s DSL group can take this.');
    }
    if (consult.takenBy) return invokeCardResponse(this.card(consult));
    const at = deps.clock();
    const taken: Consult = { ...consult, takenBy: { id: from.id, name: from.name || 'A DSL', ...(from.aadObjectId ? { aadObjectId: from.aadObjectId } : {}) }, takenAt: at.toISOString() };
    try {
      await deps.handle.storage.write({ [`consult/${consult.id}`]: { ...taken, eTag: found.eTag } });
    } catch (err) {
      if (!isEtagConflict(err)) throw err;
      // Someone else took it (or the reminder ran) between our read and write: show the current state.
      const now = await this.load(consult.id);
      if (now?.consult.takenBy || !now) return invokeCardResponse(this.card(now?.consult ?? consult));
      return this.take(context, data);
    }
    await deps.handle.storage.delete([`consult-open/${consult.id}`]);
    deps.metrics.consultTaken(consult.area, (at.getTime() - Date.parse(consult.requestedAt)) / 1000);
    deps.logger.info({ consultId: consult.id, ...activityLogFields(context.activity) }, 'consult taken');
    const card = this.card(taken);
    await this.updateChannelCard(taken, card);
    await this.tellRequester(
      taken,
      `${taken.takenBy?.name} has taken your DSL consult (${taken.routeTitle}) at ${londonStamp(at)}. They will contact you: share the child’s details only with them, in a personal chat.`,
    );
    return invokeCardResponse(card);
  }

  private async refresh(context: TurnContext, data: unknown): Promise<AdaptiveCardInvokeResponse> {
    const parsed = ConsultValue.safeParse(data);
    const found = parsed.success ? await this.load(parsed.data.consult) : undefined;
    if (!found || found.consult.tenantId !== orgOf(context)) return message('I could not find that consult request.');
    return invokeCardResponse(this.card(found.consult));
  }

  /** Reminds once for every consult nobody took in time. Safe to run on several instances at once. */
  async sweep(now: Date = this.deps.clock()): Promise<void> {
    const { deps } = this;
    for (const marker of await deps.handle.listKeys('consult-open/')) {
      const id = marker.slice('consult-open/'.length);
      const found = await this.load(id);
      if (!found || found.consult.takenBy || found.consult.remindedAt) {
        await deps.handle.storage.delete([marker]);
        continue;
      }
      if (Date.parse(found.consult.dueAt) > now.getTime()) continue;
      const reminded: Consult = { ...found.consult, remindedAt: now.toISOString() };
      try {
        await deps.handle.storage.write({ [`consult/${id}`]: { ...reminded, eTag: found.eTag } });
      } catch (err) {
        if (isEtagConflict(err)) continue; // taken, or reminded by another instance
        throw err;
      }
      await deps.handle.storage.delete([marker]);
      deps.metrics.consultReminded(reminded.area);
      await this.remind(reminded);
    }
  }

  /** Whether the organisation of this turn has a consult channel ("Ask my DSL" is offered only then). */
  async hasChannel(context: TurnContext): Promise<boolean> {
    const tenantId = orgOf(context);
    return tenantId ? (await this.deps.settings.get(tenantId)) !== undefined : false;
  }

  /** The keys of the consults this user raised. */
  private async mine(context: TurnContext): Promise<string[]> {
    const from = context.activity.from;
    const keys = await this.deps.handle.listKeys('consult/');
    if (keys.length === 0) return [];
    const items = await this.deps.handle.storage.read(keys);
    return keys.filter((k) => (items[k] as Consult | undefined)?.requester?.id === from.id);
  }

  /** How many consults this user raised and are still kept ("forget me" lists them first). */
  async countFor(context: TurnContext): Promise<number> {
    return (await this.mine(context)).length;
  }

  /** "forget me": deletes the consults this user raised (they carry the user's name). Returns how many. */
  async forget(context: TurnContext): Promise<number> {
    const mine = await this.mine(context);
    const ids = mine.map((k) => k.slice('consult/'.length));
    if (mine.length > 0) await this.deps.handle.storage.delete([...mine, ...ids.map((id) => `consult-open/${id}`)]);
    return mine.length;
  }

  /** Consults are working records (they name the practitioner and the DSL): kept {@link CONSULT_RETENTION_DAYS} days. */
  async purge(now: Date = this.deps.clock()): Promise<number> {
    const cut = now.getTime() - CONSULT_RETENTION_DAYS * 86_400_000;
    const keys = await this.deps.handle.listKeys('consult/');
    if (keys.length === 0) return 0;
    const items = await this.deps.handle.storage.read(keys);
    const old = keys.filter((k) => Date.parse((items[k] as Consult | undefined)?.requestedAt ?? '') < cut);
    if (old.length > 0) await this.deps.handle.storage.delete([...old, ...old.map((k) => `consult-open/${k.slice('consult/'.length)}`)]);
    return old.length;
  }

  private async remind(consult: Consult): Promise<void> {
    const { deps } = this;
    const engine = deps.engines[consult.area];
    const card = this.card(consult);
    await this.updateChannelCard(consult, card);
    if (consult.channel.activityId) {
      try {
        const names = consult.mention.map((m) => `<at>${m.name.replace(/[<>]/g, '')}</at>`).join(', ');
        const thread = consult.channel.threadId ?? `${consult.channel.channelId};messageid=${consult.channel.activityId}`;
        await this.withClient(consult.tenantId, consult.channel.serviceUrl, thread, 'channel', async (client) => {
          await client.conversations.sendToConversation(thread, {
            type: 'message',
            text: `${names} nobody has taken this DSL consult yet (raised ${londonStamp(new Date(consult.requestedAt))}). Please can a DSL take it?`,
            entities: consult.mention.map((m) => ({ type: 'mention', text: `<at>${m.name.replace(/[<>]/g, '')}</at>`, mentioned: { id: m.id, name: m.name } })),
          } as Partial<Activity> as Activity);
        });
      } catch (err) {
        deps.metrics.error('proactive');
        deps.logger.error({ err, consultId: consult.id }, 'could not post the consult reminder');
      }
    }
    const door = engine.pack.contacts.find((c) => c.id === engine.pack.frontDoor);
    const doorText = door ? `${door.name}${door.phones[0] ? ` on ${door.phones[0].number}` : ''}` : 'your local front door';
    await this.tellRequester(consult, {
      attachments: [
        cardAttachment(
          buildErrorCard({
            pack: engine.pack,
            title: 'No DSL has taken your consult yet',
            message: `Nobody has taken your request in ${deps.takeMinutes} minutes. I have reminded the channel once. Please do not wait: call ${doorText} directly.`,
          }),
        ),
      ],
    });
  }

  private card(c: Consult): AdaptiveCard {
    const pack = this.deps.engines[c.area].pack;
    return buildConsultCard({
      pack,
      consultId: c.id,
      requester: c.requester.name,
      routeTitle: c.routeTitle,
      levelName: c.levelName,
      raisedAt: londonStamp(new Date(c.requestedAt)),
      mention: c.mention,
      refreshUserIds: c.refreshUserIds,
      ...(c.takenBy && c.takenAt ? { taken: { by: c.takenBy.name, at: londonStamp(new Date(c.takenAt)) } } : {}),
      ...(c.remindedAt ? { reminder: `Nobody took this within ${this.deps.takeMinutes} minutes. ${c.requester.name} has been told to call the front door directly.` } : {}),
    });
  }

  private async load(id: string): Promise<{ consult: Consult; eTag: string } | undefined> {
    const key = `consult/${id}`;
    const item = (await this.deps.handle.storage.read([key]))[key] as (Consult & { eTag?: string }) | undefined;
    if (!item) return undefined;
    const { eTag, ...consult } = item;
    return { consult, eTag: eTag ?? '*' };
  }

  private async saveFresh(consult: Consult): Promise<void> {
    await this.deps.handle.storage.write({ [`consult/${consult.id}`]: { ...consult, eTag: '*' } });
  }

  private async updateChannelCard(consult: Consult, card: AdaptiveCard): Promise<void> {
    if (!consult.channel.activityId) return;
    try {
      const conversationId = consult.channel.threadId ?? consult.channel.channelId;
      await this.withClient(consult.tenantId, consult.channel.serviceUrl, conversationId, 'channel', async (client) => {
        await client.conversations.updateActivity(conversationId, consult.channel.activityId as string, { type: 'message', id: consult.channel.activityId, attachments: [cardAttachment(card)] } as Activity);
      });
    } catch (err) {
      this.deps.metrics.error('proactive');
      this.deps.logger.error({ err, consultId: consult.id }, 'could not update the consult card');
    }
  }

  private async tellRequester(consult: Consult, activity: string | { attachments: ReturnType<typeof cardAttachment>[] }): Promise<void> {
    const { conversationId } = consult.requesterRef;
    try {
      await this.withClient(consult.tenantId, consult.requesterRef.serviceUrl, conversationId, consult.requesterRef.conversationType, async (client) => {
        const body = typeof activity === 'string' ? { type: 'message', text: activity } : { type: 'message', ...activity };
        await client.conversations.sendToConversation(conversationId, body as Activity);
      });
    } catch (err) {
      this.deps.metrics.error('proactive');
      this.deps.logger.error({ err, consultId: consult.id }, 'could not tell the practitioner');
    }
  }

  /** Runs `use` with the connector client of a turn continued in that conversation (bot/edge/proactive.ts). */
  private async withClient(tenantId: string, serviceUrl: string, conversationId: string, conversationType: string, use: (client: ConnectorClient) => Promise<void>): Promise<void> {
    await this.deps.proactive.withClient(teamsReference({ tenantId, serviceUrl, conversationId, conversationType }), use);
  }
}


function message(text: string): AdaptiveCardInvokeResponse {
  return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: text as unknown as Record<string, unknown> };
}

export type { OrgSettings };
