/**
 * Whether a message asks how to reach someone ("who do I ring at 6pm?", "what's the email to send a concern to?",
 * "where's the online referral form", "is it open on a Saturday?") without naming the contact. Language handling, not
 * guidance: the answer it leads to is the pack's own contacts card (999 and the front door first), and only when
 * nothing else in the message was placed (rules/semantic/combine.ts, step 4). A contact named ("the Bridge's number")
 * is found by the phrase layer already.
 */
import { plain } from './timing';

// Bounded alternations of fixed words: linear on any input (PITFALLS).
const ASKS = new RegExp(
  [
    // "who do I ring", "who can we tell", "who should I report this to", "who to call"
    String.raw`\bwho (do|can|should|would) (i|we|you) (ring|call|phone|contact|tell|email|e-mail|speak to|talk to|go to|report (it |this )?to|send (it|this) to)\b`,
    String.raw`\bwho to (ring|call|phone|contact)\b`,
    // "what's the number", "whats the out of hours number", "what is their email", "wots the no"
    String.raw`\b(what|whats|what's|wots|wats|which) (is )?(the |their |your )?(out of hours |duty |main |referral |advice |consultation )?(phone |telephone |tel |contact |email |e-mail )?(number|no|line|email|e-mail|address|link|website|details)\b`,
    String.raw`\b(phone|telephone|tel|contact) (no|nos|number|numbers|details|list)\b`,
    // "contacts list", "useful numbers"
    String.raw`\b(contacts list|list of contacts|useful (numbers|contacts))\b`,
    String.raw`\b(email|e-mail|web) address\b`,
    String.raw`\b(referral|online) form\b`,
    String.raw`\bportal\b`,
    String.raw`\bnumber (pls|please)\b`,
    // "where do I send it", "how do I make a referral", "how can we get hold of them"
    String.raw`\bwhere (do|can|should) (i|we) (send|email|ring|call|refer|report)\b`,
    String.raw`\bhow (do|can|should) (i|we) (contact|reach|get hold of|ring|call|email|make a referral|refer)\b`,
    // "how do I send a referral", "where do I send the MARF"
    String.raw`\b(how|where) (do|can|should) (i|we) (send|submit|put in|do|make|complete) (a |an |the |my |our |in a |in the |in my )?(referral|marf|request for (services|support)|form)\b`,
    // "is it open on a Saturday", "opening hours", "what time does it close"
    String.raw`\b(opening (hours|times)|what time does)\b`,
  ].join('|'),
);

export function asksForContact(text: string): boolean {
  return ASKS.test(plain(text));
}

/**
 * Words for reaching someone: a message with one of them may ask how to, question mark or not ("fgc salford phone").
 * Not a phone that is someone's or is an object ("keeps checking his phone", "a new phone"): that tells of a child.
 */
const REACH = /\b(number|email|e-mail|address|details|ring|call)\b|(?<!\b(his|her|their|my|a|the|new|second|another|burner|mobile|own) )\bphone\b/;

/** A message naming a contact in more words than this, with no question, tells of a child rather than asks. */
export const IN_PASSING_WORDS = 8;

/**
 * The message names a service or contact in passing while it tells of a child ("second police contact, mum has shut
 * the door on the youth offending worker", "early help plan has been open 4 months", "social care don't know"), not to
 * ask how to reach it: more than IN_PASSING_WORDS words, no question mark, no word for reaching someone, and not a
 * question for a contact (`asksForContact`). Then the contact named is not the answer the message asks for
 * (rules/semantic/combine.ts, step 4).
 */
export function namesContactInPassing(text: string): boolean {
  const t = plain(text);
  return !t.includes('?') && t.trim().split(/\s+/).length > IN_PASSING_WORDS && !REACH.test(t) && !asksForContact(text);
}
