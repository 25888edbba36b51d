/**
 * Known or suspected abuse of a child who is safe for now and goes home, or is collected, later today
 * (rules/timing.ts `dangerOnlyLater`, combine step 1c-3). Bury's guidance (seed 004, 5.6) makes that a referral to the
 * MASH without delay, so in Bury it is level 5 with the red-flag question first; so in Nottingham (seed 003, section 47
 * enquiries); Salford keeps 999 first.
 * Each reading has near misses where the danger within the day is more than the end of the child's day: a threat for
 * tonight, the one who harmed collecting, someone arriving now, a journey away today, a child who will not go home.
 */
import { describe, expect, it } from 'vitest';
import { createEngine, loadPacks } from '../../rules';
import { answerText } from '../../rules/answer';
import { loadPack } from '../../rules/load';
import { bury } from '../../rules/packs/bury';
import { dangerOnlyLater } from '../../rules/timing';
import { changedPack } from '../helpers/packs';

const GOES_HOME_LATER = [
  "Y6 girl has told her TA that mum's boyfriend comes into her room when mum's on nights and 'does stuff', says it's their secret. She's with me now. Mum collects at 3.15 and doesn't know she's told anyone",
  "15 year old at youth club showed me the backs of her legs tonight, red raised lines across them. She said mum uses the belt when she's disrespectful. She's going home at 9 as normal",
  "lad on my U11s has bruises all over his back, says his brother (19) batters him when mum's at work. He's at training now with us, mum picks up",
  // Afraid to go home, told of harm at home, with no threat, refusal or danger now (forty-second session): the fear is of
  // the end of the day, which the writers of Bury's sets put at level 5 nearly three times in four.
  "Y6 says he's scared to go home cos of the shouting and dad hitting mum. He's started wetting himself again",
  "Lad on the estate says he's scared to go home cos dad 'whips' him with a belt. showed me welts on the back of his legs",
  // The child or a parent arriving this morning with an injury is no one arriving now; a child "coming to me" is no one
  // coming; the mother collecting is not her new boyfriend who harmed; "due at 5" is the end of the day.
  "3yo came in this morning with a swollen cheek and finger marks on his upper arm. He said 'daddy was cross and had beer'. He's here with us now, dad collects at 5.",
  'mum came in with a black eye, says partner punched her while she was holding the baby. baby at nursery with us, mum says she\'s going back home tonight',
  "Y4 lad keeps coming to me with headaches, today said mum's boyfriend 'strangled' her on the stairs at the weekend. Says he's scared to go home",
  "9 yo at after school club told me she's scared of her mum's new boyfriend, he shouts at her and threw a plate at her at the weekend. She's doing colouring with me, mum collects at 6",
];

