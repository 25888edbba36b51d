/**
 * Bury Integrated Safeguarding Partnership: thresholds guidance, as cited data.
 * Source: shared/seeds/004_c2d64e532e0d5cd5.txt (text extracted from a PDF; some
 * table headings were lost, so level-table items cite the "Level N" line of the
 * windscreen model that names that level).
 *
 * The guidance gives no phone number, email or opening hours for any Bury service,
 * so every Bury contact says so in `missing` and has no phones. The only number in
 * this pack is the police emergency number, 999.
 */
import { RED_FLAG_PHRASES, SHARED_PHRASES, SHARED_TOPIC_PHRASES, WIDER_PHRASES } from '../phraseBase';
import { screeningRaises } from '../packParts';
import type { PackInput } from '../schema';

const POLICE_999 = { file: 'supplementary.md', section: 'Supplementary published facts', page: 'safeguardingchildren.salford.gov.uk/news/march-2023/' };
const FILE = '004_c2d64e532e0d5cd5.txt';

const PACK = { file: FILE, section: 'Bury Integrated Safeguarding-Partnership' };
const L1 = { file: FILE, section: 'Level 1' };
const L2 = { file: FILE, section: 'Level 2' };
const L3 = { file: FILE, section: 'Level 3' };
/** The shared list's words for a parent who cannot cope: level 3's worked example in Bury (`parent_not_coping`). */
const NOT_COPING_BASE = [
  'mum not coping', 'parent not coping', 'not coping', 'struggling to cope', 'mum can not cope', 'dad can not cope', 'parents can not cope',
  'mum says she can not cope', 'dad says he can not cope', 'mum tearful and exhausted', 'mum is exhausted', "mum's exhausted", 'mum exhausted',
];
const L4 = { file: FILE, section: 'Level 4' };
const L5 = { file: FILE, section: 'Level 5' };
const SHARING = { file: FILE, section: '5.2 Sharing Information' };
const TAF = { file: FILE, section: '5.4 Team Around the Family' };
const CIN = { file: FILE, section: '5.6 Children in Need' };
const SERVICES = {
  file: FILE,
  section: '5.9 Services available in Bury to support children and families at each level of the continuum of need',
};
const EHC = { file: FILE, section: 'Early Help Consultant' };
const OASIS = { file: FILE, section: 'Team Oasis' };
const CSE_DEF = { file: FILE, section: 'The definition of child sexual exploitation' };
const CCE_DEF = { file: FILE, section: 'The definition of child criminal exploitation' };
const CL_DEF = { file: FILE, section: 'The definition of county lines' };
const SIGNS = { file: FILE, section: 'Possible signs of child exploitation' };

/** Shared CSE phrases that are signs of risk (the Level 4 table), not exploitation known or suspected (5.6, level 5). */
const CSE_RISK_PHRASES: readonly string[] = [
  'older boyfriend', 'much older boyfriend', 'relationship with an older man', 'relationship with older men', 'gifts from older men',
  'picked up in cars', 'parties with older men', 'met someone online',
];

const FGM_DUTY = [
  { text: 'Refer concerns about FGM to Children’s Social Care (the MASH) for an assessment.', source: L5 },
  { text: 'Schools, health services and other agencies may need to follow additional mandatory reporting procedures for FGM: follow your agency’s procedure as well as referring.', source: L5 },
  {
    text: 'The Bury guidance the bot holds does not say who those procedures report to: check your agency’s FGM procedure with your safeguarding lead.',
    source: L5,
  },
];
const NO_NUMBER = 'The Bury thresholds guidance gives no phone number or email for';

