/**
 * The shared threshold rules: packs (data) and a pure engine. No bot SDK and no
 * Node built-ins, so the same module runs in the bot and in a browser page.
 */
import { assess, routeFor, type Answers, type Assessment } from './assess';
import { lookupContacts, openNow, type ContactLookup, type ContactStatus } from './contacts';
import { deepFreeze, loadPack } from './load';
import { takePrevalidatedPacks } from './prevalidatedPacks';
import { bury } from './packs/bury';
import { nottingham } from './packs/nottingham';
import { salford } from './packs/salford';
import { Recogniser, type Recognition } from './recognise';
import { packSchemas, type Contact, type Pack, type Route } from './schema';
import type { Thresholds } from './semantic/combine';
import { SemanticModel, type ModelData } from './semantic/model';
import modelData from './semantic/model-data';

export * from './age';
export * from './assess';
export * from './calendar';
export * from './contacts';
export * from './escalation';
export * from './load';
export * from './recognise';
export * from './privateFostering';
export * from './disability';
export * from './explain';
export * from './answer';
export * from './referral';
export type * from './schema';

export const AREAS = ['salford', 'bury', 'nottingham'] as const;
export type Area = (typeof AREAS)[number];

/** One pack with its compiled recogniser: build once at start-up, share everywhere. */
export interface Engine {
  pack: Pack;
  recognise(text: string): Recognition;
  assess(answers: Answers, at: Date): Assessment;
  lookup(query: string): ContactLookup;
  openNow(contact: Contact, at: Date): ContactStatus;
  route(id: string): Route | undefined;
}

/**
 * The model as stored, until the first call builds the model from it; then let go, so that the stored
 * form (the weights as base64 text, the neighbours, the word lists) is not kept in memory beside the
 * model built from it (decision 020). Only this top-level line may name `modelData`: a function that
 * named it would keep it alive for the life of the process.
 */
let storedModel: ModelData | undefined = modelData;

/** The semantic recogniser trained on the shared corpus (`npm run train`), built once and shared by every pack. */
export const defaultSemanticModel: () => SemanticModel = (() => {
  let model: SemanticModel | undefined;
  return () => {
    if (!model) {
      model = new SemanticModel(storedModel as ModelData);
      storedModel = undefined;
    }
    return model;
  };
})();

/**
 * `semantic: null` gives the phrase layer alone (for tests of that layer). With `later`, the pack's recogniser (which
 * indexes every phrase of the pack) is built at the first `recognise` rather than now: the same recogniser, built from
 * the same pack and model, so the same readings (decision 020, round 9).
 */
export function createEngine(pack: Pack, semantic: SemanticModel | null = defaultSemanticModel(), thresholds?: Partial<Thresholds>, { later = false } = {}): Engine {
  const build = () => new Recogniser(pack, semantic ? { model: semantic, ...(thresholds ? { thresholds } : {}) } : undefined);
  let recogniser = later ? undefined : build();
  return {
    pack,
    recognise: (text) => (recogniser ??= build()).recognise(text),
    assess: (answers, at) => assess(pack, answers, at),
    lookup: (query) => lookupContacts(pack, query),
    openNow: (contact, at) => openNow(pack, contact, at),
    route: (id) => routeFor(pack, id),
  };
}

const SOURCES: Record<Area, unknown> = { salford, bury, nottingham };

/** Validates every pack. Throws PackInvalidError naming the bad field. (No recogniser: pages that only need the data stay small.) */
export function loadPacks(): Record<Area, Pack> {
  // In the bot's bundle, the first call takes the packs as validated at build time (rules/prevalidatedPacks.ts).
  const prevalidated = takePrevalidatedPacks();
  if (prevalidated !== undefined) return deepFreeze(prevalidated as Record<Area, Pack>);
  const out = {} as Record<Area, Pack>;
  // One schema for the three packs, garbage once they are checked (decision 020, round 7).
  const schema = packSchemas().PackSchema;
  for (const area of AREAS) out[area] = loadPack(SOURCES[area], schema);
  return out;
}

/**
 * Validates every pack and compiles its engine. Throws PackInvalidError naming the bad field. With `now`, only those
 * areas' recognisers are built at once and the others at their area's first message: the bot builds its default area's
 * at start and the other two when someone first asks in them (each about 20 ms of a start to /readyz on the 2-core host;
 * decision 020, round 9).
 */
export function loadEngines(now: readonly Area[] = AREAS): Record<Area, Engine> {
  const packs = loadPacks();
  const out = {} as Record<Area, Engine>;
  for (const area of AREAS) out[area] = createEngine(packs[area], defaultSemanticModel(), undefined, { later: !now.includes(area) });
  return out;
}

export function isArea(x: unknown): x is Area {
  return typeof x === 'string' && (AREAS as readonly string[]).includes(x);
}