describe('dangerOnlyLater', () => {
  it.each(GOES_HOME_LATER)('only the end of the day: "%s"', (text) => {
    expect(dangerOnlyLater(text)).toBe(true);
  });

  it.each([
    // No time within the day at all: not this reading (the meaning decides as before).
    "Y2 girl says she's locked in her room with no tea when naughty, sometimes all weekend",
    // A threat for when the child gets home, or tonight.
    "boy says his stepdad said he'll batter him tonight for losing his phone, mum collects at 3.15",
    'Dad collects him today and told him he\'d "finish it" later. We finish at 3.15',
    'mum has been threatened that he will stab her when she gets home, toddler with her, going home later',
    'Y9 girl just showed me a text from her stepdad: "wait till you get home tonight, you\'re dead". Mum collects at 3.15',
    // The one who harmed, or someone unnamed, collects.
    "5yo says daddy held her hand on the cooker, daddy collecting her",
    "4yo says mummys friend hurts her front bottom, hes the one collecting her",
    "12 yo says her uncle touches her. he does her school pick up today",
    "his 7 yo just told me he's at home today and is picking her up",
    // Someone arriving now, or something going on now.
    'the boyfriend has just pulled up to collect him and is shouting for him to get in the car',
    'mum came for pick up drunk and now shes pushing the pram towards the main road',
    'on the phone to mum about pick up and i could hear a man screaming, shes not answering now',
    // Away today, not home.
    "girl's just told me her aunty is taking her to the airport after school today to go and 'become a woman'",
    "14 year old says she's meeting her 'boyfriend', who is 27, at the bus station after school",
    // The child will not, or cannot, go home.
    'child says dad hit her with a belt last night and he is collecting her today. she is begging not to go home',
    "It's gone 11pm, girl of 12 on the church steps, says she's been thrown out and would rather sleep here than go home tonight",
    // A weapon.
    'dad was in the office demanding his son with a knife in his pocket, son goes home at 3',
    // Forty-first session's near misses, from Nottingham's training messages and pending sets: the child will not go
    // home, the one who harmed at home or collecting, someone booked to come, a threat, a journey today, a suicide note,
    // someone here now.
    "y6 girl says her step brother touches her at night, he still lives with them and she's begging me not to make her go home tonight",
    "A 10 year old has just disclosed her mum's partner abuses her, he's at home today and she's due home at 3.30",
    'y2 girl just told me mummys freind does rude things to her at bath time and hes on the list to collect her at 3.15',
    "Three year old has a handprint across his cheek and says daddy smacked. it's dad who collects him at twelve",
    "girl's family have booked the cutter to come tonight, she told her friend who told me",
    "Y8 says her mum's boyfriend told her he'll put her in hospital tonight if she tells anyone, mum collects at 3",
    "they've said they'll get his little brother at pick up today",
    "mother-in-law is taking their 7 year old daughter to Egypt this evening to be 'cleaned'",
    "Year 10 girl emailed me a photo of deep fresh wounds with the words \"tonight's the night, sorry for everything\". She goes home at 3",
    "burn marks on his back, says his dad did it last night. Dad is in reception now to collect him",
    'Grandma came to collect the 4 year old early, off to see "the lady who cuts". She has already walked out with her',
    'She goes home at half three to an empty house and has hidden a rope in her wardrobe',
    // ...and from Salford's training messages, where the flag is not set but the reading is the same.
    'girl in y2 has loop-shaped marks on her back, says mummy did it. mum picks up at 3 and it\'s nearly 3 now',
    "y10 boy says his older brother has been making him do sexual things, he's begging me not to send him back there tonight, mum collects at 4",
    "This morning he told her if she locks her door again he'll break it down. She goes back home after school",
    "y2 lad has ciggie burns on the back of his hand and says his mums fella did it. fella picks him up on thursdays",
    "15 year old says her stepdad raped her last night and she's terrified he'll be there when she gets home",
    'lad 11 sayin his dad ll stab him if he goes home',
    // Afraid to go home with a threat for it ("she'd get rid of him"), or refusing.
    "y4 boy says he's scared to go home tonight, mum said she'd 'get rid of him' and he's got a burn on his arm",
    // Someone arriving for the child now, or coming now; the mother named with the harm collecting.
    'dad came in to collect him, stinking of drink, and the boy has a black eye from last night',
    'the 6yo says his stepdad hit him with a belt, stepdad is coming to the school now to get him',
    "she says her mum hits her with a slipper, mum collects at 6",
    'y5 girl refusing to go home, says dad hit her with the belt again last night',
    "yr 6 lad says mum locks him in the flat wen she goes out at nite, shes goin out again tonite",
    'girl says the family friend who sexually abused her is staying over at their house tonight',
    "15 yr old says a gang have said they'll come to his house tonight, he's at the club now till 9",
    'dad threw a chair at his head last night, dad has texted him saying "get home now or else"',
    '3yo said "daddy put his willy in my mouth". Dad is on the collection list and usually picks her up at 5.',
  ])('more than the end of the day: "%s"', (text) => {
    expect(dangerOnlyLater(text)).toBe(false);
  });

  it('"not picking up" (the phone) is not a collection', () => {
    expect(dangerOnlyLater("2yo found with mum's methadone bottle, going very sleepy, mum's not picking up")).toBe(false);
  });
});

describe('combine step 1c-3: Bury answers level 5 with the red-flag question first; Salford keeps 999', () => {
  const packs = loadPacks();
  const at = new Date('2026-12-07T10:00:00Z');

  it.each(GOES_HOME_LATER)('Bury: "%s"', (text) => {
    const engine = createEngine(packs.bury);
    const r = engine.recognise(text);
    expect(r.intent).toBe('concern');
    expect(r.laterToday?.length).toBeGreaterThan(0);
    expect(r.mightBeNow).toBe(true);
    expect(engine.assess({ indicators: r.indicators.map((i) => i.id) }, at).level.id).toBe('level5');
  });

  it('the Bury card says why it is not a 999 call, and still gives 999', () => {
    const answer = answerText(createEngine(packs.bury), GOES_HOME_LATER[0]!, at, { personal: true });
    const said = JSON.stringify(answer);
    expect(said).toContain('needs a referral to Multi Agency Safeguarding Hub (MASH) now, before they go home');
    expect(said).toContain('999');
  });

  it.each(GOES_HOME_LATER)('Nottingham (seed 003, section 47): level 5 too, with the question first: "%s"', (text) => {
    const engine = createEngine(packs.nottingham);
    const r = engine.recognise(text);
    expect(r.laterToday?.length).toBeGreaterThan(0);
    expect(r.mightBeNow).toBe(true);
    expect(engine.assess({ indicators: r.indicators.map((i) => i.id) }, at).level.id).toBe('protection');
  });

  it.each(GOES_HOME_LATER)('Salford: 999 first as before: "%s"', (text) => {
    const r = createEngine(packs.salford).recognise(text);
    expect(r.laterToday).toBeUndefined();
  });

  it('without the pack field, Bury keeps 999 first', () => {
    const without = createEngine(loadPack(changedPack(bury, (p) => void (p.laterTodayAtProtection = false))));
    const r = without.recognise(GOES_HOME_LATER[0]!);
    expect(r.laterToday).toBeUndefined();
    expect(r.intent).toBe('emergency');
  });

  it('a threat for tonight stays 999 in Bury', () => {
    const r = createEngine(packs.bury).recognise("boy just told me his stepdad said he'll 'batter him to death' tonight for losing his phone, he's shaking");
    expect(r.intent).toBe('emergency');
    expect(r.laterToday).toBeUndefined();
  });
});
