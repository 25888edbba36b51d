/**
 * A parent out of work, told as that ("dad's not working at the moment so money is a bit tight", "mum lost her job"),
 * with no word of help, a plan or a service: not early help that has stalled. Language handling, not guidance: "not
 * working" read alone is the packs' sign that early help is not meeting the child's needs (Salford's Getting More Help,
 * Bury's level 4, Nottingham's extensive needs), and the meaning learned it from messages about plans. Issue 15 names "a
 * parent not working" as an ordinary worry. Near misses in test/rules/outOfWork.test.ts.
 */
import { plain } from './timing';

/** An adult of the family not in work. */
const OUT_OF_WORK = /\b(mum|mums|mam|mom|mother|dad|dads|father|parent|parents|carer|he|she|they)('s| is| are|'re| has| have|s)? (not|isn'?t|aren'?t|no longer|never been|been) (working|in work|employed|able to work)\b|\b(lost|losing) (his|her|their) jobs?\b|\b(unemployed|out of work|made redundant|on universal credit|can'?t work|cannot work)\b/;
/** Help, a plan or a service named: then "not working" may be about them. */
const HELP_NAMED = /\b(help|plan|plans|support|taf|tac|eha|early help|intervention|service|services|referral|worker|programme|course|meetings?|review|reviews)\b/;

export function onlyOutOfWork(text: string): boolean {
  const t = plain(text);
  return OUT_OF_WORK.test(t) && !HELP_NAMED.test(t);
}
