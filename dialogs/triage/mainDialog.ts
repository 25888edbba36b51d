/**
 * The root dialog: every message comes here first. Commands and card actions go
 * to their answers; free text goes to the rules engine and back as a card.
 */
import type { DialogContext, DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { DialogTurnStatus, WaterfallDialog } from '../core/framework';
import type { z } from 'zod';
import { ACTION_LIST, ACTIONS, actionForWords, buildAreaCard, buildPrivacyWarningCard, buildRoleCard, capabilityForCommand, cardForAnswer, messageAnswer, verbOf, withRoleQuestion, contactCard, escalationCard, topicCard, type Action } from '../../cards';
import { AREAS, isArea, ROLE_NAMES, type Engine } from '../../rules';
import { InterruptibleDialog, START_AGAIN } from './interruptibleDialog';
import { SCREENING_DIALOG, type ScreeningDialog, type ScreeningOptions, type ScreeningResult } from './screeningDialog';
import { ForgetMeHandler } from '../core/forgetMe';
import type { DialogFeature, VerbHandler } from '../core/feature';
import { consultChannelOf, engineFor, isPersonal, recogniseInTurn, reportAssessment, sendCard, sendHelp, sendUnreadable, staleNote, type TriageServices } from '../core/services';

export const MAIN_DIALOG = 'mainDialog';
const MAIN_FLOW = 'mainFlow';

/** A handler for one action whose value has passed that action's schema. */
type Bound<S extends z.ZodType> = (step: WaterfallStepContext, data: z.infer<S>, engine: Engine) => Promise<DialogTurnResult>;

/** Looks like a child's date of birth or name: never asked for, never echoed, outside a personal chat. */
const PERSONAL_DETAILS = /\b(\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|d\.?o\.?b\.?|date of birth|born on|(?:her|his|their|the child'?s|child'?s) name is)\b/i;
/** "called Jamie": case matters here, or "I called the Bridge" would look like a name. */
const NAMED = /\b[Cc]alled [A-Z][a-z]+\b|\b[Nn]amed [A-Z][a-z]+\b/;

export class MainDialog extends InterruptibleDialog {
  /** Every action this bot handles, by verb: the built-in ones below and the features'. */
  private readonly handlers = new Map<string, VerbHandler>();

  constructor(services: TriageServices, screening: ScreeningDialog, extra: Omit<DialogFeature, 'name'> = {}) {
    super(MAIN_DIALOG, services);
    this.addDialog(screening);
    for (const d of extra.dialogs ?? []) this.addDialog(d);
    for (const h of [...this.builtIns(), new ForgetMeHandler(services), ...(extra.handlers ?? [])]) {
      for (const a of h.actions) {
        if (this.handlers.has(a.verb)) throw new Error(`two handlers for ${a.verb}`);
        this.handlers.set(a.verb, h);
      }
    }
    this.addDialog(new WaterfallDialog(MAIN_FLOW, [this.routeStep.bind(this), this.finalStep.bind(this)]));
    this.initialDialogId = MAIN_FLOW;
  }

  protected override async interrupt(innerDc: DialogContext): Promise<DialogTurnResult | undefined> {
    const handled = await super.interrupt(innerDc);
    if (handled) return handled;
    const text = (innerDc.context.activity.text ?? '').trim();
    const value = innerDc.context.activity.value as unknown;
    const verb = verbOf(value);
    const handler = verb !== undefined ? this.handlers.get(verb) : undefined;
    if (handler?.anytime) {
      await handler.anytime(innerDc.context, value);
      return { status: DialogTurnStatus.waiting };
    }
    // "start again" restarts the screening from anywhere (the screening's own button is handled inside it).
    if (START_AGAIN.test(text) && verb === undefined && innerDc.activeDialog?.id !== SCREENING_DIALOG) {
      await innerDc.cancelAllDialogs();
      return innerDc.beginDialog(MAIN_FLOW);
    }
    return undefined;
  }

  private async routeStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { context } = step;
    const engine = await engineFor(this.services, context);
    const value = context.activity.value as unknown;
    if (value !== undefined && value !== null && typeof value === 'object' && 'verb' in value) {
      const verb = verbOf(value);
      const handler = verb !== undefined ? this.handlers.get(verb) : undefined;
      if (handler) return handler.handle(step, value, engine);
      return this.badCard(step, engine);
    }
    if (value !== undefined && value !== null && !context.activity.text) return this.badCard(step, engine);
    const text = (context.activity.text ?? '').trim();
    return this.handleText(step, text, engine);
  }

  private async finalStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const result = step.result as ScreeningResult | undefined;
    if (result?.handoff) {
      const engine = await engineFor(this.services, step.context);
      await this.handleText(step, result.handoff, engine);
    }
    return step.endDialog();
  }

  private async handleText(step: WaterfallStepContext, text: string, engine: Engine): Promise<DialogTurnResult> {
    const { context } = step;
    // The words the help card lists and the Teams command menu sends (cards/capabilities.ts) reach their action first,
    // then the words each action declares (cards/actions.ts); an action only when this bot has its feature.
    const listed = capabilityForCommand(text);
    const listedHandler = listed ? this.handlers.get(listed.action.verb) : undefined;
    if (listed && listedHandler) return listedHandler.handle(step, listed.action, engine);
    const typed = actionForWords(text, ACTION_LIST.filter((a) => this.handlers.has(a.verb)));
    if (typed) return (this.handlers.get(typed.action.verb) as VerbHandler).handle(step, typed.value, engine);
    const personal = isPersonal(context);
    if (!personal && (PERSONAL_DETAILS.test(text) || NAMED.test(text))) {
      await sendCard(context, buildPrivacyWarningCard({ ...(context.activity.recipient?.id ? { botId: context.activity.recipient.id } : {}) }));
    }
    const at = this.services.clock();
    const r = recogniseInTurn(context, engine, text);
    if (r.intent === 'help') {
      await sendHelp(this.services, context, engine);
      return step.endDialog();
    }
    const stale = staleNote(engine, at, this.services.staleAfterDays);
    // One answer, built once: the card displays it and the decision record keeps its ids (no second assessment).
    const { role, asked } = (await this.services.roleFor?.(context)) ?? { asked: true };
    const consultChannel = await consultChannelOf(this.services, context);
    const answer = messageAnswer(engine, r, text, at, { personal, ...(role ? { role } : {}) });
    const card = cardForAnswer(engine, answer, at, { personal, ...(stale ? { stale } : {}), ...(consultChannel !== undefined ? { consultChannel } : {}) });
    // Under the first answer to a worry or a topic in a personal chat (never before it, and never on the 999 card): who is asking, once.
    if (personal && !asked && this.services.setRole && (answer.kind === 'concern' || answer.kind === 'topic')) {
      await this.services.setRole(context, undefined);
      withRoleQuestion(card);
    }
    await sendCard(context, card);
    if (answer.assessment && answer.answers) await reportAssessment(this.services, context, { source: 'message', engine, asked: [], answers: answer.answers, assessment: answer.assessment });
    return step.endDialog();
  }

  /** One handler for one action: the value is read with the action's schema first (the "could not read that" card otherwise). */
  private bind<V extends string, S extends z.ZodType>(action: Action<V, S>, run: Bound<S>): VerbHandler {
    return {
      actions: [action],
      handle: async (step, value, engine) => {
        const parsed = action.schema.safeParse(value);
        return parsed.success ? run(step, parsed.data, engine) : this.badCard(step, engine);
      },
    };
  }

  /** The actions the root dialog answers itself. */
  private builtIns(): VerbHandler[] {
    const A = ACTIONS;
    const ended = async (step: WaterfallStepContext): Promise<DialogTurnResult> => {
      await step.context.sendActivity('Those questions have ended. Type “worried” to start them again.');
      return step.endDialog();
    };
    return [
      this.bind(A.help, async (step, _d, engine) => {
        await sendHelp(this.services, step.context, engine);
        return step.endDialog();
      }),
      this.bind(A.screenStart, (step, d, engine) => step.beginDialog(SCREENING_DIALOG, { preselected: preselectedOf(engine, d) } satisfies ScreeningOptions)),
      this.bind(A.screenRestart, (step) => step.beginDialog(SCREENING_DIALOG, { preselected: [] } satisfies ScreeningOptions)),
      this.bind(A.screenBack, ended),
      this.bind(A.screenAnswer, ended),
      this.bind(A.screenCancel, ended),
      this.bind(A.contactsShow, async (step, _d, engine) => {
        await sendCard(step.context, contactCard(engine, '', this.services.clock()));
        return step.endDialog();
      }),
      this.bind(A.escalationShow, async (step, d, engine) => {
        await sendCard(step.context, escalationCard(engine, this.services.clock(), d.stage, isPersonal(step.context)));
        return step.endDialog();
      }),
      this.bind(A.routeShow, async (step, d, engine) => {
        const { context } = step;
        if (!engine.route(d.route)) await context.sendActivity(`${engine.pack.area}’s guidance does not cover that topic. Here is what I can help with.`);
        const role = (await this.services.roleFor?.(context))?.role;
        await sendCard(context, topicCard(engine, d.route, this.services.clock(), [], { personal: isPersonal(context), ...(role ? { role } : {}) }));
        return step.endDialog();
      }),
      this.bind(A.roleShow, async (step, _d, engine) => {
        const role = (await this.services.roleFor?.(step.context))?.role;
        await sendCard(step.context, buildRoleCard({ pack: engine.pack, ...(role ? { current: role } : {}) }));
        return step.endDialog();
      }),
      this.bind(A.roleSet, async (step, d) => {
        await this.services.setRole?.(step.context, d.role);
        await step.context.sendActivity(`Thank you. I will put the first step for ${ROLE_NAMES[d.role].toLowerCase()} first. To change it, type “role”.`);
        return step.endDialog();
      }),
      this.bind(A.areaSet, (step, d, engine) => this.area(step, engine, d.area)),
      this.bind(A.areaShow, (step, d, engine) => this.area(step, engine, d.area)),
      this.bind(A.noticePersonalOnly, async (step) => {
        await step.context.sendActivity('For the child’s privacy, I only draft escalation notices in a personal chat. Open a chat with me and type “escalate”.');
        return step.endDialog();
      }),
    ];
  }

  private async area(step: WaterfallStepContext, engine: Engine, area: string | undefined): Promise<DialogTurnResult> {
    const { context } = step;
    if (area && isArea(area)) {
      await this.services.setArea(context, area);
      await context.sendActivity(`Your area is now ${this.services.engines[area].pack.area}. I will use its guidance and contacts.`);
      return step.endDialog();
    }
    await sendCard(context, buildAreaCard({ pack: engine.pack, areas: AREAS.map((a) => ({ id: a, name: this.services.engines[a].pack.area })) }));
    return step.endDialog();
  }

  private async badCard(step: WaterfallStepContext, engine: Engine): Promise<DialogTurnResult> {
    await sendUnreadable(step.context, engine.pack, 'Please try again, or type what you need.');
    return step.endDialog();
  }
}

/** Indicators the user already named: a result card's, or the ones ticked on the "not sure" card (only this pack's ids). */
function preselectedOf(engine: Engine, data: { indicators?: string[] | undefined; harmKinds?: string | undefined }): string[] {
  const ticked = (data.harmKinds ?? '').split(',').map((x) => x.trim()).filter((x) => engine.pack.indicators.some((i) => i.id === x));
  return [...new Set([...(data.indicators ?? []), ...ticked])].slice(0, 40);
}
