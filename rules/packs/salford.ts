/**
 * Salford Safeguarding Children Partnership: the default pack.
 * Every phone number, email, level, step and deadline below is cited to a file in
 * shared/seeds/ and the heading it sits under. To change a fact: change it here,
 * update its source, bump `version`, and run the tests (README, "Updating a pack").
 */
import { RED_FLAG_PHRASES, RISK_TO_CHILDREN_IN_PLAIN_WORDS, SHARED_PHRASES } from '../phraseBase';
import { screeningRaises } from '../packParts';
import type { PackInput, Source } from '../schema';

const F000 = '000_d42a021cda291206.txt';
const F001 = '001_6a0c92154672053a.txt';
const F002 = '002_184f04cef1d3f9e9.txt';
const F004 = '004_c2d64e532e0d5cd5.txt';

const s000 = (section: string): Source => ({ file: F000, section });
const s001 = (section: string): Source => ({ file: F001, section });
const s002 = (section: string): Source => ({ file: F002, section });
const s004 = (section: string): Source => ({ file: F004, section });
const supp = (page: string): Source => ({ file: 'supplementary.md', section: 'Supplementary published facts', page });

const SSCP_NEWS = 'safeguardingchildren.salford.gov.uk/news/march-2023/';
const CVS_PAGE = 'salfordcvs.co.uk/safeguarding-children-and-young-people-0';

const WORRIED = s000('Worried about a child?');
const USEFUL = s000('Useful Contacts');
const APP2_REFERRAL = s000('2. Worried about a child - how your referral should be dealt with');
const APP2_ANON = s000('3. Anonymous Referrals');
const APP2_CHALLENGE = s000("4. Steps to challenge a decision made by children's services");
const APP2_FORM = s000('Recording inter agency conflict and resolution');
const REFERRALS = s000('Referrals and Pathways to Support');
// The contents page's wording of this heading: the body's copy is a PDF run-together ("Getting RiskSupport").
const RISK = s001('Child Protection - Getting Risk Support');
const MAKING_REFERRAL = s001('The Bridge Partnership - Making a Referral');
const MORE_HELP = s001('Getting More Help');
const GETTING_HELP = s001('Getting Help');
const ADVICE = s001('Getting advice');
const WHO_FOR = s001('Who is this document for?');
const CONTEXTUAL = s001('Understanding Contextualised Safeguarding');
const PRIVATE_FOSTERING = s001('Private Fostering Arrangements');
const SECURE = s001('Working with young people in secure estates');
const FGC = s001('Family Network Meetings & Family Group Conferencing');
const DISABILITIES = s001('Children with Disabilities');
const GOLDEN = s001('Seven golden rules to sharing information');
const INFO_SHARING = s001('Information Sharing');
const STILL_WORRIED = s001('Still Worried?');
const L5 = s004('Level 5');
const L4 = s004('Level 4');
const REFER_MASH = s004('Concerns that would require a referral include');
const STRENGTHS = s001('Building on and recognising family strengths');
const RECORDING = s001('Recording what we do');
const CONFIDENTIALITY = s000('Information sharing, safeguarding and confidentiality');
const CHALLENGE_SSCP = s002('Professional Challenge and Escalation');
const BURY_CIN = s004('Children in Need');
const PF_SUPP = supp('wiltshire.gov.uk/article/5337/What-is-private-fostering');

const TELL_FAMILY = { text: 'It is important that the family knows you are making a referral. In very few cases a referral is needed without telling the family first; the Bridge can support you.', source: MAKING_REFERRAL };
const NOT_TOLD = { text: 'Salford’s guidance does not list these cases; Bury’s guidance says parents or carers must not be told about the referral where sexual abuse, fabricated illness or forced marriage is known or suspected. If in doubt, ask the Bridge.', source: BURY_CIN };
const FGM_DUTY = [
  { text: 'Bury’s guidance says everyone refers concerns about FGM to children’s social care for an assessment: in Salford, the Bridge.', source: L5 },
  { text: 'It adds that schools, health services and other agencies may need to follow additional mandatory reporting procedures for FGM: follow your organisation’s procedure as well as referring.', source: L5 },
];

const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'] as ('mon' | 'tue' | 'wed' | 'thu' | 'fri')[];
const localityHours = { kind: 'weekly' as const, days: weekdays, open: '08:30', close: '16:30', closedOnBankHolidays: true, source: USEFUL };

