/**
 * Free-text recognition on messages nobody has shown the bot: our own practitioner
 * messages (teachers, health visitors, youth workers, coaches, volunteers, DSLs),
 * with abbreviations, typos, hedging, negation and two topics at once. Each goes
 * through recognise and answerFor, and the test reads the card the practitioner
 * would see: the route, and the number or name that must be on it.
 */
import { describe, expect, it } from 'vitest';
import { answerFor } from '../../cards';
import { AREAS, createEngine, loadEngines, type Intent, type Recognition } from '../../rules';
import { loadPack } from '../../rules/load';
import { bury } from '../../rules/packs/bury';
import type { SemanticModel } from '../../rules/semantic/model';
import { tokenise } from '../../rules/text';
import { cardStrings } from '../helpers/cardNodes';

const engines = loadEngines();
const engine = engines.salford;
/** Wednesday 25 November 2026, 10:00 in London: the Bridge is open. */
const OPEN = new Date('2026-11-25T10:00:00Z');
/** The level an area's engine gives a message's indicators, on a weekday morning. */
const levelOf = (area: keyof typeof engines, ids: readonly string[]) => engines[area].assess({ indicators: [...ids] }, new Date('2026-11-23T10:00:00Z')).level.id;

type Route =
  | 'emergency' | 'risk' | 'more_help' | 'early_help' | 'advice' | 'fgc' | 'private_fostering' | 'contact' | 'escalation'
  | 'info_sharing' | 'anonymous' | 'secure_estate' | 'disability' | 'help' | 'lado' | 'adult_concern' | 'after_referral' | 'glossary' | 'contextual_safeguarding';


/** The route a practitioner would see for this message, and every word on the first card. */
function reply(message: string): { route: Route; text: string; r: Recognition } {
  const r = engine.recognise(message);
  const card = answerFor(engine, r, message, OPEN, { personal: true });
  const text = cardStrings(card).join('\n').replace(/\u00a0/g, ' ');
  let route: Route;
  if (r.intent === 'emergency' || r.intent === 'concern') {
    const id = engine.assess({ indicators: r.indicators.map((i) => i.id) }, OPEN).route.id;
    route = (id === 'risk_support' ? 'risk' : id) as Route;
  } else route = r.intent as Intent as Route;
  return { route, text, r };
}

/** The strings the first reply must carry, per route (one of each inner list). */
const MUST: Partial<Record<Route, string[][]>> = {
  emergency: [['999']],
  risk: [['0161 603 4500']],
  more_help: [['0161 603 4500', '0161 603 4555']],
  early_help: [['Early Help', 'early help']],
  fgc: [['0161 686 5264', 'fgc@salford.gov.uk']],
  private_fostering: [['0161 779 7860']],
  info_sharing: [['consent', 'Consent']],
  anonymous: [['0161 603 4500']],
  secure_estate: [['0161 603 4555']],
  advice: [['0161 909 6508', 'Starting Life Well']],
  disability: [['Children with Disabilit']],
  escalation: [['Practice Manager', 'Head of Service']],
};

function expectRoute(message: string, route: Route, extra: string[] = []): Recognition {
  const got = reply(message);
  const why = `intent ${got.r.intent} (also ${got.r.also.join(',')}), indicators ${got.r.indicators.map((i) => i.id).join(',')}, negated ${got.r.negated.map((i) => i.id).join(',')}`;
  expect(got.route, why).toBe(route);
  for (const oneOf of MUST[route] ?? []) expect(oneOf.some((s) => got.text.includes(s)), `one of ${JSON.stringify(oneOf)} on the card`).toBe(true);
  for (const s of extra) expect(got.text, `"${s}" on the card`).toContain(s);
  return got.r;
}

// A child in immediate danger or home alone: 999 first, never behind a question.
const emergency: string[] = [
  "Year 3 girl says mum hasn't come home since last night and she's been looking after her baby brother",
  "just had a call from a 7 y/o saying there's no grown up in the house",
  'kids left by themselves in the flat all weekend',
  "neighbour rang school, the twins (age 5) are home on their own and it's 9pm",
  "dad is outside the school gates with a knife shouting he'll take the kids",
  'a boy from my U12s just turned up with blood on his face saying his stepdad is going to batter him when he gets home',
  "teen has taken an OD and she's really drowsy",
  "the baby isn't breathing properly and mum is panicking",
  'pupil refuses to go home, says dad will kill her tonight',
  "i can hear a child screaming next door and a man shouting, sounds like she's being hurt",
  '4 yr old found walking along the main road in his pyjamas at 11pm, no parent around',
  "worried he's been left alone, not sure, mum didn't answer the door",
  "16 yo texted me she's in a flat with men she doesn't know and they won't let her leave",
  "mum's collapsed at home and the 3 year old is alone with her",
  'not sure if the 10 yr old is being left alone after school every day',
  'the bridge said NFA last month but now the kids have been left home alone all night',
  'anonymous referral please - the children are on their own in the house again tonight',
  'girl in yr 9 says her brother is waiting outside school with a machete',
  'HV visit: 2 toddlers alone in the flat, no sign of mum, door was open',
  'Theres a 6 yr old sat outside the chippy on his own, been there 2 hrs, no adult',
  'mum is passed out drunk and the baby is crying, older sibling rang me',
  "pupil just told me her dad's coming to get her w/ a knife",
  'young person is on the bridge parapet threatening to jump',
  'just seen a man drag a child into a car, she was screaming',
  "child has just rung saying mummy's boyfriend is hitting her right now",
  'kids (3 and 5) left home alone while mum at work, not for the first time',
  "I'm not certain but I think the little one is alone in the house, lights off and no answer",
  "14 year old says she's going to kill herself tonight and has tablets",
  "girl at youth club says she can't go home, her stepdad said he'd kill her",
  'urgent - 2 yr old alone in a car in the Asda car park, windows up, really hot',
  "a dad turned up drunk and aggressive at nursery demanding his son, says he'll hurt anyone who stops him",
  "the baby has gone floppy and mum won't call an ambulance",
  "year 6 boy says he's been on his own since friday, mum's not answered her phone",
  'teenage girl is being held in a house by older men, she just messaged her friend for help',
  "child says mum's new partner is at home now with a gun",
  "possibly home alone? couldn't see an adult through the window, 4 kids inside",
  'dad has just threatened to stab mum in front of the children, he is still there',
  'a toddler has wandered out of the house onto the road, no one came looking',
  "the 8yo has been left to babysit the baby overnight while mum's out",
];

// Significant harm: the Bridge's 0161 603 4500, now.
const riskOrDangerNow: string[] = [
  "Year 10 girl has love bites and says her 25 yr old 'bf' picks her up from school",
  "mum told the HV that dad throws things at her when he's angry, baby in the room",
  "the baby's dad kicked the door in last night and threatened mum, baby was in the cot",
  // Moved here from test/rules/recognise.test.ts (sixteenth session): "being picked up ... after school" may be
  // today, like the first message of this list; the model trained on that session's corpus answers it with 999 first.
  'a 15 year old girl is being picked up in cars by older men after school',
];

const risk: string[] = [
  'Y7 lad has fingertip bruising on his upper arm',
  'HV here - 4 month old has a bruise on her cheek, not yet mobile',
  'the child said daddy hurt her with the belt',
  "15yo disclosed that her mum's boyfriend comes into her room at night",
  'we think a yr 10 girl is being groomed online by an adult on instagram',
  'lad in my U14s has loads of new trainers and cash and gets picked up by older lads in a car after training',
  'DV incident over the weekend, kids were in the house when police attended',
  'mum told me her partner strangled her last night, the children were upstairs',
  'baby has a skull fracture, parents say he rolled off the sofa',
  "there's no food in the fridge, the kids are filthy and there's dog mess all over the house",
  'worried about her stepfather who has convictions for sexual offences against children',
  "16 y/o says her parents are taking her to Pakistan in the summer to meet the man she's going to marry",
  'a 13 year old has an older boyfriend of 22 who buys her vapes',
  'pupil came in with a burn on her hand the shape of an iron',
  "toddler keeps having injuries that mum can't explain",
  'girl in yr 8 has been sending nudes to an adult she met online',
  'I think mum might be giving her medication to make her sick',
  'boy has been missing for 3 days and was seen with known drug dealers',
  'my 12 year old pupil said her uncle touched her private parts',
  'red marks on his legs like he has been whipped',
  "mum admitted she shook the baby when he wouldn't stop crying",
  'the kids see their parents fighting all the time, dad smashed the house up on saturday',
  "she's not in danger right now but there's DV at home",
  // Known misses until the fifteenth session's model, now child protection (sixteenth session).
  "I'm a volunteer at a food bank, a little girl said her dad locks her in the cupboard",
  "girl says she is being flown to pakistan on friday to marry her cousin and can't say no",
  'private fostering arrangement, and the girl has bruises on both arms',
  'young person in a YOI has disclosed sexual abuse by a family member',
  'disabled 6 year old with unexplained bruising on his back',
  'can i share this with school? the child says dad hits her when he is drunk',
  "FGC was planned but mum's partner has been violent towards her in front of the kids",
  'think he is being criminally exploited - county lines - found in Blackpool',
  'yr 11 says she was raped at a party at the weekend',
  'the little boy flinches whenever an adult raises their hand',
  "7yo said mummy's boyfriend makes him do rude things",
  'he keeps coming in with scratches and marks on his neck',
  "worried about cse - she's getting taxis paid for by men",
  'dad has been arrested for having indecent images of children',
  'possible NAI - baby has bruising to the ear',
  "she's 12 and pregnant",
  "lad says he owes money to a gang and they'll hurt him if he doesn't sell for them",
  'mum is drinking every day and the kids are basically looking after themselves some evenings',
  "girl in yr 5 has told her teacher that her brother's friend makes her touch him",
  "mum's partner has a conviction for child cruelty and has just moved in",
  "there's a lad in our youth club who always has wads of cash and 3 phones",
  "HV noticed a bruise on a 6 week old baby's chest",
  '10 year old came in with a massive lump on his head and said dad pushed him down the stairs',
  "she said her mum slaps her across the face when she's naughty",
  'suspected FGM - girl has been off for weeks after a trip to Sudan and is struggling to walk',
  'teen keeps disappearing overnight and coming back with expensive stuff',
  'the children are living in squalid conditions with no beds',
  'a parent has asked me to keep their domestic abuse history confidential from the school',
  "not sure if it's abuse but he has bruises on both cheeks",
  "mum says the kids' father grabbed her by the throat, children witnessed it",
  "child says he gets hit with a slipper when he's naughty",
  'maybe nothing but a 14 yo girl keeps getting into cars with men after school',
  "dad's ex partner who has a conviction for sexual assault on a child is visiting",
  "there's a strong smell of cannabis, the baby is filthy and the home has no heating",
  'we suspect FII - mum keeps taking him to A&E with symptoms no one can find',
  "no immediate danger but I'm worried dad is controlling and mum's scared of him",
  'mum said not to tell anyone about the DV but I think I need to share it',
];

// Getting More Help: complex needs, a plan that is not working.
const moreHelp: string[] = [
  "we've had a TAF in place since September but nothing has changed and mum's stopped coming to meetings",
  'EHA done months ago, family not engaging and attendance still poor',
  "yr 9 girl told me she's been self harming",
  'worried about a y10 boy sharing far right memes and extremist videos',
  "dad is a heavy drinker and often can't stand up at pick up",
  'mum smokes weed in front of the kids every day',
  'the 16 year old has been kicked out by his parents and is sofa surfing',
  'family is known to lots of agencies, the eldest is a young carer and attendance is poor',
  'the early help plan is going nowhere and things are escalating at home',
  'nursery here: 3 y/o has speech delay, mum has depression and the family is struggling despite support from the HV',
  'young person showing sexualised behaviour towards younger kids at the youth club',
  'mum is using heroin again and the kids are often late',
  "things have got worse at home since dad left, I think they might need a child in need plan",
  'hes 17 and has nowhere to live since his mum threw him out',
  'my pupil keeps talking about wanting to end her life',
  'EHA closed as family wouldnt engage, concerns are still there',
  'yr 10 boy has been watching ISIS videos and talking about martyrdom',
  "dad's mental health is getting worse and he's refusing any support",
  "teen is cutting her arms again and won't talk to CAMHS",
  '15 y/o is self-harming and has taken a small overdose before, now at home',
  'despite a year of early help the kids are still coming in hungry and dirty',
  'boy making racist comments and talking about joining a far-right group',
  'young person is at risk of radicalisation, prevent referral?',
  'mum drinks most nights and the kids are often late and hungry',
  'girl keeps saying she wants to die, no plan but really low',
  'the TAF has been going 6 months and things are deteriorating',
];

