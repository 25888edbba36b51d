/**
 * A listed word in another of its senses, read from its neighbours, for the phrase layer (rules/matcher.ts):
 * "routine" in "a routine check", "routine jabs" or "all routine" means ordinary, not a child's daily routine (Salford's
 * "routines", a sign that parents need help with them). Language handling, not guidance: the packs' cited phrases are
 * unchanged.
 */
import type { Token } from './text';

/** The word of a child's routine, in the packs' phrases ("routines", "sleep routine"). */
const ROUTINE = new Set(['routine', 'routines']);
/** Just after it: what is routine ("routine check", "routine 8 week check", "a routine one"). */
const ORDINARY_THING = new Set([
  'check', 'checks', 'checkup', 'appointment', 'appointments', 'appt', 'jab', 'jabs', 'immunisation', 'immunisations', 'vaccination',
  'vaccinations', 'visit', 'visits', 'test', 'tests', 'eye', 'dental', 'health', 'review', 'reviews', 'operation', 'procedure', 'scan',
  'screening', 'one', 'stuff', 'enquiry', 'query', 'question',
]);

/**
 * True when the phrase from `start` to `end` is "routine" meaning ordinary: a thing that is routine follows it (a number
 * between, as in "routine 8 week check", is passed over), or "all" comes just before it ("all routine really").
 */
export function routineMeansOrdinary(tokens: Token[], start: number, end: number): boolean {
  const first = tokens[start];
  if (first === undefined || start !== end || !ROUTINE.has(first.raw)) return false;
  const near = (k: number) => (tokens[k]?.clause === first.clause ? tokens[k]?.raw : undefined);
  if (near(start - 1) === 'all') return true;
  for (let k = end + 1; k <= end + 3; k++) {
    const w = near(k);
    if (w === undefined) return false;
    if (ORDINARY_THING.has(w)) return true;
    if (!/^\d+$/.test(w) && w !== 'week' && w !== 'month' && w !== 'year' && w !== 'two' && w !== 'six' && w !== 'eight') return false;
  }
  return false;
}
