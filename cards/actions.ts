/**
 * The action registry: every card verb and every typed command, declared once. Each entry has
 * its verb, the zod schema of the value a press carries (the verb included), where it may run
 * (personal chat, group chat, team channel) and, for a typed command, the words that mean it.
 *
 * Cards build their buttons with the typed builders here (`ACTIONS.routeShow.value({ route })`),
 * so no verb is written as a string anywhere else; the dialogs and bot/ bind a handler to a
 * declaration (dialogs/triage/mainDialog.ts for Action.Submit and typed words, bot/edge/teamsBot.ts for
 * Action.Execute) and read the value with its schema. The help card and the manifest's command
 * menus come from cards/capabilities.ts, whose entries name these declarations.
 *
 * Plain data and zod: no bot SDK (docs/decisions/019-one-action-registry.md).
 */
import { z } from 'zod';
import { AREAS, REFERRAL_ITEM_KEYS, ROLES, type ReferralItemKey } from '../rules';
import type { Json } from './expand';

/** The id of a referral checklist item's tick box (the card's input, the `referral.tick` value's field). */
export const tickId = (key: ReferralItemKey): string => `tick_${key}`;

/** The days of a DSL rota (the settings card has one field a day: `rota_mon`...). */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** Where a conversation happens, as the Teams manifest names it. */
export type Scope = 'personal' | 'groupChat' | 'team';
export const SCOPES: readonly Scope[] = ['personal', 'groupChat', 'team'];
const ALL: readonly Scope[] = SCOPES;
const PERSONAL: readonly Scope[] = ['personal'];

/** The scope of a Teams conversation type ('channel' is a team). */
export function scopeOf(conversationType: string | undefined): Scope {
  if (conversationType === 'groupChat') return 'groupChat';
  if (conversationType === 'channel') return 'team';
  return 'personal';
}

/** A card value: the verb and its data, as Action.Submit sends it (and Action.Execute's data). */
export type ActionValue<V extends string = string> = { verb: V } & Record<string, Json>;

/** Words a user types that mean an action; `data` reads what the words carry ("area bury"). */
export interface Words {
  pattern: RegExp;
  data?: (m: RegExpMatchArray) => Record<string, Json>;
}

export interface Action<V extends string = string, S extends z.ZodType = z.ZodType> {
  readonly verb: V;
  /** The whole value a press carries, verb included; card data is untrusted until it passes. */
  readonly schema: S;
  /** Where it may run; a handler answers a press from elsewhere with a line saying where. */
  readonly scopes: readonly Scope[];
  /** Typed words that reach this action (besides the help card's command, cards/capabilities.ts). */
  readonly words: readonly Words[];
  /** The card value for a button: `{ verb, ...data }`. */
  value(data?: Omit<z.input<S>, 'verb'>): ActionValue<V> & Omit<z.input<S>, 'verb'>;
}

export type AnyAction = Action<string, z.ZodType>;

function declare<V extends string, Shape extends z.ZodRawShape>(verb: V, shape: Shape, opts: { scopes?: readonly Scope[]; words?: readonly (RegExp | Words)[]; loose?: boolean } = {}): Action<V, z.ZodObject<{ verb: z.ZodLiteral<V> } & Shape>> {
  const base = z.object({ verb: z.literal(verb), ...shape });
  const schema = (opts.loose ? base.loose() : base) as unknown as z.ZodObject<{ verb: z.ZodLiteral<V> } & Shape>;
  return Object.freeze({
    verb,
    schema,
    scopes: opts.scopes ?? ALL,
    words: (opts.words ?? []).map((w) => (w instanceof RegExp ? { pattern: w } : w)),
    value: (data?: object) => ({ verb, ...(data ?? {}) }) as ActionValue<V> & Omit<z.input<z.ZodObject<{ verb: z.ZodLiteral<V> } & Shape>>, 'verb'>,
  });
}

const draftId = z.uuid();
const noteText = z.string().max(4000).optional();
const routeId = z.string().regex(/^[a-z0-9][a-z0-9_-]*$/).max(40);
const yesNoNotSure = z.enum(['yes', 'no', 'not_sure']);
const packId = z.string().min(1).max(40).regex(/^[A-Za-z0-9_]+$/);
const feedbackRef = { given: packId, pack: packId, version: z.string().regex(/^\d{1,4}\.\d{1,4}\.\d{1,4}$/) };
const consult = { consult: z.string().regex(/^[a-f0-9]{24}$/) };

