import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { thrownBy } from '../helpers/thrown';
import { changedPack } from '../helpers/packs';
import { AREAS, loadEngines } from '../../rules';
import { loadPack, PackInvalidError } from '../../rules/load';
import { bury } from '../../rules/packs/bury';
import { nottingham } from '../../rules/packs/nottingham';
import { salford } from '../../rules/packs/salford';
import type { PackInput } from '../../rules/schema';
import { readCorpus } from '../../scripts/corpus';

const PACKS = [
  ['salford', salford],
  ['bury', bury],
  ['nottingham', nottingham],
] as const;

/** A deep copy of Salford with one change, to prove the loader rejects it. */
function mutated(change: (p: PackInput) => void): PackInput {
  return changedPack(salford, change);
}

const loadError = (input: unknown): PackInvalidError => thrownBy(PackInvalidError, () => loadPack(input));

describe.each(PACKS)('pack %s', (id, input) => {
  it('loads, keeps its id and has an emergency level above every other level', () => {
    const pack = loadPack(input);
    expect(pack.id).toBe(id);
    const emergency = pack.levels.find((l) => l.id === pack.emergencyLevel);
    expect(emergency).toBeDefined();
    for (const l of pack.levels) if (l.id !== pack.emergencyLevel) expect(l.rank).toBeLessThan(emergency?.rank ?? -1);
  });

  it('is frozen all the way down: nobody can change a phone number at run time', () => {
    const pack = loadPack(input);
    expect(Object.isFrozen(pack)).toBe(true);
    expect(Object.isFrozen(pack.contacts)).toBe(true);
    const withPhone = pack.contacts.find((c) => c.phones.length > 0);
    expect(withPhone).toBeDefined();
    const phone = withPhone?.phones[0];
    expect(Object.isFrozen(phone)).toBe(true);
    const before = phone?.number;
    expect(() => {
      (phone as { number: string }).number = '0000 000 0000';
    }).toThrow(TypeError);
    expect(phone?.number).toBe(before);
    expect(() => (pack.indicators as unknown[]).push({})).toThrow(TypeError);
  });

  it('does not freeze or change the input it was given', () => {
    const copy = structuredClone(input);
    loadPack(copy);
    expect(Object.isFrozen(copy)).toBe(false);
  });
});

describe('a malformed pack fails with PackInvalidError naming the bad field', () => {
  it.each([
    [
      'a contact whose outOfHours names an unknown contact',
      (p: PackInput) => {
        const bridge = p.contacts.find((c) => c.id === 'bridge');
        if (bridge) bridge.outOfHours = 'night_team';
      },
      /contacts\.1\.outOfHours: unknown contact/,
    ],
    [
      'a level said to sit within a level the pack does not have',
      (p: PackInput) => {
        const emergency = p.levels.find((l) => l.id === 'emergency');
        if (emergency?.within) emergency.within.level = 'getting_urgent_help';
      },
      /levels\.4\.within\.level: unknown level \(another level of this pack\)/,
    ],
    [
      'a phone number that is not a UK number',
      (p: PackInput) => {
        const fgc = p.contacts.find((c) => c.id === 'fgc');
        if (fgc?.phones[0]) fgc.phones[0].number = '0161-686-5264 ext 2';
      },
      /contacts\.7\.phones\.0\.number: a UK phone number as the source writes it/,
    ],
    [
      'a contact with no source',
      (p: PackInput) => {
        const edt = p.contacts.find((c) => c.id === 'edt') as { source?: unknown } | undefined;
        if (edt) delete edt.source;
      },
      /contacts\.2\.source: /,
    ],
    [
      'a source that names a file outside shared/seeds',
      (p: PackInput) => {
        p.levels[0] = { ...(p.levels[0] as PackInput['levels'][number]), source: { file: 'my-notes.txt', section: 'Getting advice' } };
      },
      /levels\.0\.source\.file: must name a file in shared\/seeds\//,
    ],
    [
      'an email address that is not an email address',
      (p: PackInput) => {
        const bridge = p.contacts.find((c) => c.id === 'bridge');
        if (bridge?.emails[0]) bridge.emails[0].address = 'worriedaboutachild at salford';
      },
      /contacts\.1\.emails\.0\.address: /,
    ],
    [
      'a route that lists a contact the pack does not have',
      (p: PackInput) => {
        p.routes[0]?.contacts.push('social_worker_on_call');
      },
      /routes\.0\.contacts\.3: unknown contact/,
    ],
    [
      'an indicator pointing to a level that does not exist',
      (p: PackInput) => {
        if (p.indicators[0]) p.indicators[0].level = 'level_6';
      },
      /indicators\.0\.level: unknown level/,
    ],
    [
      'a level without a route',
      (p: PackInput) => {
        delete p.levelRoutes.getting_help;
      },
      /levelRoutes\.getting_help: unknown route for this level/,
    ],
    [
      'a contact with no phone, email or web page that does not say what is missing',
      (p: PackInput) => {
        const lado = p.contacts.find((c) => c.id === 'lado');
        if (lado) delete lado.missing;
      },
      /contacts\.\d+: a contact with no phone, email or web page must say what is missing/,
    ],
    [
      'two contacts with the same id',
      (p: PackInput) => {
        const edt = p.contacts.find((c) => c.id === 'edt');
        if (edt) edt.id = 'bridge';
      },
      /contacts\.2: duplicate id bridge/,
    ],
  ] as const)('%s', (_what, change, path) => {
    const err = loadError(mutated(change));
    expect(err.code).toBe('PACK_INVALID');
    expect(err.packId).toBe('salford');
    expect(err.message).toMatch(path);
    expect(err.problems.some((p) => path.test(p))).toBe(true);
  });

  it('lists every bad field, not just the first', () => {
    const err = loadError(
      mutated((p) => {
        const bridge = p.contacts.find((c) => c.id === 'bridge');
        if (bridge) bridge.outOfHours = 'nobody';
        p.emergencyContact = 'nine_nine_nine';
      }),
    );
    expect(err.problems).toEqual(expect.arrayContaining(['contacts.1.outOfHours: unknown contact', 'emergencyContact: unknown contact']));
  });

  it('names the pack as unknown when the input is not a pack at all', () => {
    const err = loadError('salford');
    expect(err.packId).toBe('(unknown)');
    expect(err.message).toContain('(pack)');
  });
});

describe('engines whose recogniser is built at their first message (loadEngines(now), decision 020 round 9)', () => {
  it('read every area as engines built at once do, and keep the same packs', () => {
    const texts = readCorpus(path.resolve(__dirname, '../..')).filter((_, i) => i % 40 === 0).map((item) => item.text);
    expect(texts.length).toBeGreaterThan(50);
    const atOnce = loadEngines();
    const later = loadEngines(['salford']);
    for (const area of AREAS) {
      expect(later[area].pack).toEqual(atOnce[area].pack);
      expect(texts.map((t) => later[area].recognise(t))).toEqual(texts.map((t) => atOnce[area].recognise(t)));
    }
  });
});
