/**
 * "Ask my DSL" is offered only where the organisation has a DSL consult channel. Where it
 * has none, a card says once who can set it up and how, and offers the front door's advice
 * line (from the pack) instead, so there is no button that leads nowhere.
 */
import type { Pack } from '../rules';
import type { Json } from './expand';
import { adviceLine, telHref } from './view';

/**
 * Whether the user's organisation has a DSL consult channel: true (offer "Ask my DSL"),
 * false (explain and offer the advice line), or undefined when the caller cannot tell
 * (a message extension): then neither is shown.
 */
export type ConsultChannel = boolean | undefined;


/** The words "Ask my DSL is not set up", who can set it up, and the advice line. */
export function consultUnavailableText(pack: Pack): string {
  const advice = adviceLine(pack);
  const door = pack.contacts.find((c) => c.id === pack.frontDoor);
  const meanwhile = advice
    ? `Until then, talk to your designated safeguarding lead (DSL) directly, or call ${advice.name}’s advice line on ${advice.number}.`
    : `Until then, talk to your designated safeguarding lead (DSL) directly, or contact ${door?.name ?? 'children’s services'}.`;
  return `“Ask my DSL” is not set up for your organisation yet. An administrator, or an owner of the team, can set it up by typing “settings” in the team channel that should receive requests. ${meanwhile}`;
}

/** Card elements for an organisation without a consult channel: the explanation and a call button. */
export function consultUnavailable(pack: Pack): Json[] {
  const advice = adviceLine(pack);
  const out: Json[] = [{ type: 'TextBlock', text: consultUnavailableText(pack), wrap: true, spacing: 'Medium' }];
  if (advice) out.push({ type: 'ActionSet', actions: [{ type: 'Action.OpenUrl', title: `Call the advice line (${advice.number})`, url: telHref(advice.number) }] });
  return out;
}
