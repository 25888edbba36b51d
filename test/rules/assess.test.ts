import { describe, expect, it } from 'vitest';
import { assess, type Answers, type Assessment } from '../../rules/assess';
import { loadPack } from '../../rules/load';
import { salford } from '../../rules/packs/salford';
import type { Pack } from '../../rules/schema';

const pack: Pack = loadPack(salford);

const BRIDGE = '0161 603 4500';
const EDT = '0161 794 8888';

function contact(a: Assessment, id: string) {
  const c = a.contacts.find((x) => x.contact.id === id);
  if (!c) throw new Error(`no ${id} among ${a.contacts.map((x) => x.contact.id).join(', ')}`);
  return c;
}
const numbers = (a: Assessment) => a.contacts.map((c) => c.contact.phones[0]?.number);
const warningIds = (a: Assessment) => a.warnings.map((w) => w.id);

describe('the Bridge’s hours (Monday to Friday 8.30am to 4.30pm, Europe/London) and the EDT out of hours', () => {
  // [when, instant (UTC), Bridge open?]
  const instants: [string, string, boolean][] = [
    ['a weekday at 10am (GMT)', '2026-11-25T10:00:00Z', true],
    ['a weekday at 10am (BST)', '2026-06-17T09:00:00Z', true],
    ['a weekday at 8.29am', '2026-11-25T08:29:00Z', false],
    ['a weekday at 8.30am', '2026-11-25T08:30:00Z', true],
    ['a weekday at 4.29pm', '2026-11-25T16:29:00Z', true],
    ['a weekday at 4.30pm', '2026-11-25T16:30:00Z', false],
    ['a weekday at 5pm (GMT)', '2026-11-25T17:00:00Z', false],
    ['a weekday at 5pm (BST), which is 4pm UTC', '2026-06-17T16:00:00Z', false],
    ['a weekday at 4pm (BST), which is 3pm UTC', '2026-06-17T15:00:00Z', true],
    ['the night before, at 11pm', '2026-11-24T23:00:00Z', false],
    ['a Saturday at 11am', '2026-11-28T11:00:00Z', false],
    ['a Sunday at noon (BST)', '2026-06-21T11:00:00Z', false],
    ['Christmas Day 2026 (a Friday) at 10am', '2026-12-25T10:00:00Z', false],
    ['Boxing Day substitute, Monday 28 December 2026, at 10am', '2026-12-28T10:00:00Z', false],
    ['the early May bank holiday, Monday 3 May 2027, at 10am (BST)', '2027-05-03T09:00:00Z', false],
    ['Good Friday 2027 (26 March) at 10am', '2027-03-26T10:00:00Z', false],
    ['the Tuesday after Easter Monday 2027 at 10am (BST)', '2027-03-30T09:00:00Z', true],
  ];

  it.each(instants)('emergency on %s: 999 first, then the Bridge or the EDT', (_when, iso, open) => {
    const a = assess(pack, { immediateDanger: 'yes' }, new Date(iso));
    expect(a.level.id).toBe('emergency');
    expect(a.route.id).toBe('emergency');
    expect(a.contacts[0]?.contact.phones[0]?.number).toBe('999');
    expect(a.contacts[0]?.state).toBe('always');
    const bridge = contact(a, 'bridge');
    expect(a.contacts[1]?.contact.id).toBe('bridge');
    expect(bridge.state).toBe(open ? 'open' : 'closed');
    expect(contact(a, 'edt').state).toBe(open ? 'closed' : 'open');
    if (open) {
      expect(bridge.instead).toBeUndefined();
      expect(warningIds(a)).not.toContain('closed_now');
    } else {
      expect(bridge.instead?.phones[0]?.number).toBe(EDT);
      const closed = a.warnings.find((w) => w.id === 'closed_now');
      expect(closed?.text).toContain(`Call Emergency Duty Team (out of hours) on ${EDT} instead`);
      expect(closed?.text).toContain('Monday to Friday, 8.30am to 4.30pm');
    }
  });

  it.each(instants)('risk of significant harm on %s: the Bridge’s number, with the EDT when closed', (_when, iso, open) => {
    const a = assess(pack, { indicators: ['physical_abuse'] }, new Date(iso));
    expect(a.level.name).toBe('Getting Risk Support');
    expect(a.contacts[0]?.contact.phones[0]?.number).toBe(BRIDGE);
    expect(contact(a, 'bridge').state).toBe(open ? 'open' : 'closed');
    expect(contact(a, 'bridge').instead?.phones[0]?.number).toBe(open ? undefined : EDT);
  });
});

