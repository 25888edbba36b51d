/**
 * Immediate danger, or a child alone, in forms a list of phrases cannot hold: a number of tablets taken, a child
 * alone since a day or for days, a child held at an address or taken off by adults, a small child alone on a road; and
 * (tenth session) a child who needs an ambulance now, violence going on now, cutting planned for a day soon, a young
 * person at a place with men they have just shared, someone a court keeps away here now, a small child not collected
 * late, left in charge of a baby, or alone for hours, or with nowhere to sleep tonight; and (eighteenth session) words of
 * suicide with a means at hand or the young person gone, a serious injury with hospital refused, a head injury with
 * sickness, a young person kept somewhere by those exploiting them, a child missing now with the place searched, and a
 * child gone off with an adult nobody knows; and (thirty-sixth session) words of farewell with the young person out of
 * reach.
 * Language handling, not guidance: what these mean (999 when a child is in immediate danger or home alone) is each
 * pack's cited red flag; this only reads the words. Built on the training corpus's cross-validated misses and the
 * pending sets (decision 012, ninth and tenth sessions); each form has near misses that must not count (test/rules/dangerForms.test.ts).
 */
import { namesPastTime, plain } from './timing';

const DRUGS = '(paracetamol|paracetemol|tablets|pills|meds|medication|ibuprofen|painkillers|sleeping pills|antidepressants|sertraline|fluoxetine|citalopram|co-codamol|codeine|tramadol|aspirin)';
/** An overdose taken: a number of tablets (eight or more), or a load, a packet, all of them. */
const OVERDOSE = new RegExp(
  `\\b(took|taken|has taken|swallowed|had|necked|downed) (about |around |like |over |at least )?(([89]|[1-9]\\d+)( of)?|a (load|lot|handful|bunch|(whole|full) (packet|box|bottle|strip)|packet|box|bottle|strip)( of)?|loads( of)?|lots( of)?|all( of)?|the rest of) ?((her|his|their|my|the) )?((mum|dad|nan|gran)'?s )?${DRUGS}\\b`,
);
const DAYS = '(monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|yesterday|last night)';
const NUMBER = '(\\d+|two|three|four|five|six|a few|several|a couple of)';
/** A child alone since a day, or for days or nights ("by themselves since saturday", "no1 at home 4 days"). */
const ALONE_FOR_DAYS = new RegExp(
  `\\b(by (himself|herself|themselves)|on (his|her|their) own|alone|(nobody|no one|no1|noone|no adult|no parent|no grown ?up)( at home| home| there| in the house| in the flat)?|(mum|dad|parents?|mother|father) ((hasn't|haven't|has not|have not) (been )?(home|back)|(has|have|'s|'ve) (been )?gone))( \\w+){0,3} (since ${DAYS}|for ${NUMBER} (days|nights)|${NUMBER} (days|nights))\\b`,
);
/** A child held at an address, or taken off by adults ("being held at a flat", "got into a car with two men"). */
const HELD = /\b(((being|been) held|locked in|locked up|trapped) (at|in) (a|an|the|some|his|their|this) (flat|house|address|property|room|car|van|cellar|shed)|(got|get|getting|dragged|pulled|bundled|taken) into a (car|van) with (a|an|two|three|some|older|adult|unknown) (m[ae]n|adults?|strangers?|lads)|(gone|went|left|run off|ran off) (missing )?(from [a-z]+ )?with (a|an|two|some|older|adult|unknown) (m[ae]n|adults?|stranger) in a (car|van))\b/;
/** A small child alone on a road ("toddler loose on the a6", "tiny kid on a scooter on the dual carriageway"). */
const ON_THE_ROAD = /\b(toddler|baby|little (boy|girl|one|kid|lad)|tiny (kid|child|boy|girl)|small (child|kid|boy|girl)|[1-5] ?(yr|year|yo|y\/o)s?( old)?)\b.{0,60}\b(on|in|along|down|across|near|by) (the )?(middle of )?(the )?(main road|dual carriageway|motorway|slip road|ring road|a\d+|[a-z]+ road)\b/;
const ALONE_THERE = /\b(loose|alone|by (himself|herself)|on (his|her) own|no adult|no one with|nobody with|no parent)\b/;

