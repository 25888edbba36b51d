/**
 * Everything a practitioner can do with the bot, declared once: the button on the `help`
 * card, the words to type, the line in the Teams command menu and where each may run.
 * The help card is built from this list, and test/manifest/manifest.test.ts checks that
 * the manifest's command menus are exactly {@link menuCommands} for each scope.
 *
 * Plain data: no bot SDK. The verbs are the ones the dialogs handle (typed words reach
 * the same verbs: test/http/journeys.test.ts presses every button and types every command).
 */
import type { Json } from './expand';

/** Where a conversation happens, as the Teams manifest names it. */
export type Scope = 'personal' | 'groupChat' | 'team';
export const SCOPES: readonly Scope[] = ['personal', 'groupChat', 'team'];

export type GroupId = 'now' | 'referral' | 'situations' | 'disagree' | 'yours';

export interface Capability {
  id: string;
  /** The button on the help card; absent for things that are only typed (help itself). */
  button?: string;
  /** What to type (and the title in the Teams command menu); absent for button-only entries. */
  command?: string;
  /** One line: the Teams command menu description (at most 128 characters). */
  description: string;
  /** The card action: the verb a dialog handles, and its data. */
  verb: string;
  data?: Record<string, Json>;
  group?: GroupId;
  /** Where it may run. */
  scopes: readonly Scope[];
  /** Offered only when the organisation has a DSL consult channel (bot/consults.ts). */
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

export const CAPABILITIES: readonly Capability[] = [
  { id: 'help', command: 'help', description: 'Show everything this bot can do here', verb: 'help', scopes: ALL },
  { id: 'worried', button: 'Answer a few questions', command: 'worried', description: 'I’m worried about a child: help me decide who to contact', verb: 'screen.start', group: 'now', scopes: ALL },
  { id: 'contacts', button: 'Who to contact', command: 'contacts', description: 'Safeguarding contacts: 999, children’s services and their out-of-hours team', verb: 'contacts.show', group: 'now', scopes: ALL },
  { id: 'dsl', button: 'Ask my DSL', command: 'ask my DSL', description: 'Ask your designated safeguarding lead (DSL) for advice, through your organisation’s DSL channel', verb: 'dsl.ask', group: 'now', scopes: ALL, needsConsultChannel: true },
  { id: 'referral', button: 'Prepare my referral', command: 'prepare my referral', description: 'A checklist of what to have ready before you make a referral', verb: 'referral.prepare', group: 'referral', scopes: ALL },
  { id: 'after', button: 'What happens after a referral', description: 'What happens after you make a referral, and the outcomes', verb: 'route.show', data: { route: 'after_referral' }, group: 'referral', scopes: ALL },
  { id: 'recording', button: 'Recording help', command: 'recording', description: 'Tips for recording a concern, and a strengths-based note', verb: 'recording.show', group: 'referral', scopes: ALL },
  { id: 'notes', button: 'My saved notes', command: 'my notes', description: 'Open, edit or delete the notes you saved here', verb: 'note.list', group: 'referral', scopes: PERSONAL },
  { id: 'pf', button: 'Is it private fostering?', command: 'private fostering check', description: 'Check whether a child’s care arrangement is private fostering', verb: 'pf.start', group: 'situations', scopes: ALL },
  { id: 'cwd', button: 'Children with disabilities check', command: 'disability check', description: 'Check whether a child meets the children with disabilities criteria', verb: 'cwd.start', group: 'situations', scopes: ALL },
  { id: 'sharing', button: 'Sharing information', description: 'When and how you may share information, with or without consent', verb: 'route.show', data: { route: 'info_sharing' }, group: 'situations', scopes: ALL },
  { id: 'escalate', button: 'Challenge a decision', command: 'escalate', description: 'Your concern has not been acted on, or you disagree: the escalation steps', verb: 'escalation.show', group: 'disagree', scopes: ALL },
  { id: 'role', button: 'Change my role', command: 'role', description: 'Say your role (school or nursery, health, youth or voluntary, DSL) so your first step comes first', verb: 'role.show', group: 'yours', scopes: ALL },
  { id: 'area', button: 'Change my area', command: 'area', description: 'Choose the area you work in, so the contacts are right for you', verb: 'area.show', group: 'yours', scopes: ALL },
  { id: 'glossary', button: 'What the words mean', description: 'Plain-English meanings of the words the guidance uses', verb: 'route.show', data: { route: 'glossary' }, group: 'yours', scopes: ALL },
  { id: 'forget', button: 'Forget me', command: 'forget me', description: 'See what this bot keeps about you, and delete it', verb: 'forget.ask', group: 'yours', scopes: PERSONAL },
  { id: 'settings', command: 'settings', description: 'DSL consults: the channel, the DSL group and the rota (administrators and team owners)', verb: 'settings.show', scopes: ALL },
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

export function capability(id: string): Capability {
  const c = CAPABILITIES.find((x) => x.id === id);
  if (!c) throw new RangeError(`unknown capability ${id}`);
  return c;
}

/** The Teams command menu for a scope: `{ title, description }` as the manifest declares them. */
export function menuCommands(scope: Scope): { title: string; description: string }[] {
  return MENU[scope].map((id) => {
    const c = capability(id);
    if (!c.command || !c.scopes.includes(scope)) throw new RangeError(`${id} cannot be in the ${scope} menu`);
    return { title: c.command, description: c.description };
  });
}

/** The capability whose command is exactly these words (any case, trailing punctuation ignored), if any. */
export function capabilityForCommand(text: string): Capability | undefined {
  // No command is longer than this; one linear pass strips the trailing spaces and punctuation (no regular expression over user text).
  if (text.length > 80) return undefined;
  let end = text.length;
  while (end > 0 && ' \t\n\r.!?'.includes(text.charAt(end - 1))) end--;
  const words = text.slice(0, end).trim().toLowerCase();
  return words ? CAPABILITIES.find((c) => c.command?.toLowerCase() === words) : undefined;
}

/** The scope of a Teams conversation type ('channel' is a team). */
export function scopeOf(conversationType: string | undefined): Scope {
  if (conversationType === 'groupChat') return 'groupChat';
  if (conversationType === 'channel') return 'team';
  return 'personal';
}

/** Words that work anywhere but are not buttons (they act on what is in progress). */
export const CONTROL_WORDS = ['start again', 'back', 'cancel'] as const;
