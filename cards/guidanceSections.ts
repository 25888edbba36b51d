import type { ContactStatus, GuidanceItem, Pack } from '../rules';
import { expandCard, submit, type AdaptiveCard, type Button } from './expand';
import { contactsText, sourcesLine, withContactsAndSafetyNet } from './parts';
import template from './templates/guidance-sections.json';
import { sourcesOf } from './view';

export interface GuidanceSectionsCardData {
  pack: Pack;
  title: string;
  intro?: string;
  /** A highlighted answer line ("This is private fostering: tell the council"). */
  outcome?: { text: string; style: 'attention' | 'warning' | 'good' | 'emphasis' };
  /** Cited sections, shown in order; their sources are listed at the foot. */
  sections: { heading: string; points: GuidanceItem['points'] }[];
  contacts: ContactStatus[];
  actions?: Button[];
  stale?: string;
}

/** Cited guidance as headed sections: the shape shared by the recording, information-sharing, private fostering and disability cards. */
export function buildGuidanceSectionsCard(d: GuidanceSectionsCardData): AdaptiveCard {
  const sections = d.sections.filter((s) => s.points.length > 0).map((s) => ({ heading: s.heading, points: s.points.map((p) => p.text) }));
  const sources = sourcesOf(d.sections.flatMap((s) => s.points));
  const fallbackText = [
    `${d.title}.`,
    d.intro ?? '',
    d.outcome?.text ?? '',
    ...sections.map((s) => `${s.heading}: ${s.points.join(' ')}`),
    `Contacts: ${contactsText(d.contacts)}.`,
  ]
    .filter(Boolean)
    .join(' ');
  const card = expandCard(template, {
    title: d.title,
    intro: d.intro ?? '',
    outcome: d.outcome?.text ?? '',
    outcomeStyle: d.outcome?.style ?? 'emphasis',
    sections,
    sources: sourcesLine(sources),
    fallbackText,
  });
  withContactsAndSafetyNet(card, d.pack, d.contacts, d.stale ? { stale: d.stale } : {});
  card.actions = (d.actions ?? []).slice(0, 5).map((a) => submit(a.title, a.action));
  return card;
}
