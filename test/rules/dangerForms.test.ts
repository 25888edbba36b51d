/**
 * rules/dangerForms.ts: immediate danger or a child alone in forms no phrase list holds, each with near misses that
 * must not count; and through the recogniser, 999 first in every pack.
 */
import { describe, expect, it } from 'vitest';
import { AREAS, loadEngines } from '../../rules';
import { dangerByForm, dangerFormOf, dangerHereNow, needsAnAmbulance } from '../../rules/dangerForms';

describe('danger by form', () => {
  it.each([
    ['Year 9 says she took 20 paracetamol at lunch and feels sick', 'immediate_danger'],
    ['yr 11 girl just told me she has taken a load of tablets', 'immediate_danger'],
    ['he swallowed a whole packet of his mums sleeping pills', 'immediate_danger'],
    ['a year 10 lad is being held at a flat by older lads who say he owes them money', 'immediate_danger'],
    ['we just saw a year 8 boy get into a car with two men from outside the gates', 'immediate_danger'],
    ['pupil says she and her brothers have been by themselves since saturday', 'home_alone'],
    ['kid says no1 at home 4 days', 'home_alone'],
    ['toddler loose on the a6', 'home_alone'],
    ['tiny kid on a scooter on the dual carriageway slip road by himself', 'home_alone'],
  ] as const)('"%s": %s', (text, want) => {
    expect(dangerByForm(text)).toBe(want);
  });

  // Session 10's forms: each by name, so a test fails when its own form stops working, not when another catches it.
  it.each([
    ['the lad in year 8 has swallowed some tablets, he says he wants to sleep', 'overdose'],
    ['boy aged 7 says dad locked him in the shed since yesterday and his brother is still in there', 'held'],
    ['we have just watched a girl being dragged into a car by two men at the bus stop', 'taken now'],
    ['13yo at skatepark out of it, cant stand, older lads getting her into their car', 'into a car now'],
    ['two men are pulling him into a van outside the chippy', 'into a car now'],
    ['her stepdad is hitting the girl right now on the field, I can see it from the window', 'violence now'],
    ['dad has just slapped his toddler hard outside the gate, she is screaming', 'violence now'],
    ['aunt says they are taking her to be cut tomorrow', 'cutting soon'],
    ['the baby has gone floppy and blue and mum is panicking', 'collapse'],
    ['year 6 boy just collapsed in PE, he says his mum gave him some of her tablets', 'collapse'],
    ['one of my girls has gone grey and clammy and we cannot wake her', 'collapse'],
    ['our 15 yr old has sent her location, she is at a flat in Swinton with older men and wants to come home', 'with men, live'],
    ['dad has a non-molestation order but he has just turned up at the school gate asking for the kids', 'banned, here'],
    ['a boy of 8 came to school on his own, his parents have gone abroad and he does not know when they are back', 'gone away'],
    ['the 6 yr old says his mum threw him out and he has nowhere to sleep tonight', 'nowhere tonight'],
    ['no one has collected the 3 year old, it is 6.45pm and mum is not answering', 'not collected'],
    ['an 8 year old is looking after the baby, mum went out this morning', 'minding'],
    ['a little girl, about 4, has been on her own in the flat for hours, mum went to the pub', 'alone for hours'],
    // Session 18's forms.
    ['year 10 says she wants to end it all and has a rope hidden in her room', 'suicide, means'],
    ["his mum forwarded his text, he can't go on with this, and he has walked out without his phone", 'suicide, means'],
    ["the baby's hand is badly scalded and mum won't take her to hospital", 'hospital refused'],
    ['his wrist looks broken but dad is refusing to take him to A&E', 'hospital refused'],
    ['she hit her head on the radiator at home and has been sick twice in class', 'head injury'],
    ["the lads have taken her phone and she can't leave the flat", 'kept'],
    ["he says he can't go home until he has sold the bag", 'kept'],
    ["we can't find her anywhere in the leisure centre, we have searched every room", 'missing now'],
    ["school trip in town, Y8 lad with autism been missing 40 mins, no phone, we've searched everywhere", 'missing now'],
    ['our 13 yr old has gone off with a man she met online', 'off with a stranger'],
    // Session 35's forms.
    ['one of our youth group just sent me a photo of pills lined up on her bed with the word bye', 'goodbye, means'],
    ["he posted a picture of a rope captioned 'goodbye'", 'goodbye, means'],
    ['Y9 sent a snap of a blade and said sorry for everything', 'goodbye, means'],
    ['one of the toddlers has just swallowed a button battery out of a toy, what do i do', 'swallowed'],
    ['toddler has bitten into a washing tablet and mum is panicking', 'swallowed'],
    ['the 2 year old drank bleach from under the sink', 'swallowed'],
    ["1am and a yr 11 girl has sent me 'thanks for everything miss, tell my sister i love her'. she's gone offline and her phone is off", 'farewell, out of reach'],
    ['17yo texted his youth worker "sorry for everything, look after my dog" and he is not answering', 'farewell, out of reach'],
    ["10 yr old on the wrong side of the railings on the Irwell bridge, won't talk to me", 'at the edge'],
    ["Y9 lad climbed onto the roof of the sports hall and won't come down", 'at the edge'],
    ['the 4yo is sat on the window sill of the open bedroom window', 'at the edge'],
    ['girl from our youth club is standing on the edge of the multi-storey car park, her friends are filming', 'at the edge'],
    ["dad drunk at reception shouting he's taking his daughter, has a bottle in his hand. she's with me", 'at the door to take'],
    ["On a home visit now. Partner just punched the wall right by mum while she was holding the baby and he's blocking the front door. typing from the bathroom", 'kept in'],
    ["After prayers a boy about 9 told me his parents went to Pakistan last week and he's been in the house on his own with his sister who is 11", 'gone away'],
  ] as const)('"%s": %s', (text, form) => {
    expect(dangerFormOf(text)).toBe(form);
    expect(dangerByForm(text)).toBeDefined();
  });

  it.each([
    // Over a drop in the past, or a thing on a sill or a ledge, not a child.
    'kid in year 8 was on the roof of the garage last summer, fell and broke his arm',
    'needles and foil on the coffee table, a pipe on the windowsill',
    'keys left on the ledge by the door',
    'we walked over the bridge on the school trip',
  ])('no form at the edge: "%s"', (text) => {
    expect(dangerFormOf(text)).not.toBe('at the edge');
  });

  it.each([
    // Yesterday, calm, or no one taken; a car blocking a gate; fifteen and fine while a parent was abroad.
    'dad was in the school office yesterday demanding to take his son out, clearly drunk',
    "mum at reception wants to take her son to the dentist, she's a bit stressed",
    'the car was blocking the gate at drop off again',
    'mum went to Spain for a week and the 15yo was on his own, he was fine',
  ])('no form of danger here now: "%s"', (text) => {
    expect(['at the door to take', 'kept in', 'gone away']).not.toContain(dangerFormOf(text));
  });

  it('danger here now keeps 999 first when the child is with the writer (combine step 1c)', () => {
    expect(dangerHereNow("dad drunk at reception shouting he's taking his daughter, has a bottle in his hand. she's with me")).toBe(true);
    expect(dangerHereNow('dad was at reception drunk yesterday, she is with me today')).toBe(false);
  });

  it.each([
    'she took 2 paracetamol for a headache',
    'she took 2 of her paracetamol for a headache',
    'he was missing for 40 mins last week, found at the park, we searched everywhere',
    'he takes tablets for his asthma',
    'the meeting was held at a house in eccles',
    'she got into a car with her mum',
    'he was off school for two days',
    'mum has been home since monday',
    'the toddler was on the main road with his dad',
    'a woman at our mosque is being kept in the house by her family',
    'she took her tablets for her asthma at lunch',
    'he was taken to the match by his dad and uncle in the car',
    'picked up by older lads in cars after school most days, new trainers',
    'she collapsed at netball last week and was checked over, fine now',
    'he has epilepsy and had a seizure in class, mum came and he is back to normal',
    'the sixth-form trip collapsed because nobody paid',
    'dad says the kids sit on him until he cannot breathe from laughing',
    'there is a restraining order against her ex from last year',
    'mum was late picking up at 3.30 but turned up at 3.45',
    'nobody has collected the lost property box',
    'my 16 yr old was home alone till 11pm while we were at a wedding',
    'mum had a cut lip today and said she walked into a door',
    'the parents are away this weekend and the kids are with their gran',
    'the 17 year old has nowhere to go tonight after a row with his dad',
    'dad hit him last week in the car park, he is with me now',
    'we did a PSHE lesson on suicide prevention and one lad walked out',
    'she talks about wanting to die but has no plan and is at home with mum',
    'he broke his arm last year and mum refused to take him to hospital at first',
    'mum will not take her to hospital appointments for her asthma',
    'he banged his head in PE last week and was sick at home, fine now',
    "she can't leave her room some days because of her anxiety",
    'mum cannot leave the house without permission, dad controls the money',
    "I can't find her PE kit, we searched the changing room",
    'she went off with a man from the council to look at the flat',
    // Into a car with no men named, told as past, or a parent.
    'mum is getting him into the car after school, he was upset',
    'older lads got her into their car last weekend and gave her vodka',
    'last night older lads were getting her into their car at the skatepark',
    'a man was getting her into his van when we arrived, we stopped him and she is with us',
    'the lads are getting him into the minibus for the away match',
    // A goodbye with nothing of means, means with nothing of goodbye, a mother at the end of her rope; a swallow that is
    // past or treated.
    'she said bye and went home with her tablets from the school nurse',
    'we did a lesson on saying goodbye, with a rope bridge in the story',
    "mum says she can't do this anymore, she's at the end of her rope",
    'the baby ate a crayon',
    'toddler swallowed a magnet last month, all fine now',
    '2 year old admitted on Sunday after drinking methadone from a cup left on the side, home now',
    'Y8 girl drank bleach at the weekend and has been discharged',
    // Farewell words with the young person in reach, or as a subject.
    "year 6 leavers wrote 'thank you for everything' in their cards, lovely",
    'she said sorry for everything after the argument and they made up, she is in lessons',
    "we read a poem in the lesson, 'by the time you read this', and she's not answering questions in class",
    'the 3 year old swallowed a magnet earlier this week, mum took him to the GP',
    'he licked a washing tablet two days ago',
  ])('not "%s"', (text) => {
    expect(dangerByForm(text)).toBeUndefined();
  });
});

