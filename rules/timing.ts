/**
 * When: whether a message says the child is safe now. Harm that happened ("dad hit him last night")
 * to a child who is now safe ("he's in school now", "mum is home now", "he has been arrested") is a
 * worry for the front door today, not a 999 call; danger now or later today ("scared to go home
 * tonight", "he's waiting outside") is. Harm the message tells as past ("stabbed in the leg last month"), with
 * nothing still so now and nothing of danger now, is the front door today too, with the question of danger now asked
 * first (`toldAsPast`). Language handling, not guidance: the packs' red flags are unchanged, and a message that says
 * both, or says none of these, keeps its red flag (the safer answer).
 * The other way round, harm at child protection that is happening now or will within the day ("he'll
 * finish him off tonight", "she's due home in an hour and he'll be there") is immediate danger.
 */

/** Lower case, with curly apostrophes made straight ("he’s" as "he's"), as the patterns here are written. */
export const plain = (text: string) => text.toLowerCase().replace(/[’‘]/g, "'");

/** The child is somewhere safe, or with a safe adult, now: "he's here with me", "she's in school today", "they're at their nan's". */
const CHILD_SAFE = [
  /\b(he|she|they|the (child|kids?|children|boy|girl|baby|lad)|both|all of them)( i|')?s? (is |are |'s |'re )?(now |currently |safe |all )?(safe|here with|with (me|us)|in school|at school|in class|at nursery|in nursery|staying with|at (his|her|their) (nan|gran|grandma|aunt|auntie|dad|mum)'?s?|with (his|her|their) (nan|gran|grandma|grandparents|aunt|auntie|dad|mum))\b/,
  /\b(he|she|they)('s| is|'re| are) (here (with (me|us)|today|now|in school)|with (me|us)|in school|at school|safe)\b/,
  // "he's in lessons now", "the kids are here at school", "he's in her spare room for now".
  /\b(he|she|they|(both |all )?(the )?(kids|children|boys|girls|lad|boy|girl|child|kid))('s| is|'re| are) (now )?(in lessons?|in (a|his|her|their) lesson|here (at|in) (school|nursery)|in (her|my|our|their) spare room)\b/,
  // Family moved in to care for the child: "grandma found out and moved in on Monday".
  /\b(nan|nana|gran|granny|grandma|grandmother|grandad|grandparents|aunt|auntie|aunty) ([a-z]+ ){0,3}(moved in|come to stay)\b/,
  // "she's sat with me now", "he's with us reading", "both kids are in with us today"
  /\b(he|she|they|(both |all )?(the )?(kids|children|boys|girls|lad|boy|girl|child|kid))('s| is|'re| are) (sat|sitting|playing|reading|in|camping|away) with (me|us)\b/,
  // "she's still at the sports hall with me"
  /\b(he|she|they)('s| is|'re| are) still (at|in) the ([a-z]+ ){1,2}with (me|us)\b/,
  // "he's at camp with us till sunday", "she's on the residential with us"
  /\b(he|she|they)('s| is|'re| are) (at camp|on (the |a )?(residential|camp|trip)) with (me|us)\b/,
  // Said without a subject, at the start of a sentence or clause: "... hit him if he tries to leave. at school now".
  /(^|[.,;!?] ?)(he'?s |she'?s |they'?re )?(at|in) (school|nursery|class|lessons) (now|today)\b/,
  // "kids at school now", "children all in school today".
  /\b(kids|children)( are|'re)? (now |all |both )?(at|in) (school|nursery) (now|today)\b/,
  // In hospital, the child named by age: "14yo is on the childrens ward", "they're keeping her in".
  /\b(\d+ ?(yo|y\/o|year old|yr old|month old)|the (child|baby|boy|girl|lad|toddler)) (is |'s )?(now |still )?(in|on|at) (the )?(hospital|childrens? (unit|ward)|children's (unit|ward)|ward|a ?& ?e)\b|\b(they'?re|they are|hospital (is|are)|doctors are) keeping (him|her|them) in\b/,
  // In hospital being seen: "they're there now being checked", "she's on the children's ward".
  /\b(he|she|they)('s| is|'re| are) (now |still )?((in|at|on) (the )?(hospital|children's (unit|ward)|ward)|there now being (checked|seen|assessed|examined))\b/,
  /\bstaying (with|at)\b/,
  // "she's at nan's", "he's at home now with nan", "living with her grandparents since September", "she's home safe now"
  // (not "safe at home", which is as often "not safe at home").
  /\b(he|she|they)('s| is|'re| are) (now )?(at home |home )?(now )?(with|at) (his |her |their )?(nan|nana|gran|granny|grandma|grandad|grandparents|aunt|auntie|aunty)('?s)?\b/,
  /\b(living|lives|staying|stays) with (his|her|their) (nan|gran|grandma|grandad|grandparents|aunt|auntie)\b/,
  /\b(got|is|'s|are|'re) home safe\b/,
  // Forty-second session: "little one is with me", "they're at mine now", "he's gone to his nan's round the corner for now".
  /\b(the )?(little|wee) (one|un|boy|girl|lad|lass)('s| is) (here )?with (me|us)\b/,
  /\b(he|she|they)('s| is|'re| are) (now )?(at|round) (mine|ours|my house|our house|my place)\b/,
  /\b(he|she|they)('s| has| have|'ve)? (gone|been taken) (round )?to (his |her |their )?(nan|nana|gran|granny|grandma|grandad|grandparents|aunt|auntie|aunty)('?s)?\b/,
];
/** The adult who was missing is back ("mum now at home", "mum is home when I call"). */
const ADULT_BACK = [
  /\b(mum|dad|mother|father|parent|parents)('s| is| are| now| is now|'s now| was) (now )?(back |at )?(home|here|in)( now| today| when)\b/,
  /\b(mum|dad|mother|father)( is|'s)? (now )?(at )?home\b/,
  // Without a verb, as typed in a hurry: "mum back now", "dad's back home now".
  /\b(mum|dad|mother|father|parent|parents)('s| is| are)? back (home )?now\b/,
];
/** What an adult may have done to the child: then that adult being home is not the child being safe ("dad's at home now"). */
const HARM_VERBS = '(locked|locks|hit|hits|hitting|beat|beats|beaten|battered|batters|punched|punches|kicked|kicks|slapped|slaps|hurt|hurts|hurting|strangled|choked|grabbed|threw|throws|threatened|threatens|burnt|burned|shook|shakes|attacked|touched|touches|touching|raped|abused|abuses|starved|tied)';

/** The adult named as back home is not one the message says harmed the child. */
function adultBack(t: string): boolean {
  for (const r of ADULT_BACK) {
    const adult = r.exec(t)?.[1];
    if (!adult) continue;
    if (!new RegExp(`\\b${adult}('s| has| had| is| was| who)? (\\w+ ){0,3}${HARM_VERBS}\\b`).test(t)) return true;
  }
  return false;
}

/**
 * The one who harmed is kept away ("he's been arrested", "bail conditions not to come near"), or the child is away from
 * them: "he doesn't come round any more", "he's gone to live with his dad", "mum left him and they live at a new
 * address", "the kids are in foster care", "placed in a refuge", "there's a non-molestation order" (twenty-seventh
 * session: cross-validated 0 / 0 / 4 more right, none fewer). "Left him" is not of a child left ("left him alone").
 */
const KEPT_AWAY =
  /\b(arrested|remanded|on remand|bail conditions|bailed to (?!(appear|return|come|court)\b)[a-z]+|in custody|in prison|in jail|young offenders|moved out|moved away|no longer (lives|living|at home)|(doesn'?t|does not) come (round|over|to the house) (any ?more|now)|(he|she)('s| has) gone to live|(mum|she|mother) (has )?left (him|dad|her partner|her husband)\b(?! (alone|on|at|in|with|there|outside|home|behind|to|for))|(live|living|moved|are) (at|to) a new address|in (emergency )?foster care|with (emergency )?foster carers|(placed )?in a refuge|police protection|non-molestation order)\b/;

/**
 * Danger now or later today, or a weapon: any of these keeps the red flag whatever else the message says
 * ("she's in school now but scared to go home later", "I've got the boy with me, dad is in the car park drunk"); so does
 * the writer saying the child is in immediate danger ("URGENT immediate danger: ... mum has a non-molestation order"),
 * but not that the child is not, or was ("not in immediate danger", "was in immediate danger last week").
 */
const DANGER_NOW = /(?<!\b(not|no|isn't|aren't|wasn't|weren't|never|was|were|been)( in)?( any)? )\bimmediate danger\b|\b(tonight|later|after school|home time|going home|go home|goes home|gets home|get home|pick(ing|s)? (him|her|them) up|picking up|collect(ing|s)?|outside|waiting|on (his|her|their|the) way|coming (round|over|to(?! (me|us)\b)|here|back)|still (at home|there|alone|in the house|with(?! (me|us)\b)|at the house|home)|right now|at the moment|this evening|alone now|on (his|her|their) own now|is alone|are alone|drive|driving|drives|car park|knife|weapon|gun|machete)\b/;

/**
 * The child is on the way back, or has to go back, to the home or the place the message is about within the day, with
 * a few words between ("she's going home on the bus now", "he has to go back there at 3"); IMMINENT's own form has
 * the time right after "home".
 */
const GOING_BACK = /\b(due|going|goes|go|sent|gets|getting|has to go|have to go|heading|walking) (back )?(home|there)\b( [a-z']+){0,4} (now|today|later|at \d)/;

/** Going to, or staying at, someone's ("she is going to her aunt's", "staying with his gran", "placed with grandad"). */
const GOES_TO = "\\b(safe|stay|stays|staying|going|go|goes|gone|placed|sent|sleep|sleeps|sleeping|will be|is|he's|she's|they're|hes|shes|theyre) (at|to|with) ((his|her|their|the|a) )?";
/** Family who take a child somewhere safe: grandparents, aunts, foster carers (not the ones the message is about). */
const SAFE_ADULT = '(nan|nana|nanna|gran|granny|grandma|grandmother|grandad|grandpa|grandfather|grandparents|aunt|auntie|aunty|foster carers?)';

/**
 * Where the child will sleep tonight, with family or a friend away from home ("she's going to her aunt's tonight", "lad is
 * safe at his gran's tonight", "staying at her friend's house tonight"; also "after school", "for now", "for the
 * weekend"): a plan for the child's safety tonight, not danger tonight; so is "she's safe tonight" (admitted to the
 * ward). Taken out of the text before the tests of danger now, and itself a statement that the child is safe, unless the
 * message names that adult with harm (`namedWithHarm`: "her uncle touches her ... she is going to her uncle's tonight").
 * (Twenty-sixth session: "tonight" alone had kept these at 999; cross-validated 5 / 6 / 3 more right, none fewer.)
 */
const SAFE_TONIGHT = new RegExp(
  `${GOES_TO}(?<who>${SAFE_ADULT}|aunts|uncle|friend|family friend|mate|refuge)('?s)?( house| place)?( (round the corner|down the road|across the road|nearby|this week|in [a-z]+))? (tonight|after school|for now|for the weekend|this week)\\b|\\b(is|'s|are|'re) safe tonight\\b|` +
    // Going home with another family ("is going home with a friend's mum tonight"), or family staying with the child
    // ("her mum has come over and is staying with them tonight").
    `\\b(going|gone|went) home with (a |her |his |their )?(friend'?s (mum|mam|dad|parents|family)|${SAFE_ADULT})( tonight)?\\b|` +
    // Somewhere else tonight, said as not home ("he's going to his dad's tonight not home").
    `${GOES_TO}(?<other>[a-z]+)'?s( house| place)? (tonight )?(not home|instead of (going )?home|rather than (going )?home)\\b|` +
    `\\b(?<stays>${SAFE_ADULT}|her mum|his mum|her mother|his mother)( has come (over|round|to stay)( and)?)? (is |'s )?staying with (them|him|her)( (tonight|all week|this week))*\\b`,
  'g',
);

/**
 * "Tonight" that is not danger tonight either: the time the writer was told or saw something ("a 15 year old told me
 * this evening", "turned up tonight with a black eye"), with nothing of what will happen beside it ("she said he'll do
 * it tonight" and "told me tonight he will batter her" stay); a session ("at the end of tonight's session"); or what
 * will not happen ("he's not going home tonight", "not at risk tonight"). Taken out before the tests of danger now.
 * (Twenty-sixth session: cross-validated 5 / 0 / 5 more right, none fewer, every immediate-danger message still 999
 * first.)
 */
const TOLD_WHEN =
  /\b(told (me|us)|said|mentioned|disclosed|came to (me|us)|came in|turned up|showed (me|us)|i saw|we saw|i noticed|we noticed|i spotted|flinched|was crying|brought (him|her|them) in|admitted|had an?)\b(?<gap>[^.?!]{0,30}?)\b(tonight|this evening|this afternoon)\b/g;
const FUTURE = /\b(will|'ll|would|'d|again|going to|gonna|if|when|until|till|wants to|plans? to)\b/;
const NOT_TONIGHT = /\b(tonight's (session|club|training|practice|game|match|group)|not (going (home|back)|goin hom|go home|seeing (him|her|them)|at risk|be (home|there)) tonight|not tonight|(at|in|after) (the |our |my |his |her )?([a-z]+ )?(training|session|club|youth club|practice|pool|swimming|class|evening class|group|cadets|scouts|cubs|beavers|brownies|guides|drop[- ]in|gym|project|homework club|madrassa|mosque|church|squad|rehearsal|match|lesson|service) tonight)\b/g;

function whenTold(t: string): string {
  return t.replace(TOLD_WHEN, (m: string, ...groups: unknown[]) => {
    const { gap = '' } = groups[groups.length - 1] as { gap?: string };
    const at = groups[groups.length - 3] as number;
    // What follows in the same clause: "told me tonight he will batter her" may be either, so it stays.
    const after = t.slice(at + m.length, at + m.length + 40).split(/[.?!]/)[0] ?? '';
    return FUTURE.test(gap) || FUTURE.test(after) ? m : m.replace(/(tonight|this evening|this afternoon)$/, ' ');
  });
}

/**
 * The text without the "tonight"s that are not danger tonight and without a safe adult's collecting the child
 * (`withoutSafeCollector`, unless `childAlone`: someone coming later is no safety for a child alone now), and whether it
 * says where the child will be safe tonight or that a safe adult takes them.
 * (Nothing of the message is kept between calls: the words of a concern do not outlive the turn.)
 */
function withoutSafePlans(text: string, { childAlone = false } = {}): { t: string; safePlan: boolean } {
  const t = withoutSafeMoment(childAlone ? text : withoutSafeCollector(text));
  const collected = t !== text;
  // Every form above names the time; most messages name none of these (issue 15's 1 ms for `recognise`).
  if (!/tonight|this evening|this afternoon|after school|for now|for the weekend|this week|home with|staying with/.test(t)) return { t, safePlan: collected };
  const read = whenTold(t).replace(NOT_TONIGHT, ' ');
  // Not where the message names that adult with harm ("her uncle touches her ... she is going to her uncle's tonight").
  const rest = read.replace(SAFE_TONIGHT, (m: string, ...args: unknown[]) => {
    const { who, stays, other } = args[args.length - 1] as { who?: string; stays?: string; other?: string };
    const adult = who ?? stays ?? other;
    return adult && namedWithHarm(read, adult) ? m : ' ';
  });
  return { t: rest, safePlan: collected || rest !== read };
}

/**
 * "At the moment" or "right now" said of where the child is safe ("he's with me at the moment for the summer", "right now
 * he's staying at his gran's"): the time of the safety, not danger now, so it is taken out before the tests of danger
 * now and the rest reads as the child safe now (CHILD_SAFE). Only with me or us, school, nursery, or staying with family;
 * not "he's at home at the moment" nor "she's with her mum right now", which may be where the danger is.
 */
const SAFE_PLACE = `(safe|here with (me|us)|with (me|us)|in school|at school|in class|at nursery|in nursery|staying (with|at) (his|her|their) ${SAFE_ADULT}('?s)?)`;
const SAFE_MOMENT = new RegExp(
  `\\b((he|she|they|the (child|kids?|children|boy|girl|baby|lad))('s| is|'re| are) (now )?${SAFE_PLACE} (at the moment|right now)|(at the moment|right now),? (he|she|they)('s| is|'re| are) ${SAFE_PLACE})\\b`,
  'g',
);
function withoutSafeMoment(t: string): string {
  if (!t.includes('at the moment') && !t.includes('right now')) return t;
  return t.replace(SAFE_MOMENT, (m) => m.replace(/\b(at the moment|right now),?/, ' '));
}

/** Collecting the child, or taking them in ("is collecting", "picks her up", "coming to get them", "is having him", "took her home"). */
const COLLECTS =
  '((collected|picked up) (him|her|them)|picked (him|her|them) up|(collecting|collects|collect)( (him|her|them))?|on (her|his|their) way( in| over| here| to (get|collect|pick up) (him|her|them))?|picking (him|her|them) up|picks (him|her|them) up|pick (him|her|them) up|coming (in )?(to|for) (collect|get|pick up|take)?( him| her| them)?|having (him|her|them)|taking (him|her|them)|(took|has taken|\'s taken) (him|her|them) (home|back))';
/** When and from where, after the collecting ("at 5", "today", "from school", "as usual"). */
const COLLECT_WHEN = '( up)?( (as usual|from \\w+|today|tonight|later|this afternoon|at \\d[\\w:.]*))*';
/** "Nan is collecting her today", "grandad collecting at 5", "her auntie's having them". */
const SAFE_COLLECTOR = new RegExp(
  `\\b((his|her|their|the) )?${SAFE_ADULT}('s| is| are| will be| has| have)? (now |already |going to |gonna |will )?${COLLECTS}${COLLECT_WHEN}`,
  'g',
);
/** "Mum is collecting", "mum's picking her up as usual": a safe adult only when the one who harmed is kept away. */
const PARENT_COLLECTS = new RegExp(
  `\\b((his|her|their) )?(mum|mam|mother|dad|father)('s| is| will be)? (now |still |going to |gonna |will )?(as usual )?${COLLECTS}${COLLECT_WHEN}`,
  'g',
);
/** Someone's partner, ex or friend ("mum's old boyfriend"): the one named, not the parent. */
const SOMEONE_OF = '(old |new |ex[- ]?)?(boyfriend|partner|fella|bloke|husband|girlfriend|wife|friend|mate|brother|sister)';
/** The harm verbs as doing ("seen grabbing him"): HARM_VERBS' other form. */
const HARM_ING =
  '(grabbing|punching|kicking|slapping|choking|strangling|shaking|burning|beating|threatening|smacking|belting|hurting|hitting|touching|locking)';
/**
 * Two more ways of saying the one who harmed is away, beside KEPT_AWAY: "dad's been out of the house since the weekend",
 * "she hasn't seen him since". Not "isn't allowed near her", which is as often told of someone who came anyway (twenty-
 * ninth session: with it, one of the hold-out's immediate-danger messages lost the emergency card).
 */
const AWAY_NOW = /\b((been |is |'s )?out of the (house|home) since|(hasn'?t|has not) seen (him|her|them) since)\b/;

/**
 * The message names this adult with harm anywhere in a sentence ("grandad, who he lives with, hit him"; "his nan has always
 * smacked him"), but not as the one whose partner or friend it was ("her mum's old boyfriend used to hit her").
 */
function namedWithHarm(t: string, who: string): boolean {
  return new RegExp(`\\b${who}\\b(?!'s ${SOMEONE_OF})[^.?!]{0,40}\\b(${HARM_VERBS}|${HARM_ING})\\b`).test(t);
}

/**
 * The text without a safe adult's collecting the child: family the message does not name with harm ("nan is collecting
 * her today", "grandad collecting at 5"), or a parent where the one who harmed is kept away ("he moved out before
 * Christmas ... mum's picking her up as usual"; "stepdad arrested last night, on bail not to go near the house, mum is
 * collecting"). Someone the message names with harm ("grandad seen grabbing him by the throat ... grandad is collecting
 * him") is no safety, and the collecting stays as danger later today. Twenty-ninth session: cross-validated 2 / 2 / 4 more
 * right, none fewer, every immediate-danger message still 999 first; hold-out unchanged.
 */
function withoutSafeCollector(t: string): string {
  if (!/\b(collect|pick|picks|picking|coming|having|taking|took|taken|way)/.test(t)) return t;
  const unlessHarmed = (m: string, _a: unknown, _b: unknown, who: string) => (namedWithHarm(t, who) ? m : ' ');
  const out = t.replace(SAFE_COLLECTOR, unlessHarmed);
  return KEPT_AWAY.test(t) || AWAY_NOW.test(t) ? out.replace(PARENT_COLLECTS, unlessHarmed) : out;
}

/** The weapons DANGER_NOW names. */
const WEAPON = /\b(knife|knives|weapon|gun|machete)\b/g;
/** Held, on remand or on bail conditions ... */
const LOCKED_UP = /\b(in custody|remanded|on remand|in prison|in jail|bail conditions|bailed to|no contact conditions)\b/;
/** ... and not let out again. */
const LET_OUT = /\b(released|let out|out on bail|gets out|get out|due out|back (home|in the house|living)|comes? back|came back)\b/;

/**
 * A weapon used at a time the message names as past, by someone now held in custody, on remand or in prison, or on bail
 * conditions to stay away, with nothing saying they are out or back ("threatened her with a knife last month, he's
 * been arrested and is on bail conditions not to come near"): the weapon is not danger now. Twenty-sixth session:
 * cross-validated 2 / 3 / 1 more right, none fewer; the twenty-fifth session's version without the "let out" check
 * was not made, for "arrested last week, released, has a knife".
 */
function lockedUpSince(t: string): boolean {
  return PAST_TIME.test(t) && LOCKED_UP.test(t) && !LET_OUT.test(t);
}

/**
 * The message says the child is safe now (or will be somewhere safe tonight, or a safe adult collects them, or the adult
 * is back, or the one who harmed is kept away), and nothing says danger now or later today. For a child alone
 * (`childAlone`), someone kept away is no safety: an adult arrested or in custody can be why the child is alone ("mum's
 * been arrested and her baby is at home on his own"); only the child being somewhere safe or the adult being back counts.
 */
export function saysSafeNow(text: string, { childAlone = false } = {}): boolean {
  return timingOf(text).safeNow(childAlone);
}

function safeNowIn({ t, safePlan }: { t: string; safePlan: boolean }, childAlone: boolean): boolean {
  if (DANGER_NOW.test(lockedUpSince(t) ? t.replace(WEAPON, ' ') : t) || dangerNowIn(t)) return false;
  return safePlan || CHILD_SAFE.some((r) => r.test(t)) || adultBack(t) || (!childAlone && (KEPT_AWAY.test(t) || AWAY_NOW.test(t)));
}

/** One message's readings of time (`saysSafeNow`, `saysDangerNow`), for a caller that asks more than one. */
export interface TimingReader {
  safeNow(childAlone?: boolean): boolean;
  dangerNow(): boolean;
}

/**
 * The readings of time of one message, each worked out at most once: `saysSafeNow` and `saysDangerNow` both read the
 * text without its safe plans (`withoutSafePlans`), which the recogniser would otherwise work out two or three times a
 * message (issue 15's 1 ms for `recognise`). Kept by the caller for that message only.
 */
export function timingOf(text: string): TimingReader {
  let t: string | undefined;
  const plans: ({ t: string; safePlan: boolean } | undefined)[] = [undefined, undefined];
  const plansOf = (childAlone: boolean) => {
    const k = childAlone ? 1 : 0;
    t ??= plain(text);
    plans[k] ??= withoutSafePlans(t, { childAlone });
    return plans[k];
  };
  return {
    safeNow: (childAlone = false) => safeNowIn(plansOf(childAlone), childAlone),
    dangerNow: () => dangerNowIn(plansOf(false).t),
  };
}

/**
 * Danger now or within the day, said plainly: happening now, tonight, home time, the one who harmed collecting the
 * child or waiting for them, the child alone now. Narrower than DANGER_NOW (no weapons, no "waiting" alone, which
 * is also "a waiting list"): this one raises an answer to 999 when harm at child protection is already found. "Picks her
 * up" with no time is a habit ("her 'boyfriend' of 27 picks her up from school", "every time mum picks him up"), not
 * today: only "is picking her up", "to pick her up" or "picks her up at 5 / today" count (twenty-sixth session:
 * cross-validated 7 / 2 / 7 more right, none fewer, every immediate-danger message still 999 first). So is "at the gate"
 * where something happened ("calls her thick at the school gate every day", "grabbed him at the gate this morning"):
 * only someone there now counts ("dad is at the gate", "waiting at the school gate"; the same session: 6 / 1 / 3 more
 * right, none fewer).
 */
const IMMINENT = /\b(tonight|tonite|this evening|this afternoon|home time|after (school|training|club) (today|tonight)|in (an|one|half an|\d+|ten|five|twenty|a few) (hour|hours|minutes|mins)|(happening|going on) (now|right now)|right now|rn|(i'm|i am|we're|we are|he's|she's|they're|he is|she is|they are) (here|there|with (him|her|them)) now(?! being (checked|seen|assessed|examined))|(i'm|i am|we're|we are) (at the (house|flat|door|home)|on (a|the|my|our) (home )?visit|in the (house|flat|home))|(leaving|left|taking (him|her|them)|walked out) now|still (in the|at the(?!( [a-z]+){1,3} with (me|us)\b)|there|here|alone|in the building)|on (his|her|their) way|coming to (get|take|collect|pick)|(due|going|goes|go|sent|get|gets|has to go|have to go) (back )?home (today|now|later|at)|(collect|collecting|collects|pick up|picking up|picks up) (him|her|them) (today|tonight|later|at)|(pick|picking) (him|her|them) up|(picks?|picking) (him|her|them) up (at \d|today|tonight|later|soon)|waiting (outside|at the)|(is|'s|are|'re|waiting|stood|standing|sat|sitting|now|here) at the (school )?gates?|at the (school )?gates? (now|right now|waiting)|(is|are) (alone|by (himself|herself|themselves)) now|alone now|on (his|her|their) own now)\b/;

/**
 * Also danger now, in the words practitioners use for it: the one who harmed is here for the child or has just taken
 * them ("he's sat in the waiting room", "here to collect him", "just snatched her and walked out", "left 5 minutes
 * ago", "has just taken the 8yo from the playground", "drove off 5 min ago"), it is going on where the writer can hear
 * it ("I can hear him shouting", "screaming and banging from the flat upstairs"), the time is today ("today at 4",
 * "leaving at 3:30"), or the child is being taken away within the day ("flying to Sudan tomorrow") or on a day named
 * this week ("flights booked to Bangladesh for Saturday", "taking her abroad on Friday"; twenty-eighth session: one
 * more of Bury's immediate-danger messages to 999 first, nothing else moved).
 */
const HERE_NOW = /\b((sat|sitting|stood|standing|waiting) (in|at|outside) (the )?(waiting room|reception|foyer|car park|front door|door|gate|office)|here to (collect|pick up|take|get)|(collect|collecting|take|taking|get|getting) (him|her|them) (home )?now|just (left|walked out|drove off|driven off|snatched|grabbed|(taken|took) (him|her|them|the (baby|child|children|kids?|boy|girl|lad|toddler)|(his|her|their) (son|daughter|baby|child|children|kids?|little one)|((an?|the|his|her|their) )?\d+ ?(yo|y\/o|yr olds?|year olds?))|run off with|ran off with)|(left|walked out|drove off|went off|took (him|her|them|the (baby|child|children|kids?|boy|girl|lad|toddler)|(his|her|their) (son|daughter|baby|child|children|kids?|little one)|((an?|the|his|her|their) )?\d+ ?(yo|y\/o|yr olds?|year olds?))) (\d+|a few|five|ten|twenty|two) (minutes|minute|mins|min) ago|can (still )?hear (him|her|them|shouting|screaming|banging|crying|a child|the child|the baby)|(screaming|shouting|banging|crashing|smashing|yelling)( and (screaming|shouting|banging|crashing|smashing|crying|yelling))? (coming )?from (the )?(flat|house|next door|upstairs|downstairs)(?![^.]{0,30}\b(last|yesterday|ago|before)\b)|(picks?|picking|collects?|collecting) (up )?at \d|wait (till|until|til) (later|tonight|you get home|(he|she|we|they) get home|(he|she) gets home)|(today|this afternoon) at \d|at \d{1,2}([:.]\d\d)? ?(am|pm|o'clock)? today|(leaving|leaves|goes|going|flying|flies) at \d|(refusing|refuses|won't allow|will not allow) (the )?(admission|to let (him|her|them|the baby) (be admitted|stay))|(demanding|trying|wants|insisting|insists|threatening) (to )?(discharge|take) (him|her|them|the baby|the child)( home| out)? against (medical )?advice|(is |are )?(carrying|wheeling|dragging|pulling) (him|her|them|the baby|the child) (out|off the ward|to the (lift|car|exit|door|stairs))|(walking|storming|running|rushing) out (with (him|her|them|the baby) )?now|(flying|flies|fly|flight|travelling|travels|(going|taken|taking (him|her|them)) (abroad|away|out of the country)) (out )?(to [a-z]+ )?((first thing|early|late) )?(tomorrow|tonight|today|this weekend|in the morning)|(flights?|tickets?) (are |have been |booked |got )?(booked )?(to [a-z]+ )?(for|on) (this )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(flying|flies|fly|(going|taken|taking (him|her|them)|leaving|travelling) (abroad|away|out of the country)) (out )?(to [a-z]+ )?(on|this) (monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/;

/**
 * And (eighteenth session) the child is in the hands of the one who harmed them today, in the words used for it: that
 * adult minds the child after school or is the only adult with them till morning ("the lodger minds him after school",
 * "it's just daddy", "just the two of them in the house"); waits in the car or the car park; a threat of harm when the
 * child gets home ("it'll happen again when she gets in", "if she comes home she'll put her in..."); the setting closes
 * within the day and the child goes back ("we close at 9", "going there when we finish"); or the child has just been
 * driven off, taken off the ward, put back in the car seat, or is on the way to the airport.
 */
const THEIRS_TODAY = /(\b(minds|minding|babysits|babysitting|looks after|looking after) (him|her|them) (after school|tonight|this evening|till|until|today|while)|\bthe one who (collects|picks (him|her|them) up|looks after|minds)|\b(the )?only adult (with (him|her|them)|in the (house|flat))|\bjust (him|her|them) and (the |her |his |their |mum's |mums )?\w+( \w+)? (at home|in the house|in the flat)|\b(it's|its) just (daddy|mummy|him and|her and)|\bjust the two of them (at home|in the house|in the flat)|\b(is|'s|are|now|still) (waiting|sat|sitting) in (the|his|her|a) (car|van)\b|\b(is|'s|are) (now )?in the car park (now|waiting)|\bin the car park waiting|('ll|will|going to|gonna) (\w+ )?(do it|happen|hurt|hit|kill|get (him|her|them)|batter|beat|punish|lock|smack|belt|burn|cut|put (him|her|them))\b[^.]{0,40}\b(when|if|once) (she|he|they) (gets?|goes?|comes?) (home|in|back)\b|\b(when|if|once) (she|he|they) (gets?|goes?|comes?) (home|in|back)[^.]{0,10}\b(she|he|they|mum|dad)('ll| will| is going to) (do it|happen|hurt|hit|kill|get (him|her|them)|batter|beat|punish|lock|smack|belt|burn|cut|put (him|her|them))|\b(go|going|goes|sent|back) (home|there) when (we|i) (finish|close)\b|\b(we|i) close at \d|\b(has |have )?(driven|drove) off with (him|her|them|the (baby|child))|\btaken (him|her|the baby) off the (unit|ward)|\bself[- ]discharg\w*|\bstraight (from \w+ )?to the airport|\b(strapping|putting) (him|her) (back )?in the car)/;

/** A time in the past named for what happened: "last night", "at the weekend", "on Saturday", "three weeks ago". */
const DAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
const PAST_TIME = new RegExp(
  `\\b(last (night|nite|week|wk|weekend|month|year|term|christmas|summer|${DAYS})|(at|over) the weekend|at weekend|over half term|yesterday|yday|yest|on (${DAYS}|sat|sun|mon|tues|weds|thurs|fri)|` +
    `(\\d+|a few|a couple of|two|three|four|five|six|several) (days|weeks|months|years) ago|(a|one) (week|month|year) ago|` +
    `earlier this (week|month|year|term))\\b`,
);

/** The message names a time in the past for what happened (`PAST_TIME`: "last night", "on Sunday", "a year ago"). */
export function namesPastTime(text: string): boolean {
  return PAST_TIME.test(plain(text));
}

/**
 * Something still so now, whatever time the message names: a start rather than an event ("since yesterday", "hasn't
 * come back", "didn't come home last night"), no adult there, a child alone or being left, someone not answering or
 * not letting the child leave, anything said of now or again, a threat of what will happen ("mum is going to kill her"),
 * a state of the body that is an emergency in itself ("is floppy", "bleeding"), or the child living, or at home, with
 * the one the message is about.
 */
const STILL_SO =
  /\b(since|hasn'?t|has not|haven'?t|have not|(didn'?t|did not|not) (come|get|gone|been) (back|home)|not (back|home)|no (adult|adults|grown ?ups?|parent|parents)|no ?one (is )?(there|home|in)|nobody (is )?(there|home|in)|(is|are|'s|'re) (at home |home |in the (house|flat) )?(alone|on (his|her|their) own|by (himself|herself|themselves))|being left|(not|isn'?t) answering|won'?t let|will not let|now|as we speak|again|at the moment|currently|going to|gonna|will|'ll|threatening|bleeding|(is|are|'s|'re) (\w+ )?(floppy|unconscious|not breathing|not responding|unresponsive)|(lives|living|live) (with (him|her|them)|there|at home)|with (him|her|them|the \w+) (at home|in the (house|flat)|there)|(at home|home|in the (house|flat)|there) with (him|her|them|the \w+))\b/;

/**
 * The message tells of what happened as past: it names a time in the past ("stabbed in the leg last month", "left on
 * their own overnight last week"), and says nothing that is still so now (`STILL_SO`) and nothing of danger now or later
 * today (DANGER_NOW and `saysDangerNow`). Harm that happened is a worry for the front door today; the answer still asks
 * about danger now first (rules/semantic/combine.ts step 1c-2). A message that says the child is safe now is
 * `saysSafeNow`'s; one that says neither this nor that keeps its red flag.
 */
export function toldAsPast(text: string): boolean {
  const t = plain(text);
  return PAST_TIME.test(t) && !STILL_SO.test(t) && !DANGER_NOW.test(t) && !saysDangerNow(text);
}

/**
 * And (twenty-sixth session) danger now in four more forms: the one who harmed is still beside the child ("she's still
 * by the bed"), violence has just started ("has just started throwing things at mum"), a small child is left where no
 * one else is ("nobody else is at home with him"), or a baby was taken off the unit ("was taken off the unit by dad",
 * THEIRS_TODAY's other voice). Cross-validated: one more immediate-danger message to 999 first in each form, no
 * child-protection message answered with 999.
 */
const JUST_NOW = /\bstill (by|beside) (the|his|her|their) (bed|cot|side)\b|\b(was|been|being) taken off the (unit|ward)\b(?!')|\b(has |have )?just (started|starting|begun) (throwing|hitting|punching|kicking|smashing|shouting|screaming|fighting|attacking)\b|\b(nobody|no one|no-one) else (is (at home|home|in the (house|flat))|(at home|home|in the (house|flat)) with (him|her|them))\b/;

/**
 * And (thirty-fifth session) the child being taken: the one who harmed insisting on taking the child now ("he's in my
 * room now insisting on taking her home"), or the child being taken to a country within the day ("being taken to
 * Pakistan tomorrow morning"). Apart from HERE_NOW, and read only when the text has a word for taking, so that most
 * messages do not pay for it.
 */
const TAKING_NOW = /\b((insisting on|insists on|demanding to|demands to|wants to|trying to|threatening to) (take|taking|collect|collecting|get|getting) (him|her|them|the (baby|child|children|kids?)) (home|away|out)|(being taken|taken|taking (him|her|them)) to (?!(school|nursery|college|club|work|hospital|the|a|an|his|her|their|see|stay)\b)[a-z]+ ((first thing|early|late) )?(tomorrow|tonight|this weekend))\b/;

/**
 * Danger now or within the day in `t` (plain, without the "tonight"s that are not danger tonight): IMMINENT, HERE_NOW,
 * GOING_BACK, THEIRS_TODAY, JUST_NOW and TAKING_NOW. The one list `saysDangerNow` and `saysSafeNow` both read, so a form
 * added here counts for both.
 */
function dangerNowIn(t: string): boolean {
  if (IMMINENT.test(t) || HERE_NOW.test(t) || GOING_BACK.test(t) || THEIRS_TODAY.test(t) || JUST_NOW.test(t) || toTheirsToday(t)) return true;
  return (t.includes('tak') || t.includes('collect') || t.includes('get')) && TAKING_NOW.test(t);
}

/**
 * And (thirty-first session) the child goes today to the home of the one the message names with harm ("her uncle
 * touches her in the bath, she is going to her uncle's after school"; `namedWithHarm`): SAFE_TONIGHT's words, at the
 * wrong house.
 */
const TO_SOMEONES_TODAY = new RegExp(
  `${GOES_TO}(?<who>${SAFE_ADULT}|uncle|cousin|dad|mum|stepdad|step dad|stepmum|friend|family friend)('?s)?( house| place| flat)? (tonight|after school|today|this evening|later)\\b`,
  'g',
);
function toTheirsToday(t: string): boolean {
  if (!/tonight|after school|today|this evening|later/.test(t)) return false;
  for (const m of t.matchAll(TO_SOMEONES_TODAY)) if (m.groups?.who && namedWithHarm(t, m.groups.who)) return true;
  return false;
}

/**
 * The end of the child's day: going home, being collected or picked up, home time, tonight ("mum collects at 3.15",
 * "he goes home at 9 as normal", "she's saying she doesn't want to go home tonight"). Taken out for `dangerOnlyLater`.
 */
const LATER_TODAY =
  /\b(tonight|tonite|this evening|this afternoon|later( today| on)?|at home time|home time|after (school|training|club|the session|group|cubs|scouts|youth club)( today| tonight)?|(due|going|goes|go|sent|get|gets|has to go|have to go|heading|walking) (back )?home( (today|later|tonight|now|as (normal|usual)|at \d{1,2}([:.]\d\d)? ?(am|pm)?))?|(?<!\bnot )(collect|collecting|collects|pick up|picking up|picks up|picks|picking)( (him|her|them))?( up)?( (today|tonight|later|as (normal|usual)|at \d{1,2}([:.]\d\d)? ?(am|pm)?))?|(we|they) close at \d{1,2}([:.]\d\d)?( ?(am|pm))?|due (at|by) \d{1,2}([:.]\d\d)?( ?(am|pm))?)\b/g;

/**
 * The only danger the message tells of now or within the day is the end of the child's day (`LATER_TODAY`: going home,
 * being collected, tonight): nothing says harm is happening now, that the one who harmed is here or waiting, that a
 * threat is for when the child gets home, or that the child goes today to the home of the one who harmed them. Where a
 * pack reads known or suspected abuse as a referral to make without delay rather than a 999 call (pack
 * `laterTodayAtProtection`), such a message is answered at child protection with the red-flag question first.
 */
export function dangerOnlyLater(text: string): boolean {
  const { t } = withoutSafePlans(plain(text));
  LATER_TODAY.lastIndex = 0;
  if (!LATER_TODAY.test(t)) return false;
  // (HERE_NOW is read after the end of the day is taken out: it holds "collects at 3".)
  if (THEIRS_TODAY.test(t) || JUST_NOW.test(t) || toTheirsToday(t) || TAKING_NOW.test(t)) return false;
  if (SELF_HARM_NOW.test(t) || THREAT.test(t) || WONT_GO_HOME.test(t) || AWAY_TODAY.test(t) || ARRIVING.test(t) || NOW_OTHERWISE.test(t) || WAITING_AT_HOME.test(t) || MEANS.test(t) || collectedByTheOneWhoHarmed(t)) return false;
  const rest = t.replace(LATER_TODAY, ' ');
  return !dangerNowIn(rest) && !DANGER_NOW.test(rest);
}

/**
 * A threat of harm to come ("he'll batter him tonight", "said she'd do it again", "he'll get it when he gets home",
 * "wait till you get home tonight, you're dead").
 */
const THREAT =
  /(\b|')(ll|'ll|'d|will|would|going to|gonna|is going to|threaten\w* to)( ["']?\w+){0,2} ["']?(do it|break|do (him|her|them) in|hurt|hit|kill|batter|beat|punish|lock|smack|belt|burn|cut|finish|leather|rape|touch|strangle|choke|stab|get (him|her|them|it|worse|his|her|their)|put (him|her|them) in (hospital|a&e)|get rid of (him|her|them)|be (worse|next))\b|\b(get|gets|getting) it when\b|\bwait (till|until|til)\b|\b(you'?re|you are|ur) dead\b|\bor else\b/;
/** Words of a child's suicide or self-harm to come ("tonight's the night, sorry for everything", "going to end it"). */
const SELF_HARM_NOW =
  /\b(tonight'?s the night|sorry for everything|goodbye|good bye|end it|end (my|his|her) life|kill (my|him|her|them)sel(f|ves)|suicid\w*|take (my|his|her) (own )?life|not (be|being) here|overdos\w*|wounds?)\b/;
/**
 * A child refusing or begging not to go home ("she's begging not to go home", "won't go home"). Not afraid to go home
 * (forty-second session): "scared to go home cos of the shouting" with no threat or danger now is the end of the day,
 * which Bury's and Nottingham's packs read as a referral now (`dangerOnlyLater`); a threat for it ("mum said she'd get rid
 * of him") is THREAT.
 */
const WONT_GO_HOME =
  /\b(won'?t|will not|refus\w*|begg\w*|plead\w*|(does ?n'?t|does not|don'?t|do not) want)( \w+){0,5} (to )?(go|going|be sent|send (him|her|them)|make (him|her|them) go) (back )?(home|there)\b|\bcan'?t go (back )?home\b|\bnot (to )?(go|going|be sent) (back )?home\b/;
/**
 * Somewhere the child goes or someone they are with within the day, other than home ("taking her to the airport after
 * school", "a 'party' tonight at a flat", "meeting her 'boyfriend' at the bus station after school", "he has her this
 * evening", "staying with him this weekend starting tonight"), or a collection said to be now ("collecting a 3yo NOW").
 */
const AWAY_TODAY =
  /\b(airport|flights?|flying|fly out|abroad|wedding|marry|married|marriage|ceremony|hotel|party|meet|meeting|sleepover|staying with|stay with|stays with|staying over|sleeping over|stays over|stopping over|sits with|(has|have|having) (him|her|them) (this|tonight|till|until|after)|minds (him|her|them)|babysit\w*|does (her|his|their) (school )?pick ?up|(collect\w*|pick\w*)( up)? (an? |the )?([a-z0-9]+ ){0,2}now)\b/;
/** A weapon or the means of harm named at all ("a knife in his jacket", "hidden a rope", "the cutter"): never only the end of the day. */
const MEANS = /\b(knives|knife|weapon|gun|machete|petrol|rope|ligature|cutter|cutting)\b/;
/** Someone arriving for the child now ("has just pulled up to collect him", "dad came in to collect him"). */
const ARRIVING =
  /\b(pulled up|pulling up|(turned up|turning up|arrived|arriving|came in|come in|walked in)(?! (this morning|with|in (tears|pyjamas|the same|yesterday'?s)))|is here|are here|just got here|(is|are|'s|'re) coming|to come (round |over )?(tonight|today|later|this (afternoon|evening))|(walked|gone|went|left) (out |off )?with (him|her|them)|already (left|gone|taken)|(is|are|'s|'re) (now )?(in|at) (reception|the office|the front (desk|door)|the gates?|the door|the car park)|now to (collect|take|pick|get)|('ll|will) come (round|over|to)|snatch\w*)\b/;
/**
 * The one who harmed is at home when the child gets there ("he's at home today and she's due home at 3.30", "he's home all
 * day and mum's working till 8", "it'll just be him"), or the child is taken somewhere within the day ("taking their 7 year
 * old to Egypt this evening"), or the child goes home to an empty house ("goes home at half three to an empty house").
 */
const WAITING_AT_HOME =
  /\b(he|she|they)('s| is| are| will be|'ll be)( at)? home (today|all day|tonight|now)\b|\b(he|she|they)('ll| will) be (there|home|in)\b|\bhome all day\b|\b(it'?ll|it will) (just )?be (him|her|them)\b|\bjust (him|her) (tonight|at home)\b|\btaking\b[^.]{0,40}\b(this evening|tonight|today|later)\b|\bempty (house|flat|home)\b/;
/**
 * Something of now the end of the day does not explain: something going on ("now she's pushing the pram towards the
 * road", "could hear a man screaming", "won't stop for us"), no one answering, a child out late with nowhere to go
 * ("thrown out", "can't go back", "rather sleep here than go home"), or something taken ("going very sleepy").
 */
const NOW_OTHERWISE =
  /\bnow (he|she|they)('?s|'?re| is| are)? \w+ing\b|\bcould (still )?hear\b|\bwo?n'?t stop\b|\bnot (answering|picking up)|\b(thrown|kicked|chucked) out\b|\bnowhere (else )?to go\b|\bcan'?t go back\b|\brather [^.]{0,30}than go(ing)? home\b|\b(going|gone|very|really) (sleepy|drowsy|floppy|blue|grey|cold)\b|\bgone (1[0-2]|midnight)|\b(they'?re|he'?s|she'?s|they are|he is|she is) (arguing|fighting|shouting|screaming|rowing)\b|\bcan'?t get (home|back)\b|\bgo(ing|in)? out (again )?(tonight|tonite|later)\b|\b(it'?s|its|it is) (nearly|almost|gone|past|now) \d/;
/** Harm done by the one named, in more words than `namedWithHarm`'s ("daddy held her hand on the cooker", "dad leathered him"). */
const MORE_HARM_VERBS = '(held|holds|leathered|belted|burned|burnt|whacked|smacked|thumped|strangles|chokes|threw|pushed|shoved|dragged|bit|pinched|scalded|raped|rapes|touches|hurts)';
/** Who collects the child today ("mum collects at 3", "his dad is collecting him at 4", "daddy collecting her", "he's the one collecting her"). */
const COLLECTOR =
  /\b(he|she|hes|shes|mum|mummy|mam|mom|dad|daddy|father|mother|stepdad|step dad|stepmum|brother|uncle|cousin|boyfriend|partner|fella|bloke|lodger|grandad|nan|gran|grandma|parents?|carers?)('s| is)? (the one (who's |who is |who )?|who )?(collect|collects|collecting|picks|picking|pick|will (collect|pick)|comes? to (collect|pick)|on (the )?pick ?ups?|does (the )?pick ?ups?|does most pick ?ups)\b/g;
/** The word for a parent as the harm may name them ("daddy" for "dad"). */
const SAME_PERSON: Record<string, string> = { daddy: 'dad', mummy: 'mum', mam: 'mum', mom: 'mum', father: 'dad', mother: 'mum' };
/**
 * The one who collects the child is not the child's mother or father, carer or a grandparent the message does not name
 * with harm: someone it names with harm, another adult, or "he"/"she" (who may be the one who harmed).
 */
function collectedByTheOneWhoHarmed(t: string): boolean {
  for (const m of t.matchAll(COLLECTOR)) {
    const word = m[1] ?? '';
    const who = SAME_PERSON[word] ?? word;
    if (!/^(mum|dad|parents?|carers?|nan|gran|grandma|grandad)$/.test(who)) return true;
    const forms = Object.entries(SAME_PERSON).filter(([, v]) => v === who).map(([k]) => k);
    if ([who, ...forms].some((w) => namedWithHarm(t, w) || new RegExp(`\\b${w}\\b(?!'s ${SOMEONE_OF})[^.?!]{0,40}\\b${MORE_HARM_VERBS}\\b`).test(t))) return true;
  }
  // A collector named by no word of their own ("he's at home today and is picking her up"), or the child going home to
  // the one the message names with harm ("she's going home to mum at 3", of a mum sharpening knives).
  if (/\b(and|who) (is |'s )?(collect|collecting|picking|picks)\b|\b(on the list|down|booked|due) to (collect|pick)\b|\bcollection list\b/.test(t)) return true;
  const to = /\b(going|goes|go|gets|sent) (back )?home to (his |her |their )?(mum|mummy|mam|dad|daddy|him|her|stepdad|step dad)\b/.exec(t)?.[4];
  return to !== undefined && (to === 'him' || to === 'her' || namedWithHarm(t, SAME_PERSON[to] ?? to) || new RegExp(`\\b${to}\\b[^.?!]{0,60}\\b(saying|says|said|threat)`).test(t));
}

/** The message says the harm is happening now or will within the day (`dangerNowIn`). */
export function saysDangerNow(text: string): boolean {
  return timingOf(text).dangerNow();
}
