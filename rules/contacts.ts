import { isBankHoliday, londonTime } from './calendar';
import type { Contact, OpeningHours, Pack } from './schema';
import { phraseStems } from './text';

export type OpenState = 'open' | 'closed' | 'always' | 'unknown';

export interface ContactStatus {
  contact: Contact;
  state: OpenState;
  /** Opening hours in words, when known: "Monday to Friday, 8.30am to 4.30pm". */
  hours?: string;
  /** When closed: the contact to use instead. */
  instead?: Contact;
}

function toMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

function hoursOpen(hours: OpeningHours, pack: Pack, instant: Date, depth = 0): OpenState {
  switch (hours.kind) {
    case 'always':
      return 'always';
    case 'weekly': {
      const t = londonTime(instant);
      if (!hours.days.includes(t.day)) return 'closed';
      if (hours.closedOnBankHolidays && isBankHoliday(t.date)) return 'closed';
      return t.minutes >= toMinutes(hours.open) && t.minutes < toMinutes(hours.close) ? 'open' : 'closed';
    }
    case 'when-closed': {
      const of = pack.contacts.find((c) => c.id === hours.of);
      if (!of?.hours || depth > 3) return 'unknown';
      const s = hoursOpen(of.hours, pack, instant, depth + 1);
      return s === 'closed' ? 'open' : s === 'open' || s === 'always' ? 'closed' : 'unknown';
    }
  }
}

/** Is the contact open at this instant (Europe/London), and if not, what to use instead. */
export function openNow(pack: Pack, contact: Contact, instant: Date): ContactStatus {
  const state: OpenState = contact.hours ? hoursOpen(contact.hours, pack, instant) : 'unknown';
  const status: ContactStatus = { contact, state };
  const words = describeHours(pack, contact);
  if (words) status.hours = words;
  if (state === 'closed' && contact.outOfHours) {
    const alt = pack.contacts.find((c) => c.id === contact.outOfHours);
    if (alt) {
      // follow the chain once more if the alternative is itself closed (locality -> Bridge -> EDT)
      const altState = alt.hours ? hoursOpen(alt.hours, pack, instant) : 'unknown';
      const next = altState === 'closed' && alt.outOfHours ? pack.contacts.find((c) => c.id === alt.outOfHours) : undefined;
      status.instead = next ?? alt;
    }
  }
  return status;
}

const DAY_NAMES: Record<string, string> = { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' };

function clock(hhmm: string): string {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  const suffix = h >= 12 ? 'pm' : 'am';
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return `${h12}${m ? `.${String(m).padStart(2, '0')}` : ''}${suffix}`;
}

export function describeHours(pack: Pack, contact: Contact): string | undefined {
  const h = contact.hours;
  if (!h) return undefined;
  if (h.kind === 'always') return 'Any time, day or night';
  if (h.kind === 'when-closed') {
    const of = pack.contacts.find((c) => c.id === h.of);
    return of ? `When ${of.name} is closed: evenings, nights, weekends and bank holidays` : undefined;
  }
  const days = h.days.join(',') === 'mon,tue,wed,thu,fri' ? 'Monday to Friday' : h.days.map((d) => DAY_NAMES[d]).join(', ');
  return `${days}, ${clock(h.open)} to ${clock(h.close)}${h.closedOnBankHolidays ? ', closed on bank holidays' : ''}`;
}

export type ContactField = 'phone' | 'email' | 'address' | 'hours';

export interface ContactLookup {
  contacts: Contact[];
  /** What the user asked for, if they said ("north locality email" -> email). */
  fields: ContactField[];
}

const FIELD_WORDS: [ContactField, RegExp][] = [
  ['phone', /\b(phone|number|tel|telephone|ring|call)\b/i],
  ['email', /\b(email|e-mail|mail)\b/i],
  ['address', /\b(address|where is|where are|office|located)\b/i],
  ['hours', /\b(hours|open|opening|closed|close)\b/i],
];

/** Finds contacts by name or need: "north locality email", "FGC number", "out of hours". Best match first. */
export function lookupContacts(pack: Pack, query: string): ContactLookup {
  const q = new Set(phraseStems(query));
  const scored: { contact: Contact; score: number }[] = [];
  for (const contact of pack.contacts) {
    let score = 0;
    for (const name of [contact.name, ...contact.aliases]) {
      const stems = phraseStems(name);
      if (stems.length === 0) continue;
      const hit = stems.filter((s) => q.has(s)).length;
      if (hit === stems.length) score = Math.max(score, 10 + stems.length * 2);
      else if (hit > 0) score = Math.max(score, (hit / stems.length) * 5);
    }
    if (score > 0) scored.push({ contact, score });
  }
  scored.sort((a, b) => b.score - a.score);
  const top = scored[0]?.score ?? 0;
  const contacts = scored.filter((s) => s.score >= Math.max(3, top * 0.75)).map((s) => s.contact);
  const fields = FIELD_WORDS.filter(([, re]) => re.test(query)).map(([f]) => f);
  return { contacts, fields };
}
