/**
 * The Teams activity handler: welcome on install, @mention removal, every
 * message through the root dialog, Action.Execute invokes, and state saved once
 * per turn. No triage logic lives here.
 */
import {
  type AdaptiveCardInvokeResponse,
  type InvokeResponse,
  type AdaptiveCardInvokeValue,
  type ConversationState,
  type MessagingExtensionAction,
  type MessagingExtensionActionResponse,
  type MessagingExtensionQuery,
  type MessagingExtensionResponse,
  type TaskModuleRequest,
  type TaskModuleResponse,
  type StatePropertyAccessor,
  TeamsActivityHandler,
  type TurnContext,
  type UserState,
} from 'botbuilder';
import type { Dialog, DialogState } from 'botbuilder-dialogs';
import type { z } from 'zod';
import { ACTIONS, buildErrorCard, buildHelpCard, buildUnreadableCard, buildWelcomeCard, contactCard, escalationCard, topicCard, type Action, type AdaptiveCard, type AnyAction } from '../../cards';
import { cardAttachment, invokeCardResponse, isPersonal, scopeOfTurn } from '../../dialogs/core/turn';
import type { Area, Engine, Role } from '../../rules';
import { createDialogRunner } from './dialogRunner';
import { activityLogFields, type Logger } from './logger';

export interface UserProfile {
  area?: Area;
  /** Who the user said they are (school or nursery, health, voluntary, DSL or manager). */
  role?: Role;
  /** The role question has been asked (it is asked once). */
  roleAsked?: boolean;
}

export interface BotDeps {
  conversationState: ConversationState;
  userState: UserState;
  dialog: Dialog;
  dialogState: StatePropertyAccessor<DialogState>;
  engines: Readonly<Record<Area, Engine>>;
  areaFor(context: TurnContext): Promise<Area>;
  clock: () => Date;
  logger: Logger;
  /** Action.Execute verbs owned by feature modules (consult hand-off...), checked before the built-in ones. */
  executeHandlers?: ExecuteHandler[];
  /** Message extension invokes (composeExtension/*): bot/extensions/messageExtensions.ts. */
  messageExtensions?: MessageExtensionHandler;
  /** Task module invokes from bot cards (task/fetch, task/submit): the notice form dialog. */
  taskModules?: TaskModuleHandler;
  /** Whether the user's organisation has a DSL consult channel (the help card offers "Ask my DSL" only then). */
  consultChannel?: (context: TurnContext) => Promise<boolean>;
}

export interface MessageExtensionHandler {
  query(context: TurnContext, query: MessagingExtensionQuery): Promise<MessagingExtensionResponse>;
  fetchTask(context: TurnContext, action: MessagingExtensionAction): Promise<MessagingExtensionActionResponse>;
  submitAction(context: TurnContext, action: MessagingExtensionAction): Promise<MessagingExtensionActionResponse>;
}

export interface TaskModuleHandler {
  fetch(context: TurnContext, request: TaskModuleRequest): Promise<TaskModuleResponse>;
  submit(context: TurnContext, request: TaskModuleRequest): Promise<TaskModuleResponse>;
}

/** Handles Action.Execute invokes for some of the registry's actions (cards/actions.ts); validates `data` itself (it is untrusted). */
export interface ExecuteHandler {
  actions: readonly AnyAction[];
  handle(context: TurnContext, verb: string, data: unknown): Promise<AdaptiveCardInvokeResponse>;
}

/** Distinct mentions of the bot removed: a message mentions the bot once or twice. */
const MAX_MENTIONS = 8;

/** Removes every @mention of the bot from the text (Teams puts "<at>Bot</at>" in it). */
export function removeBotMentions(context: TurnContext): string {
  const activity = context.activity;
  let text = activity.text ?? '';
  const botId = activity.recipient?.id;
  // Each distinct mention text costs a pass over the text: a bounded number of them, however many entities a request carries.
  const mentions = new Set<string>();
  for (const e of Array.isArray(activity.entities) ? activity.entities : []) {
    if (mentions.size >= MAX_MENTIONS) break;
    const mention = e as { type?: string; text?: unknown; mentioned?: { id?: string } };
    if (mention.type !== 'mention' || mention.mentioned?.id !== botId) continue;
    const mentionText = mention.text;
    if (typeof mentionText === 'string' && mentionText !== '') mentions.add(mentionText);
  }
  for (const mentionText of mentions) text = text.split(mentionText).join(' ');
  return text.replace(/\s+/g, ' ').trim();
}

export class SafeguardingBot extends TeamsActivityHandler {
  constructor(private readonly deps: BotDeps) {
    super();
    if (!deps.dialog || !deps.conversationState || !deps.userState) throw new Error('SafeguardingBot needs a dialog and state');
    const runDialog = createDialogRunner(deps.dialog, deps.dialogState);

    this.onMessage(async (context, next) => {
      if (context.activity.text) context.activity.text = removeBotMentions(context);
      await runDialog(context);
      await next();
    });

    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      const added = context.activity.membersAdded ?? [];
      const botInstalled = added.some((m) => m.id === botId);
      const personal = isPersonal(context);
      // The bot itself appears in membersAdded when it is installed: greet the conversation once, not the bot.
      if (botInstalled || (personal && added.some((m) => m.id !== botId))) {
        const engine = this.deps.engines[await this.deps.areaFor(context)];
        await context.sendActivity({ attachments: [cardAttachment(buildWelcomeCard({ pack: engine.pack, personal }))] });
      }
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.deps.conversationState.saveChanges(context, false);
    await this.deps.userState.saveChanges(context, false);
  }

