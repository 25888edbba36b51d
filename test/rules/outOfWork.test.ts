/**
 * A parent out of work, with no word of help, a plan or a service, is not early help that has stalled (rules/outOfWork.ts,
 * combine step 3b-5; Salford's "not working" phrase narrowed to help, plans and support): an ordinary matter, while
 * "the TAF is not working" stays help that has stalled.
 */
import { describe, expect, it } from 'vitest';
import { loadEngines } from '../../rules';
import { onlyOutOfWork } from '../../rules/outOfWork';

const engines = loadEngines();
const AT = new Date('2026-12-02T10:00:00Z');

describe('onlyOutOfWork', () => {
  it.each(["dad's not working at the moment so money is a bit tight", 'mum lost her job', 'both parents unemployed, kids fine'])('out of work: "%s"', (text) => {
    expect(onlyOutOfWork(text)).toBe(true);
  });
  it.each(['the TAF is not working, mum has stopped coming to meetings', "dad isn't working and the early help plan is not working either", 'the new medication is not working'])('not: "%s"', (text) => {
    expect(onlyOutOfWork(text)).toBe(false);
  });
});

describe('through the recogniser', () => {
  const STALLED = { salford: 'getting_more_help', bury: 'level4' } as const;
  it.each(['salford', 'bury'] as const)('%s: a parent out of work is an ordinary matter', (area) => {
    for (const text of ["dad's not working at the moment so money is a bit tight", "mum's not working at the moment, is that a concern?"]) {
      const r = engines[area].recognise(text);
      expect(r.intent, text).toBe('advice');
    }
  });
  it.each(['salford', 'bury'] as const)('%s: help that is not working is still help that has stalled', (area) => {
    const r = engines[area].recognise('the TAF is not working, mum has stopped coming to meetings');
    expect(engines[area].assess({ indicators: r.indicators.map((i) => i.id) }, AT).level.id).toBe(STALLED[area]);
  });
});