describe('levels and routes', () => {
  const at = new Date('2026-11-25T10:00:00Z');
  it.each<[string, Answers, string, string]>([
    ['nothing worrying', {}, 'Getting Advice', 'advice'],
    ['some extra support needed', { needs: 'some' }, 'Getting Help', 'early_help'],
    ['complex needs', { needs: 'complex' }, 'Getting More Help', 'more_help'],
    ['early help not working', { earlyHelp: 'not_working' }, 'Getting More Help', 'more_help'],
    ['poor attendance', { indicators: ['school_attendance'] }, 'Getting Help', 'early_help'],
    ['self-harm', { indicators: ['self_harm'] }, 'Getting More Help', 'more_help'],
    ['neglect', { indicators: ['neglect'] }, 'Getting Risk Support', 'risk_support'],
    ['attendance and neglect: the higher wins', { indicators: ['school_attendance', 'neglect'] }, 'Getting Risk Support', 'risk_support'],
    ['home alone', { homeAlone: 'yes' }, 'Immediate danger', 'emergency'],
    ['not sure about danger', { immediateDanger: 'not_sure' }, 'Immediate danger', 'emergency'],
    ['danger denied', { immediateDanger: 'no', homeAlone: 'no' }, 'Getting Advice', 'advice'],
    ['an unknown indicator id is ignored', { indicators: ['made_up'] }, 'Getting Advice', 'advice'],
  ])('%s → %s', (_what, answers, level, route) => {
    const a = assess(pack, answers, at);
    expect(a.level.name).toBe(level);
    expect(a.route.id).toBe(route);
  });

  it('the more-help route offers the practitioner advice line 0161 603 4555 first', () => {
    const a = assess(pack, { needs: 'complex' }, new Date('2026-11-25T10:00:00Z'));
    expect(a.actions[0]?.text).toContain('0161 603 4555');
    expect(numbers(a)[0]).toBe(BRIDGE);
  });

  it('carries the pack version and the date its contacts were checked', () => {
    const a = assess(pack, {}, new Date('2026-11-25T10:00:00Z'));
    expect(a).toMatchObject({ packId: 'salford', packVersion: pack.version, contactsCheckedOn: pack.contactsCheckedOn });
  });
});

describe('localities', () => {
  const at = new Date('2026-11-25T10:00:00Z');
  const localityIds = ['locality_central', 'locality_south', 'locality_north', 'locality_west'];

  it.each([
    ['north', 'locality_north', '0161 778 0495'],
    ['central', 'locality_central', '0161 778 0601'],
    ['south', 'locality_south', '0161 686 5260'],
    ['west', 'locality_west', '0161 686 7235'],
  ])('choosing %s shows only that locality team (%s, %s)', (locality, id, phone) => {
    const a = assess(pack, { needs: 'some', locality }, at);
    const shown = a.contacts.map((c) => c.contact.id).filter((c) => localityIds.includes(c));
    expect(shown).toEqual([id]);
    expect(contact(a, id).contact.phones[0]?.number).toBe(phone);
    expect(numbers(a)).toContain(BRIDGE);
  });

  it('without a locality (or "not sure") all four teams are shown', () => {
    for (const locality of [undefined, 'not_sure']) {
      const a = assess(pack, { needs: 'some', ...(locality ? { locality } : {}) }, at);
      expect(a.contacts.map((c) => c.contact.id).filter((c) => localityIds.includes(c))).toEqual(localityIds);
    }
  });

  it('a locality team closed at 6pm points to the Bridge, and the Bridge (closed too) to the EDT', () => {
    const a = assess(pack, { needs: 'some', locality: 'north' }, new Date('2026-11-25T18:00:00Z'));
    expect(contact(a, 'locality_north').state).toBe('closed');
    expect(contact(a, 'locality_north').instead?.phones[0]?.number).toBe(EDT);
  });
});

