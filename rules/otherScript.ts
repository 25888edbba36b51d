/**
 * A message written in a script other than the Latin alphabet ("الطفل قال لي", "Дитина сказала", "孩子说"). The
 * tokeniser (rules/text.ts) reads only a-z, so such a message has no words at all: the model cannot tell it from a
 * greeting by its share of English words. Language handling, not guidance: the answer is the "I read English only"
 * card, with 999 and the front door first.
 */
const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;

/** Whether most of the letters (at least four) are in a script other than the Latin alphabet. */
export function mostlyOtherScript(text: string): boolean {
  let letters = 0;
  let latin = 0;
  for (const ch of text.slice(0, 4000)) {
    const code = ch.charCodeAt(0);
    if (code < 128) {
      if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) {
        letters++;
        latin++;
      }
    } else if (LETTER.test(ch)) {
      letters++;
      if (LATIN.test(ch)) latin++;
    }
  }
  return letters >= 4 && latin * 2 < letters;
}
