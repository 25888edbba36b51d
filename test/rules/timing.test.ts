/**
 * rules/timing.ts reads when: the child safe now, or the danger now or within the day. Each cue with a near miss
 * that must not count (the past, another place, another sense of the word).
 */
import { describe, expect, it } from 'vitest';
import { saysDangerNow, saysSafeNow } from '../../rules/timing';

describe('danger now or within the day', () => {
  it.each([
    'dad is picking her up at 3',
    'he said he would do it again tonight',
    "he's sat in the waiting room",
    'mum’s partner is here to collect him now',
    'mum just snatched him and walked out of the clinic',
    'they left 5 minutes ago',
    'i can hear him shouting at her in the next room',
    'he is meeting her at the park today at 4',
    'he is leaving at 3:30',
    'she is flying to Somalia tomorrow for a ceremony',
    'they are taking her abroad this weekend',
    'mum picks up at 3 and it is nearly 3 now',
    "dad said 'wait till later'",
    'shouting and crashing from next door, the kids are crying',
    'parents are refusing admission and walking out now',
    'they fly to Somalia first thing tomorrow for a ceremony',
    "dad's demanding to discharge him against advice and is carrying him to the lift",
    "she's going home on the bus now",
    'he has to go back there at 3',
    'the lodger minds her after school',
    'mum is on nights so he is the only adult with them till morning',
    "it's just daddy at home while mummy is in hospital",
    'her stepdad is waiting in the car outside',
    "she says he'll do it again when she gets home",
    'if he comes home dad will belt him',
    'we close at 8',
    "he's going there when we finish",
    'dad has driven off with the baby',
    'they are going straight from school to the airport',
  ])('"%s"', (text) => {
    expect(saysDangerNow(text)).toBe(true);
    expect(saysSafeNow(`${text}, she is with me`)).toBe(false);
  });

  it.each([
    'dad picked her up last week',
    'she went to Somalia last summer',
    'she is going to school tomorrow',
    'i could hear her crying on the phone last month',
    'he left the school years ago',
    'mum has a meeting with us next week',
    'mum picks up the younger one from nursery',
    'the neighbours complained about shouting from the flat last month',
    'she went home on the bus yesterday',
    'he goes back there for contact next month',
    'mum discharged herself against advice last year',
    'they flew to Somalia first thing on Tuesday last year',
    'he walked out of the meeting last week',
    'she was refused admission to the sixth form',
    'she looks after her nan after school',
    "mum says she'll ring us when she gets home",
    'when we finish the assessment we will send it to you',
    'dad collected him from school last week',
    'dad is in the car park every morning at drop-off',
    'he was waiting in the car when I saw them last week',
  ])('not "%s"', (text) => {
    expect(saysDangerNow(text)).toBe(false);
  });
});

describe('safe now', () => {
  it.each(['he has been arrested', 'she is here with me', 'mum is back home now', 'they are staying with their nan'])('"%s"', (text) => {
    expect(saysSafeNow(text)).toBe(true);
  });

  it('an adult back home is safety when the adult was missing, not when the message says that adult harmed the child', () => {
    expect(saysSafeNow('mum left them alone all night, mum is back home now')).toBe(true);
    expect(saysSafeNow("dad has locked his sister in the cellar since last night, dad's at home now")).toBe(false);
    expect(saysSafeNow('mum hit him with a shoe, mum is home now')).toBe(false);
  });

  it('for a child alone, an adult arrested or in custody is no safety; the child somewhere safe or the adult back is', () => {
    expect(saysSafeNow('mum has been arrested and the baby is at home on his own', { childAlone: true })).toBe(false);
    expect(saysSafeNow('dad is in custody, the kids are home alone', { childAlone: true })).toBe(false);
    expect(saysSafeNow('mum has been arrested and the baby is at home on his own')).toBe(true);
    expect(saysSafeNow('he was home alone last night, he is here with me now', { childAlone: true })).toBe(true);
    expect(saysSafeNow('mum left them alone all night, mum is back home now', { childAlone: true })).toBe(true);
  });

  it.each(['he has been arrested but gets out later today', 'she is here with me but her dad is waiting outside', 'she is with me now, he is here to collect her'])(
    'not "%s": danger now or later today outweighs it',
    (text) => {
      expect(saysSafeNow(text)).toBe(false);
    },
  );
});
