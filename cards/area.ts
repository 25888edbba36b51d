/** `area`: the area in use and a button for each area the bot has guidance for. */
import type { Pack } from '../rules';
import { expandCard, type AdaptiveCard } from './expand';
import { withSafetyNet } from './parts';
import template from './templates/area.json';

export interface AreaCardData {
  pack: Pack;
  /** Every area the bot has a pack for: id and name. */
  areas: { id: string; name: string }[];
}

export function buildAreaCard(d: AreaCardData): AdaptiveCard {
  const card = expandCard(template, {
    current: d.pack.area,
    areas: d.areas,
    fallbackText: `Your area is ${d.pack.area}. To change it, type “area” and one of: ${d.areas.map((a) => a.name).join(', ')}.`,
  });
  return withSafetyNet(card, d.pack);
}
