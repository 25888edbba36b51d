/** Small DOM helpers: every piece of text goes in through textContent, never as HTML. */
import type { ContactStatus, Pack } from '../../rules';
import { contactView, telHref } from '../../cards/view';

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const c of children) node.append(c);
  return node;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`page is missing #${id}`);
  return node as T;
}

/** Every phone number a pack gives (999 included), longest first: the numbers {@link withTel} links. */
export function packNumbers(pack: Pack): string[] {
  return [...new Set(pack.contacts.flatMap((c) => c.phones.map((p) => p.number)))].sort((a, b) => b.length - a.length);
}

/** Text with each of `numbers` in it as a tap-to-call link (tel:), the rest as text. */
export function withTel(text: string, numbers: readonly string[]): (Node | string)[] {
  const wanted = numbers.filter((n) => n.trim() !== '');
  if (wanted.length === 0) return [text];
  const pattern = new RegExp(`(?<!\\d)(${wanted.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\d])`, 'g');
  const out: (Node | string)[] = [];
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    const at = m.index ?? 0;
    if (at > last) out.push(text.slice(last, at));
    out.push(el('a', { href: telHref(m[0]) }, m[0]));
    last = at + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

/** One contact: name, purpose, tap-to-call numbers, email, address, hours and whether it is open now. */
export function contactItem(s: ContactStatus, heading: 'h3' | 'h4', numbers: readonly string[] = []): HTMLLIElement {
  const v = contactView(s);
  const li = el('li', { 'data-contact': s.contact.id });
  li.append(el(heading, {}, v.name), el('p', { class: 'subtle' }, ...withTel(v.purpose, numbers)));
  for (const p of v.phones) li.append(el('p', {}, `${p.label}: `, el('a', { href: p.tel }, p.number)));
  for (const e of v.emails) li.append(el('p', {}, `${e.label}: `, el('a', { href: e.mailto }, e.address)));
  if (v.address) li.append(el('p', {}, `Address: ${v.address}`));
  if (v.hours) li.append(el('p', {}, `Hours: ${v.hours}`));
  if (v.status) li.append(el('p', { class: s.state === 'closed' ? 'status-closed' : 'status-open', 'data-open': s.state }, ...withTel(v.status, numbers)));
  if (v.missing) li.append(el('p', {}, ...withTel(v.missing, numbers)));
  for (const w of v.web) li.append(el('p', {}, el('a', { href: w.url, target: '_blank', rel: 'noopener noreferrer' }, w.label)));
  return li;
}