// Getting Help: early help with the family's agreement.
const earlyHelp: string[] = [
  "mum's asked for help with bedtime routines, the 4 year old is up til midnight",
  'y4 boy keeps coming in late and has missed loads of days this term',
  "single dad finding it hard to cope since mum died, the kids are struggling",
  'family living in a one bed flat with 4 kids, damp and mould everywhere',
  "could the family get some early help? mum is struggling with her son's behaviour",
  "9yo has been quite anxious and withdrawn since her parents split up",
  "HV: mum seems low after the birth and she's very isolated",
  'the family have no money for the gas and electric this month',
  "boy in reception has a speech delay, parents keep missing his hospital appointments",
  'dad is in prison and the kids are finding it hard',
  'she often comes to school without breakfast and her uniform is dirty',
  'yr 8 girl is caring for her mum who has MS and is falling asleep in lessons',
  "mum went to prison last year and he's been really unsettled at school",
  'no injuries and no concerns about abuse but mum is exhausted and wants parenting support',
  "mum is a single parent of 4 and says she needs a bit of help with the kids' routines",
  'boy is always tired in class and says he plays xbox til 3am',
  'the family are in temporary accommodation and struggling with money',
  'child is struggling with friendships and seems lonely',
  "persistent lateness and his uniform is too small, mum's asked for support",
  'grandma died recently and the 8 year old is really struggling',
  "the twins' school attendance is 82%",
  'she is finding it hard to make friends in her new class',
  'parents have separated and the 7 year old has started wetting the bed',
  "mum's on universal credit and can't afford school shoes",
  "little one isn't talking yet at 2 and a half, mum wants some help",
  "child has been having temper tantrums at home and mum doesn't know what to do",
  "mum would like some support with the toddler's sleep and eating",
  'the family were evicted and are in a B&B, the kids are unsettled',
  'the boy is anxious about coming to school and his attendance is 85%',
  'not a safeguarding concern as such but mum is struggling since dad left',
];

// Family Group Conferencing.
const fgc: string[] = [
  'could grandparents and aunties help? thinking about a family meeting',
  'how do I refer for an FGC',
  'the family want to make their own plan with relatives to keep the baby safe',
  "would a family group conf help here? dad's side of the family want to be involved",
  'how can we get the whole family together to agree a plan for the kids',
  'wider family could support if things break down, who runs family network meetings?',
  'is there a service that helps parents plan with their extended family before conference',
  'FGC referral pls',
  'fmily group confrence for the family i support?',
  'grandad wants to help, how do we involve the wider family network in the plan',
  'can the family group conferencing team help us plan with the extended family?',
  'mum says her sisters would help if we could get everyone together to make a plan',
  'is family network meeting the same as FGC',
  'nan and grandad want to be part of the plan for the kids, how do we set that up',
  'could a family group conference help avoid the kids going into care',
  'auntie and uncle want to help look after the kids, how do we pull a family plan together',
  'what is a family network meeting and who can refer',
  'could the wider family come together to make a safety plan',
  "dad's side want to help, can someone facilitate a family meeting",
];

// Private fostering.
const privateFostering: string[] = [
  "a 14 yr old has been staying at her mate's house for a month cos of rows at home",
  "pupil's mum has gone back to Poland and left him with a family friend since half term",
  'language student aged 15 living with a host family for 3 months',
  "a child is living with her 'auntie' who isn't actually related to her",
  'an 8 year old has been living with her childminder since mum went into hospital 6 weeks ago',
  "16 y/o disabled lad has been living with his girlfriend's parents since the summer",
  'do i need to tell anyone if a child is staying with friends of the family long term?',
  "a yr 6 pupil has been stopping at a neighbour's for the last five weeks while mum is in rehab",
  'is it privately fosterd if she stays with her friends mum?',
  'Ukrainian teenager placed with a family in Salford through a sponsor scheme for over 28 days',
  "a 15 year old has moved in with her best friend's family after falling out with mum",
  "child's been living with a neighbour for 2 months, mum's abroad",
  'does a cousin count as a close relative for private fostering?',
  'a boy from Italy is staying with a host family to study at a Salford school',
  "girl aged 15 staying with her boyfriend's family since she fell out with dad 6 weeks ago",
  'a family friend has been looking after the boy since Easter while dad works abroad',
  'is it private fostering if a child lives with their nan?',
  'a 12 year old from Nigeria is living with a family friend while her parents are back home',
  "is it private fostering if a 15 year old stays with her boyfriend's mum for a few months",
];

// Contact look-ups: the number asked for.
const contact: [string, string][] = [
  ['bridge phone no', '0161 603 4500'],
  ['EDT number pls', '0161 794 8888'],
  ["what's the private fostering officer's number", '0161 779 7860'],
  ['South locality team tel?', '0161 686 5260'],
  ['adult safeguarding phone number', '0161 206 0604'],
  ["who do I ring out of hours for children's social care", '0161 794 8888'],
  ['number for the quality assurance unit', '0161 603 4322'],
  ['salford cvs email', 'office@salfordcvs.co.uk'],
  ['Broughton hub address', '50 Rigby Street'],
  ['the number for the Emergency Duty Team?', '0161 794 8888'],
  ['MASH tel', '0161 603 4500'],
  ['Starting Life Well helpline', '0161 909 6508'],
  ["whats the bridge's email address", 'worriedaboutachild@salford.gov.uk'],
  ['can u give me the number for fgc', '0161 686 5264'],
  ['Emerson House phone number', '0161 686 5260'],
  ['number for the west locality team', '0161 686 7235'],
  ['north team contact details', '0161 778 0495'],
  ['whats the EDT phone number', '0161 794 8888'],
  ['number for the bridge pls', '0161 603 4500'],
  ['private fostering officer contact', '0161 779 7860'],
  ['how do i contact the west locality team', '0161 686 7235'],
  ['SQAU phone', '0161 603 4322'],
  ['Bridge email?', 'worriedaboutachild@salford.gov.uk'],
  ['EDT tel no', '0161 794 8888'],
  ["what's the bridge advice line number", '0161 603 4555'],
  ['family group conferencing email', 'fgc@salford.gov.uk'],
  ['number for the central locality team', '0161 778 0601'],
  ['whats the number for the out of hours team', '0161 794 8888'],
  ['central locality phone', '0161 778 0601'],
];

// Escalation: the next rung, from the stage reached.
const escalation: [string, string][] = [
  ["the Bridge said NFA but I'm still really worried about this child", 'practice_manager'],
  ["SW closed the case after one visit and I don't agree", 'practitioner'],
  ["I've already spoken to the social worker and we still disagree, what next?", 'practice_manager'],
  ['escalated to the practice manager a week ago, no reply', 'service_manager'],
  ["Service manager hasn't got back to me in 5 working days, who's next", 'head_of_service'],
  ["head of service hasn't resolved it either", 'head_of_service'],
  ['how do I challenge a Bridge decision?', 'practice_manager'],
  ['professional disagreement with social care about threshold', 'practitioner'],
  ['not happy that my referral got knocked back', 'practice_manager'],
  ["I want to escalate, conference decided no plan and I think that's wrong", 'practitioner'],
  ["referral refused as it doesn't meet threshold, I strongly disagree", 'practice_manager'],
  ["I'm unhappy with how the Bridge dealt with my referral", 'practice_manager'],
  ['dsl and i disagree with the decision not to assess', 'practitioner'],
  ["bridge have NFA'd it and I think they're wrong", 'practice_manager'],
  ["I raised it with the Practice Manager and still haven't heard anything after 5 days", 'service_manager'],
  ['how do I escalate a concern', 'practitioner'],
  ["I don't agree with the social worker's assessment", 'practitioner'],
  ["service manager response didn't resolve it", 'head_of_service'],
  ["the bridge decided it doesn't meet threshold and I strongly think it does", 'practice_manager'],
  ["the service manager didn't get back to me, what now", 'head_of_service'],
  ["I challenged the SW's decision but got nowhere", 'practice_manager'],
  ["we disagree with the Bridge's decision to close the referral", 'practice_manager'],
  ["the practice manager's reply didn't address my concerns", 'service_manager'],
  // The seed's own words for it ("not in agreement with the outcome", "differences of opinion", "challenge"), and the
  // everyday ones for a decision someone thinks is wrong.
  ["my referral was rejected at the front door, can they reconsider the decision now there's new information?", 'practice_manager'],
  ['we have a difference of opinion with the social worker about the plan', 'practitioner'],
  ['I think social care got it wrong, the level is wrong for this family', 'practitioner'],
  ['the case was closed too soon in my view', 'practitioner'],
  ['who do I see about a formal challenge to the outcome?', 'practitioner'],
];

// Information sharing: consent, and when you may share without it.
const infoSharing: string[] = [
  'can i tell the school nurse what the child told me without asking mum first?',
  "GP surgery won't share info with us, citing GDPR",
  'am I allowed to pass on what a parent told me in confidence?',
  "dad's asked us not to tell anyone about his diagnosis but I think social care should know",
  'do the 7 golden rules still apply?',
  'is a 15 year old gillick competent to agree to me sharing with CAMHS?',
  'police have asked for information about a pupil, can we give it to them?',
  'do i need parents permission to speak to the HV about a kid',
  "what's the data protection position on passing safeguarding records to a new school",
  'can I share without consent if I think he is at risk of significant harm',
  "sharing info with the youth offending team - do we need mum's ok?",
  'a child asked me to keep a secret, can I?',
  'can i share info with school without mums consent',
  'is it ok to tell the DSL at his new school about the concerns',
  'what does GDPR say about sharing safeguarding info',
  'mum has refused consent for me to talk to the school, what now',
  'can I send my notes to the social worker without telling mum?',
  'do we need written consent to refer to early help',
  'am I allowed to share concerns with the new school when a child moves?',
];

// Anonymous referrals.
const anonymous: string[] = [
  "i don't want the family to know it was me who reported",
  'can a referral be made without the family finding out who made it',
  'can I keep my name out of it when I report? worried about repercussions',
  'do I have to give my details when I ring the bridge?',
  'r anonymous referrals accepted in salford?',
  "I'm a parent volunteer and I don't want to be named, can I still raise a concern",
  'could I report it annonymously?',
  'is there a way to tell the Bridge without saying who I am',
  'the mum is my friend - I want to flag concerns but stay anon',
  'can I make a referral and not leave my name',
  "I'd like to make a referral but don't want to give my name",
  'can the family find out who referred them?',
  'worried the dad will know it was me if I report it',
  "I'm scared of the family finding out I reported them",
  'can I report without the parents knowing it was me?',
  "I'm a neighbour and want to report anonymously",
  "I want to raise a concern about my neighbour's kids but don't want them to know it was me",
  'does the family get told who made the referral?',
];

// Young people in the secure estate.
const secureEstate: string[] = [
  'one of our care leavers aged 17 is in HMYOI Wetherby',
  'lad from Little Hulton got remanded to Barton Moss',
  'our yr 11 pupil has been sent to a young offenders',
  '16yo has been given a DTO, what support is there for his family in Salford?',
  'young person in a secure unit out of area, who do I tell in Salford?',
  "Salford girl placed in a secure children's home in Yorkshire on a welfare order",
  "he's on remand at a YOI",
  'secure estate referral - 15 y/o about to be released back to Salford',
  '14 year old locked up in a secure training centre, mum wants support',
  'youth justice asked me who to contact about a young person in secure accommodation',
  'is there support for a Salford boy in an STC?',
  'a young person from Salford is being held at Barton Moss secure childrens home',
  'y/o sentenced to custody at a YOI, family in Walkden',
  'who do I tell when a Salford lad goes into the secure estate?',
  'lad I work with is in a secure training centre and mum needs help',
  '16 year old Salford lad in HMP YOI Hindley',
  'young person just sentenced to a detention and training order',
  'our former pupil is in a young offenders institute in Lancashire',
  '15 year old remanded to secure accommodation, family live in Salford',
];

// Universal services and advice.
const advice: string[] = [
  'where can mum find a nursery place for her 2 year old',
  'any stay and play groups round Swinton?',
  'parent wants info on free childcare for 2 yr olds',
  'looking for holiday activities for a 10 year old over the summer',
  "what's on for teenagers in Salford - youth clubs etc",
  'where can I find the Family Information Service',
  'mum is asking about parenting classes, nothing safeguarding, she just wants some tips',
  'breakfast club near Walkden?',
  'family just moved to Salford and need help finding a GP and a school place',
  "do children's centres do baby massage?",
  'where do i find after-school care for a 7 year old',
  'no concerns really, just after some signposting to activities for the kids',
  "the child isn't at risk, I just want to know about holiday clubs",
  'are there any free activities for kids over half term',
  "mum asked where the nearest children's centre is",
  'looking for a toddler group for a new mum',
  'family want to find a childminder',
  'where can I find after school clubs in Eccles?',
  'family wants information about free nursery places',
  'any parent and toddler groups near Walkden',
  'free holiday clubs with food for kids on free school meals',
  'baby and toddler groups in Salford?',
];