  /**
   * An invoke nobody handles (unknown name, or a feature not configured) gets an empty 200,
   * not 501; an Action.Execute botbuilder rejects as malformed (no value, no action) gets
   * the friendly error card rather than a bare 400.
   */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    // Values of the wrong shape never get here: bot/edge/invokes.ts answers them first.
    const response = await super.onInvokeActivity(context);
    if (response.status === 400 && context.activity.name === 'adaptiveCard/action') {
      const engine = this.deps.engines[await this.deps.areaFor(context)];
      this.deps.logger.info({ ...activityLogFields(context.activity) }, 'malformed Action.Execute answered with the error card');
      return { status: 200, body: invokeCardResponse(unreadableActionCard(engine)) };
    }
    if (response.status !== 501) return response;
    this.deps.logger.info({ ...activityLogFields(context.activity) }, 'unhandled invoke answered with an empty 200');
    return { status: 200 };
  }

  // Message extensions and task modules: delegated; without a handler the base class answers 501.
  protected override async handleTeamsMessagingExtensionQuery(context: TurnContext, query: MessagingExtensionQuery): Promise<MessagingExtensionResponse> {
    return this.deps.messageExtensions ? this.deps.messageExtensions.query(context, query) : super.handleTeamsMessagingExtensionQuery(context, query);
  }

  protected override async handleTeamsMessagingExtensionFetchTask(context: TurnContext, action: MessagingExtensionAction): Promise<MessagingExtensionActionResponse> {
    return this.deps.messageExtensions ? this.deps.messageExtensions.fetchTask(context, action) : super.handleTeamsMessagingExtensionFetchTask(context, action);
  }

  protected override async handleTeamsMessagingExtensionSubmitAction(context: TurnContext, action: MessagingExtensionAction): Promise<MessagingExtensionActionResponse> {
    return this.deps.messageExtensions ? this.deps.messageExtensions.submitAction(context, action) : super.handleTeamsMessagingExtensionSubmitAction(context, action);
  }

  protected override async handleTeamsTaskModuleFetch(context: TurnContext, request: TaskModuleRequest): Promise<TaskModuleResponse> {
    return this.deps.taskModules ? this.deps.taskModules.fetch(context, request) : super.handleTeamsTaskModuleFetch(context, request);
  }

  protected override async handleTeamsTaskModuleSubmit(context: TurnContext, request: TaskModuleRequest): Promise<TaskModuleResponse> {
    return this.deps.taskModules ? this.deps.taskModules.submit(context, request) : super.handleTeamsTaskModuleSubmit(context, request);
  }

  /** Action.Execute: the action's handler (a feature's, or the built-in ones below) reads the data with its schema; the answer is a card in the invoke response. */
  protected override async onAdaptiveCardInvoke(context: TurnContext, invokeValue: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    const verb = invokeValue?.action?.verb;
    const owner = typeof verb === 'string' ? this.executeHandlers.find((h) => h.actions.some((a) => a.verb === verb)) : undefined;
    if (owner && typeof verb === 'string') return owner.handle(context, verb, invokeValue.action.data);
    const engine = this.deps.engines[await this.deps.areaFor(context)];
    this.deps.logger.info({ ...activityLogFields(context.activity) }, 'unrecognised Action.Execute data');
    return invokeCardResponse(unreadableActionCard(engine));
  }

  /** The features' Action.Execute handlers, then the built-in ones. */
  private get executeHandlers(): readonly ExecuteHandler[] {
    return [...(this.deps.executeHandlers ?? []), ...this.builtIns];
  }

  /** One Action.Execute handler for one action: the data (with its verb) must pass the action's schema. */
  private bind<V extends string, S extends z.ZodType>(action: Action<V, S>, run: (context: TurnContext, data: z.infer<S>, engine: Engine) => Promise<AdaptiveCard>): ExecuteHandler {
    return {
      actions: [action],
      handle: async (context, verb, data) => {
        const engine = this.deps.engines[await this.deps.areaFor(context)];
        const parsed = action.schema.safeParse({ ...(data !== null && typeof data === 'object' ? data : {}), verb });
        if (!parsed.success) {
          this.deps.logger.info({ ...activityLogFields(context.activity) }, 'unrecognised Action.Execute data');
          return invokeCardResponse(unreadableActionCard(engine));
        }
        return invokeCardResponse(await run(context, parsed.data, engine));
      },
    };
  }

  /** Buttons any card may carry as Action.Execute: contacts, help, the escalation steps and a topic. */
  private readonly builtIns: readonly ExecuteHandler[] = [
    this.bind(ACTIONS.contactsShow, async (_context, _d, engine) => contactCard(engine, '', this.deps.clock())),
    this.bind(ACTIONS.help, async (context, _d, engine) => buildHelpCard({ pack: engine.pack, scope: scopeOfTurn(context), consultChannel: await this.deps.consultChannel?.(context) })),
    this.bind(ACTIONS.escalationShow, async (context, d, engine) => escalationCard(engine, this.deps.clock(), d.stage, isPersonal(context))),
    this.bind(ACTIONS.routeShow, async (context, d, engine) =>
      engine.route(d.route) ? topicCard(engine, d.route, this.deps.clock(), [], { personal: isPersonal(context) }) : buildErrorCard({ pack: engine.pack, title: 'I could not find that', message: 'That topic is not in this area’s guidance.' }),
    ),
  ];
}

/** The answer to a card button whose data the bot cannot read: nothing was done. */
export function unreadableActionCard(engine: Engine): AdaptiveCard {
  return buildUnreadableCard(engine.pack);
}
