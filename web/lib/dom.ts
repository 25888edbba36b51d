/** Small DOM helpers: every piece of text goes in through textContent, never as HTML. */
import type { ContactStatus } from '../../rules';
import { contactView } from '../../cards/view';

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

/** One contact: name, purpose, tap-to-call numbers, email, address, hours and whether it is open now. */
export function contactItem(s: ContactStatus, heading: 'h3' | 'h4'): HTMLLIElement {
  const v = contactView(s);
  const li = el('li', { 'data-contact': s.contact.id });
  li.append(el(heading, {}, v.name), el('p', { class: 'subtle' }, v.purpose));
  for (const p of v.phones) li.append(el('p', {}, `${p.label}: `, el('a', { href: p.tel }, p.number)));
  for (const e of v.emails) li.append(el('p', {}, `${e.label}: `, el('a', { href: e.mailto }, e.address)));
  if (v.address) li.append(el('p', {}, `Address: ${v.address}`));
  if (v.hours) li.append(el('p', {}, `Hours: ${v.hours}`));
  if (v.status) li.append(el('p', { class: s.state === 'closed' ? 'status-closed' : 'status-open', 'data-open': s.state }, v.status));
  if (v.missing) li.append(el('p', {}, v.missing));
  for (const w of v.web) li.append(el('p', {}, el('a', { href: w.url, target: '_blank', rel: 'noopener noreferrer' }, w.label)));
  return li;
}
