/**
 * The frozen evaluation set (written apart from the code, never tuned on) held to
 * what matters most: an immediate-danger message gets 999 first. Failures are
 * reported as counts and ids only: the set keeps measuring only while nobody
 * studies its misses message by message. Full figures: `npm run eval` (EVALUATION.md).
 *
 * The bar is every such message; today's recogniser misses a few, so this
 * is a ratchet: it fails when more are missed than the number recorded here, and the
 * number may only go down.
 */
import { describe, expect, it } from 'vitest';
import { AREAS, loadEngines } from '../../rules';
import { readFrozen, score } from '../../scripts/evaluation';

const ROOT = new URL('../../', import.meta.url).pathname;
const AT = new Date('2026-11-23T10:00:00Z');
/** Immediate-danger messages allowed to miss 999 (measured when the semantic layer came in; lower it, never raise it). */
const MISSES_ALLOWED: Record<(typeof AREAS)[number], number> = { salford: 0, bury: 0, nottingham: 0 };

describe('frozen evaluation set: immediate danger gets 999 first', () => {
  const engines = loadEngines();
  it.each(AREAS)('%s', (area) => {
    const items = readFrozen(ROOT, area).filter((i) => i.route === 'emergency');
    expect(items.length).toBeGreaterThanOrEqual(30);
    const missed = score(engines[area], items, AT).filter((s) => !s.got.leads999);
    expect(missed.length, `${missed.length} of ${items.length} immediate-danger messages did not get 999 first (ids: ${missed.map((m) => m.id).join(', ')})`).toBeLessThanOrEqual(MISSES_ALLOWED[area]);
  });
});
