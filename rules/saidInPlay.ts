/**
 * Words of a threat or a weapon that the message itself tells as play or a figure of speech: "my mum's going to kill me
 * if I lose my coat", said giggling; "daddy shot him" with a Nerf gun; a gun drawn from a video game; a kidnapping in a
 * story the child wrote. A red flag found only in such words is not declared: the message itself answers the one
 * question that decides it (is there an explanation that fits?), so the ordinary answer is given, with a line on the card
 * that says why and that 999 is the call if it was not play (rules/semantic/combine.ts step 1d). Never when
 * the message also tells fear, an injury or harm, or danger now (rules/timing.ts), or a form of danger
 * (rules/dangerForms.ts): there the red flag stands.
 * Language handling, not guidance: the packs' red flags are unchanged. Built on the training corpus's cross-validated
 * over-triage (decision 012, eighteenth session); near misses that must not count in test/rules/saidInPlay.test.ts.
 */
import { plain } from './timing';

/**
 * Hyperbole in a child's own words: "going to kill me", "mum'll kill her", "I'll kill my sister", her mum will "literally
 * kill her", his mum "would kill him". Not an adult's threat told by a third person ("he said he would kill her"), nor a
 * child's words about killing themselves: those stand.
 */
const HYPERBOLE = /\b((going to|gonna|'ll|will|would|'d) ['"“]?(literally )?['"“]?kill me|kill (my|his|her) (little |big )?(sister|brother)|(mum|dad|mummy|daddy|mam|nan)('s|'ll| is| will| would)? ['"“]?(will |would |'ll |is going to |going to |gonna )?['"“]?(literally |actually )?kill (me|him|her))\b/;
/**
 * The everyday thing the child's words were about, lost, forgotten or broken ("'my mum's going to kill me' - lost his new
 * coat. found it, he's fine"; fortieth session), or being caught at something ("caught smoking weed behind the shops, one
 * cried his mum would kill him"; "if she finds out"; forty-second session).
 */
const EVERYDAY_CAUSE =
  /\b(caught|got caught|been caught) (smoking|vaping|drinking|with (a vape|vapes|weed|cigs|cigarettes))\b|\bif (she|he|they|mum|dad) (finds?|found) out\b|\b(lost|losing|loses|forgot|forgotten|forgetting|broke|broken|ripped|tore|torn|spilt|spilled|left) (his|her|their|my|the|a) (new |brand new |school |reading |pe |p\.e\. )?(coat|jumper|book|reading book|kit|pe kit|bag|phone|shoes?|trainers|boots|glasses|tablet|homework|lunch ?box|bottle|water bottle|jacket|hat|gloves|scarf|uniform|blazer|tie|watch|keys?|ipad|console|controller|charger)\b/;

/**
 * Dying or dead of something no one dies of, in a child's own words ("he's literally dying of boredom", "bored to
 * death", "died of embarrassment"; forty-fourth session): a figure of speech however it is told.
 */
const DYING_OF = /\b((literally |actually )?(dying|died|dead|die) (of|from) (boredom|embarrassment|shame|cringe|laughing|laughter)|bored to death)\b/;

/** Told as a joke: laughing, giggling, "just an expression". */
const JEST = /\b(laughed|laughing|laughs|giggl\w*|grin(ning|ned)?|with a grin|joke|joking|jokingly|kidding|banter|turn of phrase|figure of speech|just an expression|said with a smile|haha|lol)\b/;
/**
 * Play, a screen or a story, or a gun the message accounts for: a Nerf gun, Fortnite, a cartoon, a story the child wrote
 * (not any "story": "his story doesn't add up" is an account), "kidnapped" by nan on a surprise trip, a licensed shotgun
 * or a dad who is a firearms officer.
 */
const PLAY = /\b(nerf|fortnite|video game|computer game|(from|in|on|playing|plays|played) (a |an |the |his |her |their )?(\w+ )?games?|gaming|toy|cartoon|film|character|water pistol|water balloon|xbox|playstation|minecraft|roblox|lego|cops and robbers|pretend|(wrote|writes|writing|written) (a |an |the |her |his )?(\w+ ){0,3}(story|stories)|creative writing|surprise trip|licen[cs]ed|clay pigeon|shooting club|firearms officer)\b/;
const WEAPON_WORDS = /\b(gun|shot|shoot|shooting|kill|killed|stab|stabbed|weapon|blood|attacked|beat|arrested|kidnap|kidnapped|kidnapping|murder|murdered)\b/;
/** Laughing said with an emoji ("in her diary piece 😂"): not a word, so apart from JEST's word boundaries. */
const LAUGHING = /[\u{1F602}\u{1F923}\u{1F606}\u{1F605}]/u;

/** Fear, an injury or harm told beside it: then it is not play, whatever else is said. */
const NOT_PLAY = /\b(scared|frightened|terrified|afraid|shaking|trembling|crying|in tears|upset|means it|meant it|serious|seriously|real (gun|knife)|knife|machete|bruis\w*|marks?|injur\w*|bleeding|wounds?|hurt|hit|hits|hitting|punch\w*|kick\w*|slap\w*|strangl\w*|chok\w*|threatened|threatening|laughed (at|as|while|when))\b/;

/** The words of threat or weapon the message tells as play (for the card's question), if it does. */
export function saidInPlay(text: string): string | undefined {
  const t = plain(text);
  if (NOT_PLAY.test(t)) return undefined;
  const hyperbole = HYPERBOLE.exec(t);
  if (hyperbole && (JEST.test(t) || LAUGHING.test(t) || EVERYDAY_CAUSE.test(t))) return hyperbole[0];
  const weapon = WEAPON_WORDS.exec(t);
  if (weapon && PLAY.test(t)) return weapon[0];
  return DYING_OF.exec(t)?.[0];
}
