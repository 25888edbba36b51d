/**
 * What a user can read in what the bot sent: one reader for every test that asserts on it.
 */
import type { SentActivity } from './connector';

/**
 * A reader of every string a user can read in a reply: its text and every string on its cards,
 * with no-break spaces as plain ones. Keys in `skip` are left out with what is under them: a
 * test that must not count what a button sends back skips 'data', one about words rather than
 * links skips 'url'.
 */
export function readableWithout(...skip: string[]): (a: SentActivity | undefined) => string {
  return (a) => {
    if (!a) return '';
    const out: string[] = [a.body.text ?? ''];
    const walk = (n: unknown): void => {
      if (typeof n === 'string') out.push(n);
      else if (Array.isArray(n)) n.forEach(walk);
      else if (n && typeof n === 'object') Object.entries(n).forEach(([k, v]) => !skip.includes(k) && walk(v));
    };
    for (const att of a.body.attachments ?? []) walk(att.content);
    return out.join(' ').replace(/\u00a0/g, ' ');
  };
}

/** Every string a user can read in a reply (its text and every string on its cards but the card's $schema). */
export const readable = readableWithout('$schema');
