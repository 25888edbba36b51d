import type { ContactStatus, Pack, Route } from '../rules';
import { expandCard, submit, type AdaptiveCard, type Json } from './expand';
import { contactsText, sourcesLine, withContactsAndSafetyNet } from './parts';
import template from './templates/route.json';
import { sourcesOf } from './view';

export interface RouteCardData {
  pack: Pack;
  route: Route;
  contacts: ContactStatus[];
  /** Extra cited points (the golden rules, consent by level...). */
  points?: { title: string; items: { text: string; source: { file: string; section: string; page?: string } }[] };
  why?: string[];
  actions?: { title: string; verb: string; data?: Record<string, Json> }[];
  stale?: string;
}

/** A special pathway or topic: private fostering, information sharing, LADO, after a referral... */
export function buildRouteCard(d: RouteCardData): AdaptiveCard {
  const steps = d.route.steps.map((s, i) => ({ n: i + 1, text: s.text }));
  const points = d.points?.items.map((p) => p.text) ?? [];
  const sources = sourcesOf([d.route, ...d.route.steps, ...(d.points?.items ?? [])]);
  const card = expandCard(template, {
    title: d.route.title,
    summary: d.route.summary,
    steps,
    pointsTitle: d.points?.title ?? '',
    points,
    why: d.why ?? [],
    sources: sourcesLine(sources),
    fallbackText: `${d.route.title}. ${d.route.summary} ${steps.map((s) => `${s.n}. ${s.text}`).join(' ')} ${points.join(' ')} Contacts: ${contactsText(d.contacts)}.`,
  });
  withContactsAndSafetyNet(card, d.pack, d.contacts, d.stale ? { stale: d.stale } : {});
  card.actions = (d.actions ?? []).slice(0, 5).map((a) => submit(a.title, a.verb, a.data ?? {}));
  return card;
}