describe('warnings', () => {
  const at = new Date('2026-11-25T10:00:00Z');

  it.each([['sexual_abuse'], ['fabricated_illness'], ['forced_marriage']])('%s: do not tell the parents before referring', (id) => {
    const a = assess(pack, { indicators: [id] }, at);
    const w = a.warnings.find((x) => x.id === 'do_not_tell_parents');
    expect(w?.text).toMatch(/^Do not tell the parents or carers before you refer/);
    expect(w?.text).toContain('sexual abuse, fabricated illness or forced marriage');
    expect(w?.source?.file).toBe('004_c2d64e532e0d5cd5.txt');
  });

  it('the same warning when the practitioner is only "not sure" about sexual abuse', () => {
    const a = assess(pack, { unsureIndicators: ['sexual_abuse'] }, at);
    expect(warningIds(a)).toEqual(expect.arrayContaining(['do_not_tell_parents', 'not_sure']));
    expect(a.level.name).toBe('Getting Risk Support');
  });

  it.each([['physical_abuse'], ['neglect'], ['school_attendance']])('%s: no do-not-tell warning', (id) => {
    expect(warningIds(assess(pack, { indicators: [id] }, at))).not.toContain('do_not_tell_parents');
  });

  it('FGM: the reporting warning says who reports to whom, as Bury’s guidance (level 5) says it, and says whose guidance it is', () => {
    const a = assess(pack, { indicators: ['fgm'] }, at);
    const w = a.warnings.find((x) => x.id === 'mandatory_reporting');
    expect(w?.text).toBe(
      'Female genital mutilation (FGM), or a girl at risk of it: Bury’s guidance says everyone refers concerns about FGM to children’s social care for an assessment: in Salford, the Bridge. It adds that schools, health services and other agencies may need to follow additional mandatory reporting procedures for FGM: follow your organisation’s procedure as well as referring.',
    );
    expect(w?.source).toEqual({ file: '004_c2d64e532e0d5cd5.txt', section: 'Level 5' });
    expect(numbers(a)).toContain(BRIDGE);
  });

  it('no mandatory reporting warning without FGM', () => {
    expect(warningIds(assess(pack, { indicators: ['domestic_abuse'] }, at))).not.toContain('mandatory_reporting');
  });

  it('where the family must not be told first, the step that says to tell them is left out: only one of the two shows', () => {
    const tell = /tell the family you are making a referral/i;
    for (const id of ['sexual_abuse', 'forced_marriage', 'fabricated_illness']) {
      const a = assess(pack, { indicators: [id] }, at);
      expect(a.warnings.find((w) => w.id === 'do_not_tell_parents')?.text).toMatch(/^Do not tell the parents or carers before you refer, because of: .*Bury’s guidance says parents or carers must not be told/);
      expect(a.actions.map((s) => s.text).join(' ')).not.toMatch(tell);
    }
    // With physical abuse alone the family is usually told, and the step stays.
    expect(assess(pack, { indicators: ['physical_abuse'] }, at).actions.map((s) => s.text).join(' ')).toMatch(tell);
    // With both, the do-not-tell rule wins.
    expect(assess(pack, { indicators: ['physical_abuse', 'sexual_abuse'] }, at).actions.map((s) => s.text).join(' ')).not.toMatch(tell);
  });

  it('a family that does not know yet is told about, unless it must not be', () => {
    expect(warningIds(assess(pack, { indicators: ['neglect'], familyKnows: 'no' }, at))).toContain('tell_family');
    expect(warningIds(assess(pack, { indicators: ['sexual_abuse'], familyKnows: 'no' }, at))).not.toContain('tell_family');
  });
});

