/**
 * rules/explainedInjury.ts: an injury the message accounts for as a professional can stand behind, with the near misses
 * that must not count; and through the recogniser, the ordinary answer for it but child protection for the near misses.
 */
import { describe, expect, it } from 'vitest';
import { AREAS, loadEngines } from '../../rules';
import { answerOf } from '../../rules/answer';
import { whyFromRecognition } from '../../rules/explain';
import { injuryExplained } from '../../rules/explainedInjury';

describe('an injury the message explains', () => {
  it.each([
    'he has a bruise on his knee, he went over on the astro and I saw it happen',
    'graze on her chin, tripped in the playground, it happened in front of me',
    'cut on his eyebrow from a clash of heads, the whole team saw it and he was checked over',
    'red mark on her cheek from a ball, I was refereeing',
    'she has a bruise on her arm from her flu jab',
    'blue mark on the baby’s bottom, it is a birthmark recorded in the red book',
    'scratches all up his arm from the new kitten',
    'sprained wrist at trampolining, the x-ray was clear',
    // Someone else saw it or answers for it, two accounts agree, or the setting recorded it (VOUCHED).
    'black eye from a header clash in Saturday’s match, the ref saw it',
    'whack on the shin from a stud, his dad was on the touchline',
    'lad came in with a black eye from boxing sparring, coach rang us to say it happened in a bout',
    'bruise on his arm, he fell off the bunk bed, he tells the same story as mum',
    'broken arm from a fall at home, story consistent from mum, child and the hospital letter',
    'small burn on her finger at cookery club, first aid given and mum told',
    'big bruise on her arm from the monkey bars, witnessed by 3 staff',
    'bruise on his knee from skateboarding, he told me about it before I’d even noticed',
    // Thirtieth session: a medical cause, a fracture clinic that has seen it, parents supervising, one story from two.
    'two black eyes after planned squint surgery last week',
    'bruising on her tummy, they are her insulin injection sites',
    'arm in a cast, he came off the monkey bars and the fracture clinic have seen him',
    'small sparkler burn from bonfire night, parents were supervising',
    'burnt his finger on a hot radiator, small blister, same story from mum and child',
    // Thirty-ninth session: seen "right in front of me", or each one seen happening.
    'black eye on a 2 yr old, he walked into the table edge right in front of me at clinic',
    'small bruises on her legs, all from the beam, I coach her and I have seen most of them happen',
    'HV. Baby (6 months) had a bruise on his upper arm, mum pointed to it, it is where he had his jabs 2 days ago',
    'bruise on y2 girls shin, she says football - I watched her get clattered at break',
  ])('"%s"', (text) => {
    expect(injuryExplained(text)).toBe(true);
  });

  it.each([
    'I saw it in the changing room, a welt across his back, he said his dad does it',
    'mum says the bruise on the 4 month old is from the car seat',
    'a bruise on the baby’s cheek, mum says he fell, I saw it happen that he could not roll yet',
    'she says the scratches are from the cat but they look like fingernail marks',
    'another bruise on his arm, he says he fell again, the school nurse confirmed it is a bruise',
    'the TA pushed a pupil into the wall, I saw it happen',
    'dad slapped her in the car park, it happened in front of me',
    'dad hit him right in front of me, bruise on his arm',
    'bruises on her legs, she won’t say how',
    'he said he fell off his bike',
    'the doctor at A and E said it was a non-accidental injury, the x-ray was clear of fractures',
    'the school nurse checked him and said it was a bite mark from an adult',
    // Near misses of VOUCHED: the child's club as the place, not the one who tells; the same story told before; an
    // adult's injury seen by another adult.
    '10 year old at our club told me his mum’s partner ties him to a chair when he’s bad',
    'black eye and a split lip, says he fell down the stairs, but said the same in October and dad is known to be violent',
    'his mum had a seizure and hit her head, his dad was there and called an ambulance, he does a lot of caring',
    // Near misses of the thirtieth session's forms: surgery named with harm, a pattern of marks, a worker supervising
    // contact, a fracture clinic that has not seen it, and a story from one side only.
    'bruises on his arms after the operation, he says dad grabbed him',
    'lots of little bruises on her tummy, mum says they are injection sites',
    'dad is only allowed supervised contact and the social worker was supervising when he grabbed her arm',
    'arm in a cast, mum says he fell, she has not taken him back to the fracture clinic',
    'burn on his hand, mum says it was the radiator, he won’t say',
    // A baby: a medical cause named is no account for a fracture or bruising (unlike a birthmark or a jab).
    '6 week old with a fractured arm, the fracture clinic have seen him',
    'bruising on the 3 month old’s legs after the operation, mum says',
  ])('not "%s"', (text) => {
    expect(injuryExplained(text)).toBe(false);
  });
});

describe('through the recogniser', () => {
  const engines = loadEngines();
  it.each(AREAS)('%s: a witnessed fall is not child protection; a slap seen in the car park is', (area) => {
    const seen = engines[area].recognise('he has a bruise on his forehead, he ran into the goalpost at training and I saw it happen');
    expect(seen.intent).toBe('advice');
    expect(seen.setAside?.map((s) => s.id)).toContain('physical_abuse');
    // The answer says why the injury was not counted, and where to go if the explanation does not fit.
    const door = engines[area].pack.contacts.find((c) => c.id === engines[area].pack.frontDoor)?.name ?? '';
    const label = engines[area].pack.indicators.find((i) => i.id === 'physical_abuse')?.label.toLowerCase() ?? 'physical_abuse';
    expect(whyFromRecognition(seen, engines[area].pack).join(' ')).toContain(`so the bot has not counted it as ${label}. If the explanation does not fit, or something else worries you, talk to ${door}.`);
    // The answer card is the ordinary route's, and says why.
    const text = 'he has a bruise on his forehead, he ran into the goalpost at training and I saw it happen';
    const answer = answerOf(engines[area], { from: 'message', recognition: seen, text }, new Date('2026-12-02T10:00:00Z'), { personal: true });
    expect(answer.routeId).toBe(engines[area].route('advice')?.id);
    expect(answer.why.join(' ')).toContain('Your message explains what happened');
    const slap = engines[area].recognise('dad slapped her hard across the face in the car park, it happened in front of me, she has a red mark');
    expect(['emergency', 'concern']).toContain(slap.intent);
    expect(slap.setAside).toBeUndefined();
  });
});
