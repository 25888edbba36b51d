/**
 * Everything a practitioner can do with the bot, declared once: the button on the `help`
 * card, the words to type, the line in the Teams command menu and where each may run.
 * The help card is built from this list, and test/manifest/manifest.test.ts checks that
 * the manifest's command menus are exactly {@link menuCommands} for each scope.
 *
 * Plain data: no bot SDK. The verbs are the ones the dialogs handle (typed words reach
 * the same verbs: test/http/journeys.test.ts presses every button and types every command).
 */
import { ACTIONS, SCOPES, type ActionValue, type Scope } from './actions';

export { SCOPES, scopeOf, type Scope } from './actions';

export type GroupId = 'now' | 'referral' | 'situations' | 'disagree' | 'yours';

export interface Capability {
  id: string;
  /** The button on the help card; absent for things that are only typed (help itself). */
  button?: string;
  /** What to type (and the title in the Teams command menu); absent for button-only entries. */
  command?: string;
  /** One line: the Teams command menu description (at most 128 characters). */
  description: string;
  /** The card action, from the registry (cards/actions.ts): the button's value, and what the typed command does. */
  action: ActionValue;
  group?: GroupId;
  /** Where it may run. */
  scopes: readonly Scope[];
  /** Offered only when the organisation has a DSL consult channel (bot/dsl/consults.ts). */
  needsConsultChannel?: boolean;
}

export interface CapabilityGroup {
  id: GroupId;
  title: string;
  intro: string;
}

export const GROUPS: readonly CapabilityGroup[] = [
  { id: 'now', title: 'I am worried about a child', intro: 'Tell me in your own words, or answer a few questions.' },
  { id: 'referral', title: 'Making a referral and recording it', intro: 'Get ready before you contact children’s services, and keep a good record.' },
  { id: 'situations', title: 'Special situations', intro: 'Checks for situations with their own rules.' },
  { id: 'disagree', title: 'I disagree with a decision', intro: 'How to challenge a decision about a child, step by step.' },
  { id: 'yours', title: 'Your settings and data', intro: 'Your area, the words the guidance uses, and what I keep about you.' },
];

const ALL: readonly Scope[] = SCOPES;
const PERSONAL: readonly Scope[] = ['personal'];

const A = ACTIONS;

export const CAPABILITIES: readonly Capability[] = [
  { id: 'help', command: 'help', description: 'Show everything this bot can do here', action: A.help.value(), scopes: ALL },
  { id: 'worried', button: 'Answer a few questions', command: 'worried', description: 'I’m worried about a child: help me decide who to contact', action: A.screenStart.value(), group: 'now', scopes: ALL },
  { id: 'contacts', button: 'Who to contact', command: 'contacts', description: 'Safeguarding contacts: 999, children’s services and their out-of-hours team', action: A.contactsShow.value(), group: 'now', scopes: ALL },
  { id: 'dsl', button: 'Ask my DSL', command: 'ask my DSL', description: 'Ask your designated safeguarding lead (DSL) for advice, through your organisation’s DSL channel', action: A.dslAsk.value(), group: 'now', scopes: ALL, needsConsultChannel: true },
  { id: 'referral', button: 'Prepare my referral', command: 'prepare my referral', description: 'A checklist of what to have ready before you make a referral', action: A.referralPrepare.value(), group: 'referral', scopes: ALL },
  { id: 'after', button: 'What happens after a referral', description: 'What happens after you make a referral, and the outcomes', action: A.routeShow.value({ route: 'after_referral' }), group: 'referral', scopes: ALL },
  { id: 'recording', button: 'Recording help', command: 'recording', description: 'Tips for recording a concern, and a strengths-based note', action: A.recordingShow.value(), group: 'referral', scopes: ALL },
  { id: 'notes', button: 'My saved notes', command: 'my notes', description: 'Open, edit or delete the notes you saved here', action: A.noteList.value(), group: 'referral', scopes: PERSONAL },
  { id: 'pf', button: 'Is it private fostering?', command: 'private fostering check', description: 'Check whether a child’s care arrangement is private fostering', action: A.pfStart.value(), group: 'situations', scopes: ALL },
  { id: 'cwd', button: 'Children with disabilities check', command: 'disability check', description: 'Check whether a child meets the children with disabilities criteria', action: A.cwdStart.value(), group: 'situations', scopes: ALL },
  { id: 'sharing', button: 'Sharing information', description: 'When and how you may share information, with or without consent', action: A.routeShow.value({ route: 'info_sharing' }), group: 'situations', scopes: ALL },
  { id: 'escalate', button: 'Challenge a decision', command: 'escalate', description: 'Your concern has not been acted on, or you disagree: the escalation steps', action: A.escalationShow.value(), group: 'disagree', scopes: ALL },
  { id: 'role', button: 'Change my role', command: 'role', description: 'Say your role (school or nursery, health, youth or voluntary, DSL) so your first step comes first', action: A.roleShow.value(), group: 'yours', scopes: ALL },
  { id: 'area', button: 'Change my area', command: 'area', description: 'Choose the area you work in, so the contacts are right for you', action: A.areaShow.value(), group: 'yours', scopes: ALL },
  { id: 'glossary', button: 'What the words mean', description: 'Plain-English meanings of the words the guidance uses', action: A.routeShow.value({ route: 'glossary' }), group: 'yours', scopes: ALL },
  { id: 'forget', button: 'Forget me', command: 'forget me', description: 'See what this bot keeps about you, and delete it', action: A.forgetAsk.value(), group: 'yours', scopes: PERSONAL },
  { id: 'settings', command: 'settings', description: 'DSL consults: the channel, the DSL group and the rota (administrators and team owners)', action: A.settingsShow.value(), scopes: ALL },
];

