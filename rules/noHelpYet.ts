/**
 * Whether a message says no help has been tried yet: "no other agencies involved", "nobody's helping him plan", "I don't
 * think she's got a health visitor involved", "no previous involvement". Bury's
 * guidance defines its level 4 by "significant needs that persist and have not been met by targeted support"; where only
 * the meaning reads that (the pack's `needsUnmetByHelp`) and the words say no targeted support has been tried, the
 * meaning's reading does not stand (rules/semantic/combine.ts step 3f-2). Language handling, not guidance: the level is
 * the pack's own. Help tried and stalled (rules/helpStalled.ts) is the opposite reading and wins where both are told.
 */
import { plain } from './timing';

// Bounded alternations of fixed words and bounded gaps: linear on any input (PITFALLS).
const NO_HELP_YET = new RegExp(
  [
    // "no other agencies involved", "no services in place yet", "no support at the moment"
    String.raw`\bno (other )?(agencies|agency|services?|professionals?|support|help) (are |is )?(involved|yet|in place|at the moment)`,
    // "no previous involvement", "no prior support"
    String.raw`\bno (previous|prior) (involvement|support|help|contact with (services|social care|us))`,
    // "not known to any services", "not known to social care"
    String.raw`\bnot known to (anyone|any (services|agencies)|services|social care|early help|us)\b`,
    // "nobody's involved", "no one is helping him", "no one's helping him plan"
    String.raw`\b(nobody|no one|no-one|noone)('s| is| has been)? (else )?(involved|helping)\b`,
    // "never had any help", "not had any support"
    String.raw`\b(never|not|hasn't|haven't|has not|have not) (had|been offered) (any )?(help|support|early help)\b`,
    // "I don't think she's got a health visitor involved"
    String.raw`\b(don't|do not) think (she's|he's|they've|she has|he has|they have) (got )?(a |an |any )?[a-z ]{0,20}\binvolved\b`,
  ].join('|'),
);

/** The message says no help has been tried yet (see the file's comment). */
export function noHelpYet(text: string): boolean {
  return NO_HELP_YET.test(plain(text));
}

/** The family asking for help or open to it: "mum wants help", "she's asked what help there is", "keen for support". */
const ASKS_FOR_HELP =
  /\b((want|wants|wanted|would like|asking|asked|asks|begging|keen|open) (for |to )?(some |any )?(help|support|advice|anything|whatever)(?! (with|a|an|the) (\d|[a-z]+ )?(\d+ ?(yo|year)|lad|girl|boy|child|kid))|asked (me |us )?(what|if|whether|about) (help|support|there)|(keen|happy|open|willing) (for|to) (help|support|work|engage|anything|us to|me to|an? )|mum'?s keen|dad'?s keen|parents? (are |is )?keen)\b/;
/** Any help, service or plan named: then the family may have had help, and the reading stands. */
const HELP_NAMED =
  /\b(taf|ehfsp|ehap|eha|early help|plan|camhs|hym|healthy young minds|social (worker|care|services)|sw|yos|yot|cin|cp|referr\w*|worker|counsell\w*|salt|speech therap\w*|paed\w*|portage|team|service|services|support in place|involved|course|programme|sessions|tried|despite)\b/;

/**
 * The family asks for or welcomes help, and the message names no help, plan or service at all ("Y5 boy - dad died last
 * year, mum's lost her job, his behaviour has gone off a cliff ... mum's open to anything"): help not yet tried, as
 * `noHelpYet` (forty-second session).
 */
export function asksForHelpFirst(text: string): boolean {
  const t = plain(text);
  return ASKS_FOR_HELP.test(t) && !HELP_NAMED.test(t);
}