/** Pills or tablets taken with no amount and no reason given ("pupil took pills this morn"): not "her pills", not "for a headache". */
const PILLS_TAKEN = /\b(took|taken|has taken|swallowed|necked|downed) (some |a few |random |a bunch of )?(pills|tablets)\b(?! (for|to help|as prescribed|like (she|he)'s meant))/;
/**
 * A child who needs an ambulance now, whatever the cause: not breathing, blue or limp, not waking, fitting, collapsed
 * ("baby looks blue and limp", "struggling to breathe properly", "he's started fitting", "very cold and grey").
 */
const COLLAPSE = /\b(not breathing|stopped breathing|struggling to breathe?|(?<!\b(till|until|til|so) )(he|she|baby|child|they)( is|'s)? (gasping|can'?t breathe|cannot breathe)|blue and (limp|floppy|not)|(limp|floppy) and (blue|grey|cold|not)|(cold|grey|pale) and (grey|floppy|limp|clammy)|unresponsive|unconscious|won'?t wake( up)?|can'?t (be )?wake?n?( (him|her))?( up)?|not waking( up)?|(started|is|'s|keeps|keep) fitting|(is|'s) having (a )?(fit|seizure)|(he|she|baby|child|boy|girl|pupil|toddler|mum|dad|mother|father|parent|old)( has| 's|'s| just| has just) collapsed|(just|has) passed out|(just|has just|suddenly) collapsed|(can'?t|cannot|unable to) stand up|drowsy and (vomiting|being sick|floppy)|severely dehydrated)\b/;
const COLLAPSE_ALL = new RegExp(COLLAPSE.source, 'g');
/** Words that make a collapse past or known and managed, said near it ("collapsed at football last week", "has epilepsy"). */
const COLLAPSE_PAST = /\b(last (week|month|year|term|night)|yesterday|ago|used to|history of|in the past|epilepsy|epileptic|asthma|recovered|back to normal|now fine|is fine now|seems fine|came round|keeps (bringing|saying|taking)|always|every time|monitors?|visits)\b/;
/** A collapse said with nothing near it that makes it past or known ("just collapsed, he says dad hit him last night" counts). */
function collapseNow(t: string): boolean {
  for (const m of t.matchAll(COLLAPSE_ALL)) {
    const at = m.index ?? 0;
    if (!COLLAPSE_PAST.test(t.slice(Math.max(0, at - 40), at + m[0].length + 40))) return true;
  }
  return false;
}
/** Parents gone away and a child on their own ("arrived by himself... his mum and dad have gone away"). */
const GONE_AWAY =
  /\b(gone away|gone on holiday|gone abroad|left the country|(are|is) away|(went|gone|flew|flown|travelled) (back )?to (pakistan|india|bangladesh|nigeria|ghana|somalia|eritrea|poland|romania|lithuania|spain|portugal|turkey|morocco|egypt|jamaica|ireland|dubai|abroad))\b/;
const NO_ONE_NOW = /\b(doesn'?t know when|by (himself|herself|themselves)|alone|on (his|her|their) own|nobody (at home|there|with)|no one (at home|there|with))\b/;
/** A child with nowhere to sleep tonight ("the flat's locked and he's got nowhere tonight"). */
const NOWHERE_TONIGHT = /\b(nowhere\b.{0,25}\btonight|no (where|place|bed) to (sleep|go|stay) tonight)\b/;
/** Thirteen or older ("she's 15", "yr 9", "16 yr old"): then nowhere to sleep, or parents away, is a need for the front door, not 999. */
const OLDER = /\b(1[3-9]|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen) ?(yrs?|years?|yo|y\/o)?( old)?\b|\b(she|he)('s| is) (1[3-9])\b|\by(ea)?r ?(9|1[0-3])\b|\bsixth form|\bcare leaver|\bteen/;
/** Not collected, late in the day or with no one answering ("nobody has picked up a 2 yr old, phones off, its 6.30pm"). */
const NOT_COLLECTED = /\b((nobody|no one|no1|noone)( has|'s| have)? (been )?(picked|collected|come for|come to (collect|get|pick))|(parents?|mum|dad|carer)( has| have)?( still)? (not|hasn'?t|haven'?t|has not|have not) (come for|turned up for|arrived for|picked|collected)|(hasn'?t|haven'?t|has not|have not|not|never) (been )?(picked up|collected))\b/;
const LATE_OR_NO_ANSWER = /\b((it'?s|its|it is|now|gone|past) ([5-9]|1[01])([:.]\d\d)? ?(pm|o'?clock)?|([5-9]|1[01])([:.]\d\d)? ?pm|phones? (off|going to voicemail|dead|switched off)|(nobody|no one|noone|no1)\b.{0,30}\b(answer|answering|picks up|picking up)|not answering|no answer|can'?t (get hold of|reach|contact) (anyone|anybody|mum|dad|them|her|him|the parents)|staff (can'?t|cannot) stay|we close|nursery closed|setting closed)\b/;
/** A young child left in charge of a younger one, the parent out ("the 7 year old is minding the 2 year old, mum's gone out"). */
const MINDING = /\b([4-9]|seven|six|five|eight|nine) ?(yrs?|years?|yo|y\/o)?( old)? (is |'s |has been |was left )?(minding|looking after|in charge of|babysitting|left with) (the |her |his |their )?(baby|toddler|little|younger|[1-4] ?(yrs?|years?|yo)|brother|sister|siblings)/;
const PARENT_OUT = /\b(mum|dad|mummy|daddy|parents?|mother|father)('s| has| have| is| are|s)? (gone|went|out|left)\b/;
/** A small child alone for hours, or until late ("mummys gone to the shop, that was hours ago", "stays alone until 11pm"). */
const ALONE_HOURS = /\b(hours ago|for (hours|\d+ hours|a few hours|several hours)|all (day|night)|since this morning|until (1[01]|midnight|[7-9]) ?(pm|at night)?|till (1[01]|midnight|[7-9]) ?(pm|at night)?)\b/;
const SMALL_CHILD = /\b(toddler|baby|little voice|little (boy|girl|one|kid|lad)|tiny|(about|abt|around|aged?|sounds) [2-6]\b|([2-8]|two|three|four|five|six|seven|eight) ?(yrs?|years?|yo|y\/o|month)s?( old)?|y(ea)?r ?[1-3]\b|in reception|at nursery)/;
/** A child of primary age or younger, by a stated age or year. */
const SMALL_CHILD_OR_AGE = /\b(toddler|baby|little (boy|girl|one|kid|lad)|(boy|girl|child|kid) (of|about|aged|around) ([2-9]|ten)|([2-9]|1[0-1]|two|three|four|five|six|seven|eight|nine|ten) ?(yrs?|years?|yo|y\/o)( old)?|y(ea)?r ?[1-6]\b|reception|nursery|breakfast club)/;
const ALONE_OR_LEFT = /\b(alone|by (himself|herself|themselves|theirselves)|on (his|her|their) own|no adult|nobody (else )?(there|in|home|with)|no one (else )?(there|in|home|with)|(mum|mummy|dad|daddy|parents?)('s| has| have|s)? ((gone|went) (out|off|away|to)|left (him|her|them|the)|out))\b/;
/** A young person with adults at a place they have just shared ("sent a pin from a house with older men", "live video from a flat with men"). */
const LIVE_WITH_MEN = /\b(pin|location|snap ?map|live (video|stream)|livestream|facetimed?|video call(ed)?|help me|wants? to come home|scared|can'?t (get|leave) (out|home))\b/;
const WITH_MEN = /\b(with|and|there are|there's|there were) (some |two |three |several |lots of |a group of |a load of )?(older|adult|grown|random|strange|unknown)? ?(m[ae]n|males|lads|guys|blokes)\b/;
const AT_PLACE = /\b(at|in|from) (a|an|the|some) ?([a-z]+ )?(house|flat|hotel|hotel room|party|house party|car|van|address|room|airbnb|squat|trap house)\b/;
/** Taken or forced off now ("taken by older men in car just now", "pushed into a van outside school", "in a taxi to meet a man"). */
const TAKEN_NOW = /\b((taken|grabbed|snatched) by (an? |two |three |some |older |adult |unknown |grown )+(m[ae]n|adults?|strangers?|lads)\b.{0,20}\b(car|van|taxi)|(pushed|forced|dragged|bundled|thrown|grabbed|pulled) (in)?to (a|an|the|some) (car|van|taxi)|(got|getting|gone|left) (in|into) (a|an|the) (taxi|uber|car|cab)\b.{0,20}\bto meet (a|an|the|some) ?(older )?(man|men|guy|bloke|adult|stranger))/;
/**
 * Men or older lads putting a child into a car now, told as it happens ("older lads getting her into their car", "two
 * men are pulling him into a van"): the present tense is the now. Not a parent or family ("mum getting him into the
 * car"), not told as past ("got her into", "were getting"), and with a time in the past only if something says now.
 */
const INTO_A_CAR_NOW = /\b(m[ae]n|adults?|strangers?|lads|blokes|guys|males)( are| is|'re|'s)? (getting|putting|pulling|dragging|bundling|pushing|forcing|shoving|carrying) (her|him|them|the (girl|boy|child|kid|lad|young person)) (in|into|in to) (a|an|the|some|their|his) (car|van|taxi|motor)\b/;
const NOW = /\b(just|now|right now|being|minutes ago|mins ago)\b/;
/** Now, or the writer hiding to type ("typing from the bathroom"). */
const NOW_OR_HIDING = /\b(just|now|right now|at the moment|typing (this )?from|hiding in|(in|from) the (bathroom|toilet|loo))\b/;
/** Violence going on now, or just now in front of the writer ("dad attacking kid now", "has just hit his 3 year old in the car park"). */
const VIOLENCE_NOW = /\b((attacking|beating|hitting|kicking|punching|strangling|choking|battering|laying into|going for|dragging|shaking) (the |a |his |her |their |my |our )?(kid|child|kids|children|boy|girl|baby|son|daughter|toddler|lad|pupil|\d+ ?(yr|year|yo)s?( old)?)\b.{0,15}\b(now|right now)|(is )?now (attacking|going for|hitting|beating|laying into)|(has )?just (hit|punched|kicked|slapped|thrown|shoved|attacked|headbutted|strangled) (his|her|their|the|a) (\d+ ?(yr|year|yo)s?( old)?|kid|child|son|daughter|boy|girl|baby|toddler|little)\b.{0,40}\b(car park|playground|street|road|park|reception|corridor|yard|outside|gate|shop|in front of))/;
/** Someone a court or the police keep away from the family, here now ("restraining order... walked into school reception"). */
const BANNED = /\b(restraining order|non[- ]?molestation|injunction|bail conditions|no contact order|not (allowed|supposed) (to be )?(near|contact|to see|to have contact)|banned from (seeing|contact))\b/;
const BANNED_HERE = /\b((walked|came|come|turned up|turning up|just arrived|has arrived|barged|got) (in|into|at|up at)|is (in|at) (reception|the (school|gate|door|nursery|building|office))|(outside|at) (the )?(gate|door|school|nursery|window|classroom)|asking (which|where|for)|trying to (get|take|collect|see))\b/;
/** Cutting planned for a named day soon ("the women are coming round tomorrow to cut the baby girl"). */
const CUTTING_SOON = /\b((tomorrow|tonight|today|this weekend|this afternoon)\b.{0,40}\b(to (be )?cut|to circumcise|cutting|circumcis\w*)\b|\b(to (be )?cut|to circumcise|cutting|circumcis\w*)\b.{0,30}\b(tomorrow|tonight|today|this weekend))/;
/** Locked in somewhere since a time or still ("locked his little sister in the cellar... since last night"). */
const LOCKED_SINCE = /\blocked (\w+ ){0,3}in (a|the|her|his|their) (cellar|basement|shed|cupboard|garage|attic|loft|room|bedroom|bathroom)\b.{0,80}\b(since (last night|yesterday|this morning|\w+day)|for (\d+|two|three) (hours|days)|still (there|in|locked)|down there since)/;

/** Words for wanting to die, with a means at hand or the young person gone ("wants to die and knows where his dad's shotgun is kept"). */
const SUICIDAL = /\b(wants? to die|kill (him|her|them|my)sel(f|ves)|end (it all|his life|her life|their life|my life)|take (his|her|their|my) own life|can'?t (live|go on) with (it|this)|suicidal|suicide)\b/;
const MEANS_OR_GONE = /\b(shotgun|gun|rope|noose|bridge|train tracks?|railway line|left the house|walked out|run off|ran off|without (his|her|their) phone|saying goodbye|said goodbye|goodbye (message|note|text))\b/;
/**
 * A goodbye with the means to hand, sent or said ("a photo of pills lined up on her bed with the word bye", "posted a
 * rope with 'this is goodbye'"): a young person's own words of ending it need not be said.
 */
const GOODBYE = /\b(the words? ['"“]?(good ?)?bye|this is (good ?)?bye|(saying|said|says|sent|wrote|written|message|text|caption|note) ['"“](good ?)?bye\b|(captioned|posted|wrote|written) ['"“]?(good ?)?bye\b|(saying|said|says|sent|posted) (her|his|their) goodbyes|goodbye (message|note|text|post|letter)|sorry for everything)/;
const MEANS_TO_HAND = /\b(pills|tablets|paracetamol|meds|blades?|razors?|rope|noose|ligature|belt round|bridge|train tracks?|railway line|roof)\b/;
/**
 * Words of farewell sent or said, and the young person now out of reach ("'thank you for everything miss, please tell my
 * sister I love her', she's gone offline and her phone is off"): a goodbye need not say "bye" nor name a means.
 */
const FAREWELL = /\b(thank you for everything|thanks for everything|(i'?m |im )?sorry for everything|tell (my|her|his|their) (mum|mam|mom|dad|sister|brother|nan|gran|family|friends?|little \w+) (that )?i love (her|him|them|you)|look after my (cat|dog|sister|brother|mum|little \w+)|won'?t (be here|see you) (tomorrow|again|anymore|any more)|this is the last (time|message)|by the time you (read|see) this)\b/;
const UNREACHABLE = /\b(gone offline|(phone|mobile)('s| is)? (now )?(off|dead|switched off|going (straight )?to voicemail)|(not|isn'?t) (answering|replying|picking up)|no reply|can'?t (reach|get hold of|contact|find) (her|him|them)|(not|hasn'?t) (come|been) home|nobody knows where)\b/;
/**
 * A child over a drop now: on the wrong side of a bridge's railings or a barrier, on a ledge or parapet, on the edge of a
 * roof or a multi-storey ("10 yr old on the wrong side of the railings on the Irwell bridge, won't talk to me").
 */
const AT_EDGE =
  /\b(wrong side of (the |a )?(railings?|barriers?|bridge|balcony)|(on|onto) the (edge|top) of (the |a )?(bridge|roof|cliff|quarry|multi-?storey|car park|viaduct|building)|(standing|stood|sat|sitting|climbed|climbing|up|out) (on|onto) (the |a )?(roof|ledge|parapet|window ?sill|bridge|railings|balcony railings?))\b/;
/**
 * Someone at the door of the setting now to take a child, drunk, shouting or with something in hand ("dad drunk at
 * reception shouting he's taking his daughter, has a bottle in his hand. she's with me").
 */
const AT_THE_DOOR = /\b(at|in) (reception|the (front |main )?(desk|office|gates?|door|entrance|school gates?|nursery door))\b/;
const TO_TAKE = /\b(taking|take|demanding|trying to (get|take|grab)|wants?)\b.{0,25}\b(him|her|them|the (child|children|kids|baby|boy|girl)|(his|her|their) (son|daughter|kids|children|baby|boy|girl|little))\b/;
const AGGRESSIVE = /\b(drunk|shouting|screaming|kicking off|aggressive|threatening|bottle|knife|weapon|smashing|banging|off his face|off her face)\b/;
/**
 * The writer or a parent kept in by someone now ("he's blocking the front door. typing from the bathroom", "won't let us
 * leave").
 */
const KEPT_IN = /\b(blocking (the )?(front |back )?(door|doorway|exit|way out)|won'?t let (me|us|her|them) (out|leave|go)|locked (me|us) in)\b/;
/** Something a small child has just swallowed that needs an ambulance now ("just swallowed a button battery", "drunk bleach"). */
const SWALLOWED = /\b(swallowed|swallowing|eaten|ate|drunk|drank|drinking|licked|chewed|chewing|sucking on|bitten into|bit into|got into) (a |an |some |the |one of (the|his|her|their|mums|dads) |(his|her|their|mums|dads|nans) )?(button batter(y|ies)|batter(y|ies)|magnets?|bleach|washing (tablets?|pods?|capsules?)|(liquid|laundry|dishwasher|washing machine) (tabs?|tablets?|pods?|capsules?)|cleaning (fluid|liquid|product|spray)|weed ?killer|anti ?freeze|drain cleaner|methadone|cocaine|heroin|crack|ecstasy|e-?cig liquid|vape liquid)\b/;
/** Said as treated ("admitted on Sunday after drinking methadone"); a day before today is `namesPastTime` (rules/timing.ts). */
const TREATED = /\b(admitted|discharged|discharge|was in hospital|in hospital (with|after|for))\b/;
/** Talk of suicide as a subject (a lesson, a film), not a young person's own words. */
const AS_A_SUBJECT = /\b(lesson|assembly|pshe|awareness|prevention|film|documentary|book|poem|song|story|character)\b/;
/** A serious injury now, with the parents refusing hospital ("obviously broken... refusing to take him to A&E"). */
const SERIOUS_INJURY = /\b(broken|fractured?|scald(ed|s)?|burns?|burnt|bleeding|swollen|bent|head injury)\b/;
const HOSPITAL_REFUSED = /\b((won'?t|wont|refus\w* to|will not|not going to|isn'?t going to) (let (us|me|anyone) )?(take|taking) (him|her|them|the (baby|child|boy|girl)) to (a&e|hospital|the hospital)|refus\w* (to go )?(to )?(a&e|hospital treatment))\b/;
/** A head injury with the signs that need an ambulance ("head injury... he's being sick"). */
const HEAD_INJURY = /\b(head injury|bang(ed)? (his|her|their) head|hit (his|her|their) head|bump on (his|her|the) head|fell on (his|her) head)\b/;
const HEAD_SIGNS = /\b(being sick|vomiting|been sick|drowsy|confused|keeps falling asleep|can'?t stay awake)\b/;
/** Said as over, or of the past ("last week", "fine now"): then not now. */
const OVER_OR_PAST = /\b(last (week|month|year|term)|ago|used to|fine now|back to normal|recovered|has healed|healed)\b/;
/** Kept somewhere by those exploiting a young person ("made to stay there selling and he can't leave", "can't go till the bag's sold"). */
const KEPT = /\b((he|she|they)('s| is| are| has been| have been)? (being )?(made|forced) to stay|(he|she|they) (can'?t|cannot|isn'?t allowed to|aren'?t allowed to) leave|(can'?t|cannot|not allowed to) (leave|go)( home)? (till|until))\b/;
const EXPLOITERS = /\b(m[ae]n|dealers?|lads|gang|selling|sell|owes?|debt|bag|county lines|taken (his|her|their) phone|trap house)\b/;
/** A child missing now, the place searched ("not in the changing rooms... we've searched the building", "been missing 40 mins, we've searched everywhere"). */
const NOT_FOUND = /\b((can'?t|cannot|can not) find (him|her|them)\b(?! (phone|bag|coat|book|kit|pe|shoes|jumper|planner|lunch|keys))|not in the (changing rooms?|building|toilets|hall)|nowhere to be (found|seen)|(been|is|has been|now|still) missing (for )?(about |over |nearly |almost )?(\d+|an?|half an) (mins?|minutes|hours?|hrs?))/;
const SEARCHED = /\b(searched|looked everywhere|we'?ve looked|checked everywhere)\b/;
/** Gone off with an adult nobody knows ("went off with a man she met online"). */
const OFF_WITH = /\b(went|gone|run|ran|going) off with (a|an|some|this) (older |grown )?(man|men|adult|stranger|guy|bloke)\b/;
const UNKNOWN_ADULT = /\b(met online|met on|from online|nobody knows|no one knows|don'?t know|unknown|twice (her|his) age|stranger)\b/;

/** One form of immediate danger or a child alone, read from the plain text. */
export interface Form {
  /** Its name, for tests. */
  readonly name: string;
  /** The red flag it shows. */
  readonly flag: 'immediate_danger' | 'home_alone';
  /** Patterns of which one must match for `test` to hold. */
  readonly needs: readonly RegExp[];
  /**
   * Words of which every match of `needs` holds one (test/rules/dangerFormWords.test.ts reads it from the patterns): a
   * message with none of them is not read further. The same answers, read sooner: most messages hold no form, and
   * reading each form's patterns over a long message cost about a fifth of `recognise`.
   */
  readonly words: readonly string[];
  /** The test of the plain text. Where it needs two patterns, the one that is quicker and matches fewer messages is tried first. */
  readonly test: (t: string) => boolean;
}

const form = (name: string, flag: Form['flag'], needs: RegExp[], words: string[], test: (t: string) => boolean): Form => ({ name, flag, needs, words, test });
const DRUG_WORDS = ['paracetamol', 'paracetemol', 'tablets', 'pills', 'meds', 'medication', 'ibuprofen', 'painkillers', 'antidepressants', 'sertraline', 'fluoxetine', 'citalopram', 'co-codamol', 'codeine', 'tramadol', 'aspirin'];
const ALONE_WORDS = ['loose', 'alone', 'by himself', 'by herself', 'on his own', 'on her own', 'no adult', 'no one with', 'nobody with', 'no parent'];

/** Each form, in the order they are tried. */
export const FORMS: readonly Form[] = [
  form('overdose', 'immediate_danger', [OVERDOSE, PILLS_TAKEN], DRUG_WORDS, (t) => OVERDOSE.test(t) || PILLS_TAKEN.test(t)),
  form('held', 'immediate_danger', [HELD, LOCKED_SINCE], ['held', 'locked', 'trapped', 'into a car', 'into a van', 'in a car', 'in a van'], (t) => HELD.test(t) || LOCKED_SINCE.test(t)),
  form('taken now', 'immediate_danger', [TAKEN_NOW], ['taken', 'grabbed', 'snatched', 'pushed', 'forced', 'dragged', 'bundled', 'thrown', 'pulled', 'to meet'], (t) => TAKEN_NOW.test(t) && NOW.test(t)),
  form('into a car now', 'immediate_danger', [INTO_A_CAR_NOW], ['getting', 'putting', 'pulling', 'dragging', 'bundling', 'pushing', 'forcing', 'shoving', 'carrying'], (t) => INTO_A_CAR_NOW.test(t) && (!namesPastTime(t) || NOW.test(t))),
  form('violence now', 'immediate_danger', [VIOLENCE_NOW], ['attacking', 'beating', 'hitting', 'kicking', 'punching', 'strangling', 'choking', 'battering', 'laying into', 'going for', 'dragging', 'shaking', 'just hit', 'just punched', 'just kicked', 'just slapped', 'just thrown', 'just shoved', 'just attacked', 'just headbutted', 'just strangled'], (t) => VIOLENCE_NOW.test(t)),
  form('cutting soon', 'immediate_danger', [CUTTING_SOON], ['cut', 'circumcis'], (t) => CUTTING_SOON.test(t)),
  form('collapse', 'immediate_danger', [COLLAPSE], ['breath', 'gasping', 'blue', 'limp', 'floppy', 'grey', 'clammy', 'unresponsive', 'unconscious', 'wak', 'fit', 'seizure', 'collapsed', 'passed out', 'stand up', 'drowsy', 'dehydrated'], collapseNow),
  form('with men, live', 'immediate_danger', [WITH_MEN], ['men', 'man', 'males', 'lads', 'guys', 'blokes'], (t) => WITH_MEN.test(t) && LIVE_WITH_MEN.test(t) && AT_PLACE.test(t)),
  form('banned, here', 'immediate_danger', [BANNED], ['restraining order', 'molestation', 'injunction', 'bail conditions', 'no contact order', 'not allowed', 'not supposed', 'banned from'], (t) => BANNED.test(t) && BANNED_HERE.test(t)),
  form('suicide, means', 'immediate_danger', [SUICIDAL], ['to die', 'kill', 'end it all', 'end his life', 'end her life', 'end their life', 'end my life', 'own life', 'live with', 'go on with', 'suicid'], (t) => SUICIDAL.test(t) && MEANS_OR_GONE.test(t) && !AS_A_SUBJECT.test(t)),
  form('goodbye, means', 'immediate_danger', [GOODBYE], ['bye', 'sorry for everything'], (t) => MEANS_TO_HAND.test(t) && GOODBYE.test(t) && !AS_A_SUBJECT.test(t) && !OVER_OR_PAST.test(t)),
  form('farewell, out of reach', 'immediate_danger', [FAREWELL], ['for everything', 'i love', 'look after my', 'be here', 'see you', 'this is the last', 'by the time you'], (t) => FAREWELL.test(t) && UNREACHABLE.test(t) && !AS_A_SUBJECT.test(t)),
  form('at the edge', 'immediate_danger', [AT_EDGE], ['wrong side', 'parapet', 'sill', 'edge', 'top of', 'roof', 'bridge', 'railings', 'balcony'], (t) => AT_EDGE.test(t) && !OVER_OR_PAST.test(t) && !namesPastTime(t)),
  form('at the door to take', 'immediate_danger', [AT_THE_DOOR], ['at reception', 'in reception', 'at the ', 'in the '], (t) => AT_THE_DOOR.test(t) && TO_TAKE.test(t) && AGGRESSIVE.test(t) && !OVER_OR_PAST.test(t) && !namesPastTime(t)),
  form('kept in', 'immediate_danger', [KEPT_IN], ['blocking', 'let me', 'let us', 'let her', 'let them', 'locked me', 'locked us'], (t) => KEPT_IN.test(t) && NOW_OR_HIDING.test(t) && !OVER_OR_PAST.test(t) && !namesPastTime(t)),
  form('swallowed', 'immediate_danger', [SWALLOWED], ['batter', 'magnet', 'bleach', 'tab', 'pod', 'capsule', 'cleaning', 'killer', 'freeze', 'drain cleaner', 'methadone', 'cocaine', 'heroin', 'crack', 'ecstasy', 'cig liquid', 'vape liquid'], (t) => SWALLOWED.test(t) && !OVER_OR_PAST.test(t) && !TREATED.test(t) && !namesPastTime(t)),
  form('hospital refused', 'immediate_danger', [HOSPITAL_REFUSED], ['a&e', 'hospital'], (t) => SERIOUS_INJURY.test(t) && HOSPITAL_REFUSED.test(t) && !OVER_OR_PAST.test(t)),
  form('head injury', 'immediate_danger', [HEAD_INJURY], ['head'], (t) => HEAD_INJURY.test(t) && HEAD_SIGNS.test(t) && !OVER_OR_PAST.test(t)),
  form('kept', 'immediate_danger', [KEPT], ['to stay', 'leave', 'till', 'until'], (t) => KEPT.test(t) && EXPLOITERS.test(t)),
  form('missing now', 'immediate_danger', [NOT_FOUND], ['find', 'not in the', 'nowhere to be', 'missing'], (t) => NOT_FOUND.test(t) && SEARCHED.test(t)),
  form('off with a stranger', 'immediate_danger', [OFF_WITH], ['off with'], (t) => OFF_WITH.test(t) && UNKNOWN_ADULT.test(t)),
  form('alone for days', 'home_alone', [ALONE_FOR_DAYS], ['since', 'days', 'nights'], (t) => ALONE_FOR_DAYS.test(t)),
  form('on the road', 'home_alone', [ALONE_THERE], ALONE_WORDS, (t) => ALONE_THERE.test(t) && ON_THE_ROAD.test(t)),
  form('gone away', 'home_alone', [GONE_AWAY], ['away', 'holiday', 'abroad', 'left the country', 'to pakistan', 'to india', 'to bangladesh', 'to nigeria', 'to ghana', 'to somalia', 'to eritrea', 'to poland', 'to romania', 'to lithuania', 'to spain', 'to portugal', 'to turkey', 'to morocco', 'to egypt', 'to jamaica', 'to ireland', 'to dubai'], (t) => GONE_AWAY.test(t) && NO_ONE_NOW.test(t) && SMALL_CHILD_OR_AGE.test(t) && !OLDER.test(t)),
  form('nowhere tonight', 'home_alone', [NOWHERE_TONIGHT], ['tonight'], (t) => NOWHERE_TONIGHT.test(t) && !OLDER.test(t)),
  form('not collected', 'home_alone', [NOT_COLLECTED], ['picked', 'collected', 'come for', 'come to', 'turned up for', 'arrived for'], (t) => NOT_COLLECTED.test(t) && LATE_OR_NO_ANSWER.test(t)),
  form('minding', 'home_alone', [MINDING], ['minding', 'looking after', 'in charge of', 'babysitting', 'left with'], (t) => MINDING.test(t) && PARENT_OUT.test(t)),
  form('alone for hours', 'home_alone', [ALONE_HOURS], ['hours', 'all day', 'all night', 'since this morning', 'until', 'till'], (t) => ALONE_HOURS.test(t) && SMALL_CHILD.test(t) && ALONE_OR_LEFT.test(t) && !OLDER.test(t)),
];

/** Every form's words, longest first, in one pattern tried at each place of the text: one read instead of one a word. */
const ALL_WORDS = [...new Set(FORMS.flatMap((f) => f.words))].sort((a, b) => b.length - a.length);
const literal = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ANY_WORD = new RegExp(`(?=(${ALL_WORDS.map(literal).join('|')}))`, 'g');
/** Each word with the words it holds: the longest word found at a place holds every shorter one that starts there. */
const HOLDS = new Map(ALL_WORDS.map((w) => [w, ALL_WORDS.filter((u) => w.includes(u))]));

/** The forms' words in the plain text (for tests: the same as asking `includes` of each). */
export function formWordsIn(t: string): Set<string> {
  const found = new Set<string>();
  ANY_WORD.lastIndex = 0;
  for (let m = ANY_WORD.exec(t); m; m = ANY_WORD.exec(t)) {
    for (const w of HOLDS.get(m[1] as string) ?? []) found.add(w);
    ANY_WORD.lastIndex = m.index + 1;
  }
  return found;
}

/** The first form the plain text shows: one of its words first, then its patterns. */
function firstForm(t: string, only?: ReadonlySet<string>): Form | undefined {
  const present = formWordsIn(t);
  if (present.size === 0) return undefined;
  return FORMS.find((f) => (!only || only.has(f.name)) && f.words.some((w) => present.has(w)) && f.test(t));
}

/** The name of the first form the words show, if any (for tests). */
export function dangerFormOf(text: string): string | undefined {
  const t = plain(text);
  return firstForm(t)?.name;
}

/** Forms where the child needs an ambulance now, wherever they are and whoever is with them. */
const NEEDS_AN_AMBULANCE = new Set(['overdose', 'swallowed', 'head injury', 'hospital refused']);
/** An overdose named as such ("has taken an overdose", "OD'd"), not as past or treated. */
const OVERDOSE_NAMED = /\b(overdose|overdosed|od'?d)\b/;

/**
 * The child needs an ambulance now: an overdose, something swallowed, a head injury with its signs, a serious injury
 * the parents will not take to hospital; a collapse or an overdose named as such, with no time in the past named.
 * Being in school or with a safe adult does not make that safe (rules/semantic/combine.ts step 1c): "took 20
 * paracetamol at lunch, she's in my room" is 999 first.
 */
export function needsAnAmbulance(text: string): boolean {
  const t = plain(text);
  if (firstForm(t, NEEDS_AN_AMBULANCE)) return true;
  // A collapse may be a parent's, told of a visit last month ("found mum unconscious ... last month"): only with no time
  // in the past named anywhere in the message.
  return (collapseNow(t) || (OVERDOSE_NAMED.test(t) && !OVER_OR_PAST.test(t) && !TREATED.test(t))) && !namesPastTime(t);
}

/** Forms of danger here now that a child being safe where they are does not answer: someone at the door to take them, the writer kept in. */
const HERE_NOW = new Set(['at the door to take', 'kept in']);

/**
 * Danger here now, whoever is safe ("dad drunk at reception shouting he's taking his daughter ... she's with me"): 999
 * first (rules/semantic/combine.ts step 1c), as for a child who needs an ambulance.
 */
export function dangerHereNow(text: string): boolean {
  return firstForm(plain(text), HERE_NOW) !== undefined;
}

/** The red flag the words show by form, if any: immediate danger (an overdose, a collapse, held or taken by adults, violence now) or a child alone. */
export function dangerByForm(text: string): 'immediate_danger' | 'home_alone' | undefined {
  const t = plain(text);
  return firstForm(t)?.flag;
}