// Children with disabilities.
const disability: string[] = [
  'autistic boy, family at breaking point, can they get short breaks?',
  'child with severe learning difficulties and epilepsy, parents need support',
  'referral to the CWD team - what are the criteria?',
  '13yo with cerebral palsy, mum struggling with his personal care',
  'does a child with ADHD count as disabled for the disability team?',
  'parent carer of a wheelchair user asking about respite',
  "is a kid with Down's syndrome eligible for the children with disabilities service?",
  'non verbal 8 year old, family need more help at home, which team?',
  'is there a social work team for disabled kids?',
  'tube fed toddler with complex health needs, where does the family get support?',
  'disabilty team criteria?',
  'child with autism, family want a break, what respite is there',
  'my pupil has global developmental delay and mum needs more support than school can give',
  'what is the criteria for the disabilities team',
  'teenager with muscular dystrophy, parents exhausted',
  'what support is there for a child with autism and severe anxiety whose family are struggling',
  'child with profound and multiple learning disabilities needs an assessment',
  'does the disabilities team cover kids with ADHD?',
  'young person with autism and learning disability, parents need a break',
  'how does a family get an assessment from the children with disabilities team',
];

// Nothing the bot should act on: the welcome card, no route.
const nothing: string[] = [
  'thanks',
  'ok',
  'what can you do',
  'hello',
  "cheers, that's helpful",
  'test',
  'brilliant thank you so much',
  'how does this bot work?',
  'good afternoon',
  'sorry wrong chat',
  'he cut his hand on a tin at camp, first aid given and mum informed',
  'the lads beat City 3-0 on Saturday, great game',
  'we had a fire drill and the building was evacuated',
  'thank you',
  'ta',
  'great',
  'what else can you help with',
  'good morning, how are you',
  'she walks home from school by herself now she is in year 8',
  'we were late for the TAF meeting because of traffic',
  'the children are stopping at the shop on the way home',
  'he got new trainers for his birthday',
  'he was held back a year at primary',
  'I would like to know more about your training',
  'could you tell me what you can do',
  'mum stayed with us at the house for the meeting',
  'the roof has collapsed at the sports hall so training is cancelled',
  'he took the last biscuit without asking',
  'she has been missing PE because of a sprained ankle',
  'policy review meeting on Tuesday',
  'it was me who sent the email earlier',
  'brilliant, cheers',
  'can you show me the menu',
  "that's all for now",
  'got it, thanks',
  'bye',
];

describe('free text generalises: our own practitioner messages', () => {
  it('has enough messages, about ten or more a route', () => {
    const tables = [emergency, risk, moreHelp, earlyHelp, fgc, privateFostering, contact, escalation, infoSharing, anonymous, secureEstate, advice, disability, nothing];
    for (const t of tables) expect(t.length).toBeGreaterThanOrEqual(10);
    expect(tables.reduce((n, t) => n + t.length, 0)).toBeGreaterThanOrEqual(150);
  });

  it.each(emergency)('emergency: %s', (m) => {
    const r = expectRoute(m, 'emergency', ['999', '0161 603 4500']);
    expect(r.intent).toBe('emergency');
  });
  // Child protection: never lower than the Bridge (the risk card, or 999 first where the meaning reads danger
  // now: the safer answer stands), with the Bridge's number on the card. One by one: this is a safety rule.
  it.each([...risk, ...riskOrDangerNow])('risk, never lower: %s', (m) => {
    const got = reply(m);
    expect(['risk', 'emergency'], `intent ${got.r.intent}, indicators ${got.r.indicators.map((i) => i.id).join(',')}`).toContain(got.route);
    expect(got.text).toContain('0161 603 4500');
  });

  // A known miss, kept in sight: the model trained on the sixteenth session's corpus reads "nan is with them now" as
  // an ordinary matter so surely (0.93) that combine's step 2 asks about "neglect" instead of declaring it. The answer
  // is the "not sure" card: 999 first and the Bridge's number, never the welcome card or an ordinary answer (decision
  // 012, sixteenth session). When recognition places it at child protection again, this fails: move the message back
  // to the risk list above.
  it('asked about, not declared (known miss): no longer home alone, nan is with them, still worried about neglect', () => {
    const got = reply('no longer home alone, nan is with them now, but I am still worried about neglect');
    expect(got.route).toBe('unsure');
    expect(got.text).toContain('999');
    expect(got.text).toContain('0161 603 4500');
  });

  // The exact level below 999 is a learnt model's answer, so these tables are measured, not promised message
  // by message: each keeps at least the right answers it has today (a ratchet: raise it when recognition
  // improves; the failure lists the misses). The frozen set (test/eval, EVALUATION.md) is the honest measure.
  const nothingRoute = (m: string) => {
    const got = reply(m);
    return ['help', 'unsure', 'advice'].includes(got.route) && got.r.indicators.length === 0 ? 'nothing' : got.route;
  };
  it.each([
    ['child protection exactly (not 999)', risk, 'risk', 58],
    ['more help', moreHelp, 'more_help', 25],
    ['early help', earlyHelp, 'early_help', 30],
    ['advice', advice, 'advice', 22],
    ['nothing to act on (no concern declared, no indicator)', nothing, 'nothing', 34],
  ] as const)('%s: at least the right answers it has today', (_name, table, route, atLeast) => {
    const misses = table.filter((m) => (route === 'nothing' ? nothingRoute(m) : reply(m).route) !== route);
    const right = table.length - misses.length;
    console.log(`${_name}: ${right} of ${table.length}`);
    expect(right, `misses:\n${misses.map((m) => `${m} → ${route === 'nothing' ? nothingRoute(m) : reply(m).route}`).join('\n')}`).toBeGreaterThanOrEqual(atLeast);
  });
  it.each(fgc)('family group conferencing: %s', (m) => {
    expectRoute(m, 'fgc');
  });
  it.each(privateFostering)('private fostering: %s', (m) => {
    expectRoute(m, 'private_fostering');
  });
  it.each(contact)('contact: %s → %s', (m, number) => {
    expectRoute(m, 'contact', [number]);
  });
  it.each(escalation)('escalation: %s → next step %s', (m, stage) => {
    const r = expectRoute(m, 'escalation');
    expect(r.escalationStage).toBe(stage);
  });
  it.each(infoSharing)('information sharing: %s', (m) => {
    expectRoute(m, 'info_sharing');
  });
  it.each(anonymous)('anonymous: %s', (m) => {
    expectRoute(m, 'anonymous');
  });
  it.each(secureEstate)('secure estate: %s', (m) => {
    expectRoute(m, 'secure_estate');
  });
  it.each(disability)('disability: %s', (m) => {
    expectRoute(m, 'disability');
  });
  // A family's needs told with a word for a disability, that the meaning places as early help (combine step 3d, decision
  // 012, nineteenth session): early help leads and the Children with Disabilities Team is offered beside it.
  it.each(['profoundly deaf 6 year old, family struggling to manage, who can help'])('disability offered after the need: %s', (m) => {
    const r = expectRoute(m, 'early_help');
    expect(r.also).toContain('disability');
  });
});

