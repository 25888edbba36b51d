/**
 * The shared phrase base, in three parts: RED_FLAG_PHRASES, the words practitioners use for the
 * two red flags every pack has (a child in immediate danger; a child home alone); SHARED_PHRASES,
 * per indicator id, the phrases every pack with that indicator uses; WIDER_PHRASES, what the Bury
 * and Nottingham packs share beyond that (decision 018). A pack spreads the parts it uses into an
 * indicator's phrases and adds only its own. They are vocabulary, not rules: each pack
 * cites its own guidance for what a red flag means and where it leads (999), and extends the base
 * with phrases of its own. Before the base, Bury's and Nottingham's lists held about a third of
 * Salford's ("he is on his own at home, he is 4" was an emergency in Salford only);
 * test/rules/redFlags.test.ts runs one red-flag test set against every pack.
 *
 * Change a phrase here and every pack changes: bump PHRASE_BASE_VERSION and each pack's version.
 */
// 1.1.0: home alone "in the flat/house by himself…". 1.2.0: SHARED_PHRASES and WIDER_PHRASES moved here from
// the packs, every pack's phrases unchanged. 1.3.0: battering, a spiked drink, pictures in underwear, sextortion and
// blackmail over pictures, "going country"; SHARED_TOPIC_PHRASES for information sharing (twenty-third session).
// 1.4.0: a parent's diagnosis or crisis, drug use said without naming the drug, a beating a child gets, thoughts of
// harming the baby, an offence named, radicalisation described, no running water, selling weed for others
// (thirty-eighth session). 1.5.0: grooming online as it is told ("asking what she's wearing", "go on cam in his
// boxers"), "groped", a child "hitting other kids", made to hide a gun or drugs for others, "picked on", "feeling low",
// a mum "tearful" or "exhausted" (thirty-ninth session). 1.8.0: an adult who is a risk to children in plain words
// (RISK_TO_CHILDREN_IN_PLAIN_WORDS; forty-fourth session).
export const PHRASE_BASE_VERSION = '1.8.0';

/**
 * An adult who is a risk to children, in the words practitioners use when they do not know the order's or the
 * register's name, and images of children said in plain words (phrase base 1.8.0, forty-fourth session): Bury's and
 * Nottingham's adult_risk_to_children take them with the rest of SHARED_PHRASES, and Salford's risky_adult takes these.
 */
export const RISK_TO_CHILDREN_IN_PLAIN_WORDS: readonly string[] = [
  // Not "on some list" or "on a list for": a phrase may take one word more ("on the housing list for a year").
  'on the sex offenders list', 'sex offenders register',
  'not allowed near schools', 'isnt allowed near schools', "isn't allowed near schools",
  'not allowed near children', 'isnt allowed near children', "isn't allowed near children",
  'not allowed near kids', 'isnt allowed near kids', "isn't allowed near kids",
  'not allowed around children', 'isnt allowed around children', "isn't allowed around children", 'not allowed around kids',
  'not allowed to be around children', 'not allowed to be around kids', 'not allowed to be near children',
  'not allowed contact with children', 'not allowed unsupervised contact', 'banned from being near children',
  'banned from being around children', 'sexual harm prevention order', 'shpo',
  'young stuff online', 'underage stuff', 'underage images', 'underage pics', 'underage pictures', 'child porn',
  'kiddie porn', 'child abuse images', 'indecent images of children', 'images of children on his', 'pictures of kids on his',
];

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


/**
 * Indicator phrases every pack that has the indicator uses (same id), in one place: each pack
 * spreads SHARED_PHRASES.<id> into its own list and adds only what is its own. Vocabulary, not
 * rules: the pack still cites its own guidance for the indicator's level and route.
 */
