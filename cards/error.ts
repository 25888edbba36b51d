import type { Pack } from '../rules';
import { describeHours } from '../rules';
import { expandCard, type AdaptiveCard } from './expand';
import template from './templates/error.json';
import { telHref } from './view';

export interface ErrorCardData {
  pack: Pack;
  title: string;
  message: string;
}

/** Something went wrong, or a card could not be read: the user still gets 999 and the front door. */
export function buildErrorCard(d: ErrorCardData): AdaptiveCard {
  const police = d.pack.contacts.find((c) => c.id === d.pack.emergencyContact)?.phones[0]?.number ?? '999';
  const door = d.pack.contacts.find((c) => c.id === d.pack.frontDoor);
  const doorNumber = door?.phones[0]?.number ?? '';
  const hours = door ? describeHours(d.pack, door) : undefined;
  const ooh = door?.outOfHours ? d.pack.contacts.find((c) => c.id === door.outOfHours) : undefined;
  // A front door with no number in the pack (Bury's MASH) says what is missing, never "call … on ."
  const doorLine = doorNumber
    ? `For any other worry, call ${door?.name ?? ''} on ${doorNumber}${hours ? ` (${hours})` : ''}.`
    : `For any other worry, contact ${door?.name ?? 'your local front door'}.${door?.missing ? ` ${door.missing}` : ''}`;
  const oohLine = ooh?.phones[0] ? `Out of hours, call ${ooh.name} on ${ooh.phones[0].number}.` : '';
  return expandCard(template, {
    title: d.title,
    message: d.message,
    police,
    policeTel: telHref(police),
    doorName: door?.name ?? '',
    doorNumber,
    doorTel: doorNumber ? telHref(doorNumber) : telHref(police),
    doorLine,
    oohLine,
    fallbackText: `${d.title}. ${d.message} If a child is in immediate danger or home alone, call ${police} now. ${doorLine} ${oohLine}`,
  });
}

/**
 * The answer to a card button whose value the bot cannot read (tampered, or from an old card):
 * nothing was done. `notDone` says what was not done (default "acted on it"); `next`, what to do instead.
 */
export function buildUnreadableCard(pack: Pack, opts: { notDone?: string; next?: string } = {}): AdaptiveCard {
  return buildErrorCard({ pack, title: 'I could not read that', message: `That button did not carry what I expected, so I have not ${opts.notDone ?? 'acted on it'}.${opts.next ? ` ${opts.next}` : ''}` });
}