describe('the general rules behind these answers', () => {
  it.each([
    ["dad's coming to get her w/ a knife", 'with a knife'],
    ["he'd kill her", 'he would kill her'],
    ["they're wrong", 'they are wrong'],
    ["we've tried", 'we have tried'],
    ["I'm worried", 'i am worried'],
    ['her 25 yr old bf', 'boyfriend'],
    ['the SW closed it', 'social worker'],
    ["the SW's decision", 'social workers decision'],
    ['mum & dad', 'mum and dad'],
  ])('shorthand and contractions: "%s" reads as "%s"', (typed, reads) => {
    expect(tokenise(typed).map((t) => t.raw).join(' ')).toContain(reads);
  });

  it.each([
    ['a small child', 'hygiene_hunger'],
    ['rapid review meeting', 'sexual_abuse'],
    ['we would like some advice', 'housing_money'],
  ])('a short word one letter from a known word is not taken for it: "%s" is not %s', (text, id) => {
    expect(engine.recognise(text).indicators.map((i) => i.id)).not.toContain(id);
  });

  it.each([
    ['bury', 'attendance has slipped to 91% this term', 'physical_abuse'],
    ['bury', 'child stammering badly since starting school, parents want SALT', 'neglect'],
    ['bury', '19 month old still cruising the furniture, not walking yet', 'physical_abuse'],
    ['salford', 'attendance has slipped to 91% this term', 'physical_abuse'],
  ] as const)('%s: a word in its own right is not a typo of a phrase word: "%s" is not %s', (area, text, id) => {
    expect(engines[area].recognise(text).indicators.map((i) => i.id)).not.toContain(id);
  });

  it.each([
    ['salford', 'kid keeps kicking off in class'],
    ['salford', 'biting and kicking other kids every day, mum at a loss'],
    ['bury', 'Reception child hitting staff and off a lot, mum wants help'],
    ['nottingham', 'Y2 hitting out in class, parents want a joint plan'],
    ['nottingham', 'lad has been punching the walls when he is angry'],
    ['bury', "child told me 'daddy smacked the table really hard' when he was cross about the football"],
    ['salford', 'he kicked the car when his dad said no'],
    ['bury', 'the 3 year old keeps hitting and biting at nursery, parents would like some ideas'],
    ['nottingham', 'lad aged 9 hitting his brother when he loses at games, mum wants parenting support'],
    ['nottingham', 'our youngest is scratching and hitting at bath time, mum asked for tips'],
    ['bury', 'reception girl keeps kicking and hitting staff when she is tired'],
    ['bury', '17 year old sofa surfing since her mum kicked her out last month'],
    ['nottingham', 'dad has kicked him out after a row and he is staying at a mate\'s'],
    // Thirtieth session: an age as one word, what a child was excluded for, hit by a thing.
    ['nottingham', 'a mum at toddler group says her 3yo bites and hits at home and she is exhausted'],
    ['nottingham', 'Y4 girl has had 3 fixed term exclusions this year for hitting, mum wants to work with us'],
    ['bury', 'two detentions this term for kicking, parents want a plan'],
    ['nottingham', 'the family has just been hit by the benefit cap and are worried about rent'],
    // Thirty-eighth session: a game or a race won or lost.
    ['bury', 'our under 12s beat them 4-0 on saturday and he scored'],
    ['nottingham', 'he beat his personal best at sports day'],
    ['bury', 'we got a beating in the cup final'],
    // Thirty-ninth session: a thing after "a" or "his", behaviour told first, a child named with a diagnosis, a game at
    // the end of the clause.
    ['salford', 'lost his temper, had a go at the ref and punched a wall'],
    ['nottingham', 'mum says he punched a hole in his bedroom door'],
    ['bury', 'Y8 lads knocking on doors and running, kicking a ball at cars'],
    ['bury', "the 3yo's behaviour is getting really difficult (hitting, screaming), mum not coping"],
    ['nottingham', '2yo with tricky behaviour, hitting and throwing at home, fine here mostly'],
    ['bury', '12yo ADHD pushing and hitting his single mum, she wants a plan'],
    ['bury', 'y5 says dad "beats her every time" - at chess lol'],
    ['nottingham', "Y9 girl said her dad 'battered' her last night - at FIFA"],
    ['bury', '3yo I mind hits mum at pickup, mum lost, any parenting courses?'],
    // Fortieth session: an adult the one hit (rules/agency.ts `adultHit`).
    ['bury', "the boy's behaviour is escalating, he hit a TA yesterday and is at risk of exclusion"],
    ['nottingham', 'Y9 lad kicked the teacher on duty at lunch, parents want a meeting'],
    ['salford', 'YOS say his dad used to beat his mum, dad has moved out now'],
    ['bury', '13 year old lad on my beat, out late most nights with an older group'],
    ['nottingham', "11yo with autism, mum's exhausted, he's hitting her and smashing things when distressed"],
    ['bury', "the 4yo's nursery attendance is down to half and he's started hitting, mum has asked for a family worker"],
    // Forty-first session: another child the one hit (rules/agency.ts `doneToAnotherChild`).
    ['bury', "10yo on my team's been aggressive lately, kicked another player. Mum says they're living at her sister's"],
    ['bury', "He's kicking off every day, hit 2 kids this week, looks shattered. mum says she's low"],
    ['nottingham', "Autistic 10yo, mum's not coping at all, he's hitting his sister and smashing things"],
    ['salford', 'complaints about 3 siblings out on the estate late kicking balls at cars'],
    ['bury', "Y11 keeps going on about 'sending them all back', pushed a Y7 kid into a wall shouting slurs"],
    // Forty-fifth session: a baby named after a word of when or why is not the one hit.
    ['nottingham', 'new baby at home, mum tired, the 4yo has been hitting since the baby came and she wants ideas'],
    ['nottingham', '3 year old hitting ever since the baby arrived, mum asked for a parenting group'],
  ] as const)('%s: the child doing the hitting or kicking, "kicking off", or a blow to a thing, is not the listed phrase for physical abuse: "%s"', (area, text) => {
    // (The meaning of the whole message may still suggest it; then the card says it is a reading, not a finding.)
    expect(engines[area].recognise(text).indicators.filter((i) => i.by !== 'meaning').map((i) => i.id)).not.toContain('physical_abuse');
  });

  it.each([
    ['salford', 'he said his dad was kicking him'],
    ['bury', 'mum says her partner keeps hitting the kids'],
    ['nottingham', 'she told me her step-dad was punching her'],
    ['bury', 'daddy smacked me on the legs'],
    ['salford', 'mum slapped him across the face'],
    ['bury', 'the boy says dad keeps hitting him with a belt'],
    ['nottingham', 'child disclosed hitting at home, mum\'s boyfriend'],
    ['nottingham', 'her 15 year old son keeps hitting the baby'],
    ['nottingham', 'the 4yo keeps hitting the baby when mum is in the kitchen'],
    ['bury', 'girl is crying, says her stepdad is punching her every night'],
    ['nottingham', 'she says her dad kicked her in the back last night'],
    // Near misses of the thirtieth session's readings: hit by a person, arrested for hitting a child, a baby hit.
    ['nottingham', 'she was hit by the man her mum lives with'],
    // ...and of the game read: one number that is no score, and a beating a child got.
    ['bury', 'dad beat them 3 times last week'],
    ['nottingham', 'dad beat him with a belt after the match'],
    ['bury', 'he was hit by a boy and his dad on the way home'],
    ['salford', 'dad has had a detention order before and was arrested for hitting him'],
    ['nottingham', 'the nursery worker was suspended for hitting a baby in the sleep room'],
    ['bury', 'she says she was hit by a belt when she got home late'],
    ['salford', 'he was hit by the buckle end of a belt'],
    ['nottingham', 'she told me she was hit by a stick at home'],
    ['nottingham', 'dad was excluded from the house for hitting her last year and is back now'],
    // ...and of the thirty-ninth session's: a person after "her", an adult named after the behaviour, a blow at home.
    ['bury', 'mum hit her against the wall'],
    ['salford', "his behaviour has changed since mum's boyfriend moved in, he keeps hitting him"],
    ['nottingham', 'her behaviour is awful since her stepdad started hitting her'],
    ['bury', 'dad battered her at home last night'],
    ['salford', 'he says dad beats him at home if he loses at football'],
    ['bury', 'the 3yo hits mum and dad hits him'],
    // ...and of the fortieth: a child after the adult, whose baby it is.
    ['nottingham', "he hit her mum's baby when he was angry"],
    ['bury', 'mum hit the baby and then the toddler'],
    ['salford', "mum hits him when she's distressed, he told me"],
    ['nottingham', 'dad beat him on the way home from the match'],
    ['bury', "he's started hitting her, she told me at break"],
    // ...and of the forty-first: an adult the one doing it, a baby or little one hit, a parent's sibling or child.
    ['bury', 'stepdad pushed a 5 year old into the wall'],
    ['nottingham', "mum's boyfriend hit her little brother"],
    ['bury', "he hit his sister's baby"],
    ['bury', 'dad hit his brother and then the kids'],
    ['nottingham', 'dad keeps hitting his son'],
    ['bury', 'the man pushed a little girl off her bike'],
  ] as const)('%s: someone hitting or kicking the child still is: "%s"', (area, text) => {
    expect(engines[area].recognise(text).indicators.map((i) => i.id)).toContain('physical_abuse');
  });

  it.each([
    'dad wants help with his 13 year old before things get worse, lots of rows, no violence',
    'mum asked what we can put in place to stop it getting worse',
    'nursery would like a TAF in case his behaviour escalates over the holidays',
  ])('wanting to act before things get worse is not "early help is not working": "%s"', (text) => {
    // rules/notNow.ts: what might happen, not what has.
    expect(engine.recognise(text).indicators.filter((i) => i.by !== 'meaning').map((i) => i.id)).not.toContain('early_help_not_working');
  });

  it.each([
    'we have had early help since september and things are getting worse',
    'it has got worse since before christmas despite the TAF',
    'TAF in place, his behaviour is escalating',
  ])('things that have got worse still are: "%s"', (text) => {
    expect(engine.recognise(text).indicators.map((i) => i.id)).toContain('early_help_not_working');
  });

  it.each([
    ['Mum disclosed she has PTSD and struggles with the noise', 'disclosure'],
    ['mum has disclosed she drinks a lot most nights', 'disclosure'],
    ['pupil disclosed self-harm to her tutor', 'disclosure'],
    ['self harm disclosure yr 8', 'disclosure'],
    ['she said sometimes she just wants to disappear', 'exploitation'],
  ] as const)('an adult telling about themselves, a child about their own self-harm, "wants to disappear": not the listed phrase: "%s" is not %s', (text, id) => {
    expect(engine.recognise(text).indicators.filter((i) => i.by !== 'meaning').map((i) => i.id)).not.toContain(id);
  });

  it.each([
    ['she disclosed that dad hits her', 'disclosure'],
    ['she keeps going missing and disappears for days', 'exploitation'],
  ] as const)('a child telling of harm, or going missing, still is: "%s" is %s', (text, id) => {
    expect(engine.recognise(text).indicators.map((i) => i.id)).toContain(id);
  });

  it.each([
    'one of our volunteers has a conviction for drink driving from 20 years ago, does it matter?',
    'grandad who collects him has an old conviction for shoplifting',
    'dad told us he was convicted of criminal damage as a teenager',
  ])('a conviction for something that says nothing of a risk to children is not the listed phrase for a risky adult: "%s"', (text) => {
    expect(engine.recognise(text).indicators.filter((i) => i.by !== 'meaning').map((i) => i.id)).not.toContain('risky_adult');
  });

  it.each([
    "mum's new partner has a conviction for sexual offences against children",
    'the lodger is a registered sex offender',
    'her uncle has convictions for offences against children and is staying with them',
  ])('a conviction for harming children still is: "%s"', (text) => {
    expect(engine.recognise(text).indicators.map((i) => i.id)).toContain('risky_adult');
  });

  it.each([
    "girl's dad was in prison years ago, before she was born, no worries now",
    'his uncle used to be in prison for burglary',
    'boy told the class "my dad is in prison all day", dad is a prison officer',
  ])('a prison term long over, or prison as a job, is not the listed phrase for a parent in prison: "%s"', (text) => {
    // rules/notNow.ts
    expect(engine.recognise(text).indicators.filter((i) => i.by !== 'meaning').map((i) => i.id)).not.toContain('parent_in_prison');
  });

  it.each([
    "dad's in prison and mum is struggling with the boys",
    'pupil visits her dad in prison once a month and is unsettled after',
  ])('a parent in prison now still is: "%s"', (text) => {
    expect(engine.recognise(text).indicators.map((i) => i.id)).toContain('parent_in_prison');
  });

  it.each([
    ['bury', 'mum fled DV and is living with friends, the kids are aggressive at school'],
    ['nottingham', 'mum escaped from domestic violence last year, new flat, boys struggling at school'],
    ['salford', 'mum left a violent relationship two years ago and wants help with the boys'],
    ['bury', "Mum left their dad after years of DV and they've moved into her sister's front room"],
    ['nottingham', 'she left her partner because of the violence, they are at her mum’s now'],
    // A refuge is somewhere the family fled to (forty-second session).
    ['bury', 'family just moved into a refuge after DV, the 14 yo is kicking off and says he feels numb, mum keen for any help going'],
    ['nottingham', '15yo living with her mum in a refuge after DV (dad out of the picture, no contact), she is not sleeping'],
  ] as const)('%s: domestic abuse the family has left is not the listed phrase for a home where it happens: "%s"', (area, text) => {
    // rules/notNow.ts; Bury's guidance gives "a mother who has fled domestic violence is living with friends" at level 3.
    expect(engines[area].recognise(text).indicators.filter((i) => i.by !== 'meaning').map((i) => i.id)).not.toContain('domestic_abuse');
  });

  it.each(['bury', 'nottingham'] as const)('%s: in a refuge, but the one who abused has found them or is messaging: the abuse is not left behind', (area) => {
    const text = "Mum's in a refuge after DV. Dad's found out which school the kids go to and is messaging her saying he'll take them";
    expect(engines[area].recognise(text).indicators.filter((i) => i.by !== 'meaning').map((i) => i.id)).toContain('domestic_abuse');
  });

  it('bury: a child worried about her mum is no sign of domestic abuse by itself (the guidance names no such sign)', () => {
    const text = "Yr 7 girl's attendance dropping, says she's worried about her mum. Mum told us she's had a breakdown and is waiting for the mental health team.";
    expect(engines.bury.recognise(text).indicators.map((i) => i.id)).not.toContain('domestic_abuse');
  });

  it.each([
    ['bury', 'there is DV at home, the kids hear it every night'],
    ['nottingham', 'mum is in a violent relationship and the kids were left alone during the DV'],
    ['salford', 'dad is still violent to mum, she has not left'],
    ['bury', 'mum left the kids with dad after the DV last night'],
  ] as const)('%s: domestic abuse at home now still is: "%s"', (area, text) => {
    expect(engines[area].recognise(text).indicators.map((i) => i.id)).toContain('domestic_abuse');
  });

  it.each([
    ['salford', 'the 3yo I mind hits mum at pickup, mum wants a parenting course'],
    ['nottingham', "toddler tantrums for an hour at a time, hits mum when he doesn't get his way"],
    ['bury', 'the 14yo hit his mum last night during a row about his phone, mum wants help with him'],
    // Forty-first session: the child named further back (twelve words).
    ['bury', "15yo with severe learning disability is getting bigger and hitting mum hard, she's had respite"],
  ] as const)('%s: a child hitting a parent is the child\'s behaviour, not the listed phrase for domestic abuse: "%s"', (area, text) => {
    // rules/agency.ts `childHitsAParent`
    expect(engines[area].recognise(text).indicators.filter((i) => i.by !== 'meaning').map((i) => i.id)).not.toContain('domestic_abuse');
  });

  it.each([
    ['salford', 'he says his dad hits mum'],
    ['nottingham', 'the boy told me dad hits mum when he drinks'],
    // Fortieth session: the one hit named after the word ("beat his mum"), now the packs' phrase for domestic abuse.
    ['bury', 'YOS say his dad used to beat his mum and she is scared he will come back'],
    ['salford', 'she says her stepdad hits her mum when he has been drinking'],
    ['bury', 'the 15yo told me that last night his dad was hitting mum in the kitchen'],
  ] as const)('%s: an adult hitting a parent still is domestic abuse: "%s"', (area, text) => {
    expect(engines[area].recognise(text).indicators.map((i) => i.id)).toContain('domestic_abuse');
  });

  const HOMELESS_IDS = { salford: 'homeless_young_person', bury: 'young_person_homeless', nottingham: 'no_one_to_care' } as const;
  it.each([
    ['nottingham', 'Family were made homeless last month and are in a B&B, kids still getting to school'],
    ['nottingham', "mum homeless and sofa surfing with them, she's at breaking point"],
    ['bury', "they're sofa surfing at her sister's since the fire"],
    ['salford', "dad's just been made homeless and they've got no family support"],
  ] as const)('%s: a family that has lost its home is not the listed phrase for a young person homeless or with no one to care: "%s"', (area, text) => {
    // rules/agency.ts `householdHomeless`
    expect(engines[area].recognise(text).indicators.filter((i) => i.by !== 'meaning').map((i) => i.id)).not.toContain(HOMELESS_IDS[area]);
  });

  it.each([
    ['nottingham', '16yo homeless after a row with mum, nowhere to go tonight'],
    ['bury', 'mum says the 16 year old is homeless and sofa surfing'],
    ['salford', 'family kicked him out and he is homeless, he is 17'],
  ] as const)('%s: a young person homeless still is: "%s"', (area, text) => {
    expect(engines[area].recognise(text).indicators.map((i) => i.id)).toContain(HOMELESS_IDS[area]);
  });

  it.each(['bury', 'nottingham', 'salford'] as const)('%s: when the one who abused comes back, the meaning still places it at child protection or above', (area) => {
    const r = engines[area].recognise('mum fled DV but he keeps turning up at the house and threatening her in front of the kids');
    expect(r.indicators.map((i) => i.id)).toContain('domestic_abuse');
    expect(['concern', 'emergency']).toContain(r.intent);
  });

  // Salford's disability topic names conditions ("autism", "epilepsy"); Bury's names the team and its services only.
  const salfordWords = createEngine(engines.salford.pack, null);
  const topicsOf = (text: string) => {
    const r = salfordWords.recognise(text);
    return [r.intent, ...r.also];
  };
  it.each([
    'Dad has epilepsy but it’s well controlled and doesn’t affect the kids, they know what to do',
    '19 yr old tenant with learning disabilities has "friends" moving into his flat and taking his money',
    'mum has a learning disability and the baby is 5 weeks, she needs prompting with feeds',
    'adult volunteer with a learning disability is being taken advantage of by another adult',
    // Personal care a child gives someone else (rules/agency.ts `personalCareOfAnother`): a young carer.
    'dad is really ill now and the 13yo is doing all his personal care before school',
    '12 year old helps nan with her personal care most evenings',
  ])('salford: a disability said of an adult does not name the Children with Disabilities Team: "%s"', (text) => {
    // rules/agency.ts `disabilityOfAnAdult`
    expect(topicsOf(text)).not.toContain('disability');
  });

  it.each([
    'parent of a child with autism asking about support for meltdowns',
    'parent carer of a wheelchair user needs adaptations at home, who helps',
    'the 3 year old has been assessed as autistic and mum wants to know about short breaks',
    'one of our disability football players’ mums asked about short breaks',
    // The child's own personal care.
    'the 11 year old needs help with his personal care and mum is worn out',
    'who helps with personal care for a 9 year old at home',
  ])('salford: a child’s disability still does: "%s"', (text) => {
    expect(topicsOf(text)).toContain('disability');
  });

  it.each([
    'health visitor, the house is a bit cluttered but the baby is thriving',
    'tenant with 3 kids, the house is fine, no complaints',
  ])('a house described is not the listed phrase for housing or money worries: "%s"', (text) => {
    expect(engine.recognise(text).indicators.filter((i) => i.by !== 'meaning').map((i) => i.id)).not.toContain('housing_money');
  });

  it.each([
    'their housing situation is awful, damp everywhere',
    'family have rent arrears and a housing officer involved',
  ])('housing or money worries still are: "%s"', (text) => {
    expect(engine.recognise(text).indicators.map((i) => i.id)).toContain('housing_money');
  });

  it('typos are still forgiven: swapped letters, a missing or extra letter', () => {
    for (const t of ['pupil has brusies', 'negelct at home', 'the child is in imediate danger', 'can I report annonymously'])
      expect(engine.recognise(t).intent, t).not.toBe('help');
  });

  it('a word in its own right one key-press from a harm word is not that harm word; a slip onto the next key still is', () => {
    const words = createEngine(engine.pack, null);
    const flags = (t: string) => words.recognise(t).indicators.map((i) => i.id);
    // Before: "scabbed" was read as "stabbed" (a 999 answer), "clapped" as "slapped", "braised" as "bruised".
    expect(flags('the cut on his knee has scabbed over nicely')).toEqual([]);
    expect(flags('the children clapped along to the song')).toEqual([]);
    expect(flags('braised beef at the lunch club')).toEqual([]);
    expect(flags('his dad stsbbed him last night')).toContain('immediate_danger'); // s is next to a
    expect(flags('dad slapoed him across the face')).toContain('physical_abuse'); // o is next to p
  });

  it('"house" is not "housing": a child alone in the house is not a housing need', () => {
    const r = engine.recognise('there is nobody in the house with the kids');
    expect(r.indicators.map((i) => i.id)).not.toContain('housing_money');
  });

  it('a topic inside a longer indicator phrase is that indicator: "things are escalating at home" is not a challenge', () => {
    expect(engine.recognise('things are escalating at home').intent).toBe('concern');
    expect(engine.recognise('I want to escalate this').intent).toBe('escalation');
  });

  it('a place name is not mapped to a locality team (no seed says which places each covers): every team is listed, and the card says so', () => {
    for (const m of ['phone number for Walkden locality team', 'Eccles locality team number', 'which locality team covers Wardley?']) {
      const got = reply(m);
      expect(got.route, m).toBe('contact');
      for (const n of ['0161 778 0601', '0161 686 5260', '0161 778 0495', '0161 686 7235']) expect(got.text, m).toContain(n);
      expect(got.text, m).toContain('names its 4 locality teams but not the places each one covers');
    }
  });

  it('a question about something else that names a contact is that question, not a look-up', () => {
    expect(engine.recognise('do I have to give my details when I ring the bridge?').intent).toBe('anonymous');
    expect(engine.recognise('family group conference phone number').intent).toBe('contact');
  });

  it('a worry the meaning reads as a kind this pack has no indicator for (Bury has none for a disclosure as such) gets the red-flag question, never the welcome card', () => {
    // A stand-in model sure of a disclosure, so the rule is tested whatever the trained model reads in these words.
    const disclosure = {
      classify: () => ({ ranked: [{ id: 'disclosure', p: 0.9 }, { id: 'advice', p: 0.05 }, { id: 'none', p: 0.05 }], englishShare: 1, knownWords: 9 }),
      isEnglishWord: () => true,
    } as unknown as SemanticModel;
    const text = 'she told me something on sunday, she is staying with her nan';
    expect(createEngine(loadPack(bury), disclosure).recognise(text).intent).toBe('unsure');
    // The trained model: never the welcome card for harm, and still the welcome card for a greeting.
    expect(engines.bury.recognise('her dad held a lighter to her arm on sunday, she is staying with her nan').intent).not.toBe('help');
    expect(engines.bury.recognise('hello there how are you today').intent).toBe('help');
  });

  it('a worry told in three or four words is not a greeting: the red-flag question, never the welcome card', () => {
    const placesNothing = {
      classify: () => ({ ranked: [{ id: 'advice', p: 0.3 }, { id: 'none', p: 0.2 }, { id: 'emotional_wellbeing', p: 0.15 }], englishShare: 1, knownWords: 4 }),
      isEnglishWord: () => true,
    } as unknown as SemanticModel;
    const e = createEngine(loadPack(bury), placesNothing);
    expect(e.recognise('child seems really flat').intent).toBe('unsure');
    // Two words are too few to say: the welcome card, which still gives 999 and the front door.
    expect(e.recognise('seems low').intent).toBe('help');
    // The trained model still knows a greeting and thanks.
    for (const area of ['salford', 'bury', 'nottingham'] as const) {
      for (const t of ['hello there', 'thanks very much', 'hi, how are you?']) expect(engines[area].recognise(t).intent, `${area}: ${t}`).toBe('help');
    }
  });

  it.each(['salford', 'bury', 'nottingham'] as const)('%s: marks named in plain words are listed phrases for physical abuse; the same word in art is not', (area) => {
    const words = createEngine(engines[area].pack, null);
    for (const t of ['there was a handprint on his cheek this morning', 'he has belt marks on the backs of his legs', 'red finger marks on her upper arm']) {
      expect(words.recognise(t).indicators.map((i) => i.id), t).toContain('physical_abuse');
      expect(engines[area].recognise(t).indicators.map((i) => i.id), t).toContain('physical_abuse');
    }
    expect(words.recognise('we did handprint painting in class today').indicators.map((i) => i.id)).not.toContain('physical_abuse');
  });

  it.each(['salford', 'bury', 'nottingham'] as const)('%s: a baby given "a bit of a shake" is physical abuse in the words', (area) => {
    const words = createEngine(engines[area].pack, null);
    for (const t of ["mum said, almost laughing, that her partner gives him a bit of a shake when he won't settle", 'dad gave her a shake to stop her crying']) {
      expect(words.recognise(t).indicators.map((i) => i.id), t).toContain('physical_abuse');
    }
  });

  it.each([
    'yr 8 boy, dad in prison, boy is missing school and his behaviour has escalated. mum is overwhelmed',
    "The early help worker and I have tried with this lad. His behaviour's escalating, he got a fixed term exclusion",
    'things have really escalated at home since dad left and mum is struggling',
  ])('behaviour that has escalated is not a challenge to a decision: "%s"', (text) => {
    // rules/wordSense.ts
    const r = engine.recognise(text);
    expect(r.intent).not.toBe('escalation');
    expect(r.also).not.toContain('escalation');
  });

  it.each([
    "Y10 boy burning himself with a lighter for months, CAMHS said he doesn't meet threshold and he's getting worse",
    '15 yo boy reported for sending unwanted sexual messages to younger girls, police NFA but concerns remain',
  ])('another service deciding not to act is not a children\'s services decision to challenge: "%s"', (text) => {
    // rules/wordSense.ts; seed 000, Appendix 2: "Steps to challenge a decision made by children's services"
    expect(engine.recognise(text).intent).not.toBe('escalation');
  });

  it.each(["the Bridge said it doesn't meet threshold and I disagree", "police referred it to the bridge and it was NFA'd, I'm still worried"])(
    'a children\'s services decision still is, whoever else is named: "%s"',
    (text) => {
      expect(engine.recognise(text).intent).toBe('escalation');
    },
  );

  it.each(['I want to escalate this, the Bridge said NFA', 'escalated to the practice manager a week ago, no reply', 'how do I escalate a concern'])(
    'escalating a decision still is: "%s"',
    (text) => {
      expect(engine.recognise(text).intent).toBe('escalation');
    },
  );

  it.each([
    'Routine two year check done today, all milestones met, mum happy.',
    'parent asked about a routine eye test for their child',
    'saw them for the 6 week check, all routine really',
  ])('"routine" meaning ordinary is not the listed phrase for help with routines: "%s"', (text) => {
    // rules/wordSense.ts
    expect(createEngine(engine.pack, null).recognise(text).indicators.map((i) => i.id)).not.toContain('parenting_support');
  });

  it.each([
    "mum has asked for help with her baby's bedtime routine",
    'twins with reflux, parents struggling with any kind of routine',
    "mum finds the kids' routines really hard since dad left",
  ])('a child\'s routine still is: "%s"', (text) => {
    expect(createEngine(engine.pack, null).recognise(text).indicators.map((i) => i.id)).toContain('parenting_support');
  });

  it.each([
    'Profoundly deaf 7yo, nobody at home signs, meltdowns every day, mum overwhelmed',
    'He is gay and nobody at home knows, he is scared of what his dad will say',
    'he is 9 and says no one at home has spoken to him since friday',
  ])('"nobody at home" said of what the household does is not the home-alone red flag: "%s"', (text) => {
    // rules/wordSense.ts `nobodyAtHomeIsHousehold`; the phrase layer alone (no model).
    expect(createEngine(engine.pack, null).recognise(text).indicators.map((i) => i.id)).not.toContain('home_alone');
  });

  it.each([
    'the kids are on their own, no one at home is looking after them',
    'nobody at home, the door was open and the 3 year old was in the kitchen',
    "there's no one at home with them and it's getting dark",
    'nobody at home has been there since yesterday and the baby is crying',
    'nobody at home cares for him, he is 4 and gets himself breakfast',
  ])('no one at home with the child still is: "%s"', (text) => {
    const r = createEngine(engine.pack, null).recognise(text);
    expect(r.indicators.map((i) => i.id)).toContain('home_alone');
    expect(r.intent).toBe('emergency');
  });

  it.each([
    "Lad 13 stormed out after a row with his stepdad last Friday and didn't come home till 10pm",
    '13 yo not come home till 4am 3 times this wk',
    "teenage son of one of our families won't come home till late",
    'her 14yo has not come home until 3am twice this week',
  ])('a child who "didn\'t come home till" late came back: not the home-alone red flag: "%s"', (text) => {
    // rules/wordSense.ts `childCameHomeLate`; the phrase layer alone (no model).
    expect(createEngine(engine.pack, null).recognise(text).indicators.map((i) => i.id)).not.toContain('home_alone');
  });

  it.each([
    "mum didn't come home till 6am, the kids were on their own",
    "the kids told me mum didn't come home till 6am",
    "she didn't come home till 6am and the 4 year old was in the flat",
    "the 8 year old says mum has not come home since yesterday",
    "the lad says dad hasn't come home, he is 7",
  ])('an adult, a pronoun or no time given keeps "not come home" the home-alone red flag: "%s"', (text) => {
    const r = createEngine(engine.pack, null).recognise(text);
    expect(r.indicators.map((i) => i.id)).toContain('home_alone');
    expect(r.intent).toBe('emergency');
  });

  it.each([
    'our assistant coach has been giving one of the 12 yr olds lifts home on her own and buying her presents',
    'the coach drives her home on her own after training',
  ])('an adult taking a child home on their own is not the home-alone red flag: "%s"', (text) => {
    // rules/wordSense.ts `takenHomeAlone`; the phrase layer alone (no model).
    expect(createEngine(engine.pack, null).recognise(text).indicators.map((i) => i.id)).not.toContain('home_alone');
  });

  it.each([
    'the 6 year old is at home on his own',
    'mum left him home on his own all evening, he is 5',
  ])('a child at home on their own still is: "%s"', (text) => {
    expect(createEngine(engine.pack, null).recognise(text).indicators.map((i) => i.id)).toContain('home_alone');
  });

  it('going tonight to the adult the message names with harm is danger tonight, not a safe plan: 999 first', () => {
    // rules/timing.ts SAFE_TONIGHT with `namedWithHarm`: before, "going to her uncle's tonight" read as a safe plan.
    for (const when of ['tonight', 'after school']) {
      const r = engine.recognise(`her uncle touches her in the bath, she is going to her uncle's ${when}`);
      expect(r.intent).toBe('emergency');
      expect(r.safeNow).toBeUndefined();
    }
  });

  it.each([
    'boy in Y8 reading age of 7, parents want everything that can be done',
    'year 4 boy has fallen two years behind in reading since his long illness, parents keen for a catch up plan',
    "year 2 girl way behind the others, parents asking why she's not catching up",
  ])('Bury: falling behind with reading or behind the others, as practitioners write it, is Level 2 (one agency): "%s"', (text) => {
    // Seed 004, Level 2: "Child is not making the expected progress. Child is falling behind peers."
    const bury = loadEngines().bury;
    const r = bury.recognise(text);
    expect(r.indicators.map((i) => i.id)).toContain('learning_progress');
    expect(bury.assess({ indicators: r.indicators.map((i) => i.id) }, new Date('2026-11-23T10:00:00Z')).level.id).toBe('level2');
  });

  it.each([
    ['2 and a half yr old isn\'t walking steadily or using any words yet, they live on the 3rd floor with no lift and mum is not coping', ['developmental_delay', 'housing']],
    ["U10 with severe asthma, mum says he missed his appointments at the clinic, she's on her own with 4 kids and would like some help", ['health_need', 'missed_health_appointments']],
  ] as const)('Bury: needs told plainly, each named, are level 3 together: "%s"', (text, ids) => {
    // Seed 004, Level 3: a range of needs that more than one agency meets together.
    const r = engines.bury.recognise(text);
    expect(r.indicators.map((i) => i.id)).toEqual(expect.arrayContaining([...ids]));
    expect(levelOf('bury', r.indicators.map((i) => i.id))).toBe('level3');
  });

  it('Bury: an adult who cannot walk far is no child\'s developmental delay', () => {
    const r = engines.bury.recognise("Y6 boy does the school run for his siblings because mum's disability means she can't walk far");
    expect(r.indicators.filter((i) => i.by !== 'meaning').map((i) => i.id)).not.toContain('developmental_delay');
  });

  it.each([
    ['nottingham', "Volunteer coach messaging our 11yo on snapchat at night, asking what she's wearing"],
    ['bury', 'boy 12 has been chatting to a "gamer" who sends him skins and has asked him to go on cam in his boxers. He has done, twice.'],
  ] as const)('%s: grooming online as it is told is sexual abuse: "%s"', (area, text) => {
    const r = engines[area].recognise(text);
    expect(r.indicators.filter((i) => i.by !== 'meaning').map((i) => i.id)).toContain('sexual_abuse');
    expect(levelOf(area, r.indicators.map((i) => i.id))).toBe(area === 'bury' ? 'level5' : 'protection');
  });

  it.each([
    "Grandad caring for grandkids after school can't afford to feed them. Kinship support?",
    'Boy in Y2 wearing the same uniform all week, mum said the washing machine broke and she can\'t afford a new one till payday',
  ])('Nottingham: money for the basics short is a family needing support beyond universal services (additional): "%s"', (text) => {
    // Seed 003, Family Support Pathway: Additional, "problems requiring universal services to work together with other support services".
    const r = engines.nottingham.recognise(text);
    expect(r.indicators.map((i) => i.id)).toContain('family_struggling');
    expect(levelOf('nottingham', r.indicators.map((i) => i.id))).toBe('additional');
  });

  it.each([
    ['bury', '2yo only saying about 5 words, hearing fine. Playing well otherwise, parents really engaged and asking for SALT', 'speech_language', 'level2'],
    ['bury', 'toddler keeps hittin other kids, mum askin for help wiv his behaviour at home too', 'challenging_behaviour', 'level2'],
  ] as const)('%s: "%s" is %s, at %s', (area, text, id, level) => {
    const r = engines[area].recognise(text);
    expect(r.indicators.map((i) => i.id)).toContain(id);
    expect(levelOf(area, r.indicators.map((i) => i.id))).toBe(level);
  });

  it('Nottingham: a wheelchair for a few weeks after a broken leg is no disabled child', () => {
    const r = engines.nottingham.recognise('y3 girl broke her leg on a trampoline, in a wheelchair for 6 wks, school sorting ramps + a buddy. family fine');
    expect(r.indicators.map((i) => i.id)).not.toContain('disabled_child');
  });

  it.each([
    ['nottingham', '16yo says a coach at her old club groped her on the minibus', 'sexual_abuse'],
    ['bury', 'Y7 keeps fainting in class, no idea why', 'health_need'],
    ['bury', 'yr8 wheezes every PE lesson, never seen a GP about it', 'health_need'],
    ['salford', '17yo being made to hide a gun, threats to shoot his brother', 'exploitation'],
    ['nottingham', '17yo being made to hide a gun, threats to shoot his brother', 'child_criminal_exploitation'],
    ['bury', '13yo being picked on about his weight, school not sorting it', 'child_mental_health'],
    ['bury', 'the 14 year old is dyslexic and shares a room with 3 younger ones', 'learning_progress'],
    // A parent overwhelmed or exhausted is Bury's level 3 worked example of a parent not coping (pack 1.10.0).
    ['bury', "8yo sleeping badly, mum's partner just moved out and she's overwhelmed", 'parent_not_coping'],
    ['bury', '9mo waking 6x a night, mum tearful and exhausted, partner on nights', 'parent_not_coping'],
    ['bury', "13yo upset about nasty comments on her TikTok, she's still low and asked to see someone", 'child_mental_health'],
    ['salford', '13yo being picked on about his weight, school not sorting it', 'emotional_wellbeing'],
    // Fortieth session (phrase base 1.6.0, Bury 1.9.0): care said with "his" or "her", housing named as a struggle, PND,
    // wetting and soiling.
    ['bury', 'mum has MS, 12yo does most of her care, now missing school', 'young_carer'],
    ['nottingham', "15yo girl at our youth choir does personal care for her dad who's in a wheelchair", 'young_carer'],
    ['bury', '3yo barely walking, parents need help with equipment & housing', 'housing'],
    ['nottingham', '16yo mum, no family support, struggling with money and housing', 'housing'],
    ['bury', 'reception kid hitting others at playtime, mum has PND with new twins', 'parent_mental_health'],
    ['bury', '8yo wetting the bed every night and really upset about it, parents asked me', 'health_need'],
    ['bury', '6 year old with ongoing soiling, parents worried and supportive', 'health_need'],
    ['bury', "7yo at swimming doesn't seem to hear unless you're right in front of her", 'health_need'],
    ['bury', 'Baby 3 weeks, tongue tie, struggling to latch, weight down a little', 'health_need'],
    ['bury', "girl 3 won't say a word at nursery but chats away at home", 'speech_language'],
    ['bury', 'child in yr 5 just not progressing in maths at all', 'learning_progress'],
    ['bury', "Y11 lad on track for no grades, mum worried he'll just sit at home", 'neet'],
    ['bury', "mum's chucking her 16yo out, he's got nowhere to go", 'young_person_homeless'],
    ['nottingham', 'he said his dad locked him in the shed all night again', 'emotional_abuse'],
    ['bury', 'Y3 twins late most days since mum started early shifts', 'school_attendance'],
    ['nottingham', "her 10yo has been anxious since grandad died and won't go to school", 'school_attendance'],
    ['bury', "she's behind on rent and the landlord's given her notice", 'housing'],
    ['bury', 'Y6 boy being picked on about his weight, mum has depression and diabetes', 'parent_mental_health'],
    ['bury', "17 year old mum with a 6 month old, stopped going to college, feeling really low", 'neet'],
    ['bury', 'Y1 boy way behind with phonics, mum asking for help', 'learning_progress'],
    ['bury', "12yo missing again, 5th this year, comes back next morning, won't say where", 'missing_from_home'],
    ['bury', 'Y2 boy clingy and tearful since the new baby, mum asked for ideas', 'child_mental_health'],
    ['bury', "Y11 caught with a kitchen knife, says he works for some lads and got robbed of their stuff", 'child_criminal_exploitation'],
    ['nottingham', '11yo out at 11pm with 17-19yr olds, says hes holding stuff for them', 'child_criminal_exploitation'],
    ['bury', "mum says her 9 month old doesn't react to her voice at all", 'health_need'],
    ['bury', "he's in Y5 and he just cannot read, he is going to fall apart at high school", 'learning_progress'],
    ['bury', "Y8 lad said his dad showed him videos of 'naked kids' on his phone", 'sexual_abuse'],
    ['nottingham', "Y5 girl says mum tells her every day she wishes she'd never had her", 'emotional_abuse'],
    ['bury', 'baby 7mo missed imms, mum forgetting appts', 'missed_health_appointments'],
    ['bury', "Family on an EHFSP for attendance since Easter. Today mum mentioned that her new fella is 'on the register for something from years ago' and he's moving in next week. She has three kids", 'adult_risk_to_children'],
    ['bury', 'when are the 8 week jabs?', 'universal'],
    ['nottingham', 'yr 11 lad no idea what to do post 16, who do I point him to', 'universal'],
    ['bury', '16yo wants to do an apprenticeship next year', 'universal'],
  ] as const)('%s: "%s" names %s', (area, text, id) => {
    expect(engines[area].recognise(text).indicators.filter((i) => i.by !== 'meaning').map((i) => i.id)).toContain(id);
  });

  it.each([
    ['bury', 'housing officer here, mum asked me about a school place for her 4yo'],
    ['nottingham', 'I work in housing, family moving into the area, any local toddler groups?'],
  ] as const)('%s: "housing" as the writer\'s role is no housing need: "%s"', (area, text) => {
    expect(engines[area].recognise(text).indicators.filter((i) => i.by !== 'meaning').map((i) => i.id)).not.toContain('housing');
  });

  it.each([
    ['bury', 'Scouts: 10yo went missing for 5 mins on the hike!! nipped behind a tree for a wee. all fine'],
    ['bury', 'Boy in Y2 went "missing" for 10 minutes at sports day, we found him behind the tuck shop'],
  ] as const)('%s: "missing" for a few minutes is no child going missing from home: "%s"', (area, text) => {
    // rules/wordSense.ts `missingForMinutes`
    expect(engines[area].recognise(text).indicators.map((i) => i.id)).not.toContain('missing_from_home');
  });

  it.each([
    ['bury', '14 yr old went missing for 3 days and came back with cash'],
    ['bury', 'he went missing for two nights and will not say where he was'],
  ] as const)('%s: missing for hours or days still is: "%s"', (area, text) => {
    expect(engines[area].recognise(text).indicators.filter((i) => i.by !== 'meaning').map((i) => i.id)).toContain('missing_from_home');
  });

  it.each([
    ['bury', 'Toddler has had five A&E attendances in a year, all minor falls, HV has done home safety work with mum'],
    ['nottingham', 'three hospital attendances since the summer for his asthma, mum struggling to manage it'],
    ['salford', 'she has had attendances at the walk-in for a rash twice this month'],
  ] as const)('%s: attendance at a hospital or a clinic is not school attendance: "%s"', (area, text) => {
    // rules/wordSense.ts `attendanceAtHospital`
    expect(engines[area].recognise(text).indicators.filter((i) => i.by !== 'meaning').map((i) => i.id)).not.toContain('school_attendance');
  });

  it.each([
    ['bury', 'her attendance is down to 80% and mum says she has had a lot of hospital appointments'],
    ['nottingham', 'attendance at school has dropped since Easter'],
  ] as const)('%s: school attendance still is: "%s"', (area, text) => {
    expect(engines[area].recognise(text).indicators.filter((i) => i.by !== 'meaning').map((i) => i.id)).toContain('school_attendance');
  });

  it.each([
    ['bury', "Y11 lad cares for his dad who had a stroke last year. Attendance is fine and he's on track", 'school_attendance'],
    ['nottingham', 'Y9 girl looks after her mum, she is a bit isolated but her attendance and work are fine', 'school_attendance'],
    ['bury', 'Y5 girl anxious lately, worried about her nan who is poorly', 'health_need'],
    ['bury', "she does all the cooking when mum's unwell", 'health_need'],
  ] as const)('%s: a need said to be fine, or an adult unwell, is not the child\'s need: "%s" (not %s)', (area, text, id) => {
    // rules/wordSense.ts `saidToBeFine`; rules/agency.ts `conditionNotTheChilds`
    expect(engines[area].recognise(text).indicators.filter((i) => i.by !== 'meaning').map((i) => i.id)).not.toContain(id);
  });

  it.each([
    ['bury', 'her attendance is not good, 82% this term', 'school_attendance'],
    ['bury', 'he is poorly a lot and misses school', 'health_need'],
    ['nottingham', 'attendance fine last year but 79% since September', 'school_attendance'],
  ] as const)('%s: still the need: "%s" (%s)', (area, text, id) => {
    expect(engines[area].recognise(text).indicators.filter((i) => i.by !== 'meaning').map((i) => i.id)).toContain(id);
  });

  it('bury: a child who has never had her eyes tested is no rejection by a parent', () => {
    expect(engines.bury.recognise("yr 2 girl squints at the board, mum says she's never had her eyes tested").indicators.map((i) => i.id)).not.toContain('emotional_abuse');
  });

  it.each(AREAS)('%s: a parent on their own with the children is no child alone, and a child looking after a sibling on his own is', (area) => {
    // rules/homeAlone.ts `onlyAnAdultAlone`, combine step 0.
    const dad = engines[area].recognise("Dad on his own with 2 under 3 since mum left. He's not coping, house is chaos, he was crying at drop off this morning");
    expect(dad.indicators.map((i) => i.id)).not.toContain(engines[area].pack.indicators.find((i) => i.kind === 'red-flag' && /alone/.test(i.id))?.id ?? 'home_alone');
    const child = engines[area].recognise("lad says his mum went to a party last night and never came back and he's been looking after his baby brother on his own, he's 9");
    expect(child.intent).toBe('emergency');
  });

  it('universal services never outrank a concern in the same message', () => {
    const r = engine.recognise('young person showing sexualised behaviour at the youth club');
    expect(r.intent).toBe('concern');
    expect(r.also).toContain('advice');
  });
});