/** Every action, by name. The order is the order typed words are tried in. */
export const ACTIONS = {
  // Triage: help, the questions, contacts, escalation steps, topics.
  help: declare('help', {}, { words: [/^(help|hi|hello|hey|menu|what can you do)\b[\s.!?]*$/i] }),
  // harmKinds: the "not sure" card's tick boxes (Adaptive Cards send a multi-select as one comma-separated string).
  screenStart: declare('screen.start', { indicators: z.array(z.string().max(60)).max(40).optional(), harmKinds: z.string().max(2000).optional() }, { words: [/^(worried|start|screening|start screening|check|ask me questions)[\s.!?]*$/i, /^(start again|restart|start over)[\s.!?]*$/i] }),
  screenRestart: declare('screen.restart', {}),
  screenBack: declare('screen.back', {}),
  screenCancel: declare('screen.cancel', {}),
  // Optional here (an old question card after the questions ended); the screening dialog requires both.
  screenAnswer: declare('screen.answer', { question: z.string().max(40).optional(), answer: z.string().max(40).optional(), choices: z.string().max(2000).optional() }),
  escalationShow: declare('escalation.show', { stage: z.string().max(40).optional() }, { words: [/^(escalate|escalation)[\s.!?]*$/i] }),
  contactsShow: declare('contacts.show', {}, { words: [/^(contacts|contact|who to contact|numbers|phone numbers)[\s.!?]*$/i] }),
  routeShow: declare('route.show', { route: z.string().max(40) }),
  // The user's role and area.
  roleShow: declare('role.show', {}, { words: [/^(role|my role|change (my )?role)[\s.!?]*$/i] }),
  roleSet: declare('role.set', { role: z.enum(ROLES) }),
  forgetAsk: declare('forget.ask', {}, { words: [/^(forget me|delete my data|forget)[\s.!?]*$/i] }),
  forgetConfirm: declare('forget.confirm', {}),
  forgetCancel: declare('forget.cancel', {}),
  // "area" shows the choice; "area bury" sets it when it names an area (otherwise the choice again).
  areaShow: declare('area.show', { area: z.string().max(40).optional() }, { words: [{ pattern: /^area(?:\s+(\w+))?[\s.!?]*$/i, data: (m): Record<string, Json> => (m[1] && m[1].length <= 40 ? { area: m[1].toLowerCase() } : {}) }] }),
  areaSet: declare('area.set', { area: z.enum(AREAS) }),
  // Referral help, recording help and strengths-based notes (personal chat only for notes).
  referralPrepare: declare('referral.prepare', { route: routeId.optional() }, { words: [/^(prepare (my )?referral|referral checklist)[\s.!?]*$/i] }),
  referralTick: declare('referral.tick', { route: routeId.optional(), ...Object.fromEntries(REFERRAL_ITEM_KEYS.map((k) => [tickId(k), z.enum(['true', 'false']).optional()])) }),
  recordingShow: declare('recording.show', {}, { words: [/^(recording|recording help|recording tips|strengths note)[\s.!?]*$/i] }),
  noteStart: declare('note.start', {}, { scopes: PERSONAL }),
  notePersonalOnly: declare('note.personalOnly', {}),
  noteCopy: declare('note.copy', { workingWell: noteText, worried: noteText, next: noteText }, { scopes: PERSONAL }),
  noteSave: declare('note.save', { draftId: draftId.optional(), workingWell: noteText, worried: noteText, next: noteText }, { scopes: PERSONAL }),
  noteList: declare('note.list', {}, { scopes: PERSONAL, words: [/^(my notes|my saved notes|saved notes|my strengths notes)[\s.!?]*$/i] }),
  noteOpen: declare('note.open', { draftId }, { scopes: PERSONAL }),
  noteText: declare('note.text', { draftId }, { scopes: PERSONAL }),
  noteEdit: declare('note.edit', { draftId }, { scopes: PERSONAL }),
  noteDelete: declare('note.delete', { draftId }, { scopes: PERSONAL }),
  // The private fostering and children with disabilities checks.
  pfStart: declare('pf.start', {}, { words: [/^(private fostering check|check private fostering|is it private fostering)[\s.!?]*$/i] }),
  pfAnswer: declare('pf.answer', {
    question: z.enum(['child', 'carer', 'days']),
    notSure: z.literal('true').optional(),
    age: z.union([z.string().max(8), z.number()]).optional(),
    disabled: yesNoNotSure.optional(),
    carer: z.string().max(40).optional(),
    days: z.union([z.string().max(8), z.number()]).optional(),
  }),
  cwdStart: declare('cwd.start', {}, { words: [/^(disability check|disabilities check|cwd check|children with disabilities check)[\s.!?]*$/i] }),
  cwdAnswer: declare('cwd.answer', { question: z.literal('criteria'), notSure: z.literal('true').optional(), c0: yesNoNotSure.optional(), c1: yesNoNotSure.optional(), c2: yesNoNotSure.optional(), c3: yesNoNotSure.optional(), c4: yesNoNotSure.optional() }),
  // The Escalation Notice (personal chat only: it holds a child's details).
  noticeStart: declare('notice.start', { stage: z.string().max(40).optional() }, { scopes: PERSONAL }),
  noticePersonalOnly: declare('notice.personalOnly', {}),
  // The form's fields are checked by validateNotice (rules/notice.ts); here only the envelope.
  noticeSubmit: declare('notice.submit', { draftId }, { scopes: PERSONAL, loose: true }),
  noticeEdit: declare('notice.edit', { draftId }, { scopes: PERSONAL }),
  noticeOpen: declare('notice.open', { draftId }, { scopes: PERSONAL }),
  // From the "when and how" card: the date and how it was raised (checked by checkStageDate and CONTACT_METHODS).
  noticeNext: declare('notice.next', { draftId, fromStage: z.string().max(40), date: z.string().max(40).optional(), how: z.string().max(20).optional() }, { scopes: PERSONAL }),
  noticeShare: declare('notice.share', { draftId }, { scopes: PERSONAL }),
  noticeShareTo: declare('notice.shareTo', { draftId, channel: z.string().max(400).optional() }, { scopes: PERSONAL }),
  /** "Open the form in a window": a task/fetch in Teams, a plain submit where dialogs do not open. */
  noticeForm: declare('notice.form', { draftId }, { scopes: PERSONAL }),
  // "Was this the right answer?" (bot/insights/feedback.ts adds the check that the ids are the pack's).
  feedbackYes: declare('feedback.yes', feedbackRef),
  feedbackNo: declare('feedback.no', feedbackRef),
  feedbackRoute: declare('feedback.route', { ...feedbackRef, chosen: packId }),
  // DSL consults, organisation settings, insights and the decision record.
  dslAsk: declare('dsl.ask', { route: z.string().max(40).optional(), level: z.string().max(40).optional() }, { words: [/^(ask (my )?dsl|ask (the )?dsl|consult (my )?dsl)[\s.!?]*$/i] }),
  dslTake: declare('dsl.take', consult),
  dslRefresh: declare('dsl.refresh', consult),
  settingsShow: declare('settings.show', {}, { words: [/^settings[\s.!?]*$/i] }),
  settingsSave: declare('settings.save', { channel: z.string().min(1).max(200), area: z.enum(AREAS), dsls: z.string().min(1).max(20_000), ...Object.fromEntries(WEEKDAYS.map((d) => [`rota_${d}`, z.string().max(200).optional()])) }),
  insightsShow: declare('insights.show', {}, { scopes: PERSONAL, words: [/^insights?[\s.!?]*$/i] }),
  decisionsExport: declare('decisions.export', {}, { scopes: PERSONAL, words: [/^export[\s.!?]*$/i] }),
  // The message extension's "Post the summary" (the preview's button).
  mxPostSummary: declare('mx.postSummary', { route: z.string().max(60).regex(/^[a-z0-9_-]+$/).optional(), contacts: z.array(z.string().max(60).regex(/^[a-z0-9_-]+$/)).min(1).max(8) }),
} as const;

