/**
 * Checks an Adaptive Card the way Teams will see it: it parses with the
 * `adaptivecards` library without warnings, declares version ≤ 1.5, carries
 * fallbackText, stays under Teams' 28 KB message limit, and every action carries
 * a verb or is a tel:/mailto:/https: link. The stand-in connector runs this on
 * every card any HTTP test makes the bot send (see test/setup/cardAudit.ts).
 *
 * It also checks what Teams shows outside the card: an activity's `summary` and `speak`
 * (notification previews, the lock screen, a watch), its `text` when a card goes with it
 * (the fallback), and a card's `fallbackText` and `speak`. None may carry what a user typed
 * about a child. Tests type child details with the word "sentinel" in them (any case), or
 * name other strings with {@link registerChildSentinels} (a date of birth, a concern).
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// lib/ is ES modules with extension-less imports and does not load in Node; the bundle does (PITFALLS).
const AC = require('adaptivecards/dist/adaptivecards.js') as {
  AdaptiveCard: new () => { parse(json: unknown, context: unknown): void };
  SerializationContext: new () => { eventCount: number; getEventAt(i: number): { message: string } };
};

export const MAX_CARD_BYTES = 28 * 1024;
const ADAPTIVE = 'application/vnd.microsoft.card.adaptive';

export function auditCard(card: unknown): string[] {
  const problems: string[] = [];
  if (!card || typeof card !== 'object') return ['not an object'];
  const c = card as { type?: unknown; version?: unknown; fallbackText?: unknown };
  if (c.type !== 'AdaptiveCard') problems.push('type is not AdaptiveCard');
  const version = Number(c.version);
  if (!(version > 0 && version <= 1.5)) problems.push(`version ${String(c.version)} is not 1.5 or lower`);
  if (typeof c.fallbackText !== 'string' || c.fallbackText.length === 0) problems.push('no fallbackText');
  const bytes = Buffer.byteLength(JSON.stringify(card));
  if (bytes > MAX_CARD_BYTES) problems.push(`${bytes} bytes is over 28 KB`);
  const ctx = new AC.SerializationContext();
  new AC.AdaptiveCard().parse(card, ctx);
  for (let i = 0; i < ctx.eventCount; i++) problems.push(`adaptivecards: ${ctx.getEventAt(i).message}`);
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const n = node as Record<string, unknown>;
    if (n.type === 'Action.Submit' || n.type === 'Action.Execute') {
      const data = (n.data ?? {}) as Record<string, unknown>;
      const msteams = data.msteams as { type?: unknown } | undefined;
      if (typeof n.verb !== 'string' && typeof data.verb !== 'string' && !msteams) problems.push(`action "${String(n.title)}" has no verb`);
    }
    if (n.type === 'Action.OpenUrl' && typeof n.url === 'string' && !/^(tel:|mailto:|https:)/.test(n.url)) problems.push(`link ${n.url} is not tel:, mailto: or https:`);
    for (const v of Object.values(n)) walk(v);
  };
  walk(card);
  return problems;
}

/** Problems found in cards sent during this test file, reported in afterAll. */
export const cardProblems: string[] = [];

/** Text typed about a child in the tests carries this word; {@link registerChildSentinels} adds others. */
const SENTINEL_WORD = /sentinel/i;
const childSentinels = new Set<string>();

/** Strings a test types about a child (a date of birth, a concern) that must stay out of previews. */
export function registerChildSentinels(...values: string[]): void {
  for (const v of values) if (v.trim() !== '') childSentinels.add(v);
}

function carriesChildDetails(text: unknown): boolean {
  if (typeof text !== 'string' || text === '') return false;
  if (SENTINEL_WORD.test(text)) return true;
  for (const s of childSentinels) if (text.includes(s)) return true;
  return false;
}

/** The parts of an activity Teams shows outside the card itself, by name. */
export function previewTexts(activity: unknown): [string, unknown][] {
  const a = (activity ?? {}) as { summary?: unknown; speak?: unknown; text?: unknown; attachments?: { contentType?: string; content?: unknown }[] };
  const attachments = Array.isArray(a.attachments) ? a.attachments : [];
  const out: [string, unknown][] = [
    ['activity summary', a.summary],
    ['activity speak', a.speak],
  ];
  if (attachments.length > 0) out.push(['activity text (the fallback for its card)', a.text]);
  for (const att of attachments) {
    if (att.contentType !== ADAPTIVE) continue;
    const card = (att.content ?? {}) as { fallbackText?: unknown; speak?: unknown };
    out.push(['card fallbackText', card.fallbackText], ['card speak', card.speak]);
  }
  return out;
}

/** Audits the Adaptive Card attachments of an activity the bot sent, and what Teams shows of it outside the card. */
export function auditActivity(activity: unknown, where: string): void {
  const attachments = (activity as { attachments?: { contentType?: string; content?: unknown }[] } | undefined)?.attachments ?? [];
  for (const a of attachments) {
    if (a.contentType !== ADAPTIVE) continue;
    const fallback = (a.content as { fallbackText?: string } | undefined)?.fallbackText ?? '';
    for (const p of auditCard(a.content)) cardProblems.push(`${where} [${fallback.slice(0, 60)}]: ${p}`);
  }
  for (const [field, text] of previewTexts(activity)) {
    if (carriesChildDetails(text)) cardProblems.push(`${where}: the ${field} carries what the user typed about a child (notification previews show it)`);
  }
}