describe('when it happens (rules/timing.ts): harm to a child who is safe now is the front door today, not 999; harm happening now or later today is 999', () => {
  // Pairs: the same harm, alone (999 first) and with what says the child is safe now.
  const PAIRS = [
    ['the twins were left on their own all friday night, the 5 yr old told me', ', mum is back home now'],
    ['mums boyfriend threatened to kill her and the kids', ', he has been arrested and the kids are staying with their gran'],
    ['mums boyfriend strangled her till she passed out', ', she is staying at her nan’s tonight'],
  ] as const;

  it.each(PAIRS)('"%s%s": child protection with the Bridge, 999 still on the card, and the card says why it is not a 999 call', (harm, safe) => {
    expect(reply(harm).route, harm).toBe('emergency');
    const got = reply(harm + safe);
    expect(got.r.intent).toBe('concern');
    expect(got.route).toBe('risk');
    expect(got.r.safeNow?.length).toBeGreaterThan(0);
    expect(got.text).toContain('0161 603 4500');
    expect(got.text).toContain('A child in immediate danger or home alone: call 999.');
    expect(got.text).toContain('You said the child is safe now, or where they will be safe tonight, so this is not answered as a 999 call.');
  });

  it.each([
    'the twins were left on their own all friday night, mum is back home now but going out again tonight',
    'the twins were left on their own all friday night and mum still isnt back, they are at home now',
    'mums boyfriend threatened to kill her and the kids, he has been arrested but he gets out later today',
    'I have the girl with me in the office, her dad is in the car park drunk shouting that he is taking her',
    'she is at school today but her brother says their dad is coming to get her with a knife',
  ])('"%s": danger now or later today keeps 999 first', (message) => {
    const got = reply(message);
    expect(got.r.intent, message).toBe('emergency');
    expect(got.r.safeNow, message).toBeUndefined();
  });

  // The other way round: the same harm at child protection, and the same harm happening now or later today.
  const NOW_PAIRS = [
    ['she told me her stepdad touches her private parts', ' and he is picking her up at 3'],
    ['he has belt marks across his back from his dad', ' and says dad will do it again tonight'],
    // The one who harmed is here for the child, or has just taken them; the time is today; it is going on within earshot.
    ['she told me her stepdad touches her private parts', ', he is sat in the waiting room'],
    ['the baby has fingertip bruising on both arms that mum cannot explain', ", mum's partner is here to collect him now"],
    ['the baby has fingertip bruising on both arms that mum cannot explain', ', mum just snatched him and walked out of the clinic'],
    ['he has belt marks across his back from his dad', ', dad is meeting him at the park today at 4'],
    ['her dad hit her across the face with a belt', ' and I can hear him shouting at her in the next room'],
  ] as const;

  it.each(NOW_PAIRS)('"%s%s": harm happening now or later today is 999 first; without it, child protection', (harm, now) => {
    expect(reply(harm).route, harm).toBe('risk');
    const got = reply(harm + now);
    expect(got.route).toBe('emergency');
    expect(got.text).toContain('999');
  });

  // A protective order is no safety when the message says the child is in danger now or has just been taken (thirty-fourth
  // session: "non-molestation order" had read as safe now and taken the 999 card from a child driven off minutes before).
  it.each(['salford', 'bury', 'nottingham'] as const)('%s: a child just taken by the one an order keeps away is 999 first', (area) => {
    for (const message of [
      'URGENT immediate danger - mum has a non-molestation order against dad and he has said before he would take the kids abroad',
      'dad has just taken the 6 year old from the school gate, mum has a non-molestation order against him, he drove off 5 min ago',
    ]) {
      expect(engines[area].recognise(message).intent, message).toBe('emergency');
    }
    const order = 'dad hit her with a belt last month, mum has a non-molestation order against him now';
    expect(engines[area].recognise(order).intent, order).toBe('concern');
  });

  it.each(['bury', 'nottingham'] as const)('%s: the same, by its own pack', (area) => {
    for (const [harm, now] of NOW_PAIRS) {
      expect(engines[area].recognise(harm).intent, harm).toBe('concern');
      expect(engines[area].recognise(harm + now).intent, harm + now).toBe('emergency');
    }
    for (const [harm, safe] of PAIRS) {
      expect(engines[area].recognise(harm).intent, harm).toBe('emergency');
      expect(engines[area].recognise(harm + safe).intent, harm + safe).toBe('concern');
    }
    expect(engines[area].recognise('the twins were left on their own all friday night and mum still isnt back').intent).toBe('emergency');
  });
});

