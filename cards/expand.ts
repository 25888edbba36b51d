/**
 * Expands a card template with adaptivecards-templating. User data is bound as
 * data, never evaluated as template text, so "${...}" typed by a user stays literal.
 */
import * as ACData from 'adaptivecards-templating';
import { VERBS, type ActionValue } from './actions';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export interface AdaptiveCard {
  type: 'AdaptiveCard';
  version: string;
  body: Json[];
  actions?: Json[];
  fallbackText: string;
  speak?: string;
  [key: string]: Json | undefined;
}

/** The highest Adaptive Card version Teams renders in bot messages. */
export const CARD_VERSION = '1.5';

// Parsing a template (every "${...}" through the adaptive-expressions ANTLR parser) costs far
// more than expanding it, and the templates never change: parse each once and reuse it, as
// adaptivecards-templating intends ("the instance can be bound to different data objects").
// expand() is synchronous and keeps no data between calls. Keyed weakly by the template object.
const prepared = new WeakMap<object, ACData.Template>();

export function expand<T extends object>(template: object, data: T): Json {
  let t = prepared.get(template);
  if (!t) {
    t = new ACData.Template(template);
    prepared.set(template, t);
  }
  return t.expand({ $root: data }) as Json;
}

/**
 * Parts whose data comes from a rules pack and the clock only (a contact block with its
 * open-now status, the safety-net footer), never from anything a user typed: the same data
 * always gives the same JSON, and a triage card repeats them on every answer. Expanded once
 * per distinct data and kept as the JSON value its text parses to (a bounded number per
 * template, oldest dropped first); each call gets its own copy, so callers may change what they get.
 * Never use this for data that can hold user text: it would keep that text in memory.
 */
export const PACK_PARTS_PER_TEMPLATE = 256;
const packParts = new WeakMap<object, Map<string, Json>>();

/**
 * A deep copy of a JSON value (what JSON.parse(JSON.stringify(value)) gives for one that came from
 * JSON.parse), about four times faster than parsing its text again (decision 020, round 5).
 */
function copyJson(value: Json): Json {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const out = new Array<Json>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = copyJson(value[i] as Json);
    return out;
  }
  const out: { [key: string]: Json } = {};
  for (const key of Object.keys(value)) {
    const v = copyJson(value[key] as Json);
    // An own "__proto__" key (JSON.parse makes one) stays a plain property, as JSON.parse keeps it.
    if (key === '__proto__') Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
    else out[key] = v;
  }
  return out;
}

export function expandPackPart<T extends object>(template: object, data: T): Json {
  return kept(template, data, () => expand(template, data));
}

/** The expansion kept for `template` and `data` (made by `make` the first time), as a fresh copy. */
function kept(template: object, data: object, make: () => Json): Json {
  let cache = packParts.get(template);
  if (!cache) {
    cache = new Map();
    packParts.set(template, cache);
  }
  const key = JSON.stringify(data);
  let value = cache.get(key);
  if (value === undefined) {
    // Through JSON text once, so what is kept is exactly what the text says (no undefined, no shared objects).
    value = JSON.parse(JSON.stringify(make())) as Json;
    if (cache.size >= PACK_PARTS_PER_TEMPLATE) cache.delete(cache.keys().next().value as string);
    cache.set(key, value);
  }
  return copyJson(value);
}

/** How many expansions of `template` expandPackPart keeps (tests). */
export function packPartsKept(template: object): number {
  return packParts.get(template)?.size ?? 0;
}

/** Everything expandPackPart keeps for `template`, the data and the expansion as JSON text (tests: what stays in memory). */
export function packPartsKeptText(template: object): string[] {
  return [...(packParts.get(template) ?? new Map<string, Json>())].flatMap(([key, value]) => [key, JSON.stringify(value)]);
}

/** Expands a whole-card template and checks the parts every card must have. */
export function expandCard<T extends object>(template: object, data: T & { fallbackText: string }): AdaptiveCard {
  // The registry's verbs, for the templates' buttons ("${$root.verbs.x}"): no template writes a verb itself.
  return finishCard(expand(template, { ...data, verbs: VERBS }), data.fallbackText);
}

/**
 * expandCard for data that comes from a rules pack and the answer's route, level and role only,
 * never from anything a user typed: expanded once per distinct data and copied after that, like
 * {@link expandPackPart} (the same rule: never give it data that can hold user text). The card is
 * the same as expandCard's, byte for byte (test/cards/result-cache.test.ts).
 */
export function expandPackCard<T extends object>(template: object, data: T & { fallbackText: string }): AdaptiveCard {
  // Keyed by the data alone: the verbs are the same for every card.
  return finishCard(kept(template, data, () => expand(template, { ...data, verbs: VERBS })), data.fallbackText);
}

function finishCard(expanded: Json, fallbackText: string): AdaptiveCard {
  const card = expanded as unknown as AdaptiveCard;
  if (card.type !== 'AdaptiveCard') throw new Error('template is not an AdaptiveCard');
  card.version = CARD_VERSION;
  // No "$schema" and no "speak": Teams reads neither (screen readers read the card itself), and
  // every byte counts towards the card sizes (issue 17). fallbackText carries the answer.
  card.fallbackText = fallbackText;
  return card;
}

/** Inserts expanded parts (contact blocks, the safety net) into a card body where a placeholder id stands. */
export function splice(card: AdaptiveCard, placeholderId: string, parts: Json[]): AdaptiveCard {
  const walk = (items: Json[]): boolean => {
    for (let i = 0; i < items.length; i++) {
      const el = items[i];
      if (el && typeof el === 'object' && !Array.isArray(el)) {
        if (el.id === placeholderId) {
          items.splice(i, 1, ...parts);
          return true;
        }
        for (const key of ['items', 'body'] as const) {
          const inner = el[key];
          if (Array.isArray(inner) && walk(inner)) return true;
        }
      }
    }
    return false;
  };
  if (!walk(card.body)) throw new Error(`card has no placeholder ${placeholderId}`);
  return card;
}

/** A card button: its title and the action's value (built by the registry, cards/actions.ts). */
export interface Button {
  title: string;
  action: ActionValue;
}

/** Every card action carries a verb; the bot validates the data with the verb's schema (cards/actions.ts). */
export function submit(title: string, action: ActionValue): Json {
  return { type: 'Action.Submit', title, data: { ...action } };
}

/** The same as an Action.Execute (answered in the invoke response): the verb, and the value as its data. */
export function execute(title: string, action: ActionValue): Json {
  return { type: 'Action.Execute', title, verb: action.verb, data: { ...action } };
}
