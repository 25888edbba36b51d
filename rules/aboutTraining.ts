/**
 * A question about training or a course for the practitioners themselves ("can you recommend a course on neglect for
 * our nursery staff", "does the Early Help Consultant still do training on running TAF meetings?"), with no child
 * described. The harm it names is the subject of the training, not a child's: the answer is services and advice (or the
 * contact asked for), never a level of need read from the subject's name. Language handling, not guidance. Any word of a
 * particular child (a child, a pupil, an age, he or she) or a red flag, and it is not this. Near misses in
 * test/rules/aboutTraining.test.ts.
 */
import { plain } from './timing';

/** Training, a course or learning for staff ("level 3 safeguarding training", "e-learning", "get the team trained up"). */
const TRAINING = /\b(training|trainings|course|courses|e-?learning|workshop|workshops|webinar|cpd|self[- ]directed learning|refresher|(trained|train) (up|our|my|the|new|all)|get (\w+ )?trained)\b/;
/** Asked: a question, a sentence that opens as one, or a word of asking for it ("recommend", "book", "looking for"). */
const ASKED = /\?|(^|[.!]\s*)(do|does|is there|are there|can|could|where|how|what|who|which|when|any)\b|\b(recommend|book|booking|looking for|signpost)\b/;
/** Training for a sport or an activity ("at training", "after training", "training session"): not a course for staff. */
const SPORT = /\b(at|after|before|to|from|during|missed|misses|skips?|skipped) training\b|\btraining (session|sessions|night|nights|times?|kit|ground|pitch)\b/;
/** Harm named as a subject of learning ("child exploitation", "child protection"): not a child described. */
const SUBJECT = /\bchild(ren)?('?s)? (protection|exploitation|abuse|neglect|sexual|criminal|development|safeguarding|trafficking|services|social care|in need|mental health)\b/g;
/** A particular child described: a word for a child, an age, a school year, he or she. */
const A_CHILD = /\b(child|children|kid|kids|boy|boys|girl|girls|pupil|student|baby|babies|toddler|infant|son|daughter|teen|teenager|lad|lass|young person|young people|player|players|sibling|siblings|mum|dad|mother|father|parent|parents|family|families|he|she|his|him|hes|shes|he's|she's|they're|\d+ ?(yo|y\/o|yrs?|years?|months?)|y(ea)?r ?\d+|toilet|potty)\b/;

/** The message asks about training or a course and describes no child (see above). */
export function asksAboutTraining(text: string): boolean {
  const t = plain(text);
  if (!TRAINING.test(t) || !ASKED.test(t) || SPORT.test(t)) return false;
  return !A_CHILD.test(t.replace(SUBJECT, ' '));
}