describe('harm told as past (rules/timing.ts toldAsPast, combine step 1c-2): the Bridge today, with the question of danger now first', () => {
  // Pairs: the red flag said of no time (999 first), and the same told as past, with nothing still so now.
  const PAST_PAIRS = [
    ['a 15 year old in my group was stabbed in the leg', ' last month, he says he owes money to older lads'],
    ['the 7 and 4 year old were left on their own overnight', ' last week while mum was at a party'],
    ["her mum's boyfriend threatened to kill her", ' on Saturday, she is frightened of him'],
  ] as const;

  it.each(PAST_PAIRS)('"%s%s": child protection with the Bridge, 999 first on the card, and the card says why it is not a 999 call', (harm, past) => {
    expect(reply(harm).route, harm).toBe('emergency');
    const got = reply(harm + past);
    expect(got.r.intent).toBe('concern');
    expect(got.route).toBe('risk');
    expect(got.r.toldAsPast?.length).toBeGreaterThan(0);
    expect(got.r.mightBeNow).toBe(true);
    expect(got.text).toContain('could mean the child is in danger now or later today. If there is any chance of it, call 999 now.');
    expect(got.text).toContain('0161 603 4500');
    expect(got.text).toContain('Your message tells of what happened as past, and nothing in it says the child is in danger now, so this is not answered as a 999 call.');
  });

  it.each([
    // A time in the past, and something still so now.
    'the baby was shaken last night and is now floppy',
    'he was stabbed in the leg last week and is bleeding again',
    'dad stabbed mum last night and the kids are at home with him',
    'mum went out on Saturday and the kids have been on their own since',
    '11 yr old told me mum has not come back since yesterday and her baby brother is on his own at home',
    'last week her stepdad threatened to kill her, she lives with him',
    // A time in the past, and danger later today.
    "her mum's boyfriend threatened to kill her on Saturday and he is picking her up tonight",
  ])('"%s": 999 first, as the emergency card', (message) => {
    const got = reply(message);
    expect(got.r.intent, message).toBe('emergency');
    expect(got.r.toldAsPast, message).toBeUndefined();
    expect(got.text).toContain('999');
  });

  it('a red flag the meaning reads from the whole message stands, whatever time it names', () => {
    // A time in the past and harm at child protection in the words; the meaning reads danger now ("isn't feeding or responding").
    const message = "Baby has a lump on her head and isn't feeding or responding much, mum says dad dropped her last night and won't call anyone.";
    const r = engine.recognise(message);
    expect(r.indicators.filter((i) => i.id === 'immediate_danger').map((i) => i.by)).toEqual(['meaning']);
    expect(r.intent).toBe('emergency');
    expect(r.toldAsPast).toBeUndefined();
  });

  // Not the stabbing: Bury reads no harm at child protection beside it (its signs of exploitation are level 4), and with no
  // harm to stand the red flag stands.
  it.each(['bury', 'nottingham'] as const)('%s: the same, by its own pack', (area) => {
    for (const [harm, past] of PAST_PAIRS.slice(1)) {
      expect(engines[area].recognise(harm).intent, harm).toBe('emergency');
      const r = engines[area].recognise(harm + past);
      expect(r.intent, harm + past).toBe('concern');
      expect(r.mightBeNow, harm + past).toBe(true);
    }
    expect(engines[area].recognise('he was stabbed in the leg last week and is bleeding again').intent).toBe('emergency');
  });
});

