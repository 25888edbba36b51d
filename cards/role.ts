import { ROLE_NAMES, ROLES, type Pack, type Role } from '../rules';
import { expandCard, submit, type AdaptiveCard, type Json } from './expand';
import template from './templates/role.json';
import { ACTIONS } from './actions';


/** Adds "What is your role?" and its buttons at the end of an answer card: asked once, after the answer, never before it. */
export function withRoleQuestion(card: AdaptiveCard): AdaptiveCard {
  card.body.push({
    type: 'Container',
    separator: true,
    items: [
      { type: 'TextBlock', text: 'What is your role? I will put your first step first (type “role” to change it).', wrap: true, weight: 'Bolder' },
      { type: 'ActionSet', actions: ROLES.map((r) => ({ ...(submit(ROLE_NAMES[r], ACTIONS.roleSet.value({ role: r })) as Record<string, Json>), associatedInputs: 'none' })) },
    ],
  });
  return card;
}

/** "What is your role?": asked once after a first answer in a personal chat, and when the user types "role". */
export function buildRoleCard(d: { pack: Pack; current?: Role }): AdaptiveCard {
  const police = d.pack.contacts.find((c) => c.id === d.pack.emergencyContact)?.phones[0]?.number ?? '999';
  const intro = 'So I can put your first step first. Unless you are the designated safeguarding lead, your first step for any worry is to tell your designated safeguarding lead. You can change this at any time: type “role”.';
  const card = expandCard(template, {
    intro,
    current: d.current ? ROLE_NAMES[d.current] : '',
    police,
    fallbackText: `What is your role? ${ROLES.map((r) => ROLE_NAMES[r]).join(', ')}. ${intro}`,
  });
  card.actions = ROLES.map((r) => ({ ...(submit(ROLE_NAMES[r], ACTIONS.roleSet.value({ role: r })) as Record<string, unknown>), associatedInputs: 'none' })) as AdaptiveCard['actions'];
  return card;
}
