/**
 * View models: what a card shows, built from the rules engine's output. Plain
 * TypeScript: no bot SDK, so the same code can feed a web page.
 */
import type { Assessment, ContactStatus, Route } from '../rules';
export { DOCUMENT_TITLES, adviceLine, assessmentSources, contactsFor, safetyNet, sourcesOf, uncertainLevelText, whyFromRecognition } from '../rules';

export interface PhoneView {
  label: string;
  number: string;
  tel: string;
}
export interface EmailView {
  label: string;
  address: string;
  mailto: string;
}
export interface ContactView {
  name: string;
  purpose: string;
  phones: PhoneView[];
  emails: EmailView[];
  address: string;
  hours: string;
  /** "Open now", "Closed now: use ... instead", "Open any time", or "" when unknown. */
  status: string;
  missing: string;
  web: { label: string; url: string }[];
}

export const telHref = (n: string) => `tel:${n.replace(/\s+/g, '')}`;

export function contactView(s: ContactStatus): ContactView {
  const c = s.contact;
  let status = '';
  if (s.state === 'always') status = 'Open any time.';
  if (s.state === 'open') status = 'Open now.';
  if (s.state === 'closed') {
    const alt = s.instead;
    const altPhone = alt?.phones[0];
    // "Use Emergency Duty Team (out of hours) on 0161 794 8888": a name may end in brackets, so the number follows "on".
    status = alt ? `Closed now. Use ${alt.name}${altPhone ? ` on ${altPhone.number}` : ''} instead.` : 'Closed now.';
  }
  return {
    name: c.name,
    purpose: c.purpose,
    phones: c.phones.map((p) => ({ label: p.label, number: p.number, tel: telHref(p.number) })),
    emails: c.emails.map((e) => ({ label: e.label, address: e.address, mailto: `mailto:${e.address}` })),
    address: c.address ? c.address.lines.join(', ') : '',
    hours: s.hours ?? '',
    status,
    missing: c.missing ?? '',
    // Card links open https only (a pack may cite an http:// address).
    web: c.web ? [{ label: c.web.label, url: c.web.url.replace(/^http:\/\//i, 'https://') }] : [],
  };
}

export interface RouteView {
  title: string;
  summary: string;
  steps: { n: number; text: string }[];
}

export function routeView(route: Route): RouteView {
  return { title: route.title, summary: route.summary, steps: route.steps.map((s, i) => ({ n: i + 1, text: s.text })) };
}

export type { Assessment };
