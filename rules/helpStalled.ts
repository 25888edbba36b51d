/**
 * Whether a message tells of early help that is in place or was tried and has stalled: "we've had a TAF six months and mum
 * says she's done with it", "EHFSP for 8 months, mum's cancelled the last 3 visits", "dad relapsed despite the early
 * help plan", "early help closed in July and it's slipped right back". Bury's guidance defines its level 4 by such needs
 * ("significant needs that persist and have not been met by targeted support"); a pack that names the indicator for it
 * (`needsUnmetByHelp`) has this reading placed there when only the meaning reads child protection (rules/semantic/combine.ts
 * step 3f). Language handling, not guidance: the level is the pack's own.
 */
import { plain } from './timing';

// Bounded alternations of fixed words and bounded gaps: linear on any input (PITFALLS).
/** Early help in place or tried: the plan, the meeting, the worker. */
const HELP_WORDS =
  String.raw`(taf|team around the family|early help|ehfsp|ehap|eha|family support plan|support plan|early help plan|family worker|family support worker|family support|targeted support|the support|the plan|her plan|his plan|their plan|tac|team around the child)`;
const HELP = String.raw`\b${HELP_WORDS}\b`;
/** Stalled: the family stopped taking part, turned it down, or things went back or got worse. */
const STALLED =
  String.raw`\b((stopped|stopping|stops) (engaging|coming|attending|answering|letting|going|turning up)|won'?t (engage|let|have|work|answer|attend|come)|wouldn'?t (engage|have|let|work)|(not|isn'?t|aren'?t|hasn'?t been|haven'?t been) (working|engaging|attending|improving|helping|made a difference)|disengag\w*|cancell?(ed|ing|s)|refus(ed|es|ing)|(doesn'?t|does not|don'?t|didn'?t) want (it|us|early help|the|any|to engage|help)|done with|slipp(ed|ing) (back|again)|(gone|going|got|getting) worse|relaps\w*|no (change|progress|improvement)|(closed|ended)\b[^.?!]{0,40}\b(again|back|relaps\w*|slipp\w*|worse))\b`;
/** How far apart the help and its stalling may be: about a sentence either way. */
const NEAR = 100;
const HELP_ANYWHERE = new RegExp(HELP);
const HELP_THEN_STALLED = new RegExp(`${HELP}[^]{0,${NEAR}}${STALLED}`);
const STALLED_THEN_HELP = new RegExp(`${STALLED}[^]{0,${NEAR}}${HELP}`);
/** "despite the early help plan", "even with a TAF": help in place beside something still going wrong. */
const DESPITE = new RegExp(String.raw`\b(despite|in spite of|even with)( (the|a|an|her|his|their|our|months of|a year of))? ${HELP_WORDS}\b`);

/** The message tells of early help in place or tried, and stalled (see the file's comment). */
export function helpStalled(text: string): boolean {
  const t = plain(text);
  if (!HELP_ANYWHERE.test(t)) return false;
  return HELP_THEN_STALLED.test(t) || STALLED_THEN_HELP.test(t) || DESPITE.test(t);
}