export const salford: PackInput = {
  id: 'salford',
  name: 'Salford Safeguarding Children Partnership',
  area: 'Salford',
  version: '1.7.0',
  contactsCheckedOn: '2026-11-23',
  source: WHO_FOR,
  emergencyLevel: 'emergency',
  emergencyContact: 'police',
  frontDoor: 'bridge',

  levels: [
    {
      id: 'getting_advice',
      name: 'Getting Advice',
      plain: 'Universal services such as schools, health visitors, GPs and youth services meet the child’s needs. Families can often self-refer.',
      rank: 1,
      source: ADVICE,
    },
    {
      id: 'getting_help',
      name: 'Getting Help',
      plain: 'Early help: the family needs some extra support, with their agreement, through an Early Help Assessment and a Team Around the Family.',
      rank: 2,
      source: GETTING_HELP,
    },
    {
      id: 'getting_more_help',
      name: 'Getting More Help',
      plain: 'More complex needs that need a co-ordinated plan from several services, and may mean the child is a “child in need” (section 17).',
      rank: 3,
      source: MORE_HELP,
    },
    {
      id: 'getting_risk_support',
      name: 'Getting Risk Support',
      plain: 'Child protection: the child may be suffering, or likely to suffer, significant harm. A referral to the Bridge is needed now.',
      rank: 4,
      source: RISK,
    },
    {
      id: 'emergency',
      name: 'Immediate danger',
      plain: 'The child is in immediate danger of being harmed, or is home alone. Call the police on 999 now.',
      rank: 5,
      source: WORRIED,
      // "Getting Risk Support (Child Protection and specialist support). If you have concerns about a child who may need immediate protection, please contact The Bridge ... and the Police on 999."
      within: { level: 'getting_risk_support', source: WHO_FOR },
    },
  ],

  levelRoutes: {
    emergency: 'emergency',
    getting_risk_support: 'risk_support',
    getting_more_help: 'more_help',
    getting_help: 'early_help',
    getting_advice: 'advice',
  },
  // "Ensure your safeguarding lead is consulted with throughout" (001, Still Worried?): the step the risk route already gives.
  staffFirstStep: { text: 'Consult your designated safeguarding lead throughout, and follow your organisation’s safeguarding policy.', contacts: [], source: STILL_WORRIED },

  contacts: [
    {
      id: 'police',
      name: 'Police (emergency)',
      aliases: ['999', 'police', 'emergency services', 'ambulance'],
      purpose: 'Call when a child is in immediate danger of being harmed, or is home alone.',
      phones: [{ label: 'Emergency', number: '999', source: WORRIED }],
      emails: [],
      hours: { kind: 'always', source: supp(SSCP_NEWS) },
      source: WORRIED,
    },
    {
      id: 'bridge',
      name: 'The Bridge Partnership',
      aliases: ['bridge', 'the bridge', 'mash', 'multi agency safeguarding hub', 'front door', 'worried about a child', 'childrens services', "children's services", 'social care', 'social services', 'partnership bridge', 'referral line', 'advice line'],
      purpose: 'Salford’s single front door for worries about a child. Referrals are made on the online referral form (the Salford Children and Families Portal); phone for advice, or when it cannot wait.',
      phones: [
        { label: 'Phone for advice, or when it cannot wait', number: '0161 603 4500', source: MAKING_REFERRAL },
        { label: 'Practitioner advice line', number: '0161 603 4555', source: MORE_HELP },
      ],
      emails: [{ label: 'Worried about a child', address: 'worriedaboutachild@salford.gov.uk', source: WORRIED }],
      hours: { kind: 'weekly', days: weekdays, open: '08:30', close: '16:30', closedOnBankHolidays: true, source: supp(SSCP_NEWS) },
      outOfHours: 'edt',
      source: MAKING_REFERRAL,
    },
    {
      id: 'edt',
      name: 'Emergency Duty Team (out of hours)',
      aliases: ['edt', 'emergency duty team', 'out of hours', 'out-of-hours', 'after hours', 'weekend', 'night'],
      purpose: 'Children’s social care outside the Bridge’s hours (evenings, nights, weekends and bank holidays).',
      phones: [{ label: 'Out of hours', number: '0161 794 8888', source: supp(SSCP_NEWS) }],
      emails: [],
      hours: { kind: 'when-closed', of: 'bridge', source: supp(SSCP_NEWS) },
      source: supp(CVS_PAGE),
    },
    {
      id: 'locality_central',
      name: 'Central Locality Team',
      aliases: ['central locality', 'central team', 'broughton hub', 'central', 'locality team', 'locality teams'],
      purpose: 'One of Salford’s four locality teams: early intervention and prevention support for families (referrals through the Bridge).',
      phones: [{ label: 'Telephone', number: '0161 778 0601', source: USEFUL }],
      emails: [{ label: 'Email', address: 'central.locality@salford.gov.uk', source: USEFUL }],
      address: { lines: ['Broughton Hub', '50 Rigby Street', 'Salford', 'M7 4BQ'], source: USEFUL },
      hours: localityHours,
      outOfHours: 'bridge',
      source: USEFUL,
    },
    {
      id: 'locality_south',
      name: 'South Locality Team',
      aliases: ['south locality', 'south team', 'emerson house', 'south', 'locality team', 'locality teams'],
      purpose: 'One of Salford’s four locality teams: early intervention and prevention support for families (referrals through the Bridge).',
      phones: [{ label: 'Telephone', number: '0161 686 5260', source: USEFUL }],
      emails: [{ label: 'Email', address: 'south.locality@salford.gov.uk', source: USEFUL }],
      address: { lines: ['Emerson House', 'Fifth Floor', 'Albert Street', 'Eccles', 'M30 0TE'], source: USEFUL },
      hours: localityHours,
      outOfHours: 'bridge',
      source: USEFUL,
    },
    {
      id: 'locality_north',
      name: 'North Locality Team',
      aliases: ['north locality', 'north team', 'burrows house', 'north', 'locality team', 'locality teams'],
      purpose: 'One of Salford’s four locality teams: early intervention and prevention support for families (referrals through the Bridge).',
      phones: [{ label: 'Telephone', number: '0161 778 0495', source: USEFUL }],
      emails: [{ label: 'Email', address: 'north.locality@salford.gov.uk', source: USEFUL }],
      address: { lines: ['Burrows House', '1st Floor (Front Building)', '10 Priestley Road', 'Wardley Industrial Estate', 'Worsley', 'M28 2LY'], source: USEFUL },
      hours: localityHours,
      outOfHours: 'bridge',
      source: USEFUL,
    },
    {
      id: 'locality_west',
      name: 'West Locality Team',
      aliases: ['west locality', 'west team', 'little hulton childrens centre', 'west', 'locality team', 'locality teams'],
      purpose: 'One of Salford’s four locality teams: early intervention and prevention support for families (referrals through the Bridge).',
      phones: [{ label: 'Telephone', number: '0161 686 7235', source: USEFUL }],
      emails: [{ label: 'Email', address: 'west.locality@salford.gov.uk', source: USEFUL }],
      address: { lines: ["Little Hulton Children's Centre", 'Longshaw Drive', 'Little Hulton', 'Salford', 'M27 0BD'], source: USEFUL },
      hours: localityHours,
      outOfHours: 'bridge',
      source: USEFUL,
    },
    {
      id: 'fgc',
      name: 'Family Group Conferencing',
      aliases: ['fgc', 'family group conference', 'family group conferencing', 'family network meeting', 'family meeting'],
      purpose: 'Specialist practitioners who help a family bring their network together to make a plan that keeps the child safe and well.',
      phones: [{ label: 'Telephone', number: '0161 686 5264', source: FGC }],
      emails: [{ label: 'Email', address: 'fgc@salford.gov.uk', source: FGC }],
      source: FGC,
    },
    {
      id: 'private_fostering',
      name: 'Private fostering officer',
      aliases: ['private fostering', 'private fostering officer', 'privately fostered'],
      purpose: 'The council must be told about every private fostering arrangement; the officer advises and supports.',
      phones: [{ label: 'Telephone', number: '0161 779 7860', source: PRIVATE_FOSTERING }],
      emails: [],
      source: PRIVATE_FOSTERING,
    },
    {
      id: 'starting_life_well',
      name: 'Starting Life Well Family Information Service',
      aliases: ['starting life well', 'slw', 'family information service', 'childcare', "children's centres", 'childrens centres'],
      purpose: 'Free, impartial information about childcare, children’s centres, holiday and after school clubs and some services for disabled children (0–19).',
      phones: [{ label: 'Helpline', number: '0161 909 6508', source: s000('Useful Resources and links') }],
      emails: [{ label: 'Email', address: 'SLW@salford.gov.uk', source: USEFUL }],
      address: { lines: ['Second Floor', 'Unity House', 'Swinton', 'Salford', 'M27 5AW'], source: USEFUL },
      hours: { kind: 'weekly', days: weekdays, open: '08:30', close: '17:00', closedOnBankHolidays: true, source: s000('Useful Resources and links') },
      source: USEFUL,
    },
    {
      id: 'salford_cvs',
      name: 'Salford Community and Voluntary Services (CVS)',
      aliases: ['salford cvs', 'cvs', 'voluntary services', 'vocal', 'safeguarding training', 'safeguarding standards'],
      purpose: 'Support for voluntary and community groups: safeguarding standards, training and development.',
      phones: [{ label: 'Telephone', number: '0161 787 7795', source: USEFUL }],
      emails: [{ label: 'Email', address: 'office@salfordcvs.co.uk', source: s000('Early Intervention level support') }],
      address: { lines: ['5 Irwell Place', 'Eccles', 'M30 0FN'], source: USEFUL },
      source: USEFUL,
    },
    {
      id: 'sqau',
      name: 'Safeguarding Children and Quality Assurance Unit',
      aliases: ['quality assurance unit', 'sqau', 'safeguarding unit', 'cpru', 'sutherland house', 'temporary registration'],
      purpose: 'Consultation and advice when a professional challenge is not resolved; temporary registration or transfer of a family into Salford.',
      phones: [
        { label: 'Escalation consultation', number: '0161 603 4322', source: APP2_CHALLENGE },
        { label: 'Temporary registration or transfer into Salford', number: '0161 603 4350', source: supp(CVS_PAGE) },
      ],
      emails: [{ label: 'Temporary registration or transfer', address: 'cpru@salford.gov.uk', source: supp(CVS_PAGE) }],
      address: { lines: ['Sutherland House', '303 Chorley Road', 'Swinton', 'M27 6AY'], source: APP2_CHALLENGE },
      source: APP2_CHALLENGE,
    },
    {
      id: 'sscp',
      name: 'Salford Safeguarding Children Partnership (SSCP)',
      aliases: ['sscp', 'safeguarding partnership', 'sscb', 'business manager', 'partnership business manager'],
      purpose: 'The partnership that oversees safeguarding in Salford; its business manager receives copies of escalation notices.',
      phones: [{ label: 'Telephone', number: '0161 603 4322', source: { file: F002, section: '11. References and Further Links' } }],
      emails: [{ label: 'Email', address: 'sscp@salford.gov.uk', source: { file: F002, section: '11. References and Further Links' } }],
      address: { lines: ['Floor 2', 'Unity House', 'Civic Centre', 'Swinton', 'M27 5DA'], source: { file: F002, section: '11. References and Further Links' } },
      source: { file: F002, section: '11. References and Further Links' },
    },
    {
      id: 'adult_safeguarding',
      name: 'Worried about an adult (adult safeguarding)',
      aliases: ['adult safeguarding', 'worried about an adult', 'adult social care', 'vulnerable adult', 'adult at risk'],
      purpose: 'Concerns that an adult is being abused or neglected.',
      phones: [{ label: 'Telephone', number: '0161 206 0604', source: supp(SSCP_NEWS) }],
      emails: [],
      source: supp(SSCP_NEWS),
    },
    {
      id: 'lado',
      name: 'Local Authority Designated Officer (LADO)',
      aliases: ['lado', 'designated officer', 'allegation against staff', 'allegations management'],
      purpose: 'Allegations or concerns about an adult who works or volunteers with children.',
      phones: [],
      emails: [],
      missing:
        'The guidance gives no direct phone number or email for the LADO: consultations and referrals go through the Salford Children and Families Portal ("referral to LADO"). For advice, call the Bridge.',
      source: supp(CVS_PAGE),
    },
    {
      id: 'children_with_disabilities',
      name: 'Children with Disabilities Team',
      aliases: ['children with disabilities team', 'cwd team', 'disability team', 'disabilities team', 'local offer'],
      purpose: 'Assessment and support for disabled children whose needs cannot be met by universal or targeted services alone.',
      phones: [],
      emails: [],
      web: { label: 'Local Offer (mycity Directory)', url: 'https://www.salford.gov.uk/mycity-directory', source: DISABILITIES },
      missing: 'The guidance gives no direct phone number for the Children with Disabilities Team: a referral for an assessment is made after a Family Assessment, through the Bridge.',
      source: DISABILITIES,
    },
  ],

  privateFostering: {
    age: { under: 16, source: PRIVATE_FOSTERING },
    ageIfDisabled: { under: 18, source: PF_SUPP },
    days: { atLeast: 28, source: PRIVATE_FOSTERING },
    carers: [
      { id: 'parent', label: 'A parent or step-parent', closeRelative: true, source: PRIVATE_FOSTERING },
      { id: 'grandparent', label: 'A grandparent or step-grandparent', closeRelative: true, source: PRIVATE_FOSTERING },
      { id: 'sibling', label: 'A brother or sister (full or half)', closeRelative: true, source: PRIVATE_FOSTERING },
      { id: 'aunt_uncle', label: 'An aunt or uncle', closeRelative: true, source: PRIVATE_FOSTERING },
      { id: 'parental_responsibility', label: 'Someone who already has parental responsibility (for example a special guardianship order)', closeRelative: true, source: PRIVATE_FOSTERING },
      { id: 'great_aunt_uncle', label: 'A great aunt or great uncle', closeRelative: false, source: PRIVATE_FOSTERING },
      { id: 'cousin', label: 'A cousin', closeRelative: false, source: PRIVATE_FOSTERING },
      { id: 'non_biological_aunt_uncle', label: 'Someone the child calls “aunt” or “uncle” who is not a relative', closeRelative: false, source: PRIVATE_FOSTERING },
      { id: 'friends_parent', label: 'The parent of one of the child’s friends', closeRelative: false, source: PRIVATE_FOSTERING },
      { id: 'family_friend', label: 'A family friend', closeRelative: false, source: PRIVATE_FOSTERING },
      { id: 'neighbour', label: 'A neighbour', closeRelative: false, source: PRIVATE_FOSTERING },
      { id: 'student_host', label: 'Someone looking after a student studying away from home', closeRelative: false, source: PRIVATE_FOSTERING },
    ],
    contact: 'private_fostering',
    notify: {
      text: 'The council must be told about every private fostering arrangement, so it can make sure the child is safe. Call the private fostering officer on 0161 779 7860, or contact the Bridge, or complete the private fostering form.',
      source: PRIVATE_FOSTERING,
    },
  },

  localities: [
    { id: 'central', name: 'Central', contact: 'locality_central' },
    { id: 'south', name: 'South', contact: 'locality_south' },
    { id: 'north', name: 'North', contact: 'locality_north' },
    { id: 'west', name: 'West', contact: 'locality_west' },
  ],

  indicators: [
    // Red flags: always the emergency route, whatever else is said.
    {
      id: 'immediate_danger',
      label: 'The child is in immediate danger of being harmed',
      level: 'emergency',
      kind: 'red-flag',
      phrases: [...RED_FLAG_PHRASES.immediate_danger],
      source: WORRIED,
    },
    {
      id: 'home_alone',
      label: 'The child is home alone',
      level: 'emergency',
      kind: 'red-flag',
      phrases: [...RED_FLAG_PHRASES.home_alone],
      source: WORRIED,
    },
    // Getting Risk Support: significant harm.
    {
      id: 'physical_abuse',
      label: 'Signs of physical abuse or unexplained injuries',
      level: 'getting_risk_support',
      kind: 'harm',
      phrases: [
        ...SHARED_PHRASES.physical_abuse,
        // Pack 1.6.0: a cold bath as punishment ("knows not to cry or he gets a cold bath").
        'gets a cold bath', 'get a cold bath', 'put in a cold bath', 'put him in a cold bath', 'put her in a cold bath', 'stand in a cold bath',
        'cold bath as punishment', 'cold bath as a punishment',
        'nai', 'physically hurt', 'injuries', 'burn marks', 'cigarette burns', 'burns on', 'bite marks', 'hit him', 'hit her', 'hits him', 'hits her',
        'hitting him', 'hitting her', 'hit with a belt', 'shaken baby', 'grip marks', 'reluctant to change for pe', 'wont change for pe',
        'refuses to change for pe', 'hurt by his', 'hurt by her', 'says dad hurts', 'says mum hurts', 'hit a child', 'hit the child',
        'hitting a child', 'hitting the child', 'hit their child', 'slapping', 'punching', 'kicking', 'shook the baby', 'shaking the baby',
        'hits them', 'hit them', 'with the belt', 'with a belt', 'hurt her with', 'hurt him with', 'daddy hurt', 'mummy hurt', 'burn on', 'whipped', 'gives him a shake', 'gives her a shake', 'gave him a shake', 'gave her a shake', 'him a bit of a shake', 'her a bit of a shake', 'handprint on', 'hand print on', 'hand mark', 'hand marks', 'finger marks', 'belt marks', 'slap mark', 'slap marks',
        'marks on his', 'marks on her', 'strangled her', 'strangled him', 'flinches', 'flinching', 'flinch', 'pushed him', 'pushed her',
        'lump on his head', 'lump on her head', 'pushed down the stairs', 'gets hit', 'get hit at home', 'with a slipper', 'with a wooden spoon',
      ],
      source: RISK,
    },
    {
      id: 'sexual_abuse',
      label: 'Sexual abuse, or a child being groomed for sexual purposes',
      level: 'getting_risk_support',
      kind: 'harm',
      phrases: [
        ...SHARED_PHRASES.sexual_abuse,
        'touching her', 'touching him', 'inappropriate touching', 'touched inappropriately', 'touches her', 'touches him', 'indecent',
        'sexual images', 'sexual activity', 'made her watch', 'showed her porn', 'showed him porn', 'pornography', 'sexually explicit', 'nudes',
        'sending nudes', 'nude pictures', 'nude photos', 'sexting', 'touched her private', 'comes into her room at night',
        'comes into his room at night', 'rude things', 'do rude things', '12 and pregnant', '13 and pregnant', '11 and pregnant', 'pregnant at 12',
        'pregnant at 13',
      ],
      doNotTellParents: true,
      source: RISK,
    },
    {
      id: 'emotional_abuse',
      label: 'Emotional abuse',
      level: 'getting_risk_support',
      kind: 'harm',
      phrases: [
        ...SHARED_PHRASES.emotional_abuse,
        'humiliates', 'belittles', 'called names by', 'rejected by', 'locked in', 'locked in his room', 'locked in her room', 'terrified of dad',
        'terrified of mum', 'scared of her stepdad', 'scared of his stepdad', 'scared to go home', 'frightened to go home', 'afraid to go home',
        'locks her in', 'locks him in', 'locked her in', 'locked him in', 'locks them in', 'can not go home',
      ],
      source: RISK,
    },
    {
      id: 'neglect',
      label: 'Neglect: basic needs such as food, warmth, hygiene or medical care not met',
      level: 'getting_risk_support',
      kind: 'harm',
      phrases: [
        ...SHARED_PHRASES.neglect,
        'severe neglect', 'malnourished', 'starving', 'no food at home', 'failure to thrive', 'failing to thrive', 'left to care for self',
        'left to fend for', 'not taken to hospital', 'untreated injury', 'untreated medical', 'filthy home', 'squalor', 'no heating',
        'no electricity', 'sleeping on the floor', 'left to fend for themselves', 'not fed', 'no food in the fridge', 'no food in the cupboards',
        'dog poo', 'dog faeces', 'home is filthy', 'sleeping in a car', 'looking after themselves', 'kids are looking after themselves',
      ],
      source: RISK,
    },
    {
      id: 'domestic_abuse',
      label: 'Domestic abuse in the home',
      level: 'getting_risk_support',
      kind: 'harm',
      phrases: [
        ...SHARED_PHRASES.domestic_abuse,
        'violence in the home', 'hits his mum', 'hits her mum', 'beats mum', 'beats his partner', 'beats her', 'mum was beaten',
        'controlling behaviour', 'police were called to the home', 'arguments turn violent', 'violent relationship', 'abusive partner',
        'abusive relationship', 'parents fighting', 'smashed the house up', 'smashed up the house', 'violent towards her', 'violent towards mum',
        'violent to her', 'violent to mum', 'hit mum', 'assaulted mum', 'dv incident', 'throws things at', 'threw things at', 'throwing things at',
        'by the throat', 'grabbed her by the throat', 'children witnessed', 'kids witnessed', 'witnessed it', 'is controlling', 'very controlling',
        'mum scared of', 'mum is scared of', 'mum frightened of',
      ],
      basis: 'Bury’s guidance says a child living in a home where domestic violence is perpetrated should be referred for an assessment (its Level 5).',
      source: L5,
    },
    {
      id: 'fgm',
      label: 'Female genital mutilation (FGM), or a girl at risk of it',
      level: 'getting_risk_support',
      kind: 'harm',
      phrases: [
        ...SHARED_PHRASES.fgm,
        'cutting ceremony', 'special celebration abroad', 'special ceremony abroad', 'taken abroad for a special ceremony', 'taken abroad to be cut',
      ],
      mandatoryReporting: true,
      basis: 'Bury’s guidance says concerns about FGM should be referred to children’s social care for an assessment (its Level 5).',
      source: L5,
    },
    {
      id: 'forced_marriage',
      label: 'Forced marriage of a child',
      level: 'getting_risk_support',
      kind: 'harm',
      phrases: [
        ...SHARED_PHRASES.forced_marriage,
        'engaged to an older man', 'get married', 'to be married', 'meet the man she is going to marry',
      ],
      doNotTellParents: true,
      basis: 'Bury’s guidance lists forced marriage of a child among the concerns that need a referral.',
      source: REFER_MASH,
    },
    {
      id: 'fabricated_illness',
      label: 'Fabricated or induced illness',
      level: 'getting_risk_support',
      kind: 'harm',
      phrases: [
        ...SHARED_PHRASES.fabricated_illness,
        'fabricating illness', 'invents symptoms', 'doctors can find nothing wrong', 'no medical explanation', 'unnecessary tests',
        'unnecessary medical', 'keeps asking for more tests', 'asking for more tests', 'make her sick', 'make him sick', 'making her sick',
        'making him sick', 'medication to make',
      ],
      doNotTellParents: true,
      basis: 'Bury’s guidance lists fabricated illness among the concerns that need a referral.',
      source: REFER_MASH,
    },
    {
      id: 'exploitation',
      label: 'Signs of child sexual or criminal exploitation (including county lines)',
      level: 'getting_risk_support',
      kind: 'harm',
      phrases: [
        'exploitation', 'exploited', 'cse', 'cce', 'county lines', 'keeps going missing', 'going missing', 'goes missing', 'went missing', 'missing from home',
        'missing from care', 'missing episodes', 'found out of area', 'unexplained money', 'unexplained cash', 'unexplained gifts', 'new clothes and phones',
        'several phones', 'multiple phones', 'more than one phone', 'two phones', 'lots of phones', 'older boyfriend', 'older men', 'older males',
        'picked up in cars', 'picked up by cars', 'gang', 'gangs', 'running drugs', 'carrying drugs', 'dealing drugs', 'deal line', 'been trafficked', 'being trafficked', 'was trafficked', 'child trafficking', 'human trafficking', 'about trafficking', 'risk of trafficking', 'trafficking concerns',
        'modern slavery', 'carrying a knife', 'carrying weapons', 'carries a knife', 'picked up in a car', 'picked up by a car', 'drug dealers', 'drug dealer', 'criminally exploited', 'criminal exploitation', 'sexually exploited', 'holding drugs', 'hold drugs', 'been missing for', 'missing for days', 'missing overnight', 'picked up by older', 'love bites', 'taxis paid for', 'owes money to', 'sell for them', 'selling for them', 'wads of cash', 'lots of cash', 'lots of money', '3 phones', 'three phones', 'disappearing', 'disappears', 'disappeared overnight', 'expensive stuff', 'expensive gifts', 'expensive clothes', 'getting into cars', 'getting into cars with men', 'gets into cars',
        'sextortion', 'sextorted', 'being sextorted', 'blackmailed over pics', 'blackmailed over pictures', 'blackmailed over photos', 'blackmailed over nudes', 'blackmailed over images', 'going country', 'gone country', 'went country',
        'plugging', 'plugging drugs', 'cuckooed', 'cuckooing', 'being used to deal', 'used to deal drugs', 'made to deal', 'dealing for',
        'made to hide a gun', 'made to hide a knife', 'made to hold a gun', 'made to hold a knife', 'made to hide drugs', 'hiding a gun for',
        'hide a gun for', 'holding a gun for', 'keeping a gun for', 'hiding drugs for', 'keeping drugs for',
        'selling drugs for', 'burner phone', 'a burner', 'selling weed for', 'sells weed for', 'dealing weed for', 'selling weed at school', 'selling drugs at school', 'dealing at school',
      ],
      pathway: 'contextual_safeguarding',
      source: CONTEXTUAL,
    },
    {
      id: 'risky_adult',
      label: 'An adult who poses a risk to children lives in or visits the home',
      level: 'getting_risk_support',
      kind: 'harm',
      phrases: ['nonce', 'paedo', 'paedophile', 'pedophile', 'pedo', 'sex offender', 'registered sex offender', 'risk to children', 'schedule 1 offender', 'schedule one offender', 'convicted of child', 'known to be a risk', 'sexual offences', 'sexual offence', 'sexual offences against children', 'convictions for sexual', 'history of violence', 'violent offender', 'offences against children', 'child cruelty', 'cruelty to children', ...RISK_TO_CHILDREN_IN_PLAIN_WORDS],
      basis: 'Bury’s guidance lists an adult known to be a risk to children, living in or visiting the home, among the concerns that need a referral.',
      source: REFER_MASH,
    },
    {
      id: 'disclosure',
      label: 'The child has told someone they are being harmed',
      level: 'getting_risk_support',
      kind: 'harm',
      phrases: ['disclosed', 'disclosure', 'made a disclosure', 'told me she is being hurt', 'told me he is being hurt', 'told me they are being hurt', 'says she is being hurt', 'says he is being hurt', 'said someone hurt'],
      steps: [
        { text: 'Be open and honest with the child about what you will do next and who you will tell. Do not promise to keep it secret.', contacts: [], source: GOLDEN },
      ],
      source: RISK,
    },
    {
      id: 'prebirth_risk',
      label: 'An unborn baby may be at risk (pre-birth concern)',
      level: 'getting_risk_support',
      kind: 'harm',
      phrases: ['unborn', 'pre birth', 'prebirth', 'pregnant and using', 'pregnant and drinking', 'previous children removed', 'children removed from her care'],
      basis: 'Bury’s guidance says that where an unborn baby may be at risk, a referral for a pre-birth assessment is needed (its Level 5).',
      source: L5,
    },
    // Getting More Help: complex needs, a plan that is not working.
    {
      id: 'early_help_not_working',
      label: 'Early help is in place but needs are not being met or things are getting worse',
      level: 'getting_more_help',
      kind: 'need',
      phrases: [
        'getting worse', 'got worse', 'things are worse', 'deteriorating', 'deteriorated', 'not being met', 'needs not met', 'not improving', 'no improvement',
        'no progress', 'plan is not working', 'plan isnt working', 'plan not working', 'help is not working', 'help not working', 'support is not working', 'support not working', 'it is not working', 'its not working', 'taf is not working', 'taf not working', 'nothing is working', 'still not working', 'despite support', 'despite early help', 'not engaging', 'wont engage',
        'refusing support', 'disengaged', 'escalating', 'plan has failed', 'stopped engaging', 'not engaging with', 'plan is stuck', 'stuck', 'worries are increasing', 'concerns are increasing', 'concerns increasing', 'more worried', 'still not', 'no change', 'nothing has changed', 'nothing changed', 'nothing is changing', 'going nowhere', 'things are escalating', 'escalating at home', 'plan is going nowhere', 'stopped coming to meetings', 'stopped attending meetings', 'stopped coming to taf', 'despite a year of', 'despite months of', 'despite a year', 'despite months', 'still coming in',
      ],
      source: MORE_HELP,
    },
    {
      id: 'complex_needs',
      label: 'Complex needs that need several services working together',
      level: 'getting_more_help',
      kind: 'need',
      phrases: ['complex needs', 'multiple needs', 'many agencies', 'several agencies', 'child in need', 'section 17', 's17', 'lots of agencies', 'lots of services', 'multiple agencies', 'several services', 'known to lots of', 'known to many',],
      source: MORE_HELP,
    },
    {
      id: 'parental_substance_misuse',
      label: 'A parent’s drug or alcohol use affects their care of the child',
      level: 'getting_more_help',
      kind: 'need',
      phrases: [
        'substance misuse', 'drug use', 'uses drugs', 'using drugs', 'takes drugs', 'on drugs', 'drug addict', 'heroin', 'cocaine', 'cannabis', 'alcoholic',
        'drinks heavily', 'drinking heavily', 'always drunk', 'drunk at pick up', 'drunk at school', 'smelt of alcohol', 'smelled of alcohol', 'parent was drunk',
        'mum was drunk', 'dad was drunk', 'drunk', 'smelling of alcohol', 'smelt of drink', 'under the influence', 'high on', 'heavy drinker', 'drinks a lot', 'smokes weed', 'smoking weed', 'smoke weed', 'weed', 'methadone', 'drinking every day', 'drinks every day', 'drinking all day', 'drinks most nights', 'drinking most nights', 'drinks every night', 'drinking every night',
        'both parents are using', 'using again', 'smokes stuff', 'smoking stuff', 'relapsed',
        'smoking crack', 'smokes crack', 'on crack', 'using crack', 'uses crack', 'crack cocaine', 'crack pipe', 'crack house', 'crack addict', 'on spice', 'smoking spice', 'smokes spice', 'using spice', 'injecting drugs', 'injects drugs', 'injecting heroin', 'mum injecting', 'dad injecting', 'mum was injecting', 'dad was injecting', 'shooting up', 'used needles', 'dirty needles', 'syringes',
      ],
      basis: 'Bury’s guidance gives a parent’s drug use that affects how they care for a child as an example needing a multi-agency Team Around the Family plan (its Level 3).',
      source: s004('Level 3'),
    },
    {
      id: 'harmful_sexual_behaviour',
      label: 'A young person shows harmful sexual behaviour',
      level: 'getting_more_help',
      kind: 'need',
      phrases: [
        ...SHARED_PHRASES.harmful_sexual_behaviour,
        'sexualized behaviour', 'sexually harmful', 'sexual language', 'sexualised behaviour towards', 'sexually inappropriate', 'touching younger',
      ],
      basis: 'Bury’s guidance gives a young person’s sexually harmful behaviour as an example needing an assessment of need (its Level 4).',
      source: L4,
    },
    {
      id: 'radicalisation',
      label: 'A young person at risk of radicalisation',
      level: 'getting_more_help',
      kind: 'need',
      phrases: [
        ...SHARED_PHRASES.radicalisation,
        'extreme views', 'martyrdom', 'jihad',
      ],
      basis: 'Bury’s guidance gives a young person at risk of radicalisation as an example needing an assessment of need and a Channel referral (its Level 4).',
      source: L4,
    },
    {
      id: 'self_harm',
      label: 'Self-harm or thoughts of suicide',
      level: 'getting_more_help',
      kind: 'need',
      phrases: ['self harm', 'self harming', 'selfharm', 'cutting herself', 'cutting himself', 'cutting themselves', 'hurting herself', 'hurting himself', 'suicidal', 'wants to die', 'kill herself', 'kill himself', 'suicide', 'end her life', 'end his life', 'end my life', 'take her own life', 'take his own life', 'kill myself', 'cutting her arms', 'cutting his arms', 'cuts on her arms', 'cuts on his arms', 'cutting again',],
      basis: 'None of the guidance the bot holds names self-harm. Salford’s guidance says that if you are in any doubt, contact the Bridge for advice.',
      source: RISK,
    },
    {
      id: 'homeless_young_person',
      label: 'A 16 or 17 year old is homeless or estranged from family',
      level: 'getting_more_help',
      kind: 'need',
      phrases: ['sofa surfing', 'homeless', 'kicked out', 'thrown out', 'nowhere to stay', 'nowhere to live', 'sleeping rough', 'threw him out', 'threw her out', 'thrown him out', 'thrown her out', 'kicked him out', 'kicked her out', 'no where to live', 'sleeping in a tent',],
      basis: 'Bury’s guidance gives a homeless 16 or 17 year old as an example needing an assessment of need, with the young person’s permission (its Level 4).',
      source: L4,
    },
    // Getting Help: early help needs, with the family's consent.
    {
      id: 'school_attendance',
      label: 'Poor school attendance or lateness',
      level: 'getting_help',
      kind: 'need',
      phrases: [
        ...SHARED_PHRASES.school_attendance,
        'late to school', 'misses school', 'not in school', 'refuses to go to school', 'get their child to school', 'get him to school',
        'get her to school', 'struggling to get to school', 'absent', 'not been in school', 'coming in late', 'comes in late', 'arrives late',
        'late every day', 'missed loads of days', 'missed days', 'missing days', 'missed lots of school', 'lateness', 'persistent lateness',
      ],
      source: GETTING_HELP,
    },
    {
      // The level's own definition (seed 001, "Getting Help"), for a worry the meaning places here without naming a need
      // (pack `levelIndicators`, combine step 3b).
      id: 'needs_some_help',
      label: 'The family needs some help for the child to be safe, healthy and reach their full potential',
      level: 'getting_help',
      kind: 'need',
      phrases: ['needs some help', 'need some help', 'needs a bit of help', 'need a bit of help', 'needs some extra support', 'need some extra support'],
      source: GETTING_HELP,
    },
    {
      id: 'parenting_support',
      label: 'Parents need support with parenting or routines',
      level: 'getting_help',
      kind: 'need',
      phrases: [
        'parenting support', 'struggling with parenting', 'struggling to cope', 'not coping', 'cant cope', 'parent is struggling', 'parents are struggling', 'mum is struggling',
        'dad is struggling', 'struggling with his behaviour', 'struggling with her behaviour', 'boundaries', 'routines', 'parenting strategies', 'exhausted', 'at the end of her tether', 'at the end of his tether', 'asked for help with', 'needs help with his', 'needs help with her', 'finding it hard to cope', 'finding it hard', 'hard to manage', 'bereavement', 'bereaved', 'mum died', 'dad died', 'early help', 'early help assessment', 'eha', 'breaking point', 'help with bedtime', 'asked for support', 'mum has asked for support', 'asked for some help', 'sleep routine', 'sleep and eating', 'eating and sleep', 'fussy eating', 'sleep problems',
      ],
      source: GETTING_HELP,
    },
    {
      id: 'behaviour',
      label: 'Challenging behaviour at home or school',
      level: 'getting_help',
      kind: 'need',
      phrases: ['challenging behaviour', 'behaviour problems', 'aggressive', 'aggression', 'excluded', 'exclusion', 'anti social behaviour', 'antisocial behaviour', 'fixed term exclusion', 'his behaviour', 'her behaviour', 'their behaviour', 'adhd', 'temper tantrums', 'violent outbursts'],
      source: GETTING_HELP,
    },
    {
      id: 'emotional_wellbeing',
      label: 'The child seems anxious, withdrawn or low',
      level: 'getting_help',
      kind: 'need',
      phrases: ['anxious', 'anxiety', 'withdrawn', 'low mood', 'isolated', 'lonely', 'tearful', 'being bullied', 'picked on', 'upset all the time', 'quiet and withdrawn', 'not sleeping', 'tired all the time', 'tired and irritable', 'seems low', 'feeling low', 'very low', 'split up', 'separated', 'falling asleep in lessons', 'unsettled', 'always tired', 'tired in class', 'grandma died', 'grandad died', 'nan died', 'died recently', 'passed away',],
      source: GETTING_HELP,
    },
    {
      id: 'parental_mental_health',
      label: 'A parent’s mental or physical health affects family life',
      level: 'getting_help',
      kind: 'need',
      phrases: ['depressed', 'depression', 'mental health', 'mum is unwell', 'dad is unwell', 'parent is ill', 'seriously ill', 'postnatal depression',
        'bipolar', 'schizophrenia', 'schizophrenic', 'psychosis', 'psychotic', 'personality disorder', 'mum was sectioned', 'dad was sectioned',
        'mum has been sectioned', 'dad has been sectioned'],
      source: GETTING_HELP,
    },
    {
      id: 'housing_money',
      label: 'Housing, debt or money worries',
      level: 'getting_help',
      kind: 'need',
      phrases: ['eviction', 'evicted', 'overcrowded', 'temporary accommodation', 'unsuitable accommodation', 'debt', 'benefits', 'food bank', 'foodbank', 'poverty', 'cant afford', 'no money', 'one bed flat', 'no money for', 'cost of living', 'rent arrears', 'housing problems', 'housing issues', 'housing issue', 'housing officer', 'housing association', 'poor housing', 'housing situation', 'council housing', 'housing benefit', 'damp and mould', 'black mould', 'mouldy', 'covered in mould', 'no running water', 'no hot water', 'no electric', 'no electricity',],
      source: GETTING_HELP,
    },
    {
      id: 'young_carer',
      label: 'A young carer looking after a parent or sibling',
      level: 'getting_help',
      kind: 'need',
      phrases: [
        ...SHARED_PHRASES.young_carer,
        'looks after his mum', 'looks after her mum', 'looks after his siblings', 'looks after her siblings', 'caring for her mum',
        'caring for his mum', 'caring for her dad', 'caring for his dad', 'caring for his siblings', 'caring for her siblings',
      ],
      basis: 'Bury’s guidance gives a young carer as an example of a need one service can meet, with the young person’s permission (its Level 2).',
      source: s004('Level 2'),
    },
    {
      id: 'parent_in_prison',
      label: 'A parent is in prison or the family is affected by offending',
      level: 'getting_help',
      kind: 'need',
      phrases: ['went to prison', 'in prison', 'parent in prison', 'dad is in prison', 'mum is in prison', 'dad went to prison', 'mum went to prison', 'sent to prison', 'arrested'],
      source: GETTING_HELP,
    },
    {
      id: 'development',
      label: 'Speech, development or health needs',
      level: 'getting_help',
      kind: 'need',
      phrases: ['speech delay', 'speech and language', 'barely talking', 'hardly talking', 'hardly any words', 'barely any words', 'limited speech', 'developmental delay', 'development delay', 'not meeting milestones', 'missed health appointments', 'missed appointments', 'health visitor appointments', 'hv appointments', 'missed health visits', 'no access visit', 'no access visits', 'falling behind', 'missing appointments', 'missing hospital appointments', 'missed hospital appointments', 'missing his appointments', 'missing her appointments', 'not talking yet', 'no words yet', 'not saying any words',],
      basis: 'Bury’s guidance gives speech, language and health needs as examples of needs one service can meet (its Level 2).',
      source: s004('Level 2'),
    },
    {
      id: 'hygiene_hunger',
      label: 'The child often seems hungry, tired or unkempt',
      level: 'getting_help',
      kind: 'need',
      phrases: ['hungry', 'comes in hungry', 'unkempt', 'dirty clothes', 'smells', 'smelly', 'poor hygiene', 'unwashed', 'head lice', 'no coat', 'wrong clothes for the weather', 'inappropriate clothing', 'no lunch', 'no breakfast', 'filthy', 'dirty uniform', 'unwashed uniform', 'same clothes every day', 'without breakfast', 'uniform is dirty', 'uniform too small', 'clothes too small', 'shoes too small',],
      steps: [
        { text: 'Where there are emerging needs relating to neglect, use the Thriving Families Tool with the family to talk through their strengths and difficulties, and what could change.', contacts: [], source: GETTING_HELP },
      ],
      source: GETTING_HELP,
    },
    // Context
    {
      id: 'harm_outside_home',
      label: 'A young person harmed outside the family home (in the community, online or at school)',
      level: 'getting_risk_support',
      kind: 'context',
      phrases: ['outside the home', 'outside their home', 'in the community', 'extra familial', 'extrafamilial', 'contextual safeguarding', 'complex safeguarding'],
      pathway: 'contextual_safeguarding',
      source: CONTEXTUAL,
    },
  ],

  routes: [
    {
      id: 'emergency',
      title: 'Call 999 now',
      summary: 'A child in immediate danger of being harmed, or home alone, needs the police now.',
      level: 'emergency',
      steps: [
        { text: 'Call the police on 999 now.', contacts: ['police'], source: WORRIED },
        { text: 'Then tell the Bridge on 0161 603 4500 (Monday to Friday, 8.30am to 4.30pm). Outside those hours, call the Emergency Duty Team on 0161 794 8888.', contacts: ['bridge', 'edt'], source: supp(SSCP_NEWS) },
        { text: 'Tell your designated safeguarding lead as soon as you can, and write down what you saw and heard, and when.', contacts: [], source: s001('Recording what we do') },
      ],
      contacts: ['police', 'bridge', 'edt'],
      source: WORRIED,
    },
    {
      id: 'risk_support',
      title: 'Refer to the Bridge now',
      summary: 'The child may be suffering, or likely to suffer, significant harm. Practitioners must make a referral to the Bridge.',
      level: 'getting_risk_support',
      steps: [
        { text: 'Call the Bridge on 0161 603 4500 now to raise the concern and get advice. Outside office hours, call the Emergency Duty Team on 0161 794 8888.', contacts: ['bridge', 'edt'], source: MAKING_REFERRAL },
        { text: 'Make the referral on the online referral form (the Salford Children and Families Portal).', contacts: ['bridge'], source: supp(SSCP_NEWS) },
        { text: 'Consult your designated safeguarding lead throughout, and follow your organisation’s safeguarding policy.', contacts: [], source: STILL_WORRIED },
        { text: 'Usually tell the family you are making a referral. In a few cases you must not tell them first: the Bridge will support you with this.', contacts: ['bridge'], tellsFamily: true, source: MAKING_REFERRAL },
        { text: 'Record what you saw and heard, as facts, with dates and times, and who you spoke to.', contacts: [], source: s001('Recording what we do') },
      ],
      contacts: ['bridge', 'edt', 'police'],
      source: RISK,
    },
    {
      id: 'more_help',
      title: 'Talk to the Bridge about more help',
      summary: 'The family has more complex needs and needs a co-ordinated plan from several services. The Bridge can advise and take a referral.',
      level: 'getting_more_help',
      steps: [
        { text: 'Call the Bridge’s practitioner advice line on 0161 603 4555 to talk it through. The outcome may be a referral for a Child and Family Assessment or further early help.', contacts: ['bridge'], source: MORE_HELP },
        { text: 'If a referral is needed, make it on the online referral form (the Salford Children and Families Portal).', contacts: ['bridge'], source: supp(SSCP_NEWS) },
        { text: 'Talk to your designated safeguarding lead, and to the family: make sure they know you are making a referral.', contacts: [], tellsFamily: true, source: MAKING_REFERRAL },
      ],
      contacts: ['bridge', 'edt'],
      source: MORE_HELP,
    },
    {
      id: 'early_help',
      title: 'Early help with the family’s agreement',
      summary: 'The family needs some extra support. Early help works with the family, with their consent, through an Early Help Assessment and a Team Around the Family.',
      level: 'getting_help',
      steps: [
        { text: 'Talk with the family about the worry and the help on offer, and ask for their consent.', contacts: [], tellsFamily: true, source: s000('Early Intervention level support') },
        { text: 'Complete an Early Help Assessment with the family, and agree a plan reviewed at Team Around the Family (TAF) meetings with a lead professional.', contacts: [], source: GETTING_HELP },
        { text: 'Referrals for early intervention and prevention support go through the Bridge, using its “worried about a child” referral process. The family’s locality team delivers the support.', contacts: ['bridge'], source: USEFUL },
        { text: 'Think about the family’s own network: Family Group Conferencing can help bring it together.', contacts: ['fgc'], source: FGC },
      ],
      contacts: ['bridge', 'locality_central', 'locality_south', 'locality_north', 'locality_west'],
      source: GETTING_HELP,
    },
    {
      id: 'advice',
      title: 'Universal services and advice',
      summary: 'Universal services can meet this need. Many services take self-referrals.',
      level: 'getting_advice',
      steps: [
        { text: 'Point the family to universal services: school, health visitor, GP, youth services. Many take self-referrals.', contacts: [], source: ADVICE },
        { text: 'Starting Life Well gives free information about childcare, children’s centres, holiday and after school clubs: 0161 909 6508.', contacts: ['starting_life_well'], source: USEFUL },
        { text: 'If you become worried about the child’s safety or welfare, contact the Bridge on 0161 603 4500.', contacts: ['bridge'], source: WORRIED },
      ],
      contacts: ['starting_life_well', 'salford_cvs', 'bridge'],
      source: ADVICE,
    },
    {
      id: 'fgc',
      title: 'Family Group Conferencing',
      summary: 'A family network meeting or Family Group Conference brings the family’s own network together to make a plan that keeps the child safe and well.',
      steps: [
        { text: 'Help the family think about who supports them now and who else could help: relatives, friends, community or faith groups.', contacts: [], source: FGC },
        { text: 'Specialist Family Group Conferencing practitioners can help: call 0161 686 5264 or email fgc@salford.gov.uk.', contacts: ['fgc'], source: FGC },
        { text: 'If you are also worried about the child’s safety, contact the Bridge on 0161 603 4500.', contacts: ['bridge'], source: WORRIED },
      ],
      contacts: ['fgc', 'bridge'],
      source: FGC,
    },
    {
      id: 'private_fostering',
      title: 'Private fostering: the council must be told',
      summary: 'A child under 16 (under 18 if disabled) living for 28 days or more with someone who is not a parent or close relative is privately fostered.',
      steps: [
        { text: 'Private fostering is when a child up to 16 is looked after by someone outside their close family for 28 days (four weeks) or more. Grandparents, aunts, uncles, siblings and step-parents are close family; a family friend, neighbour, great aunt or cousin is not.', contacts: [], source: PRIVATE_FOSTERING },
        { text: 'For a disabled child the age limit is 18.', contacts: [], source: supp('wiltshire.gov.uk/article/5337/What-is-private-fostering') },
        { text: 'In all cases the council must be told. Call the private fostering officer on 0161 779 7860, or contact the Bridge, or complete the private fostering form.', contacts: ['private_fostering', 'bridge'], source: PRIVATE_FOSTERING },
      ],
      contacts: ['private_fostering', 'bridge'],
      source: PRIVATE_FOSTERING,
    },
    {
      id: 'disability',
      title: 'Children with Disabilities Team',
      summary: 'Most disabled children are supported through universal services and the Local Offer. The Children with Disabilities Team works with children at Getting More Help or Getting Risk Support.',
      steps: [
        { text: 'The team’s three criteria, all of which must apply: (1) the main need for services arises from the child’s disability or condition; (2) it has a substantial or critical impact on the child’s or family’s quality of life; (3) the needs cannot be met by universal or targeted services alone.', contacts: [], source: DISABILITIES },
        { text: 'If the criteria may be met, a referral for an assessment follows a Family Assessment: talk to the Bridge on 0161 603 4555 for advice.', contacts: ['bridge'], source: DISABILITIES },
        { text: 'Otherwise, find services and support through the Local Offer (mycity Directory).', contacts: ['children_with_disabilities'], source: DISABILITIES },
      ],
      contacts: ['children_with_disabilities', 'bridge', 'starting_life_well'],
      source: DISABILITIES,
    },
    {
      id: 'contextual_safeguarding',
      title: 'Harm outside the home (contextual safeguarding)',
      summary: 'Young people harmed outside their family home, including exploitation and county lines, need a response to where the harm happens.',
      steps: [
        { text: 'Make a referral to the Bridge, or call for advice on 0161 603 4500 (out of hours, the Emergency Duty Team on 0161 794 8888). If the young person is in immediate danger, call 999.', contacts: ['bridge', 'edt', 'police'], skipAsPathway: true, source: MAKING_REFERRAL },
        { text: 'In Salford, young people over 15 harmed outside their family home receive support tailored to their risk and needs through a young person’s plan.', contacts: [], forAges: ['16_to_17'], source: CONTEXTUAL },
      ],
      contacts: ['bridge', 'edt', 'police'],
      source: CONTEXTUAL,
    },
    {
      id: 'secure_estate',
      title: 'Young people in the secure estate',
      summary: 'Young people in a young offender institution, secure training centre or secure children’s home should be referred to the local authority where they usually live.',
      steps: [
        { text: 'Refer the young person to the local authority where they usually live, so they and their family get the right support.', contacts: [], source: SECURE },
        { text: 'In Salford, contact the Bridge on 0161 603 4555 for further information.', contacts: ['bridge'], source: SECURE },
      ],
      contacts: ['bridge'],
      source: SECURE,
    },
    {
      id: 'info_sharing',
      title: 'Sharing information',
      summary: 'Data protection law is not a barrier to sharing information to keep a child safe. Share with consent where you can, and without it where safety may be at risk.',
      steps: [
        { text: 'Data protection and human rights law are not barriers to justified information sharing.', contacts: [], source: GOLDEN },
        { text: 'Where possible, share with consent. You may share without consent if, in your judgement, there is a lawful basis, such as where safety may be at risk.', contacts: [], source: GOLDEN },
        { text: 'If in doubt, ask your designated safeguarding lead or information governance lead, without naming the person where possible, or call the Bridge for advice.', contacts: ['bridge'], source: GOLDEN },
        { text: 'Share only what is necessary, proportionate, relevant, adequate, accurate, timely and secure.', contacts: [], source: GOLDEN },
        { text: 'Record your decision and your reasons, whether you share or not: what you shared, with whom and why.', contacts: [], source: GOLDEN },
      ],
      contacts: ['bridge'],
      source: INFO_SHARING,
    },
    {
      id: 'anonymous',
      title: 'Anonymous referrals',
      summary: 'You can make an anonymous referral if you cannot give your own contact details, but it is usually better to be open with the family.',
      steps: [
        { text: 'Explain your concerns to the Bridge on 0161 603 4500 in the usual way; an anonymous referral should be accepted.', contacts: ['bridge'], source: APP2_ANON },
        { text: 'Families can often work out where a referral came from: it is usually better to be open with them about your concerns and responsibilities.', contacts: [], source: APP2_ANON },
        { text: 'Get support from your organisation’s designated safeguarding lead and follow your safeguarding policy.', contacts: [], source: APP2_ANON },
      ],
      contacts: ['bridge'],
      source: APP2_ANON,
    },
    {
      id: 'lado',
      title: 'Concerns about an adult who works with children (LADO)',
      summary: 'Allegations or concerns about an adult who works or volunteers with children go to the Local Authority Designated Officer.',
      steps: [
        { text: 'Tell your designated safeguarding lead (or your manager, if the concern is about them) and follow your organisation’s policy.', contacts: [], source: APP2_ANON },
        { text: 'LADO consultations and referrals go through the Salford Children and Families Portal (“referral to LADO”).', contacts: ['lado'], source: supp('safeguardingchildren.salford.gov.uk/news (September 2024)') },
        { text: 'If a child is at risk now, contact the Bridge on 0161 603 4500; in immediate danger, call 999.', contacts: ['bridge', 'police'], source: WORRIED },
      ],
      contacts: ['lado', 'bridge'],
      source: supp(CVS_PAGE),
    },
    {
      id: 'adult_concern',
      title: 'Worried about an adult',
      summary: 'If you are worried that an adult is being abused or neglected, contact adult safeguarding.',
      steps: [
        { text: 'Call adult safeguarding on 0161 206 0604.', contacts: ['adult_safeguarding'], source: supp(SSCP_NEWS) },
        { text: 'If children live with or see the adult and you are worried about them too, contact the Bridge on 0161 603 4500.', contacts: ['bridge'], source: WORRIED },
      ],
      contacts: ['adult_safeguarding', 'bridge'],
      source: supp(SSCP_NEWS),
    },
    {
      id: 'after_referral',
      title: 'What happens after a referral',
      summary: 'You get an automatic acknowledgement at once, and a Referrals Outcome Form within one week.',
      steps: [
        { text: 'You should receive an automated response immediately.', contacts: [], source: APP2_REFERRAL },
        { text: 'You will receive a Referrals Outcome Form within one week telling you what has happened.', contacts: [], source: APP2_REFERRAL },
        { text: 'If you offered ongoing support on the referral form, the Bridge will contact you before the outcome form is sent.', contacts: ['bridge'], source: APP2_REFERRAL },
        { text: 'If you disagree with the outcome, you can challenge it: ask for the escalation steps.', contacts: ['bridge'], source: APP2_CHALLENGE },
      ],
      contacts: ['bridge'],
      source: APP2_REFERRAL,
    },
    {
      id: 'escalation',
      title: 'Challenging a decision (escalation)',
      summary: 'If you disagree with a decision about a child’s safety, try to resolve it with the practitioner first, then escalate step by step.',
      steps: [
        { text: 'Try to resolve it with the practitioner or caseworker first, and involve your designated safeguarding lead.', contacts: [], source: APP2_CHALLENGE },
        { text: 'Then call the Bridge on 0161 603 4500 and ask for a Practice Manager, or email worriedaboutachild@salford.gov.uk, using the Escalation Notice.', contacts: ['bridge'], source: APP2_CHALLENGE },
        { text: 'Each manager responds within 5 working days; if not resolved, go to the Service Manager, then the Head of Service.', contacts: ['bridge'], source: APP2_CHALLENGE },
        { text: 'The Safeguarding Children and Quality Assurance Unit (0161 603 4322) offers consultation and can help resolve issues.', contacts: ['sqau'], source: APP2_CHALLENGE },
        { text: 'Record the challenge on the child’s file, with the evidence, and how the resolution improved things for the child or family.', contacts: [], source: STILL_WORRIED },
      ],
      contacts: ['bridge', 'sqau'],
      source: APP2_CHALLENGE,
    },
    {
      id: 'glossary',
      title: 'What the words mean',
      summary: 'Plain-English meanings of the terms used in Salford’s safeguarding guidance.',
      steps: [
        { text: 'Early help: extra support for a family, with their agreement, before problems get worse. It is underpinned by an Early Help Assessment and coordinated through a Team Around the Family with a lead professional.', contacts: [], source: GETTING_HELP },
        { text: 'Early Help Assessment (EHA): completed with the family to identify their strengths and needs and agree what they would like to change.', contacts: [], source: GETTING_HELP },
        { text: 'Team Around the Family (TAF): meetings where the family and practitioners review the family’s plan, celebrate success and agree next steps.', contacts: [], source: GETTING_HELP },
        { text: 'Child in need (section 17): a child unlikely to reach or keep a reasonable standard of health or development without services, or whose health or development is likely to be significantly impaired without them, or who is disabled.', contacts: [], source: MORE_HELP },
        { text: 'Section 47 enquiry: the council’s duty to investigate when a child is suffering, or at risk of suffering, significant harm (child protection).', contacts: [], source: RISK },
        { text: 'Significant harm: physical, sexual or emotional abuse, neglect, accident or injury serious enough to harm a child’s progress and enjoyment of life.', contacts: [], source: RISK },
        { text: 'Children and Family Assessment (CAFA): a social care assessment by a qualified social worker, covering the same areas as an Early Help Assessment with a focus on support and protection.', contacts: [], source: s001('What is a Social Care Assessment?') },
        { text: 'The Bridge: Salford’s single front door for concerns about a child and requests for support (once called the Multi Agency Safeguarding Hub, MASH).', contacts: ['bridge'], source: USEFUL },
        { text: 'LADO: the Local Authority Designated Officer, who handles allegations about adults who work or volunteer with children.', contacts: ['lado'], source: supp(CVS_PAGE) },
      ],
      contacts: ['bridge'],
      source: GETTING_HELP,
    },
    {
      id: 'contacts',
      title: 'Who to contact',
      summary: 'The main safeguarding contacts in Salford.',
      steps: [
        { text: 'In immediate danger or home alone: 999. For any worry about a child: the Bridge on 0161 603 4500.', contacts: ['police', 'bridge'], source: WORRIED },
      ],
      contacts: ['police', 'bridge', 'edt', 'locality_central', 'locality_south', 'locality_north', 'locality_west', 'fgc', 'private_fostering', 'starting_life_well'],
      source: USEFUL,
    },
  ],

  topics: [
    { id: 'info_sharing', route: 'info_sharing', phrases: ['share information', 'sharing information', 'information sharing', 'share without consent', 'need consent', 'consent to share', 'without their consent', 'without consent', 'data protection', 'gdpr', 'confidentiality', 'confidential', 'tell the parents', 'tell parents', 'inform the parents', 'who can i share', 'can i share', 'golden rules', 'without the parents knowing', 'without telling the parents', 'without telling parents', 'parents permission', 'parental consent', 'share with the police', 'pass on information', 'pass information', 'without asking mum', 'without asking the parents', 'in confidence', 'pass on what', 'pass it on', 'not to tell anyone', 'not to tell', 'gillick', 'gillick competent', 'asked for information', 'asked for info', 'requested information', 'share info', 'sharing info', 'info sharing', 'keep a secret', 'keep it secret', 'keep it a secret', 'promise not to tell', 'data sharing', 'without asking the parents', 'without asking parents', 'without asking dad', 'ok to tell', 'tell the new school', 'refused consent', 'consent refused', 'withdrawn consent', 'not give consent', 'will not consent', 'not consent', 'without telling mum', 'without telling dad', 'without telling the family', 'send my notes', 'written consent', 'verbal consent', 'consent to refer', 'share concerns with', 'share my concerns with', 'sharing concerns with', 'share it with the new school',], source: GOLDEN },
    { id: 'private_fostering', route: 'private_fostering', phrases: ['private fostering', 'privately fostered', 'privately fostering', 'looked after by a family friend', 'living with a family friend', 'staying with a family friend', 'living with a friend', 'staying with a friend', 'looked after by a neighbour', 'living with a neighbour', 'staying with a neighbour', 'looked after by a friend', 'living with his friends family', 'living with her friends family', 'neighbour has been looking after', 'neighbour is looking after', 'friend has been looking after', 'friend is looking after', 'great aunt', 'great uncle', 'living with a cousin', 'friends family', 'friends parents', 'friends mum', 'staying with a friend', 'living with friends', 'mates house', 'friends house', 'mates family', 'family friend', 'with a family friend', 'host family', 'not actually related', 'living with her childminder', 'living with his childminder', 'girlfriends parents', 'girlfriends family', 'boyfriends parents', 'boyfriends family', 'friends of the family', 'staying at a neighbours', 'at a neighbours', 'over 28 days', 'more than 28 days', 'sponsor scheme', 'friends dad', 'who is not related', 'not a relative', 'stopping at neighbours', 'stopping at a neighbours', 'stopping with friends', 'stopping at friends',], source: PRIVATE_FOSTERING },
    { id: 'anonymous', route: 'anonymous', phrases: ['anonymous', 'anonymously', 'without giving my name', 'without my name', 'stay anonymous', 'not give my name', 'they will know it was me', 'know it was me', 'out it was me', 'it was me who reported', 'finding out who made', 'find out who made', 'find out who reported', 'keep my name out', 'give my details', 'give my name', 'not want to be named', 'not be named', 'not want my name', 'not leave my name', 'without saying who', 'saying who i am', 'anon', 'without them knowing', 'find out i reported', 'know i reported', 'not want them to know', 'without the family finding out', 'without them finding out', 'without the parents finding out', 'without the family knowing it was me', 'not want to give my name', 'not want to give my details', 'not want to say who i am', 'find out who referred', 'know who referred', 'who referred them', 'who referred us', 'who made the referral', 'knowing it was me', 'parents knowing it was me', 'family knowing it was me',], source: APP2_ANON },
    { id: 'secure_estate', route: 'secure_estate', phrases: ['secure estate', 'secure training centre', 'young offender institution', 'yoi', 'secure childrens home', "secure children's home", 'barton moss', 'youth custody', 'custodial sentence', 'young offender', 'young offenders institution', 'young offenders', 'hmyoi', 'wetherby', 'dto', 'detention and training order', 'secure unit', 'secure accommodation', 'stc', 'secure welfare', 'medway', 'oakhill', 'on remand at',], source: SECURE },
    { id: 'disability', route: 'disability', phrases: ['children with disabilities', 'children with disability', 'disabilities team', 'disability team', 'cwd team', 'disabled child', 'disabled children', 'autism', 'autistic', 'learning disability', 'learning disabilities', 'respite', 'complex medical needs', 'disabled son', 'disabled daughter', 'child is disabled', 'son is disabled', 'daughter is disabled', 'child has a disability', 'child with a disability', 'local offer', 'send support', 'learning difficulties', 'learning difficulty', 'severe learning', 'epilepsy', 'cerebral palsy', 'non verbal', 'nonverbal', 'disabled kids', 'disabled young person', 'disabled teenager', 'disabled boy', 'disabled girl', 'deaf', 'visually impaired', 'hearing impaired', 'complex health needs', 'tube fed', 'wheelchair user', 'downs syndrome', 'short breaks', 'personal care', 'counts as disabled', 'count as disabled', 'disabilities service', 'disability service', 'registered blind', 'is blind', 'global developmental delay', 'global delay', 'muscular dystrophy', 'spina bifida', 'life limiting', 'physical disability', 'physically disabled', 'sensory impairment', 'pmld',], source: DISABILITIES },
    { id: 'lado', route: 'lado', phrases: ['lado', 'designated officer', 'allegation against a member of staff', 'allegation against a teacher', 'allegation against staff', 'concern about a colleague', 'concern about a member of staff', 'about a colleague', 'member of staff', 'a volunteer who', 'a teacher who', 'a coach who', 'messaging a pupil', 'messaging a child', 'messaging pupils', 'adult who works with children', 'works with children', 'volunteers with children', 'staff member', 'my colleague', 'a colleague', 'colleague who', 'member of staff who', 'teacher who', 'coach who', 'volunteer who', 'about a teacher', 'about a coach', 'against a teacher', 'football coach', 'sports coach', 'youth leader', 'childminder', 'foster carer who'], source: supp(CVS_PAGE) },
    { id: 'adult_concern', route: 'adult_concern', phrases: ['worried about an adult', 'concerned about an adult', 'vulnerable adult', 'adult at risk', 'adult safeguarding', 'elderly', 'older person', 'adult abuse'], source: supp(SSCP_NEWS) },
    { id: 'after_referral', route: 'after_referral', phrases: ['what happens after', 'what happens next', 'after i refer', 'after i make a referral', 'after referral', 'after a referral', 'after the referral', 'when will i hear', 'outcome form', 'have not heard back', 'havent heard back', 'heard nothing back'], source: APP2_REFERRAL },
    { id: 'fgc', route: 'fgc', phrases: ['family group conference', 'family group conferencing', 'fgc', 'family network meeting', 'family network', 'wider family together', 'bring the family together', 'bringing their wider family together', 'extended family together', 'wider family', 'family meeting', 'family group conf', 'family group', 'their own plan', 'own family plan', 'whole family together', 'family together', 'extended family', 'wider family network', 'kinship', 'everyone together', 'get everyone together', 'part of the plan', 'relatives want to help', 'family want to help', 'family want to be involved', 'family plan', 'family plan together',], source: FGC },
    { id: 'advice', route: 'advice', phrases: ['childrens centre', 'childrens centres', "children's centre", "children's centres", 'after school club', 'after school clubs', 'holiday club', 'holiday clubs', 'childcare', 'nursery place', 'activities for', 'youth club', 'family information', 'things to do', 'parenting course', 'stay and play', 'parenting class', 'parenting classes', 'parenting tips', 'breakfast club', 'school place', 'find a gp', 'finding a gp', 'register with a gp', 'after school care', 'wraparound care', 'signposting', 'holiday activities', 'baby massage', 'toddler group', 'youth clubs', 'find a childminder', 'looking for a childminder', 'registered childminder', 'free activities', 'half term activities',], source: USEFUL },
    { id: 'contextual_safeguarding', route: 'contextual_safeguarding', phrases: ['contextual safeguarding', 'complex safeguarding', 'young persons plan', "young person's plan", 'harm outside the home', 'harmed outside'], source: CONTEXTUAL },
    { id: 'glossary', route: 'glossary', phrases: ['what does early help mean', 'what is early help', 'what does mean', 'what does it mean', 'stand for', 'stands for', 'meaning of', 'jargon', 'glossary', 'what is a taf', 'what is taf', 'what is an eha', 'what is eha', 'what is a section 47', 'what is section 47', 'what is s47', 'what is a s47', 'what is a child in need', 'what is child in need', 'what is a cafa', 'what is significant harm', 'what is the mash', 'what is a lado', 'what is the lado'], source: GETTING_HELP },
    { id: 'escalation', route: 'escalation', phrases: ['escalate', 'escalation', 'escalating my concern', 'challenge a decision', 'challenge the decision', 'disagree', 'not happy with', 'unhappy with', 'dissatisfied', 'not satisfied', 'professional disagreement', 'complain about the decision', 'did not resolve', 'didnt resolve', 'not resolved', 'still worried', 'no further action', 'nfa', 'dont agree', 'do not agree', 'closed the case', 'case was closed', 'case has been closed', 'refused my referral', 'referral was refused', 'referral was rejected', 'rejected my referral', 'wrong decision', 'knocked back', 'got knocked back', 'does not meet threshold', 'not meeting threshold', 'dealt with my referral', 'not happy that', 'not happy about', 'not happy how', 'not happy the', 'they are wrong', 'think they are wrong', 'nfad', 'not in agreement with the outcome', 'difference of opinion', 'differences of opinion', 'inter agency conflict', 'interagency conflict', 'professional challenge', 'formal challenge', 'challenge formally', 'challenged informally', 'referral rejected', 'referral was turned down', 'reconsider the decision', 'reconsider a decision', 'reconsider their decision', 'they got it wrong', 'they have got it wrong', 'care got it wrong', 'bridge got it wrong', 'level is wrong', 'decision is wrong', 'up the chain', 'query a decision', 'query the decision', 'question the decision', 'question their decision', 'can i question', 'go over her head', 'go over his head', 'going over her head', 'going over his head', 'closed too soon', 'closed without action',], source: APP2_CHALLENGE },
  ],

  escalation: {
    stages: [
      {
        id: 'practitioner',
        order: 0,
        title: 'Resolve it with the practitioner',
        to: 'The practitioner or caseworker involved',
        how: 'Say clearly what the problem is and what you want to achieve. Talk to the practitioner or caseworker first, with support from your designated safeguarding lead.',
        contacts: [],
        attach: [],
        copyTo: ['Your designated safeguarding lead'],
        phrases: ['disagree', 'not happy with the outcome', 'not happy with the decision', 'unhappy with the outcome', 'disagree with the decision', 'challenge the decision', 'professional disagreement', 'social worker decided', 'no further action'],
        source: APP2_CHALLENGE,
      },
      {
        id: 'practice_manager',
        order: 1,
        title: 'Practice Manager at the Bridge',
        to: 'A Practice Manager at the Bridge',
        how: 'Call the Bridge on 0161 603 4500 and ask to speak to a Practice Manager, and/or email worriedaboutachild@salford.gov.uk. Put your concerns in writing using the Escalation Notice and copy it to the SSCP Business Manager (the partnership’s email is sscp@salford.gov.uk).',
        contacts: ['bridge'],
        respondWithinWorkingDays: 5,
        attach: ['The Escalation Notice'],
        copyTo: ['The SSCP Business Manager (sscp@salford.gov.uk)'],
        phrases: ['outcome of my referral', 'bridge decision', "bridge's decision", 'decision of the bridge', 'the bridge decided', 'referral outcome', 'outcome of the referral', 'practitioner did not resolve', 'practitioner didnt resolve', 'caseworker did not resolve', 'social worker did not resolve', 'social worker didnt resolve', 'spoke to the social worker', 'bridge said nfa', 'bridge said no further action', 'bridge closed', 'referral refused', 'referral was refused', 'refused my referral', 'referral knocked back', 'referral was rejected', 'dealt with my referral', 'spoken to the social worker', 'talked to the social worker', 'spoke to the sw', 'spoken to the sw', 'bridge have nfa', 'bridge nfa', 'bridge have closed', 'bridge has closed', 'challenged the social worker', 'raised it with the social worker', 'got nowhere with the social worker', 'challenged the social workers decision',],
        source: APP2_CHALLENGE,
      },
      {
        id: 'service_manager',
        order: 2,
        title: 'Service Manager',
        to: 'The Service Manager',
        how: 'If the Practice Manager’s response does not resolve it, contact the Service Manager the same way (0161 603 4500, worriedaboutachild@salford.gov.uk) and attach the original Escalation Notice.',
        contacts: ['bridge'],
        respondWithinWorkingDays: 5,
        attach: ['The original Escalation Notice'],
        copyTo: ['The SSCP Business Manager (sscp@salford.gov.uk)'],
        phrases: ['practice manager did not resolve', 'practice manager didnt resolve', 'practice manager has not resolved', 'practice manager did not respond', 'not happy with the practice manager', 'practice manager response', 'practice manager said no', 'practice manager'],
        source: APP2_CHALLENGE,
      },
      {
        id: 'head_of_service',
        order: 3,
        title: 'Head of Service',
        to: 'The Head of Service',
        how: 'If the Service Manager’s response does not resolve it, contact the Head of Service the same way, copying the Escalation Notice. The Safeguarding Children and Quality Assurance Unit (0161 603 4322) offers consultation and can intervene to help resolve it.',
        contacts: ['bridge', 'sqau'],
        respondWithinWorkingDays: 5,
        attach: ['The Escalation Notice'],
        copyTo: ['The SSCP Business Manager (sscp@salford.gov.uk)'],
        phrases: ['service manager did not resolve', 'service manager didnt resolve', 'service manager has not resolved', 'service manager did not respond', 'not happy with the service manager', 'service manager response', 'service manager said no', 'service manager', 'head of service',],
        source: APP2_CHALLENGE,
      },
    ],
    notice: {
      title: 'Escalation Notice: recording inter-agency conflict and resolution',
      fields: [
        { id: 'childName', label: 'Name of child or young person', personal: true, source: APP2_FORM },
        { id: 'childDob', label: 'Date of birth', personal: true, source: APP2_FORM },
        { id: 'concern', label: 'Information of concern', personal: true, source: APP2_FORM },
        { id: 'decision', label: 'The decision you are challenging', personal: true, source: APP2_CHALLENGE },
        { id: 'triedAtPractitionerLevel', label: 'What you have tried at practitioner level', personal: true, source: APP2_CHALLENGE },
        { id: 'completedByName', label: 'Report completed by: name', personal: false, source: APP2_FORM },
        { id: 'completedByRole', label: 'Role', personal: false, source: APP2_FORM },
        { id: 'completedByContact', label: 'Contact details', personal: false, source: APP2_FORM },
        { id: 'date', label: 'Date', personal: false, source: APP2_FORM },
        { id: 'copiedTo', label: 'Who has a copy of this notice', personal: false, source: APP2_FORM },
        { id: 'stage', label: 'Stage', personal: false, source: APP2_CHALLENGE },
        { id: 'addressee', label: 'Sent to', personal: false, source: APP2_CHALLENGE },
      ],
      returnTo: { lines: ['SSCP Business Manager', 'Safeguarding and Quality Assurance Unit', 'Sutherland House', '303 Chorley Road', 'Swinton', 'M27 6AY'], source: APP2_FORM },
      copyTo: ['The SSCP Business Manager (sscp@salford.gov.uk)'],
      sendTo: 'bridge',
      copyToContacts: ['sscp'],
      source: APP2_FORM,
    },
    recordOnFile: { text: 'Record the challenge and how it was resolved on the child’s file, with the evidence, and how the resolution improved outcomes for the child or family.', source: STILL_WORRIED },
    afterReferral: {
      steps: [
        { text: 'You should receive an automated response immediately.', contacts: [], source: APP2_REFERRAL },
        { text: 'You will receive a Referrals Outcome Form within one week telling you what has happened.', contacts: [], source: APP2_REFERRAL },
        { text: 'If you offered ongoing support on the referral form, the Bridge will contact you before the outcome form is sent.', contacts: ['bridge'], source: APP2_REFERRAL },
      ],
      outcomes: [
        { text: 'The child’s needs can continue to be met by early help services.', source: MAKING_REFERRAL },
        { text: 'Support as a child in need under section 17 of the Children Act 1989 (a social work assessment).', source: MAKING_REFERRAL },
        { text: 'An assessment under section 47 of the Children Act 1989, because the child is suffering or likely to suffer significant harm (a child protection enquiry).', source: MAKING_REFERRAL },
        { text: 'No further action from children’s social care, but signposted to another service, including a key worker in Early Intervention and Prevention.', source: APP2_REFERRAL },
      ],
    },
  },

  // Levels the screening's other answers raise to, each with the level's own source.
  // Complex needs and needs early help has not met are both Getting More Help: "more complex needs and require more help
  // from a wider range of services" (001, "Getting More Help").
  raises: screeningRaises({
    someNeeds: { level: 'getting_help', source: GETTING_HELP },
    complexNeeds: { level: 'getting_more_help', source: MORE_HELP },
    needsNotMet: { level: 'getting_more_help', source: MORE_HELP },
  }),

  warnings: [
    { id: 'do_not_tell_parents', when: { anyIndicatorFlagged: 'doNotTellParents' }, lead: 'Do not tell the parents or carers before you refer, because of: {indicators:lower}.', ...NOT_TOLD },
    // Who reports, and to whom, as far as the seeds say (Salford's guidance does not mention FGM: Bury's, labelled as such).
    { id: 'mandatory_reporting', when: { anyIndicatorFlagged: 'mandatoryReporting' }, lead: '{indicators}:', text: FGM_DUTY.map((p) => p.text).join(' '), source: L5 },
    {
      id: 'tell_family',
      when: { familyKnows: 'no', noIndicatorFlagged: 'doNotTellParents', levelAbove: 'getting_advice', levelBelow: 'emergency' },
      last: true,
      ...TELL_FAMILY,
    },
  ],

  guidance: [
    {
      id: 'golden_rules',
      title: 'Seven golden rules for sharing information',
      points: [
        { text: 'Data protection law (GDPR, the Data Protection Act 2018) and human rights law are not barriers to justified information sharing.', source: GOLDEN },
        { text: 'Be open and honest with the person and their family about why, what, how and with whom information will be shared; seek their agreement unless it is unsafe or inappropriate.', source: GOLDEN },
        { text: 'Seek advice if in doubt, without disclosing the person’s identity where possible.', source: GOLDEN },
        { text: 'Share with consent where possible; you may share without consent if there is a lawful basis, such as where safety may be at risk.', source: GOLDEN },
        { text: 'Base your decision on the safety and well-being of the person and others affected.', source: GOLDEN },
        { text: 'Necessary, proportionate, relevant, adequate, accurate, timely and secure.', source: GOLDEN },
        { text: 'Keep a record of your decision and the reasons for it, whether you share or not.', source: GOLDEN },
      ],
    },
    {
      id: 'parents_not_told',
      title: 'When not to tell the parents before a referral',
      points: [TELL_FAMILY, NOT_TOLD],
    },
    {
      // Salford's guidance does not mention FGM: Bury's, labelled as such. Who reports, and to whom, as far as the seeds say.
      id: 'fgm_duty',
      title: 'FGM: who reports, and to whom',
      points: FGM_DUTY,
    },
    {
      id: 'recording',
      title: 'Tips for recording',
      points: [
        { text: 'Be clear and concise; distinguish fact from opinion; children and families may read it later.', source: s001('Recording what we do') },
        { text: 'Capture the child’s voice and the family’s views.', source: s001('Top Tips for recording') },
        { text: 'Record decisions with the people responsible and timescales, and who was consulted (full name and contact details), including attempts that did not succeed.', source: s001('Recording what we do') },
        { text: 'Show strengths as well as worries, and be clear what you and the family want to achieve.', source: s001('Top Tips for recording') },
      ],
    },
    {
      id: 'referral_answer',
      title: 'In short',
      points: [
        { text: 'Make the referral on the online referral form (the Salford Children and Families Portal).', source: supp(SSCP_NEWS) },
        { text: 'To talk it through first, phone the Bridge’s practitioner advice line on 0161 603 4555.', source: MORE_HELP },
        { text: 'You get an automated response at once, and a Referrals Outcome Form within one week.', source: APP2_REFERRAL },
      ],
    },
    {
      id: 'referral_reason',
      title: 'The reason for the referral, and the facts',
      points: [
        { text: 'Give the reason for the referral and factual details, such as the child’s age and date of birth. Check what information the service asks for.', source: REFERRALS },
        { text: 'Keep to facts and say where they come from; keep your professional opinion separate.', source: RECORDING },
      ],
    },
    {
      id: 'referral_family',
      title: 'What the family knows, and whether they consent',
      points: [
        { text: 'Unless the family must not be told first (below), make sure they know you are making a referral, and say on the form whether they consent. In very few cases a referral is needed without telling the family first: the Bridge can support you with this.', source: MAKING_REFERRAL },
      ],
    },
    {
      id: 'referral_ongoing_support',
      title: 'Whether your organisation offers ongoing support',
      points: [
        { text: 'If you want to offer ongoing support to the child or family and have their consent, make this clear on the referral form. The Bridge will then contact you before the outcome form is sent.', source: APP2_REFERRAL },
      ],
    },
    {
      id: 'referral_staff_risk',
      title: 'Any risk to staff or volunteers from the referral',
      points: [
        { text: 'If the referral may put a volunteer or member of staff at risk (for example, they live in the same neighbourhood as the family), say so on the referral form and ask to be contacted before children’s services contact the family.', source: APP2_REFERRAL },
      ],
    },
    {
      id: 'referral_contingency',
      title: 'A contingency plan',
      points: [
        { text: 'Include a contingency plan: what will happen if needs are not met, the service is not taken up or is declined, or the family’s needs increase.', source: REFERRALS },
      ],
    },
    {
      id: 'referral_contact_details',
      title: 'Your own contact details',
      points: [
        { text: 'Give your name and contact details so the Bridge can reach you. If you cannot give them, an anonymous referral is possible, but it is usually better to be open with the family.', source: APP2_ANON },
        { text: 'Record who you consulted, with their full name and contact details, including attempts that did not succeed.', source: RECORDING },
      ],
    },
    {
      id: 'referral_submit',
      title: 'Where to submit it',
      points: [
        { text: 'All referrals and requests for support are made on the online referral form (the Salford Children and Families Portal).', source: supp(SSCP_NEWS) },
        { text: 'For advice, phone the Bridge’s practitioner advice line on 0161 603 4555.', source: MORE_HELP },
        { text: 'Where help is needed quickly to reduce the risk of harm, you can also call the Bridge for advice on 0161 603 4500.', source: MAKING_REFERRAL },
        { text: 'If a child is in immediate danger of being harmed, or is home alone, call the police on 999.', source: WORRIED },
      ],
    },
    {
      id: 'referral_next',
      title: 'What happens next',
      points: [
        { text: 'You should receive an automated response immediately.', source: APP2_REFERRAL },
        { text: 'You will receive a Referrals Outcome Form within one week telling you what has happened.', source: APP2_REFERRAL },
      ],
    },
    {
      id: 'strengths_working_well',
      title: 'What’s working well',
      points: [
        { text: 'What has minimised the harm or made things better?', source: STRENGTHS },
        { text: 'Who else helps to keep the child and family safe, happy and well?', source: STRENGTHS },
        { text: 'In relation to the worry, what do the family and child do already that makes things even a little better?', source: STRENGTHS },
      ],
    },
    {
      id: 'strengths_worried',
      title: 'What are you worried about?',
      points: [
        { text: 'What have you seen or heard that worries you? Who saw this and what did they see?', source: STRENGTHS },
        { text: 'What are you worried will happen if nothing changes? Have things become worse recently?', source: STRENGTHS },
        { text: 'What has the impact been on the child? What does their day-to-day look like?', source: STRENGTHS },
      ],
    },
    {
      id: 'strengths_next',
      title: 'What needs to happen',
      points: [
        { text: 'What do you think needs to happen to make the situation better? Are there questions that need to be asked to clarify the situation?', source: STRENGTHS },
        { text: 'What do the family and child want to happen? How do they think they could make things better?', source: STRENGTHS },
      ],
    },
    {
      id: 'info_answer',
      title: 'The short answer',
      points: [
        { text: 'Yes, you can share information to keep a child safe: data protection and human rights law are not barriers to justified sharing.', source: GOLDEN },
        { text: 'Share with consent where you can. You may share without consent where there is a lawful basis, such as where safety may be at risk.', source: GOLDEN },
        { text: 'If in doubt, seek advice from other practitioners or your information governance lead, without naming the person where possible, and record what you decide and why.', source: GOLDEN },
      ],
    },
    {
      id: 'info_without_consent',
      title: 'Can I share without consent?',
      points: [
        { text: 'Where possible, respect the wishes of those who do not consent, and base your judgement on the facts of the case.', source: GOLDEN },
        { text: 'Information is usually shared with the consent of the family or young person. The exceptions are where there is a safeguarding concern or a significant risk to others.', source: CONFIDENTIALITY },
      ],
    },
    {
      id: 'info_who',
      title: 'Who can I share information with?',
      points: [
        { text: 'Share only with the people who need to have it, and only what is necessary and proportionate; share it in a timely way and securely.', source: GOLDEN },
        { text: 'If you are worried a child is suffering or likely to suffer harm, share it first with your line manager (and your designated safeguarding lead). Do not assume someone else will pass it on.', source: INFO_SHARING },
      ],
    },
    {
      id: 'info_tell_parents',
      title: 'Do I need to tell the parents?',
      points: [
        { text: 'Usually, yes: be open and honest with the family from the outset about why, what, how and with whom information will be shared, and seek their agreement, unless it is unsafe or inappropriate to do so.', source: GOLDEN },
        { text: 'In very few cases a referral is needed without telling the family first: the Bridge can support you with this.', source: MAKING_REFERRAL },
        { text: 'Salford’s guidance does not list these cases; Bury’s guidance says parents or carers must not be told about a referral where sexual abuse, fabricated illness or forced marriage is known or suspected.', source: BURY_CIN },
      ],
    },
    {
      id: 'info_record',
      title: 'What to record about your decision',
      points: [
        { text: 'Record your decision and the reasons for it, whether you share or not. If you share, record what you shared, with whom and for what purpose.', source: GOLDEN },
      ],
    },
    {
      id: 'challenge',
      title: 'What Salford’s guidance also says about challenge',
      points: [
        { text: 'Challenge must be evidence-based and recorded on the child’s file, including how the resolution improved outcomes for the child or family.', source: STILL_WORRIED },
        { text: 'Try to resolve a disagreement informally first. When that does not work, use the formal route: Salford’s effective challenge and escalation procedure (April 2020).', source: STILL_WORRIED },
        { text: 'Agencies follow the Greater Manchester Resolving Professional Disagreements/Escalation Policy, with Salford’s local challenge and escalation procedures.', source: CHALLENGE_SSCP },
        { text: 'If agreement still cannot be reached after escalation to the partnership, it may commission an independent adviser to review and make recommendations. The Safeguarding Executive makes any final decisions.', source: CHALLENGE_SSCP },
      ],
    },
    {
      id: 'cwd_criteria',
      title: 'Children with Disabilities Team: the eligibility criteria (all three must apply)',
      points: [
        { text: 'The main need for services arises from the child’s disability or intrinsic condition.', source: DISABILITIES },
        { text: 'The condition has a substantial or critical impact on the quality of the child’s or young person’s life, or the family’s.', source: DISABILITIES },
        { text: 'The needs cannot be met by universal or targeted services alone.', source: DISABILITIES },
      ],
    },
  ],

  // Each level's own definition in seed 001: Getting Help, "some children, young people and their families need help to be
  // safe, healthy and achieve their full potential"; Getting More Help, "more complex needs and require more help from a
  // wider range of services".
  // Not `laterTodayAtProtection`: seed 001 ("If you have concerns about a child who may need immediate protection, please
  // contact The Bridge on 0161 603 4500 and the Police on 999") names 999 beside the Bridge for a child who may need
  // immediate protection, so harm before the child goes home keeps 999 first here (Bury and Nottingham set it).
  levelIndicators: { getting_help: 'needs_some_help', getting_more_help: 'complex_needs' },
  // The model's Getting Help class, a worry at that level with no particular sign, as the level's own indicator. (Its
  // Getting More Help class is not: read as "complex needs", it took the place of the Children with Disabilities Team's
  // answer for questions about short breaks and respite.)
  semanticByLevel: { 'level:getting_help': 'getting_help' },
  // A parent's mental health and the child's own, both Getting Help: "depressed" or "bipolar" counts for the person the
  // words name (rules/whose.ts). A young person's own drinking or drug use has no indicator here (the Salford guidance
  // names none), so Salford's list of a parent's use is read as it is.
  whose: [{ parent: 'parental_mental_health', youngPerson: 'emotional_wellbeing', parentsOnly: true }],
};
