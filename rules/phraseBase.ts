/**
 * The shared phrase base: the words practitioners use for the two red flags every pack has
 * (a child in immediate danger; a child home alone). They are vocabulary, not rules: each pack
 * cites its own guidance for what a red flag means and where it leads (999), and extends the base
 * with phrases of its own. Before the base, Bury's and Nottingham's lists held about a third of
 * Salford's ("he is on his own at home, he is 4" was an emergency in Salford only);
 * test/rules/redFlags.test.ts runs one red-flag test set against every pack.
 *
 * Change a phrase here and every pack changes: bump PHRASE_BASE_VERSION and each pack's version.
 */
export const PHRASE_BASE_VERSION = '1.1.0';

export const RED_FLAG_PHRASES: Readonly<Record<'immediate_danger' | 'home_alone', readonly string[]>> = {
  immediate_danger: [
    'immediate danger', 'in danger', 'danger right now', 'immediate risk', 'imminent danger', 'imminent risk', 'at risk right now',
    'being hurt right now', 'being hurt now', 'being attacked', 'being beaten up now', 'is being beaten', 'threatening to kill',
    'threatened to kill', 'going to kill', 'has a knife', 'with a knife', 'holding a knife', 'has a weapon', 'has a gun', 'life threatening',
    'not breathing', 'unconscious', 'taken an overdose', 'serious injury', 'seriously injured', 'in immediate need of protection',
    'need immediate protection', 'needs protecting now', 'scared to go home tonight', 'too scared to go home', 'refusing to go home because',
    'about to be taken abroad', 'being taken abroad today', 'going to batter', 'going to hurt him', 'going to hurt her', 'kill her tonight',
    'kill him tonight', 'taken an od', 'took an od', 'screaming next door', 'will not let her leave', 'will not let him leave',
    'will not let her go', 'will not let him go', 'mum collapsed', 'dad collapsed', 'mum has collapsed', 'dad has collapsed', 'parent collapsed',
    'carer collapsed', 'collapsed at home', 'machete', 'with a machete', 'has a machete', 'with a weapon', 'waiting outside school with', 'abducted',
    'abduct', 'will kill her', 'will kill him', 'will kill them', 'hear a child screaming', 'heard a child screaming', 'held against her will',
    'held against his will', 'abduction', 'threatening to jump', 'going to jump', 'dragged into a car', 'drag a child into a car',
    'bundled into a car', 'forced into a car', 'hitting her right now', 'hitting him right now', 'happening right now', 'would kill her',
    'would kill him', 'would kill them', 'kill herself tonight', 'kill himself tonight', 'has tablets', 'taken tablets', 'will hurt anyone',
    'threatening to hurt', 'gone floppy', 'floppy', 'being held in a house', 'held in a house', 'held in a flat', 'with a gun', 'has taken an od',
    'has overdosed', 'just overdosed', 'threatened to stab', 'threatening to stab', 'going to stab', 'stabbed', 'stab',
  ],
  home_alone: [
    'left the baby in the car', 'left the kids in the car', 'left the children in the car', 'left him in the car', 'left her in the car', 'left them in the car',
    'on their own in the car', 'on his own in the car', 'on her own in the car',
    'home alone', 'alone at home', 'left alone', 'left on his own', 'left on her own', 'left on their own', 'on his own at home',
    'on her own at home', 'on their own at home', 'no adult at home', 'no adults at home', 'nobody at home', 'no one at home',
    'no one looking after', 'nobody looking after', 'nobody is looking after', 'no one is looking after', 'left unattended', 'left unsupervised',
    'abandoned', 'left in the house', 'left in the car', 'alone in the house', 'alone in the flat', 'alone in the home', 'on his own in the house',
    'on his own in the flat', 'on her own in the house', 'on her own in the flat', 'on their own in the house', 'on their own in the flat',
    'left him alone', 'left her alone', 'left them alone', 'left the children alone', 'left the kids alone', 'gone out and left',
    'went out and left', 'mum has gone out', 'dad has gone out', 'parents have gone out', 'no adult around', 'no adults around',
    'wandering the street', 'wandering the streets', 'found wandering', 'wandering alone', 'alone in the street', 'left to look after themselves',
    'left to look after himself', 'left to look after herself', 'on their own overnight', 'on his own overnight', 'on her own overnight',
    'alone overnight', 'left overnight', 'left by themselves', 'left by himself', 'left by herself', 'home by himself', 'home by herself',
    'home by themselves', 'by themselves in the', 'no grown up', 'no grownup', 'no grown ups', 'no adult in the house', 'no adults in the house',
    'home on their own', 'home on his own', 'home on her own', 'not come home', 'not came home', 'has not come back', 'no parent around',
    'no parents around', 'no parent at home', 'found walking', 'toddlers alone', 'children alone', 'kids alone', 'baby alone', 'no adult',
    'no adults', 'no adult with him', 'no adult with her', 'passed out', 'looking after themselves', 'alone in a car', 'alone in the car',
    'on his own since', 'on her own since', 'on their own since', 'been on his own', 'been on her own', 'wandered out', 'wandered off',
    'wandered out of the house', 'no one came looking', 'left to babysit', 'babysit the baby', 'babysitting overnight',
    'flat by himself', 'flat by herself', 'flat by themselves', 'house by himself', 'house by herself', 'house by themselves',
  ],
};
