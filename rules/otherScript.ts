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
  const t = text.length > 4000 ? text.slice(0, 4000) : text;
  // First by code unit, with nothing made: a message of mostly a-z letters (nearly every one) is answered here.
  let ascii = 0;
  let other = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) ascii++;
    else if (c >= 128) other++;
  }
  if (other * 2 <= ascii) return false;
  let letters = ascii;
  let latin = ascii;
  for (const ch of t) {
    if (ch.charCodeAt(0) < 128 || !LETTER.test(ch)) continue;
    letters++;
    if (LATIN.test(ch)) latin++;
  }
  return letters >= 4 && latin * 2 < letters;
}