describe('needs an ambulance, wherever the child is', () => {
  it.each([
    "Year 9 girl says she took 20 paracetamol at lunch, she's in school now",
    "the toddler just swallowed a button battery, she's here with me",
    "he banged his head and keeps being sick, he's at school",
    "Year 10 girl told me she swallowed the rest of her mum's sertraline at break. she's sat in my room",
    "Y11 girl says she's taken a full packet of paracetamol this morning, she's in my office",
    'she has taken an overdose, she is with me',
    // Forty-first session: "of" after the number.
    "Y10 says he took about 20 of his mum's tablets before school. He's with me, looks ok?",
  ])('"%s"', (text) => {
    expect(needsAnAmbulance(text)).toBe(true);
  });
  it.each([
    'she takes sertraline for her anxiety',
    'she took an overdose last year and is doing well now',
    'I found mum unconscious at a visit last month and called an ambulance, the kids are in foster care',
  ])('not "%s"', (text) => {
    expect(needsAnAmbulance(text)).toBe(false);
  });
});

describe('through the recogniser', () => {
  const engines = loadEngines();
  it.each(AREAS)('%s: 999 first for a child who needs an ambulance, even when the message says the child is in school or with the writer', (area) => {
    for (const text of ["Year 9 girl says she took 20 paracetamol at lunch, she's in school now", "the toddler just swallowed a button battery, she's here with me", "he banged his head and keeps being sick, he's at school"]) {
      expect(engines[area].recognise(text).intent, text).toBe('emergency');
    }
  });
  it.each(AREAS)('%s: 999 first for an overdose taken, a child alone since Saturday, a goodbye with pills, a battery swallowed', (area) => {
    for (const text of ['Year 9 says she took 20 paracetamol at lunch and feels sick', 'pupil says she and her 2 little brothers have been by themselves since saturday', 'one of our youth group just sent me a photo of pills lined up on her bed with the word bye', 'one of the toddlers has just swallowed a button battery out of a toy, what do i do']) {
      expect(engines[area].recognise(text).intent, text).toBe('emergency');
    }
  });
});
