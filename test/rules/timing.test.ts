/**
 * rules/timing.ts reads when: the child safe now, or the danger now or within the day. Each cue with a near miss
 * that must not count (the past, another place, another sense of the word).
 */
import { describe, expect, it } from 'vitest';
import { saysDangerNow, saysSafeNow, toldAsPast } from '../../rules/timing';

describe('danger now or within the day', () => {
  it.each([
    'dad is picking her up at 3',
    'he said he would do it again tonight',
    "he's sat in the waiting room",
    'mum’s partner is here to collect him now',
    'mum just snatched him and walked out of the clinic',
    'they left 5 minutes ago',
    // Taken just now, the child named by age, and "min" for minutes.
    'father has just taken the 8yo from the playground without permission',
    'she just took her 3 year old and ran out of the centre',
    'he drove off 5 min ago',
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
    // A flight booked for a day this week.
    'her family have booked flights to Bangladesh for Saturday',
    'they are taking her abroad on Friday to meet the man',
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
    "she's still by the bed",
    'dad has just started throwing things at mum',
    'he got put in the shed before school, nobody else is at home with him',
    'the baby was taken off the unit by dad who was told not to have contact',
    'dad is on the collection list and usually picks her up at 5',
    'he is coming to pick her up',
    'her stepdad is at the school gate',
    'he’s waiting at the gate for her',
    'mum’s ex is at the school gates and says he will kill her',
    // Told tonight, and what will happen tonight too.
    'she told me tonight he will batter her',
    'she said he’ll do it again tonight',
    'she told me she’s going to a party tonight at a flat with older men',
    // Taken abroad tomorrow; the one who harmed insisting on taking the child now.
    "she's being taken to Pakistan tomorrow morning to be married",
    "dad's in my room now insisting on taking her home",
    'dad wants to take her home and is shouting in reception',
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
    'she is going to the match on Saturday',
    "she's being taken to school tomorrow by nan",
    'mum is taking her to the dentist tomorrow',
    'she was taken to Pakistan last summer',
    'we booked tickets for the panto for next Saturday',
    'he walked out of the meeting last week',
    'she was refused admission to the sixth form',
    'she looks after her nan after school',
    "mum says she'll ring us when she gets home",
    'when we finish the assessment we will send it to you',
    'dad collected him from school last week',
    'dad is in the car park every morning at drop-off',
    'he was waiting in the car when I saw them last week',
    'dad took the 8yo to the park last week',
    'she took her 3 year old to the GP in the summer',
    'he is still in a cot at three',
    'he has only just started walking',
    'nobody else at home knows about it',
    'she was taken off the unit’s list last year',
    // A habit, not today.
    'her boyfriend of 27 picks her up from school',
    'every time mum picks him up she calls him useless',
    // When the writer was told or saw it, not when it will happen.
    'a 15 year old girl told me this evening that a man has been giving her lifts',
    '13 yr old turned up tonight with a black eye',
    'she told me at the end of tonight’s session that her stepdad got into her bed last friday',
    // Where it happened, not someone there now.
    'dad calls her thick at the school gate every day',
    'dad grabbed him by the throat at the school gate this morning',
    // What will not happen tonight.
    'dad hits him, he’s not going home tonight',
    'he’s carrying a knife for protection, he says he’s not at risk tonight',
  ])('not "%s"', (text) => {
    expect(saysDangerNow(text)).toBe(false);
  });
});

