import type { Pack } from '../rules';
import { expandCard, type AdaptiveCard } from './expand';
import { withSafetyNet } from './parts';
import template from './templates/welcome.json';
import { safetyNet } from './view';

export interface WelcomeCardData {
  pack: Pack;
  /** Personal chat (1:1)? Elsewhere the card asks people not to share a child's details. */
  personal: boolean;
  /** Shown in answer to something typed: the card does not ask the user to tell it in their own words (they just did). */
  answering?: boolean;
}

/** Welcome and help: 999 first, what the bot does, and the main options. */
export function buildWelcomeCard(d: WelcomeCardData): AdaptiveCard {
  const police = d.pack.contacts.find((c) => c.id === d.pack.emergencyContact)?.phones[0]?.number ?? '999';
  const card = expandCard(template, {
    police,
    area: d.pack.area,
    personal: d.personal,
    answering: d.answering === true,
    fallbackText: `Worried about a child? If a child is in immediate danger or home alone, call ${police} now. ${d.answering ? '' : 'Tell me what worries you, or '}type "worried" to answer a few questions. ${safetyNet(d.pack)}`,
  });
  return withSafetyNet(card, d.pack);
}
