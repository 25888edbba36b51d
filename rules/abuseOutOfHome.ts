/**
 * Whether a message says the one who was violent at home is out of the home now: "dad is out of the house now but the lad
 * is scared mum will let him back", "Dad's out of the house now", "he moved out in the summer", "her ex no longer lives
 * there", "he's not around now". Bury's guidance gives that at Level 4 (its worked example: "a history of domestic abuse
 * within the family home emerges ... Father is currently out of the home but the boy is fearful his mother will let him
 * back in"), and a child
 * living where domestic violence is perpetrated at Level 5 (pack `abuseOutOfHome`, rules/semantic/combine.ts step 3b-7).
 * Not the family having fled (rules/notNow.ts `abuseLeftBehind`, Bury's Level 3 "a mother who has fled domestic
 * violence"), and not where the message tells of danger now or later today (rules/timing.ts). Language handling, not
 * guidance: the levels are the pack's own.
 */
import { plain, saysDangerNow } from './timing';

// Bounded alternations of fixed words: linear on any input (PITFALLS).
const WHO = String.raw`(dad|father|stepdad|step dad|step-dad|partner|ex|ex partner|boyfriend|husband|he)`;
const OUT = new RegExp(
  [
    // "dad is out of the house now", "dad's been out of the home since may", "father is currently out of the home"
    String.raw`\b${WHO}('s| is| has| has been|'s been| was)? (now |currently |been |since )?(out of the (house|home))\b`,
    // "dad has moved out", "he moved out in the summer"
    String.raw`\b${WHO}('s| is| has| had)? (now |since )?moved out\b`,
    // "her ex no longer lives there", "dad doesn't live with them any more"
    String.raw`\b${WHO} (no longer lives|no longer living|(doesn'?t|does not) live) (there|with (them|her|us)|at home|at the house)\b`,
    // "Dad's gone for now", "he's left for now"
    String.raw`\b${WHO}('s| has| is)? (gone|left) for now\b`,
    // "he's not around now", "ex not around any more", "dad not living there now" (forty-second session)
    String.raw`\b${WHO}('s| is| has been)? (not|no longer) (around|on the scene|in the picture|living (there|with (them|her|us)|at home))\b`,
  ].join('|'),
);
/** Words of violence going on at home now, whoever is out: then it is not only the past. */
const STILL = /\b(still (hits|hitting|violent|beats|beating|comes round|coming round|turns up|turning up|visits|stays)|keeps (coming|turning up|coming round)|came back last night|comes back|coming back|stays over|back in the house|moved back in|let him back in (last|this))\b/;

/** The message says the one who was violent at home is out of it now, and nothing of violence or danger now. */
export function abuserOutOfHome(text: string): boolean {
  const t = plain(text);
  return OUT.test(t) && !STILL.test(t) && !saysDangerNow(text);
}