/**
 * The Teams command menu for each scope, in order (Teams shows at most 10). Typed words not
 * listed here still work; the help card lists them.
 */
const MENU: Readonly<Record<Scope, readonly string[]>> = {
  // "my notes" is typed or pressed on help: the role, which changes every answer's order, takes its place here.
  personal: ['help', 'worried', 'contacts', 'dsl', 'referral', 'recording', 'escalate', 'role', 'area', 'forget'],
  // The disability check is on help: the role takes its place in the menu.
  groupChat: ['help', 'worried', 'contacts', 'dsl', 'referral', 'recording', 'pf', 'escalate', 'role', 'area'],
  team: ['help', 'worried', 'contacts', 'dsl', 'referral', 'recording', 'pf', 'escalate', 'area', 'settings'],
};

/**
 * The commands the Teams manifest declares: the capabilities, and which of them each scope's
 * menu shows. A registry is plain data, so a test (or a feature) can add a command to a copy.
 */
export interface CommandRegistry {
  readonly capabilities: readonly Capability[];
  readonly menu: Readonly<Record<Scope, readonly string[]>>;
}

export const REGISTRY: CommandRegistry = Object.freeze({ capabilities: CAPABILITIES, menu: MENU });

/** A copy of the registry with one more capability, put at the end of the menus of `menuScopes`. */
export function withCommand(registry: CommandRegistry, c: Capability, menuScopes: readonly Scope[] = []): CommandRegistry {
  if (registry.capabilities.some((x) => x.id === c.id)) throw new RangeError(`capability ${c.id} is already declared`);
  const menu = Object.fromEntries(SCOPES.map((s) => [s, menuScopes.includes(s) ? [...registry.menu[s], c.id] : registry.menu[s]])) as Record<Scope, readonly string[]>;
  return Object.freeze({ capabilities: [...registry.capabilities, c], menu });
}

export function capability(id: string, registry: CommandRegistry = REGISTRY): Capability {
  const c = registry.capabilities.find((x) => x.id === id);
  if (!c) throw new RangeError(`unknown capability ${id}`);
  return c;
}

/** The Teams command menu for a scope: `{ title, description }` as the manifest declares them. */
export function menuCommands(scope: Scope, registry: CommandRegistry = REGISTRY): { title: string; description: string }[] {
  return registry.menu[scope].map((id) => {
    const c = capability(id, registry);
    if (!c.command || !c.scopes.includes(scope)) throw new RangeError(`${id} cannot be in the ${scope} menu`);
    return { title: c.command, description: c.description };
  });
}

/** The manifest's `bots[0].commandLists`, generated (scripts/package.mjs puts them in the manifest). */
export function commandLists(registry: CommandRegistry = REGISTRY): { scopes: Scope[]; commands: { title: string; description: string }[] }[] {
  return SCOPES.map((scope) => ({ scopes: [scope], commands: menuCommands(scope, registry) }));
}

/** The capability whose command is exactly these words (any case, trailing punctuation ignored), if any. */
export function capabilityForCommand(text: string, registry: CommandRegistry = REGISTRY): Capability | undefined {
  // No command is longer than this; one linear pass strips the trailing spaces and punctuation (no regular expression over user text).
  if (text.length > 80) return undefined;
  let end = text.length;
  while (end > 0 && ' \t\n\r.!?'.includes(text.charAt(end - 1))) end--;
  const words = text.slice(0, end).trim().toLowerCase();
  return words ? registry.capabilities.find((c) => c.command?.toLowerCase() === words) : undefined;
}


/** Words that work anywhere but are not buttons (they act on what is in progress). */
export const CONTROL_WORDS = ['start again', 'back', 'cancel'] as const;
