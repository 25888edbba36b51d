/**
 * A young person of 13 or over in a relationship with someone of about their own age is not read as sexual abuse by
 * the meaning alone (rules/peerRelationship.ts, combine step 3b-4): it is answered below child protection, and the card
 * says when it is child protection. Under 13, an age gap, an adult, pressure, gifts or drink keep it child protection.
 */
import { describe, expect, it } from 'vitest';
import { AREAS, loadEngines } from '../../rules';
import { answerOf } from '../../rules/answer';
import { whyFromRecognition } from '../../rules/explain';
import { adultPartnerOfAChild, relationshipBetweenPeers } from '../../rules/peerRelationship';

const engines = loadEngines();
const AT = new Date('2026-12-02T10:00:00Z');
const PROTECTION = { salford: 'getting_risk_support', bury: 'level5', nottingham: 'protection' } as const;

const PEERS = [
  '14 yo asking for condoms, says her boyfriend is 15',
  'girl 14 is having sex with her boyfriend who is 14',
  'Y10 girl asking about the pill, her boyfriend is in her year',
] as const;

const NOT_PEERS = [
  // An age gap, an adult, under 13.
  'girl 14 is having sex with her boyfriend who is 19',
  '14 year old says she sleeps with her boyfriend who is 17 and he has a car',
  '12 yo having sex with her boyfriend who is 13',
  // Pressure, gifts or drink, a video shared.
  '14 yo having sex with her boyfriend who is 15, he pressures her',
  '14 yo asking for condoms, her boyfriend is 15 and buys her vodka',
  '14 year old having sex with her boyfriend who is the same age, he shared a video of her',
  // A parent's partner is not the young person's.
  '14 yo asking for condoms, mums boyfriend is 15',
  // The partner's age kept back; "his age" said of something else than whose age he is.
  "14yo seen 3 times for STIs this year, says her partner is 'a friend of my brother' and won't give his age",
  "15 yr old on the pill, boyfriend is 16 but she doesn't know how old his mate is that she also sees",
  'girl 14 having sex with her boyfriend, she won\'t say his age',
] as const;

describe('relationshipBetweenPeers', () => {
  it.each(PEERS)('peers: "%s"', (text) => {
    expect(relationshipBetweenPeers(text)).toBe(true);
  });
  it.each(NOT_PEERS)('not: "%s"', (text) => {
    expect(relationshipBetweenPeers(text)).toBe(false);
  });
  it('"his own age" said of the partner is the same age', () => {
    expect(relationshipBetweenPeers('Y10 girl asking about the pill, her boyfriend is a lad her own age')).toBe(true);
  });
  it('"no pressure" and "no age gap" are said not to be so', () => {
    expect(relationshipBetweenPeers('15 yr old asked about contraception, boyfriend is 15, no pressure, no age gap')).toBe(true);
  });
});

describe('through the recogniser, in every pack', () => {
  it.each(AREAS)('%s: peers below child protection, with the card saying when it is child protection', (area) => {
    const engine = engines[area];
    for (const text of PEERS) {
      const r = engine.recognise(text);
      expect(r.indicators.map((i) => i.id), text).not.toContain('sexual_abuse');
      expect(r.intent, text).toBe('advice');
      expect(whyFromRecognition(r, engine.pack).join(' '), text).toContain('relationship between young people of about the same age');
      // The answer is the ordinary route's, and it says why and when it is child protection, naming the front door.
      const answer = answerOf(engine, { from: 'message', recognition: r, text }, AT, { personal: true });
      const door = engine.pack.contacts.find((c) => c.id === engine.pack.frontDoor)?.name ?? '';
      expect(answer.routeId, text).toBe(engine.route('advice')?.id);
      expect(answer.why.join(' '), text).toContain(`an age gap, an adult involved, or a child under 13, talk to ${door} about child protection`);
    }
  });

  it.each(AREAS)('%s: an age gap, an adult, under 13, pressure or gifts stay at child protection', (area) => {
    const engine = engines[area];
    for (const text of NOT_PEERS.slice(0, 6)) {
      const r = engine.recognise(text);
      expect(r.intent, text).toBe('concern');
      expect(engine.assess({ indicators: r.indicators.map((i) => i.id) }, AT).level.id, text).toBe(PROTECTION[area]);
    }
  });
});

describe('a child of 15 or under with an adult boyfriend or girlfriend (adultPartnerOfAChild, combine step 3h)', () => {
  const ADULT_PARTNER = [
    '14yo has a 25yo bf, picks her up from school, buys her vapes n stuff',
    "14yo girl keeps getting picked up from club by a man in his 20s in a black Audi. new iphone, designer trainers, says he's her bf",
    '15 year old girl says her boyfriend is 22',
    'y9 girl says her bf is 20, he waits in a BMW at home time',
    "14yo girl at the club has a 'boyfriend' who's 24. He picks her up in different cars",
    '14 yr old girl missing 3 times since sept, says her boyfriend (hes 22) picks her up from the retail park',
    // Seeing or dating an adult of a stated age, said of the child.
    '14yo seeing a 24yo bloke, he buys her vapes n stuff',
    'Y9 girl is going out with a 19 year old',
    // ...with words between the child and the seeing, or the adult's age as a decade or after the man.
    "13 yo girl told her friend she's 'going out' with a man in his 30s",
    'Y8 girl at the club says she has been seeing a guy in his twenties',
    'our 14 year old girl is dating a lad of 19 she met on snap',
  ];

  it.each(ADULT_PARTNER)('"%s"', (text) => {
    expect(adultPartnerOfAChild(text)).toBe(true);
  });

  it.each([
    // 16 or 17 with an adult partner: not this reading (the corpus puts these below child protection, or at level 4).
    '16yo girl is with a 19yo boyfriend, parents have met him, no gifts',
    '17 year old patient wanting contraceptive advice, partner is 18',
    // A parent's partner; a partner of about the same age; a number that is no age.
    "14yo's mum's boyfriend is 30 and shouts a lot",
    '13 yo girl, boyfriend is 15',
    "13 yo girl, boyfriend who's 15",
    '14yo says her bf is 18 weeks into his apprenticeship',
    // A parent seeing an adult; a young person seeing one of their own age.
    "mum is seeing a 30 year old, the 8yo doesn't like him",
    '15yo seeing a 16 year old from college',
    // A parent or relative named between the child and the seeing: their partner, not the child's.
    '14yo girl said her mum is dating a man in his 30s',
    'the 12 year old boy says his sister is going out with a lad of 19',
    // Another sentence.
    'the 13 yo girl is upset. Her aunt is seeing a man in his 40s',
  ])('not: "%s"', (text) => {
    expect(adultPartnerOfAChild(text)).toBe(false);
  });

  it.each(AREAS)('%s: child protection in every pack', (area) => {
    const engine = engines[area];
    for (const text of ADULT_PARTNER) {
      const r = engine.recognise(text);
      expect(engine.assess({ indicators: r.indicators.map((i) => i.id) }, AT).level.rank, text).toBeGreaterThanOrEqual(engine.pack.levels.find((l) => l.id === PROTECTION[area])?.rank ?? 99);
    }
  });
});
