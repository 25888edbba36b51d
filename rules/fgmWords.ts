/**
 * Whether a message says anything of female genital mutilation: the practice named or described ("the cut", "a special
 * ceremony to become a woman", "made clean"), its signs (pain passing urine, long in the toilet, walking differently) or
 * its setting (a trip abroad or "back home", a country where it is practised, a procedure, a holiday). The semantic
 * layer sometimes reads FGM into a message with none of these ("year 9 girl wearing long sleeves in summer, won't do
 * PE", "kids clearly hungry at Saturday school"), and an answer that names FGM there is the wrong kind of answer: such a
 * reading is not counted (rules/semantic/combine.ts, step 3b-6), and the card asks instead when harm is still likely.
 * Language handling, not guidance: FGM the words name, and every cross-validated FGM message the meaning read rightly,
 * keep their reading. Near misses in test/rules/fgmWords.test.ts.
 */
import { normalise } from './text';

const WORDS = new RegExp(
  [
    // Named, or the words families and children use for it.
    String.raw`\b(fgm|cut|cuts|cutting|circumcis\w*|infibulat\w*|mutilat\w*|closed|sewn|stitched|done|procedure|operation|ceremony|ceremonies|party|celebration|clean|cleaned|cleaning|pure|purif\w*|woman|women|proper girl|big girl|down there|the lady)\b`,
    // Its signs.
    String.raw`\b(toilet|loo|wee|wees|weeing|pee|pees|peeing|urin\w*|uti|utis|periods?|walk\w* (differently|stiffly|slowly|oddly|funny|strangely)|waddl\w*|sit down|sitting)\b`,
    // Its setting: a trip abroad, not a school trip; a visit to family, not a home visit.
    String.raw`\b(abroad|back home|go(ing)? home|gone home|went home|(?<!\b(school|day|residential|class|swimming) )trips?|holiday|holidays|(?<!\b(home|welfare|school|house|health|gp|hv|doctors?) )visit\w*|flight|fly|flying|flew|somalia|somali|sudan\w*|egypt\w*|guinea|nigeria\w*|gambia\w*|sierra leone|ethiopia\w*|eritrea\w*|mali|kenya\w*|djibouti|yemen\w*|iraq\w*|kurd\w*|indonesia\w*|malaysia\w*)\b`,
  ].join('|'),
);

export function speaksOfFgm(text: string): boolean {
  return WORDS.test(normalise(text));
}
