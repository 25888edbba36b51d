/**
 * `help`: everything the user can do in this conversation, grouped by need, as buttons
 * (from cards/capabilities.ts), what a DSL or an administrator can do, and the words that
 * work at any point. "Ask my DSL" only where the organisation has a consult channel.
 */
import type { Pack } from '../rules';
import { CAPABILITIES, CONTROL_WORDS, GROUPS, type Capability, type Scope } from './capabilities';
import { consultUnavailable, type ConsultChannel } from './consultOffer';
import { expandCard, splice, submit, type AdaptiveCard, type Json } from './expand';
import { withSafetyNet } from './parts';
import template from './templates/help.json';
import { ACTIONS } from './actions';

export interface HelpCardData {
  pack: Pack;
  scope: Scope;
  consultChannel: ConsultChannel;
}

const WHERE: Record<Scope, string> = { personal: 'in this chat', groupChat: 'in this group chat', team: 'in this channel' };

/** The capabilities the help card offers here (scope, and "Ask my DSL" only with a consult channel). */
export function offered(scope: Scope, consultChannel: ConsultChannel): Capability[] {
  return CAPABILITIES.filter((c) => c.scopes.includes(scope) && (!c.needsConsultChannel || consultChannel === true));
}

export function buildHelpCard(d: HelpCardData): AdaptiveCard {
  const police = d.pack.contacts.find((c) => c.id === d.pack.emergencyContact)?.phones[0]?.number ?? '999';
  const here = offered(d.scope, d.consultChannel);
  const typed = here.filter((c) => c.command).map((c) => c.command as string);
  const groups: Json[] = [];
  for (const g of GROUPS) {
    const buttons = here.filter((c) => c.group === g.id && c.button);
    if (buttons.length === 0) continue;
    const items: Json[] = [
      { type: 'TextBlock', text: g.title, weight: 'Bolder', wrap: true, spacing: 'Medium' },
      { type: 'TextBlock', text: g.intro, wrap: true, isSubtle: true, spacing: 'None' },
      { type: 'ActionSet', actions: buttons.map((c) => submit(c.button as string, c.action)) },
    ];
    // Said once, where the button would have been.
    if (g.id === 'now' && d.consultChannel === false) items.push(...consultUnavailable(d.pack));
    groups.push({ type: 'Container', separator: true, items });
  }
  groups.push(dslSection(d.scope));
  const card = expandCard(template, {
    heading: `What I can do ${WHERE[d.scope]}`,
    police,
    intro: `I help people who work with children in ${d.pack.area} decide what to do when they are worried about a child: who to contact, what to do first, and how to follow it up.`,
    personal: d.scope === 'personal',
    typed: `You can also type: ${typed.join(', ')}. At any point: ${CONTROL_WORDS.join(', ')}.`,
    fallbackText: `What I can do ${WHERE[d.scope]}. If a child is in immediate danger or home alone, call ${police} now. Type: ${typed.join(', ')}.`,
  });
  splice(card, 'groups', groups);
  return withSafetyNet(card, d.pack);
}

/** What a DSL or an administrator can do, behind one button. */
function dslSection(scope: Scope): Json {
  const lines = [
    'Take a consult: when a practitioner uses “Ask my DSL”, the DSL on duty is @mentioned in your DSL channel. Press “I’ll take this” and talk to them in a personal chat.',
    'Set up consults: an administrator, or an owner of the team, types “settings” in a team channel to choose the channel, the DSL group and the rota. Anyone can type “settings” to see them.',
    'Administrators only, in a personal chat: “insights” (the last 30 days as counts) and “export” (the decision record as a spreadsheet, no personal details).',
  ];
  const body: Json[] = lines.map((text) => ({ type: 'TextBlock', text: `• ${text}`, wrap: true }));
  const actions: Json[] = [submit(scope === 'team' ? 'Settings for this team' : 'See the settings', ACTIONS.settingsShow.value())];
  return {
    type: 'Container',
    separator: true,
    items: [
      { type: 'TextBlock', text: 'For DSLs and administrators', weight: 'Bolder', wrap: true, spacing: 'Medium' },
      { type: 'ActionSet', actions: [{ type: 'Action.ShowCard', title: 'What a DSL can do', card: { type: 'AdaptiveCard', body, actions } }] },
    ],
  };
}