describe('rationale', () => {
  const at = new Date('2026-11-25T10:00:00Z');

  it('says why, with the effect and the source of each reason', () => {
    const a = assess(pack, { indicators: ['physical_abuse'], needs: 'some' }, at);
    expect(a.rationale).toEqual(
      expect.arrayContaining([
        {
          because: 'Signs of physical abuse or unexplained injuries.',
          effect: 'at least Getting Risk Support',
          source: { file: '001_6a0c92154672053a.txt', section: 'Child Protection - Getting Risk Support' },
        },
        expect.objectContaining({ effect: 'at least Getting Help', source: expect.objectContaining({ section: 'Getting Help' }) }),
      ]),
    );
  });

  it('explains a "not sure" answer as the safer route, citing the emergency guidance', () => {
    const a = assess(pack, { homeAlone: 'not_sure' }, at);
    expect(a.rationale).toEqual([
      {
        because: 'You were not sure whether the child is home alone, so the bot takes the safer route.',
        effect: 'at least Immediate danger',
        source: { file: '000_d42a021cda291206.txt', section: 'Worried about a child?' },
      },
    ]);
    expect(warningIds(a)).toContain('not_sure');
  });

  it('gives no reasons when nothing was raised', () => {
    expect(assess(pack, {}, at).rationale).toEqual([]);
  });
});

describe('special pathways', () => {
  const at = new Date('2026-11-25T10:00:00Z');

  it('exploitation of a 16 year old brings in contextual safeguarding (a young person’s plan)', () => {
    const a = assess(pack, { indicators: ['exploitation'], ageBand: '16_to_17' }, at);
    expect(a.pathways.map((p) => p.id)).toEqual(['contextual_safeguarding']);
    expect(a.actions.map((s) => s.text).join(' ')).toContain('young person’s plan');
  });

  it('but not for a child under 5', () => {
    expect(assess(pack, { indicators: ['exploitation'], ageBand: 'under_5' }, at).pathways).toEqual([]);
  });

  it('the young person’s plan is for over-15s: left out for a 12 to 15 year old, kept when the age is not known', () => {
    const plan = (ageBand?: Answers['ageBand']) => assess(pack, { indicators: ['exploitation'], ...(ageBand ? { ageBand } : {}) }, at).actions.some((s) => s.text.includes('young person’s plan'));
    expect(plan('12_to_15')).toBe(false);
    expect(plan('16_to_17')).toBe(true);
    expect(plan(undefined)).toBe(true);
    expect(plan('not_sure')).toBe(true);
  });

  it('joined to the level’s route, the pathway does not say "refer to the Bridge" a second time', () => {
    const texts = assess(pack, { indicators: ['exploitation'], ageBand: '16_to_17' }, at).actions.map((s) => s.text);
    expect(texts.filter((t) => t.includes('0161 603 4500'))).toHaveLength(1);
  });
});

describe('steps an indicator adds', () => {
  const at = new Date('2026-11-25T10:00:00Z');
  it('a disclosure: be honest with the child about who you will tell, and do not promise to keep it secret (golden rule 2)', () => {
    const a = assess(pack, { indicators: ['disclosure'] }, at);
    const step = a.actions.find((s) => s.text.includes('Do not promise to keep it secret'));
    expect(step?.source).toEqual({ file: '001_6a0c92154672053a.txt', section: 'Seven golden rules to sharing information' });
    expect(assess(pack, { indicators: ['physical_abuse'] }, at).actions.some((s) => s.text.includes('secret'))).toBe(false);
  });

  it('emerging neglect (hungry, tired, unkempt): the Thriving Families Tool, from Getting Help', () => {
    const a = assess(pack, { indicators: ['hygiene_hunger'] }, at);
    const step = a.actions.find((s) => s.text.includes('Thriving Families Tool'));
    expect(step?.source).toEqual({ file: '001_6a0c92154672053a.txt', section: 'Getting Help' });
  });
});

describe('"not sure" is worded as what to do in case it is so', () => {
  const at = new Date('2026-11-25T10:00:00Z');
  it.each<[string, Answers, boolean]>([
    ['not sure of immediate danger', { immediateDanger: 'not_sure' }, true],
    ['immediate danger, for certain', { immediateDanger: 'yes' }, false],
    ['not sure of any harm', { harmUnsure: true }, true],
    ['physical abuse for certain, not sure of the needs', { indicators: ['physical_abuse'], needs: 'not_sure' }, false],
    ['not sure of the needs alone', { needs: 'not_sure' }, true],
  ])('%s → level from "not sure": %s', (_name, answers, expected) => {
    expect(assess(pack, answers, at).levelFromNotSure).toBe(expected);
  });
});
