/**
 * rules/staffConcern.ts and combine's step 4: someone who works or volunteers with children acting towards a child is
 * a concern for the LADO (Salford's route); the worker must be the one acting, and harm at child protection still leads.
 */
import { describe, expect, it } from 'vitest';
import { loadEngines } from '../../rules';
import { onlyChildActsOnStaff, onlyOwnRole, staffActs } from '../../rules/staffConcern';

const engines = loadEngines();

describe('a worker acting towards a child', () => {
  it.each([
    'a TA grabbed a child by the arm and shouted in his face, I saw it',
    'our nursery cook shouted at a 3 year old and shook her by the shoulders',
    'our scout leader adds the kids on snapchat, is that allowed?',
    'our under 10s coach made her son do press ups till he was sick as a punishment',
    'one of our referees tuoched a young player in the tunnel, two lads saw it',
    'the swimming teacher pinned a year 5 against the side of the pool',
    'a trainee on placement keeps messaging a 15 year old on instagram',
    'the room leader locks a toddler in the cloakroom when he cries',
    'a nursery practitioner posted videos of the children on her tiktok',
    'one of the school staff is going out with a year 11',
    // Thirty-ninth session: a child named by school year as practitioners write it.
    'TA messaging a Y10 girl on Insta at night. who do I tell?',
    // Forty-second session: "DM'd", "one of my ...", and "asking for 'pics'".
    "assistant coach DM'd one of my U12s asking for 'pics after training'. lad showed me",
  ])('"%s"', (text) => {
    expect(staffActs(text)).toBe(true);
  });

  it('an adult asking a child for pictures: the LADO in Salford, child protection in Bury and Nottingham (no LADO in their guidance)', () => {
    const text = "assistant coach DM'd one of my U12s asking for 'pics after training'. lad showed me";
    expect(engines.salford.recognise(text).intent).toBe('lado');
    for (const area of ['bury', 'nottingham'] as const) {
      expect(engines[area].recognise(text).indicators.map((i) => i.id), area).toContain('sexual_abuse');
    }
  });

  it('Salford: "TA messaging a Y10 girl on Insta at night. who do I tell?" is a concern for the LADO, not the contacts card', () => {
    expect(engines.salford.recognise('TA messaging a Y10 girl on Insta at night. who do I tell?').intent).toBe('lado');
  });

  it.each([
    'mum told the teacher that dad hits her',
    'I’m a coach, am I allowed to talk to the school about a kid I’m worried about?',
    'the teacher noticed bruises on his arm',
    'she has been late to school every day this week',
    'the teacher noticed he had no money for lunch again',
    'the teacher got in touch about his attendance',
    'the caretaker locked the gates early so mum waited outside',
    'his teacher commented that he looks tired',
    'the teacher is seeing a counsellor about her own stress',
    'the coach posted photos of the match on the club page',
    'our practitioner pinned the notice to the board',
    'mum told the tutor that her brother locks him out',
  ])('not "%s"', (text) => {
    expect(staffActs(text)).toBe(false);
  });

  it('Salford: rough handling by staff leads to the LADO, with the Bridge on that card', () => {
    const engine = engines.salford;
    // Answered "Universal services and advice" before this step.
    const r = engine.recognise('one of our helpers at the holiday club keeps dragging the little ones by the wrist');
    expect(r.intent).toBe('lado');
    expect(engine.route('lado')?.contacts).toContain('bridge');
  });

  it('Salford: a family member hurting a child is not a LADO matter because a teacher heard of it', () => {
    expect(engines.salford.recognise('mum told the teacher that dad hits her with a belt').intent).not.toBe('lado');
  });

  it('Bury and Nottingham have no LADO route: the answer is unchanged there', () => {
    for (const area of ['bury', 'nottingham'] as const) expect(engines[area].recognise('a TA grabbed a child by the arm and shouted in his face, I saw it').intent).not.toBe('lado');
  });
});

describe('a child acting towards a member of staff is not a concern for the LADO', () => {
  it.each(['kid swore at a teacher', 'she spat at the dinner lady', 'Y9 lad punched a TA in the corridor'])('"%s"', (text) => {
    expect(onlyChildActsOnStaff(text)).toBe(true);
  });
  it.each([
    'a teacher swore at a kid',
    // A worker acting towards the child as well: the LADO still.
    'kid swore at a teacher and the teacher slapped him',
    'mum says the child is scared of the teacher',
  ])('not "%s"', (text) => {
    expect(onlyChildActsOnStaff(text)).toBe(false);
  });

  it('Salford: "kid swore at a teacher" is not answered with the LADO (the meaning alone gave it); a teacher swearing at a kid is', () => {
    const salford = loadEngines().salford;
    expect(salford.recognise('kid swore at a teacher').intent).not.toBe('lado');
    expect(salford.recognise('a teacher swore at a kid').intent).toBe('lado');
  });
});

describe('the writer naming their own role is an introduction, not a concern for the LADO', () => {
  it.each(["i'm a teacher", 'hi, I am a youth worker'])('"%s"', (text) => {
    expect(onlyOwnRole(text)).toBe(true);
  });
  it.each([
    "I'm a coach, one of the other coaches messages the girls late at night",
    'Someone from our church who works as a teacher has been saying weird things about kids',
    'the teacher shouted at him',
  ])('not "%s"', (text) => {
    expect(onlyOwnRole(text)).toBe(false);
  });
  it('Salford: "i\'m a teacher" gets the welcome card, not the LADO; another coach named keeps it', () => {
    const salford = loadEngines().salford;
    expect(salford.recognise("i'm a teacher").intent).toBe('help');
    expect(salford.recognise("I'm a coach, one of the other coaches messages the girls late at night").intent).toBe('lado');
  });
});