describe('a red flag only the meaning reads, in harm told at a time in the past (combine PAST_EMERGENCY_P, step 1b-2): the Bridge today, with the question of danger now first', () => {
  // Pairs: harm the meaning reads as danger now, and the same with a time in the past instead of now. No phrase list
  // holds the red flag in any of them: it is the meaning's reading, between the ordinary bar and the bar for the past.
  const PAIRS = [
    ['someone saw mum shaking the baby hard in the park ', 'just now', 'on friday'],
    ['a mum saw a dad drag his son by the hair at the gates ', 'just now', 'yesterday'],
  ] as const;

  it.each(PAIRS)('"%s%s" is 999 first; "%s%s" is child protection, 999 first on the card, and the card says why it is not a 999 call', (harm, now, past) => {
    expect(reply(harm + now).route).toBe('emergency');
    const got = reply(harm + past);
    expect(got.r.intent).toBe('concern');
    expect(got.route).toBe('risk');
    expect(got.r.toldAsPast?.map((i) => i.id)).toEqual(['immediate_danger']);
    expect(got.r.mightBeNow).toBe(true);
    expect(got.text).toContain('could mean the child is in danger now or later today. If there is any chance of it, call 999 now.');
    expect(got.text).toContain('0161 603 4500');
    expect(got.text).toContain('Your message tells of what happened as past, and nothing in it says the child is in danger now, so this is not answered as a 999 call.');
  });

  it('it is the bar for the past that moves them: at the ordinary bars they are 999 first', () => {
    const ordinary = createEngine(engine.pack, undefined, { PAST_EMERGENCY_P: 0.3, PAST_PART_EMERGENCY_P: 0.4 });
    for (const [harm, , past] of PAIRS) expect(ordinary.recognise(harm + past).intent, harm + past).toBe('emergency');
  });

  // Nottingham's words find no harm in a baby shaken: the harm the meaning finds most likely stands at child protection,
  // never a lower level.
  it.each([['bury', 'level5'], ['nottingham', 'protection']] as const)('%s: the same, by its own pack, with the harm at child protection (%s)', (area, protection) => {
    for (const [harm, now, past] of PAIRS) {
      expect(engines[area].recognise(harm + now).intent, harm + now).toBe('emergency');
      const r = engines[area].recognise(harm + past);
      expect(r.intent, harm + past).toBe('concern');
      expect(r.mightBeNow, harm + past).toBe(true);
      expect(engines[area].assess({ indicators: r.indicators.map((i) => i.id) }, OPEN).level.id, harm + past).toBe(protection);
    }
  });
});

describe('a worry the meaning is sure is at child protection with no particular harm named (combine step 3e)', () => {
  // Exploitation told without its name: the model reads "a worry at child protection" and no one harm.
  const MESSAGE = 'boy of 14 has told me an older lad makes him take parcels on the train to Preston and said his mum would get hurt if he stopped';

  it.each([['salford', 'getting_risk_support'], ['bury', 'level5'], ['nottingham', 'protection']] as const)('%s: answered at child protection (%s), not with the "not sure" card', (area, protection) => {
    const r = engines[area].recognise(MESSAGE);
    expect(r.intent).toBe('concern');
    expect(r.indicators.length).toBeGreaterThan(0);
    expect(r.indicators.every((i) => i.by === 'meaning')).toBe(true);
    expect(engines[area].assess({ indicators: r.indicators.map((i) => i.id) }, OPEN).level.id).toBe(protection);
    // Without step 3e the same message is unplaced.
    const without = createEngine(engines[area].pack, undefined, { RISK_LEVEL_P: 1.01 });
    expect(without.recognise(MESSAGE).intent).toBe('unsure');
  });

  it('on the Salford card: the Bridge, and 999 first', () => {
    const got = reply(MESSAGE);
    expect(got.route).toBe('risk');
    expect(got.text).toContain('0161 603 4500');
    expect(got.text).toContain('999');
  });
});

describe('...and where the words found only a need below child protection (combine step 3e, RISK_LEVEL_OVER_P)', () => {
  // "A debt" is the phrase for money worries (early help); the meaning is all but certain this is child protection.
  const MESSAGE = "Y10 boy says he has to run 'parcels' for some lads to clear a debt, they told him they'd hurt his sister if he stops";

  it.each([['salford', 'getting_risk_support'], ['nottingham', 'protection']] as const)('%s: child protection (%s), the higher level standing over the words\' lower one', (area, protection) => {
    const r = engines[area].recognise(MESSAGE);
    expect(r.indicators.some((i) => i.by !== 'meaning')).toBe(true);
    expect(engines[area].assess({ indicators: r.indicators.map((i) => i.id) }, OPEN).level.id).toBe(protection);
    // Without it, the words' lower need was the answer.
    const without = createEngine(engines[area].pack, undefined, { RISK_LEVEL_OVER_P: 1.01 });
    const w = without.recognise(MESSAGE);
    expect(engines[area].assess({ indicators: w.indicators.map((i) => i.id) }, OPEN).level.id).not.toBe(protection);
  });

  it('the harm that stands is never one a message must name by its own words (a marriage, a parent\'s crime) on a shared word', () => {
    const text = '16 yo sofa surfing, now staying at a flat with a man in his 30s who gets her vodka and weed, says she pays her way';
    const r = engines.bury.recognise(text);
    expect(engines.bury.assess({ indicators: r.indicators.map((i) => i.id) }, OPEN).level.id).toBe('level5');
    for (const named of ['forced_marriage', 'parent_serious_crime', 'fgm_risk', 'fabricated_illness']) expect(r.indicators.map((i) => i.id)).not.toContain(named);
  });

  it.each([['salford', 'getting_help'], ['bury', 'level2'], ['nottingham', 'additional']] as const)('%s: a money worry the meaning does not place there stays at %s', (area, level) => {
    const r = engines[area].recognise('family in a lot of debt, mum asked for help with budgeting');
    expect(engines[area].assess({ indicators: r.indicators.map((i) => i.id) }, OPEN).level.id).toBe(level);
  });
});