export const SHARED_PHRASES = {
  physical_abuse: [
    'physical abuse', 'physically abused', 'bruise', 'bruises', 'bruising', 'bruised', 'marks on', 'unexplained injury', 'unexplained injuries',
    'non accidental injury', 'unexplained marks', 'slapped', 'slap', 'smacked', 'punched', 'kicked', 'beaten', 'black eye', 'fracture', 'broken arm',
    'broken bone', 'fingertip bruising', 'strangled', 'choked', 'hurt by dad', 'hurt by mum',
    'batters her', 'batters him', 'batters them', 'battered her', 'battered him', 'battering her', 'battering him',
    'breast ironing', 'breast flattening',
    // A beating told as a thing that happens ("he gets a beating if his report is bad", "she'll get a good hiding").
    // Not "we got a beating in the cup final": the forms of a child who gets one, or an adult who gives one.
    'gets a beating', 'get a beating', 'gives him a beating', 'gave him a beating', 'gives her a beating', 'gave her a beating',
    'gets a hiding', 'get a hiding', 'a good hiding', 'a leathering', 'a belting', 'gets beaten', 'get beaten',
    // A parent's thoughts or threats of harming the baby ("new mum says she has thoughts of harming the baby").
    'thoughts of harming the baby', 'thoughts of hurting the baby', 'thoughts of harming her baby', 'thoughts of hurting her baby',
    'wants to hurt the baby', 'wants to harm the baby', 'might hurt the baby', 'might harm the baby', 'scared she will hurt the baby',
  ],
  sexual_abuse: [
    'sexual abuse', 'sexually abused', 'sexual assault', 'sexually assaulted', 'rape', 'raped', 'touched her', 'touched him', 'private parts',
    'groped', 'groping', 'gropes', 'grope',
    'groomed', 'grooming', 'indecent images', 'nude images',
    'drink was spiked', 'drink spiked', 'drinks spiked', 'been spiked', 'she was spiked', 'he was spiked', 'spiked her drink', 'spiked his drink', 'pictures in her underwear', 'pictures in his underwear',
    'photos in her underwear', 'photos in his underwear', 'upskirted', 'upskirting', 'upskirt',
    // A child shown pornography by someone: abuse without contact.
    'shown porn', 'showing him porn', 'showing her porn', 'shows him porn', 'shows her porn', 'showed them porn', 'made to watch porn',
    'made him watch porn', 'made her watch porn', 'makes him watch porn', 'makes her watch porn',
    // ...or pictures of naked children (phrase base 1.6.0): "his dad showed him videos of 'naked kids' on his phone".
    'naked kids', 'naked children', 'videos of naked', 'pictures of naked', 'photos of naked',
    // Grooming online, as it is told ("asking what she's wearing", "asked him to go on cam in his boxers").
    "asking what she's wearing", 'asking what she is wearing', 'asked what she was wearing', "asks what she's wearing",
    "asking what he's wearing", 'asking what he is wearing', 'asked what he was wearing', "asks what he's wearing", 'go on cam', 'went on cam', 'on cam in his', 'on cam in her',
    'on camera in his boxers', 'on camera in her underwear', 'in his boxers on cam', 'in her underwear on cam',
  ],
  fabricated_illness: [
    'fabricated illness', 'fabricated or induced illness', 'induced illness', 'inducing illness', 'fii', 'munchausen', 'made up symptoms',
    'exaggerating symptoms', 'making the child ill', 'making him ill', 'making her ill',
  ],
  forced_marriage: [
    'forced marriage', 'forced to marry', 'forced into marriage', 'married off', 'marry against her will', 'marry against his will',
    'promised in marriage', 'taken abroad to marry', 'arranged marriage', 'made to marry', 'being married off', 'going to marry',
    'has to marry', 'find her a husband', 'found her a husband', 'found him a wife', 'taken abroad to get married', 'married abroad',
    'marriage abroad',
  ],
  fgm: [
    'fgm', 'female genital mutilation', 'genital mutilation', 'female circumcision', 'sunna', 'had fgm', 'undergone fgm',
  ],
  domestic_abuse: [
    'domestic abuse', 'domestic violence', 'dv', 'hits mum', 'hitting mum', 'violent partner', 'violence at home', 'violent at home',
    'fighting at home', 'coercive control', 'police called to the house', 'toxic trio',
    // The one hit named (phrase base 1.6.0): a lone "beat" or "hit" before an adult is no blow to the child
    // (rules/agency.ts `adultHit`), so the abuse of the adult is named here.
    'beat his mum', 'beat her mum', 'beats his mum', 'beats her mum', 'beating his mum', 'beating her mum', 'beat mum', 'beating mum',
    'hit his mum', 'hit her mum', 'hits his mum', 'hits her mum', 'hitting his mum', 'hitting her mum', 'hit his wife', 'hits his wife',
    'beat his wife', 'beats his wife', 'hit his partner', 'beat his partner', 'hit his girlfriend', 'beats his girlfriend',
  ],
  neglect: [
    'neglect', 'neglected', 'not being fed', 'no food in the house', 'no bed', 'house is filthy', 'dog mess',
    'starved', 'being starved', 'made to sleep outside', 'made to sleep in the garden', 'made to sleep in the shed',
  ],
  emotional_abuse: [
    'emotional abuse', 'emotionally abused', 'belittled', 'humiliated', 'told he is worthless', 'told she is worthless', 'scapegoated',
    // Rejection in a parent's words (phrase base 1.6.0): "mum tells her every day she wishes she'd never had her".
    'would never had her', 'would never had him', 'had never had her', 'had never had him', 'wishes she never had', 'wish i never had you',
    'wishes she was never born', 'wishes he was never born', 'wish you were never born',
    'constantly shouted at', 'screamed at', 'frightened of dad', 'frightened of mum', 'scared of dad', 'scared of mum',
    // Abuse linked to faith or belief, in the words used for it.
    'spirit possession', 'possessed by', 'is possessed', 'accused of witchcraft', 'branded a witch', 'exorcism', 'exorcised',
  ],
  adult_risk_to_children: [
    'sex offender', 'registered sex offender', 'schedule 1 offender', 'schedule one offender', 'risk to children', 'known risk to children',
    'person posing a risk', 'pprc', 'convicted of offences against children', 'partner is a sex offender',
    'nonce', 'paedo', 'paedophile', 'pedophile', 'pedo',
    // A register named without its name (phrase base 1.6.0): "her new fella is 'on some register' for stuff with kids".
    'on the register for', 'on some register', 'on a register',
    // An offence named as Salford's list names it ("just got out of prison for a sexual offence").
    'convicted of child', 'sexual offence', 'sexual offences', 'sexual offences against children', 'convictions for sexual', 'offences against children',
    'child cruelty', 'cruelty to children',
    // Phrase base 1.8.0: a restriction said without its order's name ("new partner is 'on some list' and isnt allowed
    // near schools"), and images of children said in plain words ("dad looking at 'young stuff' online").
    ...RISK_TO_CHILDREN_IN_PLAIN_WORDS,
  ],
  child_sexual_exploitation: [
    'cse', 'child sexual exploitation', 'sexual exploitation', 'sexually exploited', 'older boyfriend', 'much older boyfriend',
    'relationship with an older man', 'relationship with older men', 'sex for money', 'sex in exchange', 'sex for drugs', 'sex for alcohol',
    'gifts from older men', 'picked up in cars', 'parties with older men', 'online grooming', 'met someone online', 'sextortion', 'coerced into sex',
    'sextorted', 'being sextorted', 'blackmailed over pics', 'blackmailed over pictures', 'blackmailed over photos', 'blackmailed over nudes',
    'blackmailed over images',
  ],
  child_criminal_exploitation: [
    'cce', 'child criminal exploitation', 'criminal exploitation', 'criminally exploited', 'county lines', 'county line', 'deal line', 'drug line',
    'running drugs', 'moving drugs', 'holding drugs', 'storing drugs', 'drug runner', 'cuckooing', 'gang', 'gangs', 'in a gang', 'trap house',
    'drug debt', 'groomed for crime', 'made to commit crime', 'found out of area', 'carrying weapons', 'carrying a knife',
    'going country', 'gone country', 'went country', 'plugging', 'plugging drugs', 'cuckooed', 'trafficked', 'being trafficked', 'modern slavery',
    'being used to deal', 'used to deal drugs', 'made to deal', 'dealing for', 'selling drugs for',
    // A young person selling drugs for others or at school ("yr 8 lad selling weed for older lads").
    'selling weed for', 'sells weed for', 'dealing weed for', 'selling weed at school', 'selling drugs at school', 'dealing at school',
    // Made to keep weapons or drugs for others ("17yo being made to hide a gun", "made to hold a knife").
    'made to hide a gun', 'made to hide a knife', 'made to hold a gun', 'made to hold a knife', 'made to hide drugs', 'hiding a gun for',
    'hide a gun for', 'holding a gun for', 'keeping a gun for', 'hiding drugs for', 'keeping drugs for',
    // Running for others, in the words young people use (phrase base 1.6.0): "on the clock", "holding stuff for them",
    // "the lads he runs for". (Not "does drops": the matcher reads "does drop off for" as it.)
    'dropping parcels', 'drop parcels', 'on the clock', 'holding stuff for', 'holding something for',
    'looking after stuff for', 'he runs for', 'she runs for', 'works for some lads', 'working for some lads',
    // Packages held or carried for others (phrase base 1.7.0): "they make him hold packages and take trains to other towns".
    'hold packages', 'holding packages', 'carry packages', 'carrying packages', 'take packages', 'taking packages', 'hold a package',
    'holding a package', 'carry a package', 'carrying a package',
  ],
  missing_from_home: [
    'missing from home', 'missing from care', 'went missing', 'goes missing', 'going missing', 'reported missing', 'missing episode',
    'missing episodes', 'runs away', 'ran away', 'running away', 'run away', 'absconded', 'did not come home', 'stays out all night',
    'stayed out overnight', 'out all night',
    // Missing told with how often or how long (phrase base 1.6.0): "12yo missing again, 5th this year".
    'missing again', 'missing for days', 'missing all weekend', 'missing since',
  ],
  young_person_substance_misuse: [
    'drinking alcohol', 'drunk', 'binge drinking', 'using drugs', 'taking drugs', 'smoking cannabis', 'smokes weed', 'weed', 'cannabis', 'cocaine',
    'ketamine', 'nitrous oxide', 'substance misuse', 'under the influence', 'intoxicated',
  ],
  radicalisation: [
    'radicalisation', 'radicalization', 'radicalised', 'radicalized', 'extremism', 'extremist', 'extreme right wing', 'far right', 'jihadist', 'isis',
    // Described rather than named: "keeps drawing swastikas and talking about a race war", "wants to go to Syria".
    'race war', 'swastika', 'swastikas', 'nazi salute', 'nazi salutes', 'white power', 'white supremacist', 'beheading video', 'beheading videos',
    'go to syria', 'going to syria', 'travel to syria',
    // Phrase base 1.7.0: the far right's own slogans ("going on about 'the great replacement'", "'race traitor'").
    'great replacement', 'race traitor', 'race traitors',
  ],
  harmful_sexual_behaviour: [
    'harmful sexual behaviour', 'touching other children', 'sexualised behaviour', 'sexual threats',
  ],
  parent_substance_misuse: [
    'parental substance misuse', 'substance abuse', 'drink problem', 'drinking problem', 'alcohol problem', 'drug problem', 'parent using drugs',
    'mum using drugs', 'dad using drugs', 'mum drinks', 'dad drinks', 'parent drinks', 'parents drink heavily', 'alcoholic', 'drug user',
    'parental drug use', 'parental alcohol use', 'mum is drunk', 'dad is drunk', 'smell of alcohol', 'heroin', 'methadone',
    // Drugs named as practitioners name them ("both parents are smoking crack", "mum was injecting in the kitchen").
    'smoking crack', 'smokes crack', 'on crack', 'using crack', 'uses crack', 'crack cocaine', 'crack pipe', 'crack house', 'crack addict', 'on spice', 'smoking spice', 'smokes spice', 'using spice', 'injecting drugs', 'injects drugs', 'injecting heroin', 'mum injecting', 'dad injecting', 'mum was injecting', 'dad was injecting', 'shooting up', 'used needles', 'dirty needles', 'syringes',
    // Use said without naming the drug ("both parents are using", "his mum smokes stuff", "using again").
    'both parents are using', 'using again', 'smokes stuff', 'smoking stuff', 'relapsed',
  ],
  parent_mental_health: [
    'parental mental health', 'parent mental health', 'mum is depressed', 'mother is depressed', 'dad is depressed', 'postnatal depression',
    'post natal depression', 'pnd', 'mum has depression', 'dad has depression', 'mum has anxiety', 'mum not coping', 'parent not coping', 'not coping', 'struggling to cope', 'mum mental health', 'dad mental health',
    'mental breakdown',
    // A parent's diagnosis or crisis named ("mum is bipolar", "dad was sectioned"), and a parent who says they cannot cope.
    'bipolar', 'schizophrenia', 'schizophrenic', 'psychosis', 'psychotic', 'personality disorder', 'mum was sectioned', 'dad was sectioned',
    'mum has been sectioned', 'dad has been sectioned', 'mum can not cope', 'dad can not cope', 'parents can not cope', 'mum says she can not cope',
    'dad says he can not cope',
    'mum tearful and exhausted', 'mum is exhausted', "mum's exhausted", 'mum exhausted', 'mum is tearful', "mum's tearful",
  ],
  child_mental_health: [
    'mental health', 'emotional wellbeing', 'anxious', 'anxiety', 'depressed', 'depression', 'low mood', 'withdrawn', 'self harm', 'self-harm',
    'self harming', 'self-harming', 'cutting herself', 'cutting himself', 'cuts on arms', 'suicidal thoughts', 'eating disorder', 'not eating',
    'panic attacks', 'bullied', 'bullying', 'isolated', 'camhs', 'picked on', 'being picked on', 'feeling low', 'still low', 'really low',
    'very low',
  ],
  challenging_behaviour: [
    'challenging behaviour', 'aggressive', 'aggression', 'behaviour problems', 'behavioural problems', 'fixed term exclusion', 'suspended',
    'suspension', 'excluded', 'exclusion', 'permanent exclusion',
    // A child's own hitting, told as behaviour ("he's hitting other kids").
    'hitting other kids', 'hitting other children', 'hits other kids', 'hits other children',
  ],
  housing: [
    'housing problems', 'housing issues', 'poor housing', 'housing need', 'unsuitable accommodation', 'unsuitable housing', 'overcrowded',
    'overcrowding', 'temporary accommodation', 'temp accommodation', 'refuge', 'eviction', 'evicted', 'being evicted', 'homeless family', 'family is homeless', 'damp',
    'mould', 'no heating', 'rent arrears', 'no running water', 'no hot water', 'no electric', 'no electricity',
    // Housing named as what the family is struggling with (phrase base 1.6.0), not "housing" alone, which is as often the
    // writer's role ("housing officer here").
    'with housing', 'and housing', 'housing worries', 'housing situation', 'housing stress',
    'behind on rent', 'behind with the rent', 'behind with rent', 'given notice', 'given her notice', 'given them notice', 'eviction notice',
    'lose the house', 'losing the house', 'lose the flat', 'lose their home',
  ],
  school_attendance: [
    'attendance', 'poor attendance', 'attendance has dipped', 'late for school', 'often late', 'absent from school', 'absence', 'absences',
    'not attending school', 'missing school', 'truanting', 'truancy', 'school refusal', 'persistent absence',
  ],
  young_carer: [
    'young carer', 'caring for mum', 'caring for dad', 'cares for mum', 'cares for dad', 'looks after mum', 'looks after dad',
  ],
  universal: [
    'no additional needs', 'no concerns', 'doing well', 'thriving', 'universal services', 'general advice',
    // What universal services answer, asked about (phrase base 1.6.0): careers and post-16 choices, jabs, childcare.
    'apprenticeship', 'apprenticeships', 'a levels', 'post 16', 'post-16', 'college course', 'jabs', 'flu spray',
    'free childcare', 'childcare hours',
  ],
} as const satisfies Readonly<Record<string, readonly string[]>>;