export type ActionName = keyof typeof ACTIONS;

/** Every declaration, in registry order. */
export const ACTION_LIST: readonly AnyAction[] = Object.values(ACTIONS) as readonly AnyAction[];

/**
 * Each declaration's verb by its name, for the card templates: a template writes
 * `"verb": "${$root.verbs.forgetConfirm}"`, never the verb itself (expandCard binds it).
 */
export const VERBS: Readonly<Record<keyof typeof ACTIONS, string>> = Object.freeze(
  Object.fromEntries(Object.entries(ACTIONS).map(([name, a]) => [name, a.verb])) as Record<keyof typeof ACTIONS, string>,
);

const BY_VERB: ReadonlyMap<string, AnyAction> = new Map(ACTION_LIST.map((a) => [a.verb, a]));

/** The declaration of a verb, if it is one. */
export function actionOf(verb: unknown): AnyAction | undefined {
  return typeof verb === 'string' ? BY_VERB.get(verb) : undefined;
}

/** The verb a card value carries, if it carries a string one (not yet validated). */
export function verbOf(value: unknown): string | undefined {
  const verb = value !== null && typeof value === 'object' ? (value as { verb?: unknown }).verb : undefined;
  return typeof verb === 'string' ? verb : undefined;
}

/** Whether an action may run in this scope. */
export function allowedIn(action: AnyAction, scope: Scope): boolean {
  return action.scopes.includes(scope);
}

/** The action and its value for typed words, from the actions' `words` (registry order), if any matches. */
export function actionForWords(text: string, actions: readonly AnyAction[] = ACTION_LIST): { action: AnyAction; value: ActionValue } | undefined {
  for (const action of actions) {
    for (const w of action.words) {
      const m = text.match(w.pattern);
      if (m) return { action, value: action.value(w.data?.(m) ?? {}) };
    }
  }
  return undefined;
}

/**
 * Control words that act on whatever is in progress, anywhere (dialogs/triage/interruptibleDialog.ts).
 * One repeated class after the words, not `\s*[.!]?\s*$`: two runs of \s* side by side retry every
 * split of a long run of spaces, quadratic in its length (test/security/user-text.test.ts).
 */
export const CONTROL_WORDS_PATTERNS = Object.freeze({
  startAgain: /^\s*(start again|restart|start over)[\s.!]*$/i,
  cancel: /^\s*(cancel|stop|quit|exit)[\s.!]*$/i,
  help: /^\s*(help|menu|\?)[\s.!]*$/i,
});
