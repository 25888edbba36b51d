/**
 * A message that says the writer is worried about a child and nothing more ("worried about a kid", "concerned about a
 * pupil", "child protection"): a worry, not a greeting. With nothing placed, it gets the "not sure" card (the red-flag
 * question first, then the kinds of harm), never the welcome card (issue 15: a worry the bot cannot place never gets
 * the welcome card). Language handling, not guidance. Near misses in test/rules/namesAWorry.test.ts.
 */
import { plain } from './timing';

/** Words for a worry about a child. */
const WORRY = /\b(worried|worrying|worries|worry|concerned|concern|concerns|safeguarding|child protection|disclosure|disclosed|uneasy|gut feeling)\b/;
/** Said not to be one: "no concerns", "not worried", "nothing to worry about". */
const NO_WORRY = /\b(no|not|nothing|without any|any) (\w+ )?(worried|worries|worry|concern|concerns|concerned|safeguarding)\b/;

export function namesAWorry(text: string): boolean {
  const t = plain(text);
  return WORRY.test(t) && !NO_WORRY.test(t);
}