/**
 * The wider vocabulary the Bury and Nottingham packs share for indicators Salford also has (the
 * Nottingham lists began as copies of Bury's): they spread it after SHARED_PHRASES. Salford's list
 * does not have these phrases, and taking them into Salford would change what it recognises.
 */
export const WIDER_PHRASES = {
  immediate_danger: [
    'in danger now', 'in danger right now', 'immediate protection', 'unsafe right now', 'not safe to go home', 'scared to go home',
    'afraid to go home', 'scared of going home', 'frightened to go home', 'frightened of going home', 'afraid of going home', 'being beaten', 'threatened with a knife', 'threatened with a weapon', 'overdosed', 'attempted suicide', 'suicide attempt',
    'going to kill himself', 'going to kill herself', 'going to kill themselves', 'kidnapped', 'locked in',
  ],
  physical_abuse: [
    'mark on', 'non-accidental injury', 'nai', 'hit', 'hits', 'hitting', 'beat', 'burn', 'burns', 'cigarette burn', 'scald', 'bite mark',
    'grab marks', 'shaken', 'shaking a baby', 'pushed', 'dad hurt me', 'daddy hurt me', 'mum hurt me', 'mummy hurt me', 'stepdad hurt me',
    'did the belt', 'does the belt', 'got the belt', 'gets the belt', 'get the belt', 'uses the belt', 'used the belt', 'with the belt',
    'gets a cold bath', 'get a cold bath', 'put in a cold bath', 'put him in a cold bath', 'put her in a cold bath', 'stand in a cold bath',
    'cold bath as punishment', 'cold bath as a punishment', 'gives him a shake', 'gives her a shake', 'gave him a shake', 'gave her a shake', 'him a bit of a shake', 'her a bit of a shake', 'handprint on', 'hand print on', 'hand mark', 'hand marks', 'finger marks', 'belt marks', 'slap mark', 'slap marks',
  ],
  sexual_abuse: [
    'molested', 'touched me', 'touching her private', 'touching his private', 'sexual grooming', 'disclosed sexual abuse', 'abused sexually',
    'sexual activity with an adult', 'naked pictures', 'sent nudes', 'sexual contact', 'incest', 'underage sex',
    // Phrase base 1.7.0: an adult asking a child for pictures ("assistant coach DM'd one of my U12s asking for 'pics'").
    'asking for pics', 'asked for pics', 'asking her for pics', 'asking him for pics', 'asked her for pics', 'asked him for pics',
    'asking for nudes', 'asked for nudes', 'asking her for nudes', 'asking him for nudes',
  ],
  fabricated_illness: [
    'munchausen by proxy', 'making up symptoms', 'inventing symptoms', 'poisoning', 'poisoned', 'unnecessary medical treatment',
  ],
  fgm: [
    'circumcised girl', 'girl has been cut', 'she has been cut', 'been cut down there', 'female cutting', 'khatna', 'infibulation',
  ],
  domestic_abuse: [
    'domestic incident', 'domestic', 'hits his partner', 'hits her partner', 'dad hits mum', 'controlling partner', 'police called to the home',
    'mum was assaulted', 'marac',
  ],
  neglect: [
    'neglectful', 'severely neglected', 'no food', 'always hungry', 'persistently hungry', 'coming to school hungry', 'very dirty',
    'untreated injuries', 'stealing food', 'unkempt', 'poor hygiene', 'unwashed', 'dirty clothes', 'no coat', 'sleeps on the floor',
    'poor home conditions', 'squalid', 'rubbish everywhere', 'medical needs not met', 'dental decay', 'rotten teeth', 'poor supervision',
    'fend for themselves',
  ],
  emotional_abuse: [
    'emotional harm', 'psychological abuse', 'belittling', 'humiliating', 'worthless', 'rejected by parent', 'threatened by parent',
    // A child locked in as a punishment, as Salford's list has it (phrase base 1.6.0).
    'locks her in', 'locks him in', 'locked her in', 'locked him in', 'locks them in', 'locked them in',
  ],
  radicalisation: [
    'extremist views', 'extremist material', 'far-right', 'neo nazi', 'white supremacy', 'jihadi', 'isil', 'daesh', 'terrorist', 'terrorism',
    'support for terrorism', 'prevent referral',
  ],
  school_attendance: [
    'school attendance', 'attendance dropped', 'low attendance', 'persistently late', 'not going to school', 'missing from school',
    'refusing to go to school',
    // As busy people type it (phrase base 1.6.0): "late most days", "off school loads", "won't go to school".
    'late most days', 'late every day', 'late nearly every day', 'always late', 'off school loads', 'off school a lot', 'wont go to school',
    'stopped going to school', 'stopped coming to school', 'hasnt been in school', 'hardly in school', 'missed school',
  ],
  young_carer: [
    'looking after mum', 'looking after dad', 'looking after a parent', 'caring responsibilities', 'looks after siblings', 'caring for siblings',
    // Whose care, said with "his" or "her" (phrase base 1.6.0): "12yo does most of her care", "caring for her mum".
    'cares for his mum', 'cares for her mum', 'cares for his dad', 'cares for her dad', 'caring for his mum', 'caring for her mum',
    'caring for his dad', 'caring for her dad', 'looks after his mum', 'looks after her mum', 'looks after his dad', 'looks after her dad',
    'does most of her care', 'does most of his care', 'personal care for',
  ],
} as const satisfies Readonly<Record<string, readonly string[]>>;

/**
 * Topic phrases the Bury and Nottingham packs share (each spreads the list into its own topic of that id and adds only
 * its own). Information sharing: consent asked about or refused, not a statement that it was given ("mum consents to a
 * TAF" is early help, not a question about sharing information); twenty-third session, phrase base 1.3.0.
 */
export const SHARED_TOPIC_PHRASES = {
  info_sharing: [
    'information sharing', 'share information', 'sharing information', 'can i share', 'who can i share', 'info sharing', 'share info',
    'sharing info', 'need consent', 'needs consent', 'need parental consent', 'need parent consent', 'need parents consent',
    'need her consent', 'need his consent', 'need their consent', 'need mums consent', 'need dads consent', 'need the parents consent',
    'get consent', 'get parental consent', 'consent first', 'consent needed', 'consent is needed', 'consent always needed',
    'consent to me sharing', 'consent to info sharing', 'consent to share', 'consent from the parents', 'consent from parents',
    'consent as well', 'about consent', 'without consent', 'without their consent', 'wont consent', "won't consent", 'not consent',
    'not given consent', 'not consented', 'hasnt consented', "hasn't consented",
  ],
} as const satisfies Readonly<Record<string, readonly string[]>>;