describe('a child left alone told as a habit (rules/homeAlone.ts aloneAsHabit, combine step 1c-2): the Bridge today, with the question of danger now first', () => {
  // Pairs: a child alone said of no time (999 first), and the same told as how often it happens.
  const HABIT_PAIRS = [
    ['the little ones are left alone in the flat while mum goes out', ', a neighbour says it happens regularly'],
    ['the 6 and 8 year old are left on their own', ' a lot, the neighbours have seen it'],
  ] as const;

  it.each(HABIT_PAIRS)('"%s%s": child protection with the Bridge, 999 first on the card, and the card says why it is not a 999 call', (alone, often) => {
    expect(reply(alone).route, alone).toBe('emergency');
    const got = reply(alone + often);
    expect(got.r.intent).toBe('concern');
    expect(got.route).toBe('risk');
    expect(got.r.aloneOften?.map((i) => i.id)).toEqual(['home_alone']);
    expect(got.r.toldAsPast).toBeUndefined();
    expect(got.r.mightBeNow).toBe(true);
    expect(got.text).toContain('could mean the child is in danger now or later today. If there is any chance of it, call 999 now.');
    expect(got.text).toContain('0161 603 4500');
    expect(got.text).toContain('Your message tells of a child often left alone, and nothing in it says the child is alone now, so this is not answered as a 999 call.');
  });

  it.each([
    // The habit, and the child alone now or later today.
    'the little ones are often left alone in the flat while mum goes out, they are on their own now',
    'the 6 and 8 year old are regularly left on their own, mum is going out again tonight',
    // The habit, and the child calling now.
    'the 9 year old is often left on her own and she has just rung me because someone is trying the door',
    // Every night says tonight as well.
    'the 6 and 8 year old are left on their own every night while mum works',
  ])('"%s": 999 first, as the emergency card', (message) => {
    const got = reply(message);
    expect(got.r.intent, message).toBe('emergency');
    expect(got.r.aloneOften, message).toBeUndefined();
    expect(got.text).toContain('999');
  });

  it.each(['bury', 'nottingham'] as const)('%s: the same, by its own pack', (area) => {
    for (const [alone, often] of HABIT_PAIRS) {
      expect(engines[area].recognise(alone).intent, alone).toBe('emergency');
      const r = engines[area].recognise(alone + often);
      expect(r.intent, alone + often).toBe('concern');
      expect(r.mightBeNow, alone + often).toBe(true);
    }
  });
});

describe('drugs named as practitioners name them (session 35): a parent’s drug use, in every pack', () => {
  const PARENT_DRUGS = { salford: 'parental_substance_misuse', bury: 'parent_substance_misuse', nottingham: 'parent_substance_misuse' } as const;
  it.each(['mum is on crack', 'dad smokes crack', "I'm now fairly sure both parents are smoking crack", 'mum was injecting in the kitchen', 'parents using spice'])('"%s"', (text) => {
    for (const area of ['salford', 'bury', 'nottingham'] as const) {
      const r = engines[area].recognise(text);
      expect(r.intent, `${area}: ${text}`).toBe('concern');
      expect(r.indicators.map((i) => i.id), `${area}: ${text}`).toContain(PARENT_DRUGS[area]);
    }
  });
  it('a crack in the ceiling, a cracked screen or insulin injected is not a parent’s drug use', () => {
    for (const area of ['salford', 'bury', 'nottingham'] as const) {
      for (const text of ['there is a crack in the ceiling of the classroom', 'he cracked his phone screen', 'she is injecting her own insulin now']) {
        expect(engines[area].recognise(text).indicators.map((i) => i.id), `${area}: ${text}`).not.toContain(PARENT_DRUGS[area]);
      }
    }
  });
});

describe('harm named in words practitioners use that no list held (session 35): child protection in every pack, never the welcome card or the ordinary answer', () => {
  const PROTECTION = { salford: 'getting_risk_support', bury: 'level5', nottingham: 'protection' } as const;
  it.each([
    'mums new boyfriend is a nonce',
    'lad is plugging for a dealer',
    'family believe the child is possessed and took him to be exorcised',
    'child has been trafficked from Vietnam and is working in a nail bar',
    'NAI suspected in 4 month old',
    'toxic trio in the home',
    'child is being starved as punishment',
    'they breast iron the girls in that family',
    'child has been made to sleep in the garden',
    "mum's boyfriend has been showing her porn on his laptop",
    'the 7 year old says he was shown porn by his uncle',
  ])('"%s"', (text) => {
    for (const area of ['salford', 'bury', 'nottingham'] as const) {
      const r = engines[area].recognise(text);
      expect(r.intent, `${area}: ${text}`).toBe('concern');
      expect(engines[area].assess({ indicators: r.indicators.map((i) => i.id) }, OPEN).level.id, `${area}: ${text}`).toBe(PROTECTION[area]);
    }
  });
});

describe('speech delay and being used to deal, told plainly (session 35)', () => {
  it.each(['3yo barely talking', '2 year old hardly talking, mum worried'])('"%s": early help in every pack, not the "not sure" card', (text) => {
    const EARLY = { salford: 'getting_help', bury: 'level2', nottingham: 'additional' } as const;
    for (const area of ['salford', 'bury', 'nottingham'] as const) {
      const r = engines[area].recognise(text);
      expect(r.intent, `${area}: ${text}`).toBe('concern');
      expect(engines[area].assess({ indicators: r.indicators.map((i) => i.id) }, OPEN).level.id, `${area}: ${text}`).toBe(EARLY[area]);
    }
  });
  it('"being used to deal" is exploitation; "used to deal with his anger" is not', () => {
    for (const area of ['salford', 'bury', 'nottingham'] as const) {
      const r = engines[area].recognise("think Y10 boy is being used to deal at school, he's got a burner and cash");
      expect(r.intent, area).toBe('concern');
      expect(engines[area].assess({ indicators: r.indicators.map((i) => i.id) }, OPEN).level.rank, area).toBeGreaterThanOrEqual(engines[area].pack.levels.find((l) => ['getting_risk_support', 'level5', 'protection'].includes(l.id))?.rank ?? 99);
    }
    expect(engines.salford.recognise('he used to deal with his anger by shouting, now he talks to us').indicators.map((i) => i.id)).not.toContain('exploitation');
  });
});

describe('forty-second session: words read in their sense, and harm in words no list held', () => {
  const phrasesOf = (area: keyof typeof engines, text: string) => engines[area].recognise(text).indicators.filter((i) => i.by !== 'meaning').map((i) => i.id);

  it.each(['bury', 'nottingham'] as const)('%s: "won\'t talk to me" is not speaking to someone, not a speech delay; "not talking" alone still is', (area) => {
    // rules/wordSense.ts `notTalkingToSomeone`
    // Bury's speech and language need; Nottingham's "barely talking" is in its additional needs (family_struggling).
    const speech = { bury: 'speech_language', nottingham: 'family_struggling' }[area];
    expect(phrasesOf(area, '3yo barely talking, mum worried')).toContain(speech);
    expect(phrasesOf(area, 'she is barely talking to anyone at home since the move')).not.toContain(speech);
    expect(phrasesOf('bury', "he won't talk to me about what happened")).not.toContain('speech_language');
  });

  it.each(AREAS)('%s: "can\'t breathe" told of a panic attack is not a child who cannot breathe now; told alone it is 999', (area) => {
    // rules/wordSense.ts `breathlessInPanic`
    expect(phrasesOf(area, "child keeps having panic attacks in class, can't breathe, cries")).not.toContain('immediate_danger');
    expect(engines[area].recognise("6 month old can't breathe properly, lips going blue").intent).toBe('emergency');
  });

  it.each(AREAS)('%s: a cold bath as punishment is physical abuse; cold baths for want of gas are not', (area) => {
    expect(phrasesOf(area, "mum at coffee morning laughed that her 4yo 'knows not to cry or he gets a cold bath'")).toContain('physical_abuse');
    expect(phrasesOf(area, 'no gas 3 days, kids having cold baths')).not.toContain('physical_abuse');
  });

  it.each(AREAS)('%s: the far right\'s own slogans are radicalisation', (area) => {
    expect(phrasesOf(area, "Y11 lad going on about 'the great replacement' and asked one of our Asian staff if she was a 'race traitor'")).toContain('radicalisation');
  });

  it.each(AREAS)('%s: packages held or carried for others are criminal exploitation', (area) => {
    const cce = { salford: 'exploitation', bury: 'child_criminal_exploitation', nottingham: 'child_criminal_exploitation' }[area];
    const ids = engines[area].recognise('15 yr old has been staying at a flat with older men, they make him hold packages and take trains to other towns').indicators.filter((i) => i.by !== 'meaning').map((i) => i.id);
    expect(ids).toContain(cce);
  });

  it.each(['bury', 'nottingham'] as const)('%s: "did the belt", "dad hurt me" and "scared of going home" as their listed forms are', (area) => {
    expect(phrasesOf(area, "he said his dad 'did the belt' again last night")).toContain('physical_abuse');
    expect(phrasesOf(area, "kid told me 'dont tell anyone but my dad hurt me again'")).toContain('physical_abuse');
    // Found, then (no threat, refusal or danger now) read as the end of the day: the red flag is the question first.
    const scared = engines[area].recognise('she is scared of going home, dad shouts all the time');
    expect([...scared.indicators, ...(scared.laterToday ?? [])].map((i) => i.id)).toContain('immediate_danger');
    expect(phrasesOf(area, 'put the seat belt on the car seat')).not.toContain('physical_abuse');
  });
});

describe('forty-fourth session: an adult who is a risk to children, in plain words', () => {
  const RISKY = { salford: 'risky_adult', bury: 'adult_risk_to_children', nottingham: 'adult_risk_to_children' } as const;
  const PROTECTION = { salford: 'getting_risk_support', bury: 'level5', nottingham: 'protection' } as const;
  const phrasesOf = (area: keyof typeof engines, text: string) => engines[area].recognise(text).indicators.filter((i) => i.by !== 'meaning').map((i) => i.id);
  const levelOf = (area: keyof typeof engines, text: string) => {
    const r = engines[area].recognise(text);
    return engines[area].assess({ indicators: r.indicators.map((i) => i.id) }, OPEN).level.id;
  };

  it.each(AREAS)('%s: a restriction said without its order\'s name, or images of children in plain words, is child protection', (area) => {
    // phrase base 1.8.0 (RISK_TO_CHILDREN_IN_PLAIN_WORDS)
    for (const text of [
      "her partner isn't allowed to be around children, he's moved in",
      'mums new boyfriend isnt allowed near kids, hes staying there most nights',
      "dad said something in passing today about looking at 'young stuff' online, might have been a joke? he's main carer for their 3yo",
      'Nursery dad arrested for child abuse images, still living with his 4yo.',
    ]) {
      expect(phrasesOf(area, text), `${area}: ${text}`).toContain(RISKY[area]);
      expect(levelOf(area, text), `${area}: ${text}`).toBe(PROTECTION[area]);
    }
    // A waiting list or the housing list is no register: a phrase may take one word more, so no "list for" phrase.
    for (const text of ['Mum and 3 kids in a 1 bed flat, on the housing list for a year', 'she is on a waiting list for therapy', 'the dog is not allowed near the baby']) {
      expect(phrasesOf(area, text), `${area}: ${text}`).not.toContain(RISKY[area]);
    }
  });

  it.each(AREAS)('%s: screaming at each other is a row, and "screamed at me" is the writer\'s; screamed at by her stepdad is abuse', (area) => {
    // rules/agency.ts `shoutedAtOthers`
    const abuse = 'emotional_abuse';
    expect(phrasesOf(area, '14 yr old and mum screaming at each other every night, mum asked us for help')).not.toContain(abuse);
    expect(phrasesOf(area, 'mum screamed at me at the gate over a lost coat. calmed down after')).not.toContain(abuse);
    expect(phrasesOf(area, 'she is constantly screamed at by her stepdad')).toContain(abuse);
    expect(phrasesOf(area, 'stepdad screams at her every night, she is terrified')).toContain(abuse);
    expect(levelOf(area, '14 yr old and mum screaming at each other every night, mum asked us for help')).not.toBe(PROTECTION[area]);
  });

  it.each(AREAS)('%s: the risk an adult poses is not explained away by an ordinary setting (combine step 2)', (area) => {
    // The meaning read a tenancy and a move as an ordinary matter and set the phrase aside: the "not sure" card.
    const text = "tenant mentioned her new partner isnt allowed near schools. he's moving in with her and her 3 kids next week";
    const r = engines[area].recognise(text);
    expect(r.setAside ?? [], area).toEqual([]);
    expect(levelOf(area, text), area).toBe(PROTECTION[area]);
  });
});
