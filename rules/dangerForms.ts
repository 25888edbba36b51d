/**
 * Immediate danger, or a child alone, in forms a list of phrases cannot hold: a number of tablets taken, a child
 * alone since a day or for days, a child held at an address or taken off by adults, a small child alone on a road.
 * Language handling, not guidance: what these mean (999 when a child is in immediate danger or home alone) is each
 * pack's cited red flag; this only reads the words. Built on the training corpus's cross-validated misses and the
 * pending sets (decision 012, ninth session); each form has near misses that must not count (test/rules/dangerForms.test.ts).
 */
import { plain } from './timing';

const DRUGS = '(paracetamol|paracetemol|tablets|pills|meds|medication|ibuprofen|painkillers|sleeping pills|antidepressants)';
/** An overdose taken: a number of tablets (eight or more), or a load, a packet, all of them. */
const OVERDOSE = new RegExp(
  `\\b(took|taken|has taken|swallowed|had|necked|downed) (about |around |like |over |at least )?([89]|[1-9]\\d+|a (load|lot|handful|bunch|whole (packet|box|bottle|strip)|packet|box|bottle|strip)( of)?|loads( of)?|lots( of)?|all( of)?) ?((her|his|their|my|the) )?((mum|dad|nan|gran)'?s )?${DRUGS}\\b`,
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

/** The red flag the words show by form, if any: immediate danger (an overdose, held or taken by adults) or a child alone. */
export function dangerByForm(text: string): 'immediate_danger' | 'home_alone' | undefined {
  const t = plain(text);
  if (OVERDOSE.test(t) || HELD.test(t)) return 'immediate_danger';
  if (ALONE_FOR_DAYS.test(t) || (ON_THE_ROAD.test(t) && ALONE_THERE.test(t))) return 'home_alone';
  return undefined;
}