describe('safe now', () => {
  it.each(['he has been arrested', 'she is here with me', 'mum is back home now', 'they are staying with their nan', "i left at 11, kids at school now", 'children all in school today', 'little one is with me', "they're at mine now", "he's gone to his nan's round the corner for now"])('"%s"', (text) => {
    expect(saysSafeNow(text)).toBe(true);
  });

  it.each(['other kids at school are picking on him', 'kids at school say he smells', "the little one's with mum's boyfriend today", "he's gone to his dad's, who hit him"])('not said of where the child is now, or not safe: "%s"', (text) => {
    expect(saysSafeNow(text)).toBe(false);
  });

  it.each([
    "mum leaves him alone all day in the holidays. He's with me at the moment for the summer",
    "he's left on his own for a night or two. Right now he's staying at his gran's because mum's in hospital",
    'the kids are in school right now, dad hit them last week',
    "at the moment she's at nursery, mum's partner shook her on friday",
    // "Safe" itself, at the moment or right now.
    "dad hit her last night, she's safe right now",
    'mum’s boyfriend pushed him down the stairs on sunday, he is safe at the moment',
  ])('"at the moment" or "right now" said of where the child is safe is the time of the safety: "%s"', (text) => {
    expect(saysSafeNow(text, { childAlone: true })).toBe(true);
    expect(saysDangerNow(text)).toBe(false);
  });

  it.each([
    "dad hit him last week, he's at home at the moment",
    "she's with her mum right now and mum's boyfriend hit her",
    "he's with me at the moment but has to go home at 3",
    'right now he is alone in the flat',
    "dad hit her last night, she's not safe right now",
  ])('not "%s": where the child is may be where the danger is, or danger comes later', (text) => {
    expect(saysSafeNow(text)).toBe(false);
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

  it('the writer saying the child is in immediate danger outweighs a protective order; saying not, or was, does not', () => {
    expect(saysSafeNow('URGENT immediate danger, mum has a non-molestation order against him')).toBe(false);
    expect(saysSafeNow('is she in immediate danger? there is a non-molestation order')).toBe(false);
    expect(saysSafeNow('she is not in immediate danger, mum has a non-molestation order')).toBe(true);
    expect(saysSafeNow('no immediate danger, he is staying with his nan')).toBe(true);
    expect(saysSafeNow('he was in immediate danger last week, he is staying with his nan now')).toBe(true);
  });

  it.each(['he has been arrested but gets out later today', 'she is here with me but her dad is waiting outside', 'she is with me now, he is here to collect her'])(
    'not "%s": danger now or later today outweighs it',
    (text) => {
      expect(saysSafeNow(text)).toBe(false);
    },
  );

  it.each([
    'dad hit him with a chair leg last night, he is safe at his gran’s tonight',
    'she says she will go to her aunts tonight and the aunt has confirmed',
    'dad threw a chair at him last night, he’s staying at his aunt’s tonight',
    'mum slapped her yesterday, she is going to her nan’s tonight as planned',
    'spiral fracture, she’s been admitted to the children’s ward so she’s safe tonight',
    'the kids were in the flat during the raid, kids placed with grandad tonight',
    // Typed without the apostrophe.
    "mum's bf made her sleep with his mate for money last month. shes at her auntie's tonight",
  ])('where the child will be safe tonight: "%s"', (text) => {
    expect(saysSafeNow(text)).toBe(true);
    expect(saysDangerNow(text)).toBe(false);
  });

  it.each([
    'dad grabbed him by the arm on sunday, he is going to his gran’s after school like every tuesday',
    'mum’s boyfriend slapped her, she’s staying with her aunt for now',
  ])('where the child will be safe after school, or for now: "%s"', (text) => {
    expect(saysSafeNow(text)).toBe(true);
  });

  it.each([
    'her uncle touches her in the bath, she is going to her uncle’s tonight',
    'her nan hits her with a slipper, she is staying at her nan’s tonight',
    'her uncle touches her in the bath, she is going to her uncle’s after school',
  ])('not "%s": the one named with harm is no safe place tonight', (text) => {
    expect(saysSafeNow(text)).toBe(false);
    expect(saysDangerNow(text)).toBe(true);
  });

  it.each([
    // Thirty-ninth session: with the writer now, in hospital being seen, gone to family for now, home with another
    // family, family staying with the child, and "tonight" that is the session the writer saw the child at.
    'year 9 girl told me her mum’s boyfriend comes into her room at night. she’s sat with me now',
    'both kids are in with us today, mum dropped them off as normal',
    'GP sent them straight to the children’s unit, they’re there now being checked',
    'he got out through the door while mum was asleep. he’s gone to his nan’s round the corner for now',
    'her parents want her to marry a cousin next summer. she is going home with a friend’s mum tonight',
    'mum admitted she shook him last night, her mum has come over and is staying with them tonight and all week',
    'had a split lip at training tonight, said his dad punched him on saturday, dad is still in custody',
    'dad kicked the door in on tuesday to take him, did mum’s eye, he’s been bailed to leeds',
    'dad did it with a belt buckle this morning, he was arrested an hour ago, she’s going to her aunt’s in Irlam tonight, aunt’s on her way in',
    'dad holds the lad under the bathwater for wetting the bed. lad’s camping with us',
    'welts on the backs of his legs, says his stepdad did it. he’s at camp with us till sunday',
    // Fortieth session: somewhere else tonight said as not home, gone home with family, family collected the child or
    // moved in, in lessons, here at school, a spare room, still at the session with the writer.
    'handprint on his face, says mum’s boyfriend did it. he’s going to his dad’s tonight not home, dad has confirmed',
    'marks on the back of his legs, his dad uses the cable. he’s gone home with his nan tonight',
    'she said her dad touches her. she’s staying at her nan’s this week, nan collected her tonight',
    'baby losing weight, mum left her alone for hours to go to the pub. grandma found out and moved in on monday',
    'his parents beat him with a belt when they found out he’s gay. he’s in her spare room for now',
    'she told me her parents want her to marry a cousin next summer. she’s still at the sports hall with me',
    'he said dad burnt him with a lighter last week, he’s in lessons now',
    '3yo left alone in the flat over an hour yday, mum back now, says she only nipped to the shop',
    'his mum’s boyfriend punched him last night. he’s in school now and says he’ll stay at his mate’s tonight',
    '14yo is on the childrens ward after swallowing a load of paracetamol on saturday, says its because of what her uncle does. theyre keeping her in',
    '14yo boy says his uncle’s mates keep him at a flat at weekends and hit him if he tries to leave. at school now',
  ])('safe now: "%s"', (text) => {
    expect(saysSafeNow(text)).toBe(true);
    expect(saysDangerNow(text)).toBe(false);
  });

  it('the session the writer saw the child at tonight is no danger tonight', () => {
    expect(saysDangerNow('she was at the session tonight and went home on the bus with her sister, her boyfriend is 24')).toBe(false);
    // Fortieth session: a squad, a named group.
    expect(saysDangerNow('11 yr old girl at squad tonight - when she got out I saw three long marks across the back of both thighs')).toBe(false);
    expect(saysDangerNow("at girls group tonight a 12yo asked me if it's normal for her mum's boyfriend to come in the bathroom")).toBe(false);
    expect(saysDangerNow("she's going home tonight after her dance class")).toBe(true);
    expect(saysDangerNow('she is at the session tonight and her boyfriend, 24, is picking her up after')).toBe(true);
  });

  it.each([
    'she’s sat with me now but her dad is waiting outside',
    'he is going home with a friend’s mum tonight but dad says he will batter him when he gets home',
    'her nan hits her with a belt. nan has come over and is staying with them tonight',
    'he was at training tonight and says dad will kill him tonight',
    'had a black eye tonight and says he will get another one when he gets home',
    'dad hit him, he has been bailed to appear in court next week',
    'her stepdad hit her last night, her uncle is on his way to collect her',
    // ...and near misses of the fortieth session's forms.
    'grandad hit him last week. grandad collected him tonight',
    'his uncle touches him. he’s going to his uncle’s tonight not home',
    'she’s still at the house with him',
    'he’s in lessons now but says his stepdad will batter him tonight',
    'dad hit him and dad’s back home now',
    'he hit her, she’s not at school today',
  ])('not "%s": danger later today, or the adult staying is the one named with harm', (text) => {
    expect(saysSafeNow(text)).toBe(false);
  });

  it('going to a safe adult after school is no danger today when someone else is named with harm', () => {
    expect(saysDangerNow('her uncle touches her in the bath, she is going to her gran’s after school')).toBe(false);
  });

  it.each([
    'police took her to her nan’s last night. she’s at nan’s and came into school today',
    'he got jumped last week, he’s at home now with nan',
    'she’s been living with her grandparents since september',
    'a man touched her at the bus station, she’s home safe now with mum',
    'the ex is in prison now',
    'the brother is now on remand at a young offenders institution',
  ])('the child with family away from the one who harmed, or that one locked up: "%s"', (text) => {
    expect(saysSafeNow(text)).toBe(true);
  });

  it.each([
    'mummy’s friend did it ages ago and he doesn’t come round any more',
    'her step brother used to come in at night, he’s gone to live with his own dad since last week',
    'stepdad hit her with a hammer last year, mum left him and they live at a new address now',
    'the kids are in foster care under police protection',
    'they’re with emergency foster carers now',
    'she and the children were placed in a refuge out of the city',
    'he said he would kill the baby if she left, she did leave three months ago and there is a non-molestation order',
  ])('the child away from the one who harmed, or the family away from them: "%s"', (text) => {
    expect(saysSafeNow(text)).toBe(true);
  });

  it.each([
    // The child left, not the one who harmed.
    'mum left him alone overnight, he is 6',
    'she left him at home with the baby',
    // Found, not away.
    'her ex has found out their new address and turns up most nights',
    // Not allowed near is a rule, not where anyone is.
    'he is not allowed near them but he is at the school gates now',
    // Away, but the one who harmed is coming.
    'the kids are in foster care but dad is waiting outside',
  ])('not "%s"', (text) => {
    expect(saysSafeNow(text)).toBe(false);
  });

  it.each([
    'he’s at home now with dad, who did it',
    'dad is in prison but his brother is coming round tonight',
    'she is not safe at home',
    'she doesn’t feel safe at home',
  ])('not "%s"', (text) => {
    expect(saysSafeNow(text)).toBe(false);
  });

  it.each([
    'mum told me her partner threatened her with a knife last month, he’s been arrested and is on bail conditions not to come near',
    'the ex turned up with a machete a few weeks ago, he is in prison on remand',
    "dad held a knife to her throat on saturday with the kids watching. he's been bailed to his brother's address, no contact conditions. kids are here at school",
  ])('a weapon in the past, the one who used it held since: "%s"', (text) => {
    expect(saysSafeNow(text)).toBe(true);
  });

  it.each([
    // Let out again.
    'he threatened her with a knife last week, he was arrested but has been released',
    // The weapon is not told as past.
    'he has a knife, he has been arrested',
    // Held, but the weapon is with someone else now.
    'dad threatened her with a knife last month and is in custody, his brother has a knife and is coming round',
  ])('a weapon still danger: "%s"', (text) => {
    expect(saysSafeNow(text)).toBe(false);
  });

  it.each([
    // Tonight at home, not away from it.
    'dad hit him with a chair leg last night, he has to go home tonight',
    // Away tonight, but danger is named too.
    'she is going to her nan’s tonight but dad is waiting outside',
    // The one who harmed is where the child goes.
    'dad hit him last night and he is at his gran’s tonight, dad will be picking him up from there',
    // Not safe tonight.
    'dad hit him last night, he won’t be safe tonight',
    'dad hit him last night, he doesn’t feel safe tonight',
  ])('not "%s"', (text) => {
    expect(saysSafeNow(text)).toBe(false);
  });

  it.each([
    'she has a burn on her hand, says she doesn’t know how. nan is collecting her today',
    'baby has bruising on both upper arms, mum at work, grandad collecting at 5',
    'he says his stepdad hit him, his auntie is picking him up from school',
    'her mum hits her with a hairbrush. her nan took her home tonight and is staying over',
    // A parent collects, and the one who harmed is kept away or away since.
    'he said his stepdad did it. police arrested the stepdad last night and he has bail conditions not to go near the house. mum is collecting',
    'her mum’s old boyfriend used to hit her with a belt. he moved out before christmas. mum’s picking her up as usual',
    'she told me daddy hurt mummy’s neck. dad’s been out of the house since the weekend',
    'the coach at her old club used to make her go to his house. she left that club at christmas and hasn’t seen him since',
  ])('a safe adult collects, or the one who harmed is away: "%s"', (text) => {
    expect(saysSafeNow(text)).toBe(true);
    expect(saysDangerNow(text)).toBe(false);
  });

  it.each([
    // The one who collects is the one the message names with harm.
    'grandad seen grabbing the 4 yo by the throat at the gate, grandad is collecting him today',
    'his nan hits him with a slipper, nan is picking him up at 3',
    'his grandad, who he lives with, has hit him with a belt. grandad is collecting him today',
    // A parent collects, and nothing says the one who harmed is away.
    'she says mum’s boyfriend hit her last night. mum is collecting her at 3',
    'dad slapped him on saturday, mum is picking him up today',
    // "Not allowed near" is told of someone who came anyway as often as not.
    'her dad isn’t allowed near her, mum’s picking her up today',
  ])('no safety in who collects: "%s"', (text) => {
    expect(saysSafeNow(text)).toBe(false);
  });

  it('for a child alone now, someone coming later is no safety', () => {
    const text = 'the 4 year old is at home on his own, nan is collecting him later';
    expect(saysSafeNow(text, { childAlone: true })).toBe(false);
    expect(saysSafeNow('the baby has a bruise, nan is collecting her later')).toBe(true);
  });
});

describe('told as past', () => {
  it.each([
    'one of my 16 year olds was stabbed in the arm last month',
    'kids found wandering the estate at 10pm last night by police, returned home',
    'he and his little brother got left on their own overnight last week',
    'she said he threatened to kill her on Saturday',
    '15 yr old lad stabbed at the weekend',
    'took an overdose a few weeks ago and is in a mother and baby unit',
    'happened two days ago',
    'her husband threatened to kill her and the girls last month',
    'found a 15 year old at 2am yday in a car with older men',
    // Fortieth session: "at weekend", "last wk", "last nite", "over half term".
    '7yo says mums bf put his hands round her neck at weekend',
    'the lads jumped him and took his phone last wk',
    'he got battered by his brother last nite',
    'she was kept off over half term with a black eye',
    'their 3yo brother was found wandering on the main road by a neighbour on sat',
  ])('"%s"', (text) => {
    expect(toldAsPast(text)).toBe(true);
  });

  it.each([
    // No time in the past named: the same harm, said of no time.
    'one of my 16 year olds was stabbed in the arm',
    'he and his little brother got left on their own overnight',
    // A start, not an event: still so now.
    'mum went out on Saturday and the kids have been on their own since',
    "mum didn't come back last night",
    "the baby is floppy and hasn't fed since yesterday",
    'mum went to the shop yesterday, three kids in the flat, no adults',
    'mum left on Thursday and him and his sister are on their own in the flat',
    'her 10 yo is at home on her own and not answering, she had a hypo last week',
    'both parents using, the kids are being left alone, police found them at 2am last week',
    // Something said of now or again, or a state that is an emergency in itself.
    'the baby was shaken last night and is now floppy',
    'he was stabbed last week and is bleeding again',
    'she was seen getting into a taxi last night and texted that they won\'t let her leave',
    // A threat of what will happen, beside something that happened.
    'mum hit her with a belt last night and she says mum is going to kill her',
    "he was stabbed at the weekend and they say they'll finish the job",
    // The child lives, or is at home, with the one the message is about.
    'dad stabbed mum last night and the kids are at home with him',
    'last week her stepdad threatened to kill her, she lives with him',
    'he threatened to kill her last week and still lives there',
    // Danger later today.
    'he threatened to kill her last week and is picking her up tonight',
    'her dad beat her at the weekend and she is scared to go home',
    // Words of time that are not a past time: "last" and "on" with other words.
    'he was the last one to be collected',
    'he was stabbed, he plays for the under 16s on sundays',
  ])('not "%s"', (text) => {
    expect(toldAsPast(text)).toBe(false);
  });
});
