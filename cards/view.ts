/**
 * View models: what a card shows, built from the rules engine's output. Plain
 * TypeScript: no bot SDK, so the same code can feed a web page.
 */
import type { Assessment, ContactStatus, Pack, Recognition, Route } from '../rules';
import { describeHours, openNow } from '../rules';

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
    status = alt ? `Closed now. Use ${alt.name}${altPhone ? ` (${altPhone.number})` : ''} instead.` : 'Closed now.';
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

/** One line that is on every answer: 999, the front door, and its out-of-hours alternative. */
export function safetyNet(pack: Pack): string {
  const police = pack.contacts.find((c) => c.id === pack.emergencyContact);
  const door = pack.contacts.find((c) => c.id === pack.frontDoor);
  const ooh = door?.outOfHours ? pack.contacts.find((c) => c.id === door.outOfHours) : undefined;
  const parts = [`If anything changes: a child in immediate danger or home alone, call ${police?.phones[0]?.number ?? '999'}.`];
  if (door) {
    const hours = describeHours(pack, door);
    parts.push(`Any other worry: ${door.name}${door.phones[0] ? ` on ${door.phones[0].number}` : ''}${hours ? ` (${hours})` : ''}.`);
  }
  if (ooh?.phones[0]) parts.push(`Out of hours: ${ooh.name} on ${ooh.phones[0].number}.`);
  return parts.join(' ');
}

/** The documents in shared/seeds/ by file name, as a practitioner would recognise them. */
export const DOCUMENT_TITLES: Readonly<Record<string, string>> = {
  '000_d42a021cda291206.txt': 'Salford Joint Working Protocol with VCSE organisations',
  '001_6a0c92154672053a.txt': 'Support and Safeguarding in Salford',
  '002_184f04cef1d3f9e9.txt': 'SSCP Multi-Agency Safeguarding Arrangements',
  '003_2bbeb111cec99a33.txt': 'Working Together 2018 self-directed learning (Nottingham City)',
  '004_c2d64e532e0d5cd5.txt': 'Bury Integrated Safeguarding Partnership thresholds guidance',
  'supplementary.md': 'Salford Safeguarding Children Partnership and Salford CVS web pages',
};

/** "Support and Safeguarding in Salford, “Recording what we do”": the document title and section, once each. */
export function sourcesOf(items: { source: { file: string; section: string; page?: string } }[]): string[] {
  const seen = new Set<string>();
  for (const i of items) {
    const title = DOCUMENT_TITLES[i.source.file] ?? i.source.file;
    seen.add(i.source.page ? `${title} (${i.source.page})` : `${title}, “${i.source.section}”`);
  }
  return [...seen];
}

export function contactsFor(pack: Pack, ids: readonly string[], at: Date): ContactStatus[] {
  return ids.map((id) => pack.contacts.find((c) => c.id === id)).filter((c) => c !== undefined).map((c) => openNow(pack, c, at));
}

/** Lines in full before the rest are summed up by label: a pasted report can match every indicator, and Teams drops a message over 28 KB. */
const WHY_IN_FULL = 6;
const NOT_IN_FULL = 3;
const MATCHED_SHOWN = 3;
const quoted = (matched: string[]) => `“${matched.slice(0, MATCHED_SHOWN).map((m) => (m.length > 60 ? `${m.slice(0, 59)}…` : m)).join('”, “')}”`;

/** "You mentioned: “bruises”, “reluctant to change for PE”." Every indicator is named; past a few, by its label only. */
export function whyFromRecognition(r: Recognition | undefined, pack: Pack): string[] {
  if (!r) return [];
  const out: string[] = [];
  const found = r.indicators.map((i) => ({ i, ind: pack.indicators.find((x) => x.id === i.id) })).filter((x) => x.ind !== undefined);
  for (const { i, ind } of found.slice(0, WHY_IN_FULL))
    out.push(
      i.matched.length > 0
        ? `You mentioned ${quoted(i.matched)}: ${ind?.label.toLowerCase()}.`
        : // Found by the meaning of the message, not a listed phrase: say so, and that it is a reading, not a finding.
          `What you described may be a sign of: ${ind?.label.toLowerCase()}. If that is wrong, say so.`,
    );
  if (found.length > WHY_IN_FULL) out.push(`You also mentioned signs of: ${found.slice(WHY_IN_FULL).map((x) => x.ind?.label.toLowerCase()).join('; ')}.`);
  const negated = r.negated.map((n) => ({ n, ind: pack.indicators.find((x) => x.id === n.id) })).filter((x) => x.ind !== undefined);
  for (const { n, ind } of negated.slice(0, NOT_IN_FULL)) out.push(`You said “not” before ${quoted(n.matched)}, so the bot has not counted ${ind?.label.toLowerCase()}. If that is wrong, say so or call 999.`);
  if (negated.length > NOT_IN_FULL) out.push(`You also said “not” before signs of: ${negated.slice(NOT_IN_FULL).map((x) => x.ind?.label.toLowerCase()).join('; ')}, so the bot has not counted them. If that is wrong, say so or call 999.`);
  return out;
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
