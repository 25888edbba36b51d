/**
 * The root dialog: every message comes here first. Commands and card actions go
 * to their answers; free text goes to the rules engine and back as a card.
 */
import type { TurnContext } from 'botbuilder';
import type { DialogContext, DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { Dialog, DialogTurnStatus, WaterfallDialog } from './framework';
import { z } from 'zod';
import { buildAreaCard, buildErrorCard, buildPrivacyWarningCard, buildRoleCard, capabilityForCommand, cardForAnswer, messageAnswer, ROLE_SET_VERB, withRoleQuestion, contactCard, escalationCard, topicCard } from '../cards';
import { AREAS, isArea, ROLE_NAMES, ROLES, type Engine } from '../rules';
import { InterruptibleDialog, START_AGAIN } from './interruptibleDialog';
import { SCREENING_DIALOG, type ScreeningDialog, type ScreeningOptions, type ScreeningResult } from './screeningDialog';
import { ForgetMeHandler } from './forgetMe';
import { consultChannelOf, engineFor, isPersonal, reportAssessment, sendCard, sendHelp, staleNote, type TriageServices } from './services';

export const MAIN_DIALOG = 'mainDialog';
const MAIN_FLOW = 'mainFlow';

/** Card data, validated per verb before use: card data comes back from the client and can be tampered with. */
const Verbs = z.discriminatedUnion('verb', [
  // harmKinds: the "not sure" card's tick boxes (Adaptive Cards send a multi-select as one comma-separated string).
  z.object({ verb: z.literal('screen.start'), indicators: z.array(z.string().max(60)).max(40).optional(), harmKinds: z.string().max(2000).optional() }),
  z.object({ verb: z.literal('screen.restart') }),
  z.object({ verb: z.literal('screen.back') }),
  z.object({ verb: z.literal('screen.cancel') }),
  z.object({ verb: z.literal('screen.answer'), question: z.string().max(40).optional(), answer: z.string().max(40).optional(), choices: z.string().max(2000).optional() }),
  z.object({ verb: z.literal('contacts.show') }),
  z.object({ verb: z.literal('escalation.show'), stage: z.string().max(40).optional() }),
  z.object({ verb: z.literal('route.show'), route: z.string().max(40) }),
  z.object({ verb: z.literal('area.set'), area: z.enum(AREAS) }),
  z.object({ verb: z.literal('area.show') }),
  z.object({ verb: z.literal('help') }),
  z.object({ verb: z.literal('notice.personalOnly') }),
  z.object({ verb: z.literal('role.show') }),
  z.object({ verb: z.literal(ROLE_SET_VERB), role: z.enum(ROLES) }),
]);
export type VerbData = z.infer<typeof Verbs>;

/** Verbs other dialogs register (escalation notice, referral checklist...): they get the raw value. */
export interface VerbHandler {
  verbs: string[];
  handle(step: WaterfallStepContext, value: unknown, engine: Engine): Promise<DialogTurnResult>;
  /** A press that may come while a dialog waits (feedback on an answer card): handled without ending that dialog. */
  anytime?(context: TurnContext, value: unknown): Promise<void>;
}

/** A typed command owned by a feature module: text matching `pattern` goes to the handler of `verb` as `{ verb }`. */
export interface TypedCommand {
  pattern: RegExp;
  verb: string;
}

/** Typed commands (also in the Teams command menu). */
const COMMANDS: [RegExp, (m: RegExpMatchArray) => VerbData | { command: 'forget' } | { command: 'area'; area?: string }][] = [
  [/^(help|hi|hello|hey|menu|what can you do)\b[\s.!?]*$/i, () => ({ verb: 'help' })],
  [/^(worried|start|screening|start screening|check|ask me questions)[\s.!?]*$/i, () => ({ verb: 'screen.start' })],
  [/^(start again|restart|start over)[\s.!?]*$/i, () => ({ verb: 'screen.start' })],
  [/^(escalate|escalation)[\s.!?]*$/i, () => ({ verb: 'escalation.show' })],
  [/^(contacts|contact|who to contact|numbers|phone numbers)[\s.!?]*$/i, () => ({ verb: 'contacts.show' })],
  [/^(role|my role|change (my )?role)[\s.!?]*$/i, () => ({ verb: 'role.show' })],
  [/^(forget me|delete my data|forget)[\s.!?]*$/i, () => ({ command: 'forget' })],
  [/^area(?:\s+(\w+))?[\s.!?]*$/i, (m) => ({ command: 'area', ...(m[1] ? { area: m[1].toLowerCase() } : {}) })],
];

/** Looks like a child's date of birth or name: never asked for, never echoed, outside a personal chat. */
const PERSONAL_DETAILS = /\b(\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|d\.?o\.?b\.?|date of birth|born on|(?:her|his|their|the child'?s|child'?s) name is)\b/i;
/** "called Jamie": case matters here, or "I called the Bridge" would look like a name. */
const NAMED = /\b[Cc]alled [A-Z][a-z]+\b|\b[Nn]amed [A-Z][a-z]+\b/;

export class MainDialog extends InterruptibleDialog {
  private readonly handlers = new Map<string, VerbHandler>();
  private readonly commands: TypedCommand[];

  constructor(services: TriageServices, screening: ScreeningDialog, extra: { dialogs?: Dialog[]; handlers?: VerbHandler[]; commands?: TypedCommand[] } = {}) {
    super(MAIN_DIALOG, services);
    this.addDialog(screening);
    for (const d of extra.dialogs ?? []) this.addDialog(d);
    for (const h of [new ForgetMeHandler(services), ...(extra.handlers ?? [])]) for (const v of h.verbs) this.handlers.set(v, h);
    this.commands = extra.commands ?? [];
    this.addDialog(new WaterfallDialog(MAIN_FLOW, [this.routeStep.bind(this), this.finalStep.bind(this)]));
    this.initialDialogId = MAIN_FLOW;
  }

  protected override async interrupt(innerDc: DialogContext): Promise<DialogTurnResult | undefined> {
    const handled = await super.interrupt(innerDc);
    if (handled) return handled;
    const text = (innerDc.context.activity.text ?? '').trim();
    const value = innerDc.context.activity.value as unknown;
    const verb = value !== null && typeof value === 'object' ? (value as { verb?: unknown }).verb : undefined;
    const handler = typeof verb === 'string' ? this.handlers.get(verb) : undefined;
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
      const verb = (value as { verb: unknown }).verb;
      const handler = typeof verb === 'string' ? this.handlers.get(verb) : undefined;
      if (handler) return handler.handle(step, value, engine);
      const parsed = Verbs.safeParse(value);
      if (!parsed.success) return this.badCard(step, engine);
      return this.runVerb(step, parsed.data, engine);
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
    // The words the help card lists and the Teams command menu sends (cards/capabilities.ts) reach their verb first.
    const listed = capabilityForCommand(text);
    if (listed) {
      const value = { verb: listed.verb, ...(listed.data ?? {}) };
      const handler = this.handlers.get(listed.verb);
      if (handler) return handler.handle(step, value, engine);
      const parsed = Verbs.safeParse(value);
      if (parsed.success) return this.runVerb(step, parsed.data, engine);
    }
    for (const c of this.commands) {
      const handler = c.pattern.test(text) ? this.handlers.get(c.verb) : undefined;
      if (handler) return handler.handle(step, { verb: c.verb }, engine);
    }
    for (const [re, make] of COMMANDS) {
      const m = text.match(re);
      if (!m) continue;
      const cmd = make(m);
      if ('command' in cmd) {
        if (cmd.command === 'forget') return (this.handlers.get('forget.ask') as VerbHandler).handle(step, { verb: 'forget.ask' }, engine);
        if (cmd.command === 'area') return this.area(step, engine, cmd.area);
        continue;
      }
      return this.runVerb(step, cmd, engine);
    }
    const personal = isPersonal(context);
    if (!personal && (PERSONAL_DETAILS.test(text) || NAMED.test(text))) {
      await sendCard(context, buildPrivacyWarningCard({ ...(context.activity.recipient?.id ? { botId: context.activity.recipient.id } : {}) }));
    }
    const at = this.services.clock();
    const r = engine.recognise(text);
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

  private async runVerb(step: WaterfallStepContext, data: VerbData, engine: Engine): Promise<DialogTurnResult> {
    const { context } = step;
    const at = this.services.clock();
    const personal = isPersonal(context);
    switch (data.verb) {
      case 'help':
        await sendHelp(this.services, context, engine);
        return step.endDialog();
      case 'screen.start':
      case 'screen.restart':
        return step.beginDialog(SCREENING_DIALOG, { preselected: data.verb === 'screen.start' ? preselectedOf(engine, data) : [] } satisfies ScreeningOptions);
      case 'screen.back':
      case 'screen.answer':
      case 'screen.cancel':
        await context.sendActivity('Those questions have ended. Type “worried” to start them again.');
        return step.endDialog();
      case 'contacts.show':
        await sendCard(context, contactCard(engine, '', at));
        return step.endDialog();
      case 'escalation.show':
        await sendCard(context, escalationCard(engine, at, data.stage, personal));
        return step.endDialog();
      case 'route.show': {
        if (!engine.route(data.route)) await context.sendActivity(`${engine.pack.area}’s guidance does not cover that topic. Here is what I can help with.`);
        const role = (await this.services.roleFor?.(context))?.role;
        await sendCard(context, topicCard(engine, data.route, at, [], { personal, ...(role ? { role } : {}) }));
        return step.endDialog();
      }
      case 'role.show': {
        const role = (await this.services.roleFor?.(context))?.role;
        await sendCard(context, buildRoleCard({ pack: engine.pack, ...(role ? { current: role } : {}) }));
        return step.endDialog();
      }
      case ROLE_SET_VERB:
        await this.services.setRole?.(context, data.role);
        await context.sendActivity(`Thank you. I will put the first step for ${ROLE_NAMES[data.role].toLowerCase()} first. To change it, type “role”.`);
        return step.endDialog();
      case 'area.set':
        return this.area(step, engine, data.area);
      case 'area.show':
        return this.area(step, engine, undefined);
      case 'notice.personalOnly':
        await context.sendActivity('For the child’s privacy, I only draft escalation notices in a personal chat. Open a chat with me and type “escalate”.');
        return step.endDialog();
    }
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
    await sendCard(step.context, buildErrorCard({ pack: engine.pack, title: 'I could not read that', message: 'That button did not carry what I expected, so I have not acted on it. Please try again, or type what you need.' }));
    return step.endDialog();
  }
}

/** Indicators the user already named: a result card's, or the ones ticked on the "not sure" card (only this pack's ids). */
function preselectedOf(engine: Engine, data: { indicators?: string[] | undefined; harmKinds?: string | undefined }): string[] {
  const ticked = (data.harmKinds ?? '').split(',').map((x) => x.trim()).filter((x) => engine.pack.indicators.some((i) => i.id === x));
  return [...new Set([...(data.indicators ?? []), ...ticked])].slice(0, 40);
}