export const bury: PackInput = {
  id: 'bury',
  name: 'Bury Integrated Safeguarding Partnership',
  area: 'Bury',
  version: '1.13.0',
  contactsCheckedOn: '2026-11-23',
  source: PACK,

  levels: [
    {
      id: 'level1',
      name: 'Level 1: Universal',
      plain: 'No additional needs. The child’s needs are met by their family and by services open to everyone, such as school, GP and health visitor.',
      rank: 1,
      source: L1,
    },
    {
      id: 'level2',
      name: 'Level 2: Targeted support from one agency',
      plain: 'The child has additional needs that one agency or practitioner can meet with targeted support, with the family’s consent.',
      rank: 2,
      source: L2,
    },
    {
      id: 'level3',
      name: 'Level 3: Team Around the Family (TAF)',
      plain: 'The child has additional needs that need a support package from more than one agency, with consent, planned on an Early Help Family Support Plan.',
      rank: 3,
      source: L3,
    },
    {
      id: 'level4',
      name: 'Level 4: Child in Need (CIN)',
      plain: 'Significant needs that have lasted and have not been met by targeted support. Children’s Social Care leads a statutory assessment (section 17), with consent.',
      rank: 4,
      source: L4,
    },
    {
      id: 'level5',
      name: 'Level 5: Safeguarding / children looked after',
      plain: 'The child is at risk of, or is suffering, significant harm. Refer to the MASH straight away; Children’s Social Care leads child protection enquiries (section 47).',
      rank: 5,
      source: L5,
    },
    {
      id: 'emergency',
      name: 'Immediate danger',
      plain: 'The child is in danger right now or needs immediate protection. Call the police on 999, then refer to the MASH without delay.',
      rank: 6,
      source: CIN,
      // "When it is known or suspected that a child has been ... abused ... then the child is in need of immediate protection and a referral to the MASH should be made without delay."
      within: { level: 'level5', source: CIN },
    },
  ],
  emergencyLevel: 'emergency',
  emergencyContact: 'police',
  frontDoor: 'mash',
  levelRoutes: {
    level1: 'route_level1',
    level2: 'route_level2',
    level3: 'route_level3',
    level4: 'route_level4',
    level5: 'route_level5',
    emergency: 'route_emergency',
  },
  // Workers "may be required by their agency's procedure to consult with a designated safeguarding person" (004, Early Help Consultant): the getting-advice route's own step.
  staffFirstStep: { text: 'Follow your agency’s procedure: you may need to consult your designated safeguarding person first.', contacts: ['dsl'], source: EHC },

  contacts: [
    {
      id: 'police',
      name: 'Police (emergency)',
      aliases: ['999', 'police', 'emergency services'],
      purpose: 'Call 999 when a child is in immediate danger and needs protecting now.',
      // The national emergency number; this document does not print it, so it is cited to the
      // published fact that 999 is the number for a child in immediate danger.
      phones: [{ label: 'Emergency', number: '999', source: POLICE_999 }],
      emails: [],
      hours: { kind: 'always', source: POLICE_999 },
      source: CIN,
    },
    {
      id: 'mash',
      name: 'Multi Agency Safeguarding Hub (MASH)',
      aliases: ['MASH', 'front door', 'Children’s Social Care', 'CSC', 'social care', 'duty social worker', 'referral'],
      purpose: 'Bury’s front door: takes referrals for Team Oasis, child in need and child protection, and gives consultations through a duty social worker.',
      phones: [],
      emails: [],
      missing:
        `${NO_NUMBER} the MASH. Use the contact details your agency holds for the Bury MASH, or look them up in the Bury Directory; do not guess a number.`,
      source: CIN,
    },
    {
      id: 'allocated_social_worker',
      name: 'The child’s allocated social worker',
      aliases: ['allocated social worker', 'social worker', 'open case'],
      purpose: 'If the child is already an open case to Children’s Social Care, a child at risk of significant harm is referred to their allocated social worker.',
      phones: [],
      emails: [],
      missing: `${NO_NUMBER} allocated social workers. Use the social worker’s own details from your records.`,
      source: EHC,
    },
    {
      id: 'early_help_consultant',
      name: 'Early Help Consultant (Team Oasis)',
      aliases: ['Early Help Consultant', 'EHC', 'early help', 'EHFSP', 'Early Help Family Support Plan', 'TAF'],
      purpose: 'Advice on early help: whether a plan already exists, help completing an EHFSP, TAF training, failing plans, and step-up or step-down.',
      phones: [],
      emails: [],
      missing: `${NO_NUMBER} the Early Help Consultants. Use your agency’s contact details for Team Oasis or ask the MASH.`,
      source: EHC,
    },
    {
      id: 'team_oasis',
      name: 'Team Oasis',
      aliases: ['Team Oasis', 'Oasis', 'targeted response'],
      purpose: 'Bury’s targeted early help team: a social worker or child and family worker leads an Early Help Family Support Plan. Referrals come through the MASH.',
      phones: [],
      emails: [],
      missing: `${NO_NUMBER} Team Oasis. Referrals go through the MASH.`,
      source: OASIS,
    },
    {
      id: 'dsl',
      name: 'Your agency’s designated safeguarding person',
      aliases: ['designated safeguarding lead', 'DSL', 'safeguarding lead', 'designated safeguarding person'],
      purpose: 'Your own agency’s procedure may require you to consult your designated safeguarding person before acting.',
      phones: [],
      emails: [],
      missing: 'The guidance gives no contact for this: it is the safeguarding lead in your own organisation.',
      source: EHC,
    },
    {
      id: 'bury_directory',
      name: 'The Bury Directory',
      aliases: ['Bury Directory', 'directory', 'local services'],
      purpose: 'A directory of services in Bury for children and families at every level, with referral and contact details.',
      phones: [],
      emails: [],
      missing: 'The guidance names the Bury Directory but does not give its web address.',
      source: SERVICES,
    },
    {
      id: 'school_attendance_service',
      name: 'School Attendance Service',
      aliases: ['School Attendance Service', 'attendance service', 'education welfare', 'welfare officer'],
      purpose: 'Takes referrals where a parent is struggling to get a child to school, alongside your named welfare officer.',
      phones: [],
      emails: [],
      missing: `${NO_NUMBER} the School Attendance Service.`,
      source: L2,
    },
    {
      id: 'young_carers',
      name: 'Young Carers',
      aliases: ['young carers', 'young carers service'],
      purpose: 'Support for a young person who cares for a parent with a disability or mental health problem; refer with the young person’s permission.',
      phones: [],
      emails: [],
      missing: `${NO_NUMBER} the young carers service.`,
      source: L2,
    },
    {
      id: 'speech_language',
      name: 'Speech and Language Therapy',
      aliases: ['speech and language', 'SALT', 'speech therapy'],
      purpose: 'Takes referrals for a child whose speech and language is impaired.',
      phones: [],
      emails: [],
      missing: `${NO_NUMBER} speech and language services.`,
      source: L2,
    },
    {
      id: 'first_point',
      name: 'First Point',
      aliases: ['First Point', 'disabled children', 'SEND'],
      purpose: 'Referral point for disabled children and children with additional needs.',
      phones: [],
      emails: [],
      missing: `${NO_NUMBER} First Point.`,
      source: L2,
    },
    {
      id: 'healthy_young_minds',
      name: 'Healthy Young Minds',
      aliases: ['Healthy Young Minds', 'CAMHS', 'mental health service'],
      purpose: 'Children’s mental health service that can be involved as part of a Team Around the Family plan.',
      phones: [],
      emails: [],
      missing: `${NO_NUMBER} Healthy Young Minds.`,
      source: L3,
    },
    {
      id: 'behaviour_outreach',
      name: 'Behaviour Outreach Support',
      aliases: ['Behaviour Outreach Support', 'behaviour outreach'],
      purpose: 'Support for schools where a child’s behaviour is challenging, as part of a Team Around the Family plan.',
      phones: [],
      emails: [],
      missing: `${NO_NUMBER} Behaviour Outreach Support.`,
      source: L3,
    },
    {
      id: 'youth_offending_service',
      name: 'Youth Offending Service (YOS)',
      aliases: ['YOS', 'Youth Offending Service', 'youth offending team', 'YOT'],
      purpose: 'Works with young people who offend, including joint AIM assessments with Children’s Social Care for harmful sexual behaviour.',
      phones: [],
      emails: [],
      missing: `${NO_NUMBER} the Youth Offending Service.`,
      source: L4,
    },
    {
      id: 'channel',
      name: 'Channel (multi-agency meeting)',
      aliases: ['Channel', 'Prevent', 'Channel panel'],
      purpose: 'The multi-agency Channel meeting supports a young person at risk of radicalisation; referral is made alongside a referral to the MASH.',
      phones: [],
      emails: [],
      missing: `${NO_NUMBER} Channel. Refer to the MASH, which can link the referral to Channel.`,
      source: L4,
    },
  ],

  indicators: [
    // ---- Red flags: immediate danger ----
    {
      id: 'immediate_danger',
      label: 'Child in immediate danger or needing immediate protection',
      level: 'emergency',
      kind: 'red-flag',
      phrases: [
        ...RED_FLAG_PHRASES.immediate_danger,
        ...WIDER_PHRASES.immediate_danger,
      ],
      source: CIN,
    },
    {
      id: 'home_alone',
      label: 'Young child left home alone or left to care for themselves',
      level: 'emergency',
      kind: 'red-flag',
      phrases: [
        ...RED_FLAG_PHRASES.home_alone,
        'left to care for self', 'left to care for himself', 'left to care for herself',
      ],
      source: L5,
    },

    // ---- Level 5: significant harm ----
    {
      id: 'physical_abuse',
      label: 'Suspected physical abuse (bruises or other unexplained injuries)',
      level: 'level5',
      kind: 'harm',
      phrases: [
        ...SHARED_PHRASES.physical_abuse,
        ...WIDER_PHRASES.physical_abuse,
        'reluctant to change for pe', 'won’t change for pe', 'will not change for pe',
      ],
      source: L5,
    },
    {
      id: 'sexual_abuse',
      label: 'Known or suspected sexual abuse or grooming for sexual purposes',
      level: 'level5',
      kind: 'harm',
      phrases: [
        ...SHARED_PHRASES.sexual_abuse,
        ...WIDER_PHRASES.sexual_abuse,
        'sexual images of children', 'sexting with an adult', 'sexually transmitted infection',
      ],
      doNotTellParents: true,
      pathway: 'parents_not_told',
      source: CIN,
    },
    {
      id: 'fabricated_illness',
      label: 'Fabricated or induced illness (a parent making up or causing a child’s illness)',
      level: 'level5',
      kind: 'harm',
      phrases: [
        ...SHARED_PHRASES.fabricated_illness,
        ...WIDER_PHRASES.fabricated_illness,
        'exaggerates symptoms', 'too many hospital visits', 'doctor shopping', 'symptoms only when mum is there', 'symptoms only seen by parent',
      ],
      doNotTellParents: true,
      pathway: 'parents_not_told',
      source: CIN,
    },
    {
      id: 'forced_marriage',
      label: 'Forced marriage of a child',
      level: 'level5',
      kind: 'harm',
      phrases: [
        ...SHARED_PHRASES.forced_marriage,
        'being made to marry', 'made to get married', 'engaged against her will', 'taken abroad to be married', 'child marriage', 'underage marriage',
        'honour based violence', 'honour-based violence', 'honour based abuse', 'honour abuse', 'bringing shame on the family',
      ],
      doNotTellParents: true,
      pathway: 'parents_not_told',
      source: CIN,
    },
    {
      id: 'fgm',
      label: 'Female genital mutilation (FGM) known or disclosed',
      level: 'level5',
      kind: 'harm',
      phrases: [
        ...SHARED_PHRASES.fgm,
        ...WIDER_PHRASES.fgm,
        'type 3 fgm', 'fgm disclosed',
      ],
      mandatoryReporting: true,
      pathway: 'fgm',
      source: L5,
    },
    {
      id: 'fgm_risk',
      label: 'Girl at risk of FGM (family history, long trip to the family’s country of origin)',
      level: 'level5',
      kind: 'harm',
      phrases: [
        'at risk of fgm', 'risk of fgm', 'mother has had fgm', 'mum has had fgm', 'sister has had fgm',
        'mother has undergone fgm', 'sister has undergone fgm', 'high risk country', 'high risk country of origin',
        'long holiday abroad', 'long holiday to country of origin', 'no return date', 'no specific return date', 'special celebration abroad', 'special ceremony abroad',
        'special procedure abroad', 'becoming a woman ceremony',
        'going abroad for a ceremony',
      ],
      pathway: 'fgm',
      source: L5,
    },
    {
      id: 'domestic_abuse',
      label: 'Child living in a home where domestic abuse happens',
      level: 'level5',
      kind: 'harm',
      phrases: [
        ...SHARED_PHRASES.domestic_abuse,
        ...WIDER_PHRASES.domestic_abuse,
        'arguing and fighting at home', 'controlling behaviour', 'domestic violence reported', 'guarded about home', 'reluctant to talk about home',
      ],
      source: L5,
    },
    {
      id: 'neglect',
      label: 'Neglect (the child’s basic needs are not met)',
      level: 'level5',
      kind: 'harm',
      phrases: [
        ...SHARED_PHRASES.neglect,
        ...WIDER_PHRASES.neglect,
        'untreated medical condition', 'starving', 'inappropriate clothing', 'home conditions', 'looking after themselves', 'delayed development',
        'graded care profile', 'gcp2',
      ],
      source: L5,
    },
    {
      id: 'failure_to_thrive',
      label: 'Non-organic failure to thrive (a baby or child not growing, with no medical cause)',
      level: 'level5',
      kind: 'harm',
      phrases: [
        'failure to thrive', 'failing to thrive', 'non organic failure to thrive', 'faltering growth', 'not gaining weight',
        'losing weight', 'weight loss', 'underweight', 'dropped centiles', 'dropping centiles', 'malnourished', 'malnutrition',
      ],
      source: CIN,
    },
    {
      id: 'emotional_abuse',
      label: 'Emotional abuse, or serious emotional problems caused by neglect or poor parenting',
      level: 'level5',
      kind: 'harm',
      phrases: [
        ...SHARED_PHRASES.emotional_abuse,
        ...WIDER_PHRASES.emotional_abuse,
        'called names by parent', 'significant emotional problems', 'significant psychological problems',
      ],
      source: CIN,
    },
    {
      id: 'pre_birth',
      label: 'Unborn baby may be at risk (concerns about a pregnant woman’s ability to care for a new baby)',
      level: 'level5',
      kind: 'harm',
      phrases: [
        'pre-birth', 'prebirth', 'pre birth assessment', 'unborn', 'unborn baby', 'unborn child', 'pregnant and using drugs',
        'pregnant and drinking', 'pregnant and using', 'pregnant mother not coping', 'previous children removed',
        'children removed from her care', 'children removed from his care', 'older children in care', 'baby will be at risk',
        'new baby at risk', 'concealed pregnancy', 'late booking',
      ],
      pathway: 'pre_birth',
      source: L5,
    },
    {
      id: 'adult_risk_to_children',
      label: 'An adult known to be a risk to children lives in, visits or has contact with the home',
      level: 'level5',
      kind: 'harm',
      phrases: [
        ...SHARED_PHRASES.adult_risk_to_children,
        'new partner has convictions',
      ],
      source: CIN,
    },
    {
      id: 'parent_serious_crime',
      label: 'Parents involved in serious crime (for example drug dealing or viewing sexual images of children)',
      level: 'level5',
      kind: 'harm',
      phrases: [
        'drug dealing', 'dealing drugs', 'parent dealing drugs', 'dad is dealing', 'mum is dealing', 'drugs in the house',
        'viewing sexual images of children', 'viewing indecent images', 'indecent images of children', 'child abuse images',
        'serious criminal', 'serious crime', 'organised crime', 'firearms in the house', 'weapons in the house',
        // Dealing from the family home, said as practitioners say it ("mum sells coke from the flat").
        'sells drugs from', 'selling drugs from', 'deals drugs from', 'dealing drugs from', 'dealing from the flat', 'dealing from the house',
        'dealing from home', 'sells coke', 'selling coke', 'sells crack', 'selling crack',
        // Growing drugs to sell in the family home ("cannabis farm + dealing found in one of our houses").
        'cannabis farm', 'cannabis factory', 'weed farm', 'growing cannabis', 'grow house',
      ],
      source: CIN,
    },

    {
      id: 'child_sexual_exploitation',
      label: 'Child sexual exploitation (CSE), known or suspected',
      level: 'level5',
      kind: 'harm',
      phrases: [
        ...SHARED_PHRASES.child_sexual_exploitation.filter((p) => !CSE_RISK_PHRASES.includes(p)),
        'sexual images online',
        // Pack 1.10.0: money offered to a child by men ("messages from men offering her £50 to 'come round'").
        'men offering her', 'offering her money', 'offered her money', 'money to come round',
      ],
      doNotTellParents: true,
      pathway: 'exploitation',
      // 5.6 Children in Need, "Concerns that would require a referral": "child is being or suspected of being sexually
      // abused or groomed for sexual purpose" and "Sexual exploitation of a young person". The risk of it is level 4.
      source: CIN,
    },
    {
      id: 'child_criminal_exploitation',
      label: 'Child criminal exploitation (CCE) or county lines',
      level: 'level5',
      kind: 'harm',
      phrases: [
        ...SHARED_PHRASES.child_criminal_exploitation,
        'gang involvement', 'owes a drug debt', 'debt bondage', 'found in another town', 'carries a knife',
      ],
      pathway: 'exploitation',
      // 5.6 Children in Need, "Concerns that would require a referral": "child is being or suspected of being groomed for
      // criminal purpose or encouraged to undertake criminal acts on behalf of or to the benefit of others".
      source: CIN,
    },

    // ---- Level 4: child in need, exploitation, radicalisation ----
    {
      id: 'domestic_abuse_past',
      label: 'Domestic abuse in the family’s past, the one who did it out of the home for now (a young person fearful they will be let back)',
      level: 'level4',
      kind: 'harm',
      // The Level 4 worked example: "Whilst undertaking work on the consequences of further offending a history of domestic
      // abuse within the family home emerges ... Father is currently out of the home but the boy is fearful his mother
      // will let him back in as this has happened many times before" (recommended for Team Oasis). Level 5 is a child
      // "living in home where domestic violence is perpetrated". Domestic abuse found with the one who did it out of the
      // home counts as this (pack `abuseOutOfHome`); these phrases are the example's own fear.
      phrases: [
        'let him back in', 'let him back', 'will let him back', 'take him back', 'have him back', 'history of domestic abuse',
      ],
      source: L4,
    },
    {
      id: 'cse_risk',
      label: 'A young person who may be at risk of child sexual exploitation (an older "boyfriend", lifts in cars, parties with older men)',
      level: 'level4',
      kind: 'harm',
      // The Level 4 table: "Children who may be at risk of Child Sexual Exploitation ... Refer to the MASH team for
      // screening by the CSE team". Signs of risk, not exploitation known or suspected (that is level 5, above).
      phrases: [
        ...CSE_RISK_PHRASES,
        'older girlfriend', 'getting into cars',
        // The Level 4 row's own words: a child "at risk of" CSE is screened by the CSE team (level 4), not CSE known or suspected.
        'at risk of cse', 'risk of cse', 'cse risk', 'at risk of sexual exploitation', 'risk of sexual exploitation', 'cse screening',
      ],
      // Not the do-not-tell rule: that is for sexual abuse known or suspected (5.6); signs of risk are screened with the family.
      pathway: 'exploitation',
      source: L4,
    },
    {
      id: 'exploitation_signs',
      label: 'Possible signs of exploitation (unexplained money or phones, controlling older friends)',
      level: 'level4',
      kind: 'harm',
      phrases: [
        'unexplained money', 'large amounts of money', 'lots of cash', 'lots of money', 'new clothes', 'expensive trainers', 'new phone',
        'new phones', 'multiple phones', 'more than one phone', 'two phones', 'several handsets', 'burner phone',
        'lots of texts', 'constant phone calls', 'always on the phone', 'controlling friends', 'older friends',
        'older associates', 'controlling older', 'unexplained gifts', 'leaving home without explanation',
        'leaving care without explanation', 'physical assault', 'suspicion of assault',
        // A weapon on its own: a sign to screen, not grooming for crime known or suspected (level 5).
        'knife', 'weapon', 'machete',
      ],
      pathway: 'exploitation',
      source: SIGNS,
    },
    {
      id: 'missing_from_home',
      label: 'Going missing from home or care',
      level: 'level4',
      kind: 'harm',
      phrases: [
        ...SHARED_PHRASES.missing_from_home,
        'absconding', 'not come home', 'missing overnight', 'whereabouts unknown', 'persistently missing',
      ],
      pathway: 'exploitation',
      source: L4,
    },
    // Seed 004 names a young person's own drinking or drug use only among the signs of two Level 4 rows: a child who
    // may be at risk of sexual exploitation ("Missing from home, Early and excessive consumption of alcohol and of
    // drugs") and a homeless 16/17-year-old ("Sofa Surfing, Substance misuse"). The other signs of those rows carry
    // level 4 themselves (missing_from_home, cse_risk, young_person_homeless); the use on its own is an additional
    // need that a multi-agency plan meets with consent, Level 3 (decision 013, "One need counted once, and a young person's drinking or drug use").
    {
      id: 'young_person_substance_misuse',
      label: 'Young person drinking or using drugs',
      level: 'level3',
      kind: 'harm',
      phrases: [
        ...SHARED_PHRASES.young_person_substance_misuse,
        'excessive drinking', 'young person using substances',
      ],
      pathway: 'exploitation',
      source: L3,
    },
    {
      id: 'radicalisation',
      label: 'Young person at risk of radicalisation',
      level: 'level4',
      kind: 'harm',
      phrases: [
        ...SHARED_PHRASES.radicalisation,
        ...WIDER_PHRASES.radicalisation,
        'extremist rhetoric', 'nazi', 'targeting pupils of other races', 'racially motivated attacks', 'animal rights extremism',
        'watching beheading videos',
      ],
      pathway: 'channel',
      source: L4,
    },
    {
      id: 'harmful_sexual_behaviour',
      label: 'Young person showing harmful sexual behaviour towards others',
      level: 'level4',
      kind: 'harm',
      phrases: [
        ...SHARED_PHRASES.harmful_sexual_behaviour,
        'sexually harmful behaviour', 'hsb', 'indecent assault on another pupil', 'inappropriate touching', 'touched another child',
        'sexually explicit language', 'sexually explicit words', 'sexual violence', 'peer on peer abuse', 'child on child abuse', 'aim assessment',
      ],
      source: L4,
    },
    {
      id: 'young_person_homeless',
      label: 'Young person aged 16 or 17 homeless or estranged from family',
      level: 'level4',
      kind: 'need',
      phrases: [
        'homeless', 'sofa surfing', 'sofa-surfing', 'kicked out', 'thrown out', 'told to leave home', 'nowhere to live',
        'nowhere to stay', 'sleeping rough', 'estranged from family', 'staying with friends', 'no fixed abode',
        // Put out of home, as it is said (pack 1.9.0): "mum's chucking her 16yo out tonight, he's nowhere to go".
        'nowhere to go', 'chucked out', 'chucking him out', 'chucking her out',
      ],
      source: L4,
    },
    {
      id: 'needs_unmet_despite_help',
      label: 'Needs still unmet despite early help: parents not cooperating, problems getting worse',
      level: 'level4',
      kind: 'need',
      phrases: [
        'lack of parental cooperation', 'not cooperating', 'parents not engaging', 'not engaging', 'disengaged',
        'refusing support', 'refuses help', 'plan not working', 'plan is failing', 'failing plan', 'tried early help',
        'early help not working', 'things getting worse', 'deteriorating', 'escalating behaviour', 'reverted',
        'relapsed', 'entered the criminal justice system', 'step up', 'step-up',
      ],
      source: L4,
    },

    // ---- Needs the guidance describes at level 3, within a range of needs. On their own they are
    // level 2 (one agency); with another need, the raise below makes it level 3 (Team Around the Family).
    // Parents' drug use and offending stay at level 3, where the guidance puts them: the safer reading. ----
    {
      id: 'range_of_needs',
      label: 'A range of needs that more than one agency should meet together in one plan',
      level: 'level3',
      kind: 'need',
      phrases: [
        'range of needs', 'range of unmet needs', 'multi-agency plan', 'multi agency plan', 'multi-agency support',
        'multi agency support', 'more than one agency', 'several agencies', 'integrated support plan', 'joined up plan',
        // Level 3's response named (pack 1.10.0): "Call a TAF meeting", "an Early Help Family Support Plan", "the
        // 'Lead Professional' role". A question about running one is answered with level 3's steps.
        'taf', 'team around the family', 'ehfsp', 'early help family support plan', 'lead professional',
      ],
      source: L3,
    },
    {
      id: 'parent_substance_misuse',
      label: 'Parent’s drug or alcohol use affecting their care of the child',
      level: 'level3',
      kind: 'need',
      phrases: [
        ...SHARED_PHRASES.parent_substance_misuse,
        'drug use',
        // Pack 1.11.0: use said of a parent without naming the drug ("fairly sure mum uses", "mum n dad both using").
        'mum uses', 'dad uses', 'mum is using', 'dad is using', 'both using', 'parents using', 'both parents using',
      ],
      source: L3,
    },
    {
      id: 'parent_mental_health',
      label: 'Parent’s mental health (for example depression) affecting the family',
      level: 'level2',
      kind: 'need',
      // The guidance's one row with a parent's mental health below child protection is Level 2's young carer row ("A young
      // person is providing support to a parent with a disability or a mental health problem"): one need with the young
      // carer's and the child's own wellbeing, not a range of needs.
      need: 'caring',
      phrases: [
        // A parent not coping is level 3's own worked example (`parent_not_coping`), not this need.
        ...SHARED_PHRASES.parent_mental_health.filter((p) => !NOT_COPING_BASE.includes(p)),
        'mum depression', 'mum anxiety',
        // Pack 1.11.0: a mother's postnatal screening score and service named ("mum EPDS 19, declining perinatal").
        'epds', 'perinatal',
      ],
      source: L3,
    },
    {
      // Level 3's worked examples (pack 1.10.0): "The Health Visitor notes that parent/carer is not coping and refers to the
      // Children's Centre", and "A single parent is struggling to care for her child". Before, these words were the
      // parent's mental health, a level 2 need.
      id: 'parent_not_coping',
      label: 'A parent or carer not coping or struggling to care for the child',
      level: 'level3',
      kind: 'need',
      phrases: [
        ...NOT_COPING_BASE,
        'mum is overwhelmed', 'mum overwhelmed', 'she is overwhelmed', "she's overwhelmed", 'dad is overwhelmed', 'parents are overwhelmed',
        'mum is struggling', "mum's struggling", 'mum struggling', 'dad is struggling', "dad's struggling", 'dad struggling',
        'parents are struggling', 'parents struggling', 'carer is struggling', 'nan is struggling', 'gran is struggling',
        'struggling to care for', 'struggling to look after', 'struggling to manage', 'struggling with the kids', 'struggling with the baby',
      ],
      source: L3,
    },
    {
      id: 'child_mental_health',
      label: 'Child’s emotional wellbeing or mental health (including self-harm)',
      level: 'level2',
      kind: 'need',
      // Beside caring for a parent, one need with the young carer's: Level 2's row "A young person is providing support to
      // a parent with a disability or a mental health problem" has as its indicators "socially isolated, taking on
      // responsibilities that impact on their own social and emotional development", and one response (Young Carers).
      need: 'caring',
      phrases: [
        ...SHARED_PHRASES.child_mental_health,
        'scratching arms', 'socially isolated', 'healthy young minds',
        // Pack 1.9.0: distress told plainly.
        'tearful', 'clingy', 'nightmares',
        // Pack 1.10.0: upset, unkind messages and friendships told plainly.
        'teary', 'gone quiet', 'nasty messages', 'nasty whatsapps', 'friendships really hard', 'finding friendships hard', 'no friends',
        'on his own every playtime', 'on her own every playtime', 'eating very little', 'eating hardly anything',
      ],
      source: L3,
    },
    {
      id: 'challenging_behaviour',
      label: 'Challenging or aggressive behaviour, exclusions from school',
      level: 'level2',
      kind: 'need',
      phrases: [
        ...SHARED_PHRASES.challenging_behaviour,
        'violent behaviour', 'behaviour getting worse', 'fixed-term exclusion', 'at risk of permanent exclusion', 'tired and irritable',
        'angry outbursts', 'fighting at school',
      ],
      source: L3,
    },
    {
      id: 'offending_antisocial',
      label: 'Anti-social behaviour or a first offence',
      level: 'level3',
      kind: 'need',
      phrases: [
        'anti-social behaviour', 'antisocial behaviour', 'anti social behaviour', 'asb', 'arrested', 'first offence',
        'criminal damage', 'damage to property', 'shoplifting', 'in trouble with the police', 'trouble with police',
        'community disposal', 'triage', 'wrong crowd', 'bad company', 'company he is keeping', 'neighbour nuisance',
        'no boundaries', 'won’t accept boundaries', 'out of control',
        // Where an offence went (pack 1.9.0). Not "charged" or "stolen car", as often said of a parent or a neighbour.
        'youth court',
        // Pack 1.11.0: the youth offending service named ("YOT involved for something minor").
        'yot involved', 'yos involved', 'youth offending', 'neighbours complaining',
      ],
      source: L3,
    },
    {
      id: 'housing',
      label: 'Family in unsuitable or unstable housing (including after fleeing domestic abuse)',
      level: 'level2',
      kind: 'need',
      phrases: [
        ...SHARED_PHRASES.housing,
        'fled domestic violence', 'fled domestic abuse', 'living with friends', 'no lift',
      ],
      source: L3,
    },
    {
      id: 'developmental_delay',
      label: 'Child not meeting developmental milestones, or a disabled child whose needs the parent cannot meet',
      level: 'level2',
      kind: 'need',
      need: 'development',
      phrases: [
        'developmental milestones', 'delayed walking', 'complex needs', 'disabled child', 'life limiting condition',
        'severe learning disabilities', 'risk of family breakdown', 'family breakdown',
        // Told plainly ("isn't walking steadily or using any words yet", "not walking at 2").
        'not walking steadily', 'still not walking', 'is not using any words', 'not saying any words',
      ],
      pathway: 'disability',
      source: L3,
    },
    {
      // Level 3's worked example (pack 1.10.0): "Parents and or professional concerned that the child is not meeting
      // developmental milestone or compared to peers or has been formally confirmed as having a level of development
      // delay", with "Child is not meeting developmental milestones or lacks interest in trying new activities", met with an
      // Early Help Family Support Plan and a Team Around the Family. Said in those words, or as delay in more than one area
      // ("not walking or talking"); one area alone (a speech delay, late walking) is level 2's single service.
      id: 'developmental_milestones',
      label: 'Child not meeting developmental milestones, or confirmed developmental delay',
      level: 'level3',
      kind: 'need',
      need: 'development',
      phrases: [
        'developmental delay', 'development delay', 'global delay', 'global developmental delay', 'not meeting milestones',
        'missed milestones', 'not meeting his milestones', 'not meeting her milestones', 'behind on milestones', 'behind with milestones',
        'lacks interest in trying new activities', 'no interest in toys', 'not much interest in toys', 'not interested in toys',
        'not walking or talking', 'behind with walking and talking', 'behind with his walking and talking', 'behind on speech and walking',
      ],
      pathway: 'disability',
      source: L3,
    },
    {
      id: 'missed_health_appointments',
      label: 'Missed health appointments',
      level: 'level2',
      kind: 'need',
      phrases: [
        'missed appointments', 'missed health appointments', 'not brought to appointments', 'was not brought',
        // As it is typed (pack 1.9.0): "missed imms", "forgetting appts", "keeps missing checks".
        'missed imms', 'missing imms', 'missed immunisations', 'missed jabs', 'missed appts', 'forgetting appts', 'forgetting appointments',
        'missing checks', 'missed checks',         'did not attend', 'missed hospital appointment', 'missed gp appointment', 'immunisations not up to date',
        'not immunised', 'missed vaccinations',
        // Appointments named by who they are with ("missed the last three health visitor appointments", "no access visits").
        'health visitor appointments', 'hv appointments', 'missed health visits', 'no access visit', 'no access visits',
        'missing hospital appointments', 'missing appointments', 'missed his appointments', 'missed her appointments', 'missed clinic',
      ],
      source: L3,
    },
    {
      id: 'neet',
      label: 'Young person not in education, employment or training (NEET)',
      level: 'level2',
      kind: 'need',
      phrases: [
        'neet', 'not in education employment or training', 'not in education', 'no qualifications', 'dropped out of college',
        'left school', 'not in training', 'not in college',
        // Heading that way (pack 1.9.0): "on track for no grades", "heading for no GCSEs", "stopped going to college".
        'no grades', 'no gcses', 'stopped going to college', 'dropped out of sixth form',
      ],
      source: L3,
    },

    // ---- Level 2: targeted support from one agency ----
    {
      id: 'school_attendance',
      label: 'School attendance dropping or often late',
      level: 'level2',
      kind: 'need',
      phrases: [
        ...SHARED_PHRASES.school_attendance,
        ...WIDER_PHRASES.school_attendance,
      ],
      source: L2,
    },
    {
      id: 'young_carer',
      label: 'Young carer looking after a parent with a disability or mental health problem',
      level: 'level2',
      kind: 'need',
      need: 'caring',
      phrases: [
        ...SHARED_PHRASES.young_carer,
        ...WIDER_PHRASES.young_carer,
        // Pack 1.11.0: "13yo is his mum's carer".
        "is his mum's carer", "is her mum's carer", "is his dad's carer", "is her dad's carer",
        // Pack 1.10.0: the care told by what the child does ("helping dad get up, cooking tea").
        'helping dad get up', 'helping mum get up', 'helps dad get up', 'helps mum get up', 'helps dad get dressed', 'helps mum get dressed',
        'does most of the cooking', 'does the cooking', 'cooking tea for', 'does a lot at home',
      ],
      source: L2,
    },
    {
      // The level's own definition (seed 004, "Level 2"), for a worry the meaning places here without naming a need
      // (pack `levelIndicators`, combine step 3b).
      id: 'single_agency_need',
      label: 'Additional needs that one agency or practitioner can meet with targeted support, with consent',
      level: 'level2',
      kind: 'need',
      phrases: ['single agency', 'single agency support', 'one agency can', 'one agency could', 'one service can help'],
      source: L2,
    },
    {
      id: 'speech_language',
      label: 'Speech, language or communication difficulties',
      level: 'level2',
      kind: 'need',
      need: 'development',
      phrases: [
        'speech and language', 'speech delay', 'language delay', 'speech difficulties', 'not talking', 'no words',
        'communication difficulties', 'difficulty communicating', 'salt referral',
        'only saying about', 'only says a few words', 'not saying much', 'not talking much',
        // The seed's "Refer to Speech and Language Therapeutic services", and speech behind said plainly.
        'speech therapy', 'speech therapist', 'behind with talking', 'behind with his talking', 'behind with her talking',
        'not putting words together', 'isnt putting words together', 'only a few words', 'not saying many words', 'barely talking', 'hardly talking', 'hardly any words', 'barely any words', 'limited speech',
        // Pack 1.9.0: a child silent in the setting, speech unclear.
        'wont say a word', 'speech is unclear', 'speech is a bit unclear', 'unclear speech',
        // Pack 1.10.0: sounds and talking behind, said plainly.
        'speech sounds', 'can not say his', 'can not say her', 'talking is behind', 'talking behind',
        // Pack 1.11.0.
        'speech behind', 'speech is behind', 'speech delayed', 'speech is delayed',
      ],
      source: L2,
    },
    {
      id: 'learning_progress',
      label: 'Falling behind at school or struggling with the curriculum',
      level: 'level2',
      kind: 'need',
      need: 'development',
      phrases: [
        'falling behind', 'fallen behind', 'behind peers', 'behind the others', 'behind in reading', 'behind with reading', 'behind in his reading',
        'behind in her reading', 'reading age', 'years behind', 'year behind', 'not catching up', 'catch up plan',
        'not making progress', 'not making expected progress', 'struggling at school', 'reading way behind', 'reading is way behind',
        'reading well behind', 'even after catch up',
        'struggling with school work', 'learning difficulties', 'learning needs', 'special educational needs', 'dyslexia', 'dyslexic',
        'not progressing', 'behind in maths', 'struggling with maths', 'struggling in maths', 'fine motor', 'gross motor',
        'behind with phonics', 'behind in phonics', 'behind with his reading', 'behind with her reading', 'can not read', 'struggling to read',         'educational psychologist', 'specialist teacher',
      ],
      source: L2,
    },
    {
      id: 'health_need',
      label: 'A health need that needs checking',
      level: 'level2',
      kind: 'need',
      phrases: [
        'health need', 'health concern', 'health problem', 'medical condition', 'symptoms', 'needs a paediatrician',
        'referral to paediatrician', 'unwell', 'poorly',
        // The seed's "symptoms that require further investigation ... Refer to a paediatrician", as practitioners say it.
        'paediatrician', 'paed referral', 'paediatric referral', 'paediatric assessment', 'needs checking out', 'further investigation',
        // A long-term condition named ("severe asthma and eczema", "type 1 diabetes").
        'severe asthma', 'severe eczema', 'type 1 diabetes', 'type 1 diabetic', 'epilepsy', 'cystic fibrosis',
        // Symptoms told plainly ("keeps fainting in class, no idea why", "wheezes every PE lesson, never seen a GP").
        'keeps fainting', 'fainting', 'fainted', 'wheezes', 'wheezing', 'breathless', 'chest hurts', 'chest pain', 'never seen a gp',
        // Wetting or soiling, which the continence or enuresis service sees (pack 1.9.0): "8yo wetting the bed every night".
        'wetting the bed', 'wets the bed', 'bedwetting', 'bed wetting', 'still wets', 'enuresis', 'soiling', 'constipation', 'continence',
        // Hearing, and a baby's feeding, told plainly: "doesn't seem to hear unless you're in front of her", "tongue tie".
        'hearing loss', 'hearing problem', 'hearing problems', 'glue ear', 'doesnt seem to hear', 'does not seem to hear',
        'tongue tie', 'struggling to latch', 'does not react to', 'does not respond when called',
        // Symptoms told plainly (pack 1.10.0): the row's "symptoms that require further investigation".
      ],
      source: L2,
    },

    // ---- Level 1: universal ----
    {
      id: 'universal',
      label: 'No additional needs: needs met by family and universal services',
      level: 'level1',
      kind: 'context',
      phrases: [
        ...SHARED_PHRASES.universal,
        'careers advice', 'day care', 'nursery place', 'health visitor check', 'immunisations up to date',
      ],
      source: L1,
    },
  ],

  routes: [
    {
      id: 'route_emergency',
      title: 'Immediate danger: call 999',
      summary: 'If a child is in immediate danger, call the police on 999 now. Then refer to the MASH without delay.',
      level: 'emergency',
      steps: [
        { text: 'If the child is in immediate danger, call the police on 999.', contacts: ['police'], source: CIN },
        {
          text: 'When a child is known or suspected to have been physically, sexually or emotionally abused or severely neglected, they need immediate protection: make a referral to the MASH without delay.',
          contacts: ['mash'],
          source: CIN,
        },
        {
          text: 'If the child is already an open case to Children’s Social Care, tell their allocated social worker as well.',
          contacts: ['allocated_social_worker'],
          source: EHC,
        },
        {
          text: 'Do not delay the referral because a parent cannot be contacted. Do not tell parents or carers where sexual abuse, fabricated illness or forced marriage is known or suspected.',
          contacts: [],
          source: CIN,
        },
      ],
      contacts: ['police', 'mash', 'allocated_social_worker'],
      source: CIN,
    },
    {
      id: 'route_level5',
      title: 'Level 5: refer to the MASH straight away',
      summary: 'The child is at risk of, or is suffering, significant harm. Refer to the MASH immediately; you do not need consent to share information.',
      level: 'level5',
      steps: [
        {
          text: 'Refer to the MASH immediately, or, if the child is an open case, to their allocated social worker.',
          contacts: ['mash', 'allocated_social_worker'],
          source: EHC,
        },
        {
          text: 'Tell your agency’s designated safeguarding person, as your own procedures require.',
          contacts: ['dsl'],
          source: EHC,
        },
        {
          text: 'At level 5 agencies have a duty to share information (section 47, Children Act 1989). Refusal of consent must not stop you sharing.',
          contacts: [],
          source: SHARING,
        },
        {
          text: 'It is good practice to tell a parent or carer about a referral, but it is not required, and a referral should not be delayed because a parent cannot be contacted.',
          contacts: [],
          tellsFamily: true,
          source: CIN,
        },
        {
          text: 'Parents or carers must not be told about the referral where sexual abuse, fabricated illness or forced marriage is known or suspected. If in any doubt, ask the MASH.',
          contacts: ['mash'],
          source: CIN,
        },
        {
          text: 'What happens next: a strategy meeting, section 47 enquiries and possibly an Initial Child Protection Conference. Care proceedings may be started. Where neglect is suspected the MASH will say if a Graded Care Profile 2 is needed.',
          contacts: [],
          source: L5,
        },
      ],
      contacts: ['mash', 'allocated_social_worker', 'dsl', 'police'],
      source: L5,
    },
    {
      id: 'route_level4',
      title: 'Level 4: refer to the MASH (child in need)',
      summary: 'Needs have lasted or got worse despite early help. Refer to the MASH with consent, for screening and a statutory assessment.',
      level: 'level4',
      steps: [
        {
          text: 'Refer to the MASH with the consent of the parents or carers, and of the child if appropriate, where this does not put the child at further risk.',
          contacts: ['mash'],
          tellsFamily: true,
          source: CIN,
        },
        {
          text: 'At level 4, think carefully about whether there is enough reason to share confidential information without consent, and write down your reason if you do.',
          contacts: [],
          source: SHARING,
        },
        {
          text: 'The MASH screens the referral and makes initial enquiries. If intervention looks necessary the case is passed for a section 17 Child and Family assessment.',
          contacts: ['mash'],
          source: CIN,
        },
        {
          text: 'After assessment the child may have a Child in Need plan led by a social worker, go to an Initial Child Protection Conference, be referred to Team Oasis for a targeted response, or be stepped down to a lead professional for TAF work.',
          contacts: ['team_oasis'],
          source: L4,
        },
        {
          text: 'Not sure if it meets the threshold? Contact the MASH for a consultation.',
          contacts: ['mash'],
          source: CIN,
        },
      ],
      contacts: ['mash', 'team_oasis', 'early_help_consultant', 'police'],
      source: L4,
    },
    {
      id: 'route_level3',
      title: 'Level 3: Team Around the Family',
      summary: 'The child needs support from more than one agency. With consent, complete an Early Help Family Support Plan and bring a Team Around the Family together.',
      level: 'level3',
      steps: [
        {
          text: 'With the parent’s permission, gather information from the other professionals involved with the family to complete an Early Help Family Support Plan (EHFSP).',
          contacts: [],
          source: L3,
        },
        {
          text: 'Involve the Early Help Consultant, who will advise on other services. A multi-agency EHFSP should be registered with the Early Help Consultants in Team Oasis.',
          contacts: ['early_help_consultant'],
          source: EHC,
        },
        {
          text: 'Call a Team Around the Family (TAF) meeting, with the parents (and the child where appropriate) as partners, to agree an integrated support plan and a lead professional.',
          contacts: [],
          source: TAF,
        },
        {
          text: 'Monitor progress through TAF meetings, and refer to the MASH if the situation calls for it.',
          contacts: ['mash'],
          source: L3,
        },
        {
          text: 'Where concerns persist, are complex or entrenched, and a social worker may need to be lead professional, send the EHFSP and an interagency form to the MASH to discuss allocation to Team Oasis.',
          contacts: ['mash', 'team_oasis'],
          source: L3,
        },
      ],
      contacts: ['early_help_consultant', 'team_oasis', 'mash', 'healthy_young_minds', 'behaviour_outreach', 'police'],
      source: L3,
    },
    {
      id: 'route_level2',
      title: 'Level 2: targeted support from one agency',
      summary: 'One agency or practitioner can meet the need with consent. Record needs on an Early Help Family Support Plan and refer to the right service.',
      level: 'level2',
      steps: [
        {
          text: 'Get consent from the parent, or from a Gillick competent child, before sharing information or starting an assessment.',
          contacts: [],
          source: SHARING,
        },
        {
          text: 'Record the needs on an Early Help Family Support Plan (EHFSP), keeping the response focused on the child’s needs.',
          contacts: [],
          source: L2,
        },
        {
          text: 'Refer to the service that fits the need: for example the School Attendance Service, Young Carers (with the young person’s permission), Speech and Language Therapy, a paediatrician, or First Point for a disabled child.',
          contacts: ['school_attendance_service', 'young_carers', 'speech_language', 'first_point'],
          source: L2,
        },
        {
          text: 'For advice on early help or other services, talk to an Early Help Consultant. The Bury Directory lists local services.',
          contacts: ['early_help_consultant', 'bury_directory'],
          source: EHC,
        },
      ],
      contacts: ['early_help_consultant', 'school_attendance_service', 'young_carers', 'speech_language', 'first_point', 'bury_directory', 'police'],
      source: L2,
    },
    {
      id: 'route_level1',
      title: 'Level 1: universal services',
      summary: 'No additional needs. The child’s needs are met by their family and by universal services such as school, GP and health visiting.',
      level: 'level1',
      steps: [
        {
          text: 'Keep supporting the child through your own service; needs are monitored through universal health, school and college processes.',
          contacts: [],
          source: L1,
        },
        {
          text: 'If a short-term need comes up, one agency can meet it. The Bury Directory lists services open to everyone.',
          contacts: ['bury_directory'],
          source: SERVICES,
        },
      ],
      contacts: ['bury_directory', 'dsl', 'police'],
      source: L1,
    },
    {
      id: 'parents_not_told',
      title: 'When parents must not be told about a referral',
      summary: 'Where sexual abuse, fabricated illness or forced marriage is known or suspected, do not tell parents or carers about the referral. If in doubt, ask the MASH.',
      steps: [
        // Beside the level 5 route (where these indicators lead), its own steps already say this: shown when the route stands alone.
        {
          text: 'Do not tell the parents or carers about the referral where sexual abuse, fabricated illness or forced marriage is known or suspected.',
          contacts: [],
          skipAsPathway: true,
          source: CIN,
        },
        { text: 'If you are in any doubt, contact the MASH for advice.', contacts: ['mash'], skipAsPathway: true, source: CIN },
        {
          text: 'Refer to the MASH without delay; you do not need consent where a child is at risk of significant harm.',
          contacts: ['mash'],
          skipAsPathway: true,
          source: SHARING,
        },
      ],
      contacts: ['mash', 'police'],
      source: CIN,
    },
    {
      id: 'fgm',
      title: 'Female genital mutilation (FGM)',
      summary: 'Refer FGM concerns to Children’s Social Care through the MASH. Schools and health staff may also have a mandatory duty to report FGM.',
      steps: [
        { text: 'Refer to Children’s Social Care (the MASH) for an assessment.', contacts: ['mash'], source: L5 },
        {
          text: 'Schools, health and other agencies may need to follow additional mandatory reporting procedures for FGM: check your agency’s procedure.',
          contacts: ['dsl'],
          source: L5,
        },
        { text: 'A strategy meeting is held and section 47 enquiries are made.', contacts: [], skipAsPathway: true, source: L5 },
        // As the emergency route words it (Bury's guidance says nothing of a girl "about to be taken abroad").
        { text: 'If the child is in immediate danger, call the police on 999.', contacts: ['police'], source: CIN },
      ],
      contacts: ['mash', 'police', 'dsl'],
      source: L5,
    },
    {
      id: 'exploitation',
      title: 'Child exploitation (CSE, CCE and county lines)',
      summary: 'Refer suspected sexual or criminal exploitation to the MASH. The CSE team screens it and a plan is made at the right level.',
      steps: [
        {
          text: 'Refer to the MASH for screening by the CSE team. If CSE, or the risk of it, is likely, a plan is made at the right level (child protection, CSE, child in need or TAF).',
          contacts: ['mash'],
          source: L4,
        },
        {
          text: 'A child being, or suspected of being, groomed for crime or made to commit crimes for others (criminal exploitation) also needs a referral to the MASH.',
          contacts: ['mash'],
          source: CIN,
        },
        {
          text: 'Look for the signs: going missing or being found out of area; unexplained money, clothes or phones; lots of texts, calls or handsets; controlling or older friends; leaving home or care without explanation; unexplained injuries; parents’ worries; carrying weapons.',
          contacts: [],
          source: SIGNS,
        },
        {
          text: 'The child may have been exploited even if the activity seems consensual, and exploitation can happen online without physical contact.',
          contacts: [],
          source: CSE_DEF,
        },
        { text: 'If the child is in immediate danger, call the police on 999.', contacts: ['police'], source: CIN },
      ],
      contacts: ['mash', 'police'],
      source: SIGNS,
    },
    {
      id: 'channel',
      title: 'Radicalisation: MASH and Channel',
      summary: 'For a young person at risk of radicalisation, refer to the MASH for an assessment of need and to the multi-agency Channel meeting.',
      steps: [
        { text: 'Refer to the MASH for an assessment of need.', contacts: ['mash'], source: L4 },
        { text: 'Make a referral to the multi-agency Channel meeting.', contacts: ['channel'], source: L4 },
      ],
      contacts: ['mash', 'channel', 'police'],
      source: L4,
    },
    {
      id: 'pre_birth',
      title: 'Unborn baby: pre-birth assessment',
      summary: 'Where a pregnant woman may not be able to care for a new baby, or the baby may be at risk, refer to the MASH for a pre-birth assessment.',
      steps: [
        { text: 'Refer to the MASH for a pre-birth assessment.', contacts: ['mash'], source: L5 },
        {
          text: 'An Initial Child Protection Conference may follow, and care proceedings may be started.',
          contacts: [],
          skipAsPathway: true,
          source: L5,
        },
      ],
      contacts: ['mash', 'police'],
      source: L5,
    },
    {
      id: 'information_sharing',
      title: 'Information sharing and consent by level',
      summary: 'At levels 1 to 3 get consent before sharing. At level 4 weigh sharing without consent carefully and record why. At level 5 you have a duty to share.',
      steps: [
        {
          text: 'Levels 1 to 3: get consent from a parent or a Gillick competent child before sharing information or starting an assessment.',
          contacts: [],
          source: SHARING,
        },
        {
          text: 'Level 4: think carefully about whether there is enough reason to share confidential information without consent, and write down the reason in full.',
          contacts: [],
          source: SHARING,
        },
        {
          text: 'Level 5: agencies have a duty to share information under section 47 of the Children Act 1989, including when asked during a section 47 enquiry, under section 47(9).',
          contacts: [],
          source: SHARING,
        },
        {
          text: 'You do not need consent where a child is suffering, or likely to suffer, significant harm, or to prevent it. Refusal of consent should not stop you sharing.',
          contacts: [],
          source: SHARING,
        },
        {
          text: 'Telling parents about a referral is good practice but not required. Parents or carers must not be told where sexual abuse, fabricated illness or forced marriage is known or suspected.',
          contacts: [],
          source: CIN,
        },
        { text: 'If you are unsure, ask the MASH for a consultation.', contacts: ['mash'], source: CIN },
      ],
      contacts: ['mash', 'dsl', 'police'],
      source: SHARING,
    },
    {
      id: 'after_referral',
      title: 'What happens after a referral to the MASH',
      summary: 'The MASH screens the referral and makes initial enquiries. The child may then have an assessment, a Child in Need plan, a child protection conference, or early help through Team Oasis.',
      steps: [
        { text: 'The MASH screens the referral and makes initial enquiries.', contacts: ['mash'], source: CIN },
        {
          text: 'If intervention looks necessary, to prevent neglect or abuse or to help the child live with their family, the case goes for a section 17 Child and Family (C&F) assessment.',
          contacts: [],
          source: CIN,
        },
        {
          text: 'If the child is “in need”, a social worker from the Initial Response Team develops a Child in Need plan, before the case moves to a social worker in the Safeguarding Service, who is lead professional until the case is stepped down or closed.',
          contacts: [],
          source: CIN,
        },
        {
          text: 'If there is significant harm, a Child Protection Conference is held and all relevant agencies are invited. A child protection plan is co-ordinated by a Core Group.',
          contacts: [],
          source: CIN,
        },
        {
          text: 'Otherwise the child may be referred for a targeted response from Team Oasis, or stepped down to a lead professional for Team Around the Family work.',
          contacts: ['team_oasis'],
          source: L4,
        },
      ],
      contacts: ['mash', 'team_oasis', 'police'],
      source: CIN,
    },
    {
      id: 'disability',
      title: 'Disabled children and children with complex needs',
      summary: 'Refer to First Point where a child has additional needs. If parents are struggling with a disabled child’s complex needs, refer to the MASH for screening and an Early Help Family Support Plan.',
      steps: [
        { text: 'Refer to First Point where the child has additional needs.', contacts: ['first_point'], source: L2 },
        {
          text: 'Where a parent is struggling to manage a disabled child’s complex needs (complex health needs, a life-limiting condition, or severe learning disabilities with challenging behaviour and a risk of family breakdown), refer to the MASH for screening and consideration for an EHFSP.',
          contacts: ['mash'],
          source: L2,
        },
        {
          text: 'Under a Team Around the Family plan: involve the School Health Service and Healthy Young Minds, and refer to the O.T. Service for housing access issues.',
          contacts: ['healthy_young_minds', 'early_help_consultant'],
          source: L3,
        },
      ],
      contacts: ['first_point', 'mash', 'early_help_consultant', 'healthy_young_minds', 'police'],
      source: L2,
    },
    {
      id: 'getting_advice',
      title: 'Getting advice and finding contacts in Bury',
      summary: 'Talk to your designated safeguarding person, an Early Help Consultant, or, for serious or urgent concerns, a duty social worker in the MASH.',
      steps: [
        {
          text: 'Follow your agency’s procedure: you may need to consult your designated safeguarding person first.',
          contacts: ['dsl'],
          source: EHC,
        },
        {
          text: 'For early help advice, talk to an Early Help Consultant; if the concern is more serious or immediate, talk to a duty social worker in the MASH.',
          contacts: ['early_help_consultant', 'mash'],
          source: EHC,
        },
        {
          text: 'The guidance does not give phone numbers or emails for Bury services. The Bury Directory lists services with referral and contact details.',
          contacts: ['bury_directory'],
          source: SERVICES,
        },
        { text: 'If a child is in immediate danger, call the police on 999.', contacts: ['police'], source: CIN },
      ],
      contacts: ['mash', 'early_help_consultant', 'dsl', 'bury_directory', 'police'],
      source: EHC,
    },
    {
      id: 'early_help',
      title: 'Early help: EHFSP, Team Oasis and Team Around the Family',
      summary: 'An Early Help Family Support Plan (EHFSP) involving more than one agency is registered with the Early Help Consultants in Team Oasis and delivered through a Team Around the Family.',
      steps: [
        {
          text: 'Register an EHFSP that involves more than one agency with the Early Help Consultants in Team Oasis. They can tell you if a plan already exists and help you complete it.',
          contacts: ['early_help_consultant'],
          source: EHC,
        },
        {
          text: 'Agree a lead professional through a Team Around the Family meeting, with the family’s permission.',
          contacts: [],
          source: TAF,
        },
        {
          text: 'Referrals to Team Oasis go through the MASH, where they are screened and, if right, passed to Team Oasis for allocation.',
          contacts: ['mash', 'team_oasis'],
          source: OASIS,
        },
      ],
      contacts: ['early_help_consultant', 'team_oasis', 'mash', 'police'],
      source: EHC,
    },
  ],

  topics: [
    {
      id: 'info_sharing',
      route: 'information_sharing',
      phrases: [
        ...SHARED_TOPIC_PHRASES.info_sharing, 'gillick', 'gillick competent',
        'confidentiality', 'confidential', 'data protection', 'gdpr', 'refused consent', 'parent refused consent',
        'tell the parents', 'tell parents', 'inform the parents', 'inform parents', 'do i tell the parents',
        'should i tell the family', 'parents must not be told',
      ],
      source: SHARING,
    },
    {
      id: 'after_referral',
      route: 'after_referral',
      phrases: [
        'what happens after', 'what happens next', 'after i refer', 'after i make a referral', 'after referral',
        'after a referral', 'after the referral', 'screening', 'c&f assessment', 'child and family assessment',
        'child in need plan', 'cin plan', 'child protection conference', 'core group',
      ],
      source: CIN,
    },
    {
      id: 'advice',
      route: 'getting_advice',
      phrases: [
        'bury directory', 'local services', 'services available', 'what services', 'early help consultant', 'team oasis',
        'ehfsp', 'early help family support plan', 'taf', 'team around the family', 'lead professional', 'consultation',
        'duty social worker', 'step down', 'step-down', 'meets the threshold', 'does it meet threshold',
      ],
      source: EHC,
    },
    {
      id: 'contextual_safeguarding',
      route: 'exploitation',
      phrases: [
        'contextual safeguarding', 'harm outside the home', 'harmed outside', 'what is cse', 'what is cce',
        'what is county lines', 'definition of exploitation', 'signs of exploitation', 'cse team',
      ],
      source: SIGNS,
    },
    {
      id: 'disability',
      route: 'disability',
      phrases: [
        'first point', 'children with disabilities', 'disabled children', 'disabled child', 'complex health care needs',
        'occupational therapy', 'o.t. service', 'ot service', 'housing access',
      ],
      source: L2,
    },
  ],

  // Levels the screening's other answers raise to, each with the level's own source.
  // A need on its own is met by one agency (level 2); a range of needs that more than one agency meets
  // together is level 3, the Team Around the Family (seed 004, "Level 2" and "Level 3"): so is the
  // screening's "Complex needs: several services" ("additional needs that can be met by targeted support
  // by a multi-agency support package with consent"). Level 4 is needs that "persist and have not been
  // met by targeted support" (seed 004, "Level 4"): early help in place and not working.
  raises: [
    ...screeningRaises({
      someNeeds: { level: 'level2', source: L2 },
      complexNeeds: { level: 'level3', source: L3 },
      needsNotMet: { level: 'level4', source: L4 },
    }),
    // Needs are counted once each: a speech delay, a developmental delay and falling behind at school are signs of
    // one need, the child's development (`need: 'development'`), which Level 2's rows give to one service (speech and
    // language therapy, a paediatrician, an education professional). Counted apart, the words "speech delay, mum
    // wants SALT" made a range of needs (decision 013, "One need counted once, and a young person's drinking or drug use").
    {
      when: { needsAtLeast: 2 },
      level: 'level3',
      because: 'There is more than one need: Bury’s guidance meets a range of needs with a plan that more than one agency delivers together (Team Around the Family).',
      source: L3,
    },
  ],

  warnings: [
    {
      id: 'do_not_tell_parents',
      when: { anyIndicatorFlagged: 'doNotTellParents' },
      lead: 'Do not tell the parents or carers before you refer, because of: {indicators:lower}.',
      text: 'Bury’s guidance says parents or carers must not be told about the referral where sexual abuse, fabricated illness or forced marriage is known or suspected. If you are in any doubt, contact the MASH for advice.',
      source: CIN,
    },
    // Who reports, and to whom, as far as the seed says: everyone refers to the MASH; other agencies' own procedures besides.
    { id: 'mandatory_reporting', when: { anyIndicatorFlagged: 'mandatoryReporting' }, lead: '{indicators}:', text: FGM_DUTY.map((p) => p.text).join(' '), source: L5 },
  ],

  guidance: [
    {
      id: 'fgm_duty',
      title: 'FGM: who reports, and to whom',
      points: FGM_DUTY,
    },
    {
      id: 'consent_by_level',
      title: 'Consent to share information, level by level',
      points: [
        {
          text: 'Levels 1 to 3: get consent to share information and to do an assessment from a parent or a Gillick competent child.',
          source: SHARING,
        },
        {
          text: 'Level 4: think carefully about whether there is enough reason to share confidential information without consent, and record the reason in full.',
          source: SHARING,
        },
        { text: 'Level 5: agencies have a duty to share information (section 47, Children Act 1989).', source: SHARING },
        {
          text: 'You do not need consent where there is evidence, or reasonable cause to suspect, that a child is suffering or likely to suffer significant harm, or where sharing is needed to prevent significant harm. A refusal should not stop you sharing.',
          source: SHARING,
        },
        {
          text: 'Agencies have a duty under section 47(9) to co-operate and share information when asked during a section 47 enquiry.',
          source: SHARING,
        },
        {
          text: 'The government’s guidance “Information sharing: advice for practitioners providing safeguarding services (2018)” helps with these decisions.',
          source: SHARING,
        },
      ],
    },
    {
      id: 'telling_parents',
      title: 'Telling parents about a referral',
      points: [
        {
          text: 'It is good practice to tell a parent or carer about a referral, but it is not required, and a referral should not be delayed because a parent cannot be contacted.',
          source: CIN,
        },
        {
          text: 'Parents or carers must not be told about the referral where sexual abuse, fabricated illness or forced marriage is known or suspected.',
          source: CIN,
        },
        { text: 'If you are in any doubt, contact the MASH for advice.', source: CIN },
      ],
    },
    {
      id: 'referral_concerns',
      title: 'Concerns that need a referral to the MASH',
      points: [
        {
          text: 'The child has been, or is likely to be, significantly harmed by a deliberate act, neglect or domestic violence.',
          source: CIN,
        },
        { text: 'The child is being, or is suspected of being, sexually abused or groomed for sexual purposes.', source: CIN },
        {
          text: 'The child is being, or is suspected of being, groomed for crime or encouraged to commit crimes for others.',
          source: CIN,
        },
        {
          text: 'The child shows significant emotional or psychological problems caused by neglect, poor parenting or emotional abuse.',
          source: CIN,
        },
        {
          text: 'A reported pregnancy where there are current child protection concerns (such as parental mental health or substance misuse) or there have been before.',
          source: CIN,
        },
        {
          text: 'Fabricated illness; forced marriage of a child; non-organic failure to thrive; sexual exploitation of a young person.',
          source: CIN,
        },
        {
          text: 'Parents involved in serious crime, such as drug dealing or viewing sexual images of children; or an adult known to be a risk to children living in, visiting or in contact with the home.',
          source: CIN,
        },
        {
          text: 'This list is not complete. Refer any significant concern, and if unsure whether it meets the threshold, contact the MASH for a consultation.',
          source: CIN,
        },
      ],
    },
    {
      id: 'exploitation_definitions',
      title: 'What child exploitation means',
      points: [
        {
          text: 'Child sexual exploitation is a form of child sexual abuse: someone uses an imbalance of power to coerce, manipulate or deceive a child under 18 into sexual activity in exchange for something the child needs or wants, or for the abuser’s gain. It can happen even if it looks consensual, and can happen online.',
          source: CSE_DEF,
        },
        {
          text: 'Child criminal exploitation is when someone uses an imbalance of power to coerce, control, manipulate or deceive a child under 18 into crime, in exchange for something the child needs or wants, for the abuser’s gain, or through violence or threats.',
          source: CCE_DEF,
        },
        {
          text: 'County lines are gangs and organised criminal networks moving illegal drugs into other areas using dedicated phone “deal lines”. They exploit children and vulnerable adults to move and store drugs and money, using coercion, intimidation, violence and weapons.',
          source: CL_DEF,
        },
        {
          text: 'Possible signs: going missing from school or home or being found out of area; unexplained money, clothes or phones; lots of texts or calls, or several handsets; controlling or older friends; leaving home or care without explanation; unexplained injuries; parents’ worries; carrying weapons.',
          source: SIGNS,
        },
      ],
    },
    {
      id: 'early_help_consultant',
      title: 'How an Early Help Consultant can help',
      points: [
        {
          text: 'Tell you if a plan already exists; advise on completing an EHFSP; offer training; support failing plans; advise on step-down from, and step-up to, social care.',
          source: EHC,
        },
        {
          text: 'For more serious or immediate concerns, consult a duty social worker in the MASH instead.',
          source: EHC,
        },
      ],
    },
    {
      id: 'neglect_gcp2',
      title: 'Neglect: Graded Care Profile 2',
      points: [
        { text: 'Where neglect is suspected, use the Graded Care Profile 2.', source: SHARING },
        { text: 'When you refer neglect to the MASH, it will say whether a Graded Care Profile 2 is needed.', source: L5 },
      ],
    },
  ],

  localities: [],
  // Each level's own definition in seed 004's table of levels: level 2, "additional needs that can be met by targeted
  // support by a single agency or practitioner with consent"; level 3, "additional needs that can be met by targeted
  // support by a multi-agency support package"; level 4, "significant needs that persist and have not been met by
  // targeted support".
  levelIndicators: {
    level2: 'single_agency_need',
    level3: 'range_of_needs',
    level4: 'needs_unmet_despite_help',
  },
  // Level 4 is "significant needs that persist and have not been met by targeted support": early help tried and stalled.
  needsUnmetByHelp: 'needs_unmet_despite_help',
  // Domestic abuse with the one who did it out of the home for now: the Level 4 worked example, not Level 5's child
  // "living in home where domestic violence is perpetrated" (rules/abuseOutOfHome.ts).
  abuseOutOfHome: { harm: 'domestic_abuse', counts: 'domestic_abuse_past' },
  // 5.6 Children in Need: a child who is "severely neglected" is "in need of immediate protection"; a sign or two of
  // neglect where the help tried has stalled is level 4's "needs that persist and have not been met by targeted support".
  stalledHelpOutweighs: ['neglect'],
  // Salford's classes with no Bury indicator that Bury's levels hold: help with parenting and "needs some help" are level 2's
  // additional needs ("the vulnerability can be the child's or the parent's"); Salford's Getting More Help, a co-ordinated
  // plan from several services, is level 3's "multi-agency support package". Salford's Getting Help is left to Bury's level head.
  semanticByLevel: { parenting_support: 'level2', needs_some_help: 'level2', 'level:getting_more_help': 'level3' },
  // Seed 004, 5.6 Children in Need, "Concerns that would require a referral": a child "groomed for criminal purpose or
  // encouraged to undertake criminal acts on behalf of ... others" and "Sexual exploitation of a young person" are level 5;
  // the "Possible signs of child exploitation" and the risk of CSE (the Level 4 table) are level 4. A worry read only as a
  // sign, which Bury's level head is sure is at level 5, is the exploitation itself.
  atProtection: {
    exploitation_signs: ['child_criminal_exploitation', 'child_sexual_exploitation'],
    cse_risk: ['child_sexual_exploitation'],
  },
  // Appendix A's "Possible signs of child exploitation": a child found out of the area ("police found him in Blackpool")
  // with two other kinds of sign beside it (phones and cash, older lads picking him up) is the county lines pattern the
  // appendix defines, a child suspected of being groomed for criminal purpose (5.6, level 5; rules/exploitationSigns.ts).
  suspectedFromSigns: 2,
  // 5.6 Children in Need: "When it is known or suspected that a child has been physically, sexually or emotionally
  // abused or are severely neglected then the child is in need of immediate protection and a referral to the MASH should
  // be made without delay." A child safe for now, going home or collected later today, is that referral, with the
  // red-flag question first (rules/timing.ts `dangerOnlyLater`, rules/semantic/combine.ts step 1c-3).
  laterTodayAtProtection: true,
  // Needs the guidance names as a parent's and as the young person's own: drinking or drug use (a parent's affecting their
  // care, Level 3; a young person's own, Level 3, as a sign in two Level 4 rows), mental health (Level 2 both) and drug
  // dealing. A phrase counts for the person the words name (rules/whose.ts).
  whose: [
    { parent: 'parent_substance_misuse', youngPerson: 'young_person_substance_misuse' },
    { parent: 'parent_mental_health', youngPerson: 'child_mental_health', parentsOnly: true },
    // A parent not coping (level 3's worked example); "not coping" said of the young person ("Y10 not coping with GCSE
    // workload") is the young person's own emotional wellbeing (level 2).
    { parent: 'parent_not_coping', youngPerson: 'child_mental_health', parentsOnly: true },
    // Drug dealing (level 5 both): a parent's serious crime, or a child made to deal (5.6, groomed for criminal purpose).
    // Only the parent's list is read again: the list of exploitation tells what others do to the child.
    { parent: 'parent_serious_crime', youngPerson: 'child_criminal_exploitation', parentsOnly: true },
  ],
  // The semantic recogniser's classes (Salford's ids) in Bury's terms: the nearest indicator at
  // Bury's own level (seed 004). Classes with no Bury equivalent are passed over.
  semantic: {
    fgm: 'fgm_risk',
    complex_needs: 'range_of_needs',
    exploitation: 'exploitation_signs',
    risky_adult: 'adult_risk_to_children',
    prebirth_risk: 'pre_birth',
    harm_outside_home: 'exploitation_signs',
    early_help_not_working: 'needs_unmet_despite_help',
    parental_substance_misuse: 'parent_substance_misuse',
    self_harm: 'child_mental_health',
    homeless_young_person: 'young_person_homeless',
    behaviour: 'challenging_behaviour',
    emotional_wellbeing: 'child_mental_health',
    parental_mental_health: 'parent_mental_health',
    housing_money: 'housing',
    development: 'developmental_delay',
    hygiene_hunger: 'health_need',
  },
};
