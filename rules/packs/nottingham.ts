/**
 * Nottingham City: Working Together to Safeguard Children 2018 self-directed
 * learning session, as cited data.
 * Source: shared/seeds/003_2bbeb111cec99a33.txt.
 *
 * The source has no worked examples of indicators. Forms of harm are mapped to
 * "protection" because the section 47 passage names them; child in need comes from
 * the Children Act definition the source quotes; everyday needs (school attendance,
 * housing, parents' health...) point to "additional", the lowest level above
 * universal, until the full Family Support Pathway document is added to the seeds.
 */
import { RED_FLAG_PHRASES, SHARED_PHRASES, SHARED_TOPIC_PHRASES, WIDER_PHRASES } from '../phraseBase';
import { screeningRaises } from '../packParts';
import type { PackInput } from '../schema';

const POLICE_999 = { file: 'supplementary.md', section: 'Supplementary published facts', page: 'safeguardingchildren.salford.gov.uk/news/march-2023/' };
const FILE = '003_2bbeb111cec99a33.txt';

const PACK = { file: FILE, section: 'Working Together to Safeguard Children 2018' };
const CFD = { file: FILE, section: 'Children and Families Direct' };
const MARF = { file: FILE, section: 'Making a referral or a request for services' };
const IS = { file: FILE, section: 'Information Sharing' };
const MYTH1 = { file: FILE, section: 'Myth-busting guide to information sharing' };
const MYTH2 = { file: FILE, section: 'Myth-busting guide to information sharing (part 2)' };
const FSP = { file: FILE, section: 'Family Support Pathway' };
const ASSESS = { file: FILE, section: 'Assessment' };
const CIN1 = { file: FILE, section: 'Children in Need and escalation to Child Protection (1)' };
const CIN2 = { file: FILE, section: 'Children in Need and escalation to Child Protection (2)' };
const OVERVIEW = { file: FILE, section: 'Overview of referral to social care and next steps' };
const STRAT = { file: FILE, section: 'Strategy discussion' };
const ICPC = { file: FILE, section: 'Initial Child Protection Conference' };
const CPP = { file: FILE, section: 'Child Protection Plan' };
const CORE = { file: FILE, section: 'Core Group' };
const REVIEW = { file: FILE, section: 'Review Child Protection Conference' };
const SOS = { file: FILE, section: 'Signs of Safety' };
const SOS_CORE = { file: FILE, section: 'Core principles of Signs of Safety' };
const CHILD = { file: FILE, section: 'Child-centred approach' };
const MULTI = { file: FILE, section: 'Multi-agency approach' };
const SCR = { file: FILE, section: 'Changes to Serious Case Reviews' };
const PROCEDURES = { file: FILE, section: 'Interagency Safeguarding Children Procedures' };
const THANKS = { file: FILE, section: 'Thank you for completing this self-directed learning session' };

const FGM_DUTY = [
  { text: 'Section 47 enquiries cover female genital mutilation: make a safeguarding referral to Children and Families Direct.', source: CIN2 },
  {
    text: 'The Nottingham guidance the bot holds does not say who else must report FGM, or to whom. It points to the interagency safeguarding children procedures for more detail: check them, and your organisation’s own FGM procedure, with your safeguarding lead.',
    source: PROCEDURES,
  },
];

export const nottingham: PackInput = {
  id: 'nottingham',
  name: 'Nottingham City Safeguarding Children Partnership',
  area: 'Nottingham City',
  version: '1.8.0',
  contactsCheckedOn: '2026-11-23',
  source: PACK,

  levels: [
    {
      id: 'universal',
      name: 'Universal (self help)',
      plain: 'The child and family are doing well. Any needs can be met by universal services such as school and health.',
      rank: 1,
      source: FSP,
    },
    {
      id: 'additional',
      name: 'Additional (early help)',
      plain: 'The family has problems that need universal services to work with other support services to stop them growing. A Child or Family Early Help Assessment is used.',
      rank: 2,
      source: FSP,
    },
    {
      id: 'extensive',
      name: 'Extensive (targeted help)',
      plain: 'The family has a range of growing problems that need extensive multi-agency support so a crisis can be prevented. An Early Help Assessment or a statutory assessment may be needed.',
      rank: 3,
      source: FSP,
    },
    {
      id: 'child_in_need',
      name: 'Child in need (specialist help)',
      plain: 'The child is disabled, or is unlikely to reach a reasonable standard of health or development without services (Children Act 1989). A social worker does a statutory assessment.',
      rank: 4,
      source: FSP,
    },
    {
      id: 'protection',
      name: 'Protection',
      plain: 'The child is suffering, or is likely to suffer, significant harm. Make a safeguarding referral to Children and Families Direct.',
      rank: 5,
      source: FSP,
    },
    {
      id: 'emergency',
      name: 'Immediate danger',
      plain: 'The child needs protecting right now. Call the police on 999, then contact Children and Families Direct.',
      rank: 6,
      source: CIN2,
      // Section 47 enquiries where a child is suffering or likely to suffer significant harm: "there may be a need for immediate protection whilst an assessment or enquiries are carried out".
      within: { level: 'protection', source: CIN2 },
    },
  ],
  emergencyLevel: 'emergency',
  emergencyContact: 'police',
  frontDoor: 'cfd',
  levelRoutes: {
    universal: 'route_universal',
    additional: 'route_additional',
    extensive: 'route_extensive',
    child_in_need: 'route_child_in_need',
    protection: 'route_protection',
    emergency: 'route_emergency',
  },

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
      source: CIN2,
    },
    {
      id: 'cfd',
      name: 'Children and Families Direct',
      aliases: ['Children and Families Direct', 'Children & Families Direct', 'C&F Direct', 'CFD', 'front door', 'social care', 'referral'],
      purpose: 'Nottingham City’s one-stop shop for family support and safeguarding: safeguarding referrals and requests for services (the MARF) go here.',
      phones: [{ label: 'Children and Families Direct', number: '0115 876 4800', source: CFD }],
      emails: [
        { label: 'Children and Families Direct', address: 'candfdirect@nottinghamcity.gov.uk', source: CFD },
        { label: 'Send a completed MARF (referral or request for services)', address: 'candf.direct@nottinghamcity.gov.uk', source: MARF },
      ],
      web: {
        label: 'MARF form and guidance',
        url: 'https://www.nottinghamcity.gov.uk/children-and-families/children-and-families-direct/',
        source: MARF,
      },
      hours: {
        kind: 'weekly',
        days: ['mon', 'tue', 'wed', 'thu', 'fri'],
        open: '08:30',
        close: '17:00',
        closedOnBankHolidays: false,
        source: CFD,
      },
      outOfHours: 'cfd_out_of_hours',
      source: CFD,
    },
    {
      id: 'cfd_out_of_hours',
      name: 'Children and Families Direct (out of hours: emergencies only)',
      aliases: ['out of hours', 'emergency duty', 'after hours', 'weekend'],
      purpose: 'Outside Monday to Friday 8:30am to 5:00pm, the Children and Families Direct number is for emergency safeguarding enquiries only.',
      phones: [{ label: 'Emergency safeguarding enquiries only', number: '0115 876 4800', source: CFD }],
      emails: [],
      hours: { kind: 'when-closed', of: 'cfd', source: CFD },
      source: CFD,
    },
    {
      id: 'safeguarding_partnership',
      name: 'Nottingham City Safeguarding Children Partnership (formerly Board)',
      aliases: ['Safeguarding Children Board', 'NCSCB', 'safeguarding partnership', 'safeguarding partners', 'LSCB'],
      purpose: 'Help with understanding your role within Nottingham City’s safeguarding arrangements (not for referrals about a child).',
      phones: [{ label: 'Nottingham City Safeguarding Children Board', number: '0115 876 4762', source: THANKS }],
      emails: [{ label: 'Safeguarding partnerships', address: 'safeguarding.partnerships@nottinghamcity.gov.uk', source: THANKS }],
      source: THANKS,
    },
    {
      id: 'line_manager',
      name: 'Your line manager',
      aliases: ['line manager', 'manager', 'supervisor', 'safeguarding lead'],
      purpose: 'First person to ask if you need help understanding your role in safeguarding.',
      phones: [],
      emails: [],
      missing: 'The guidance gives no contact for this: it is your own line manager.',
      source: THANKS,
    },
    {
      id: 'procedures',
      name: 'Nottinghamshire and Nottingham City Safeguarding Children Procedures',
      aliases: ['procedures', 'safeguarding procedures', 'proceduresonline', 'tri.x'],
      purpose: 'The interagency safeguarding procedures this guidance is drawn from, including how to respond to different types of abuse.',
      phones: [],
      emails: [],
      web: { label: 'Safeguarding children procedures', url: 'http://nottinghamshirescb.proceduresonline.com/', source: PROCEDURES },
      source: PROCEDURES,
    },
    {
      id: 'signs_of_safety_info',
      name: 'Signs of Safety (Nottingham City resources)',
      aliases: ['Signs of Safety', 'SOS'],
      purpose: 'More information on the Signs of Safety approach that all Nottingham City agencies use when worried about a child.',
      phones: [],
      emails: [],
      web: {
        label: 'Signs of Safety',
        url: 'https://www.nottinghamcity.gov.uk/children-and-families/nottingham-city-safeguarding-children-board/resources-for-professionals/signs-of-safety/',
        source: SOS,
      },
      source: SOS,
    },
  ],

  indicators: [
    // ---- Red flags ----
    {
      id: 'immediate_danger',
      label: 'Child in immediate danger or needing immediate protection',
      level: 'emergency',
      kind: 'red-flag',
      phrases: [
        ...RED_FLAG_PHRASES.immediate_danger,
        ...WIDER_PHRASES.immediate_danger,
      ],
      source: CIN2,
    },
    {
      id: 'home_alone',
      label: 'Young child left home alone, lost or abandoned',
      level: 'emergency',
      kind: 'red-flag',
      phrases: [
        ...RED_FLAG_PHRASES.home_alone,
        'lost child', 'child is lost', 'nobody has come to collect', 'not collected from school',
      ],
      source: CIN2,
    },

    // ---- Protection: forms of harm the section 47 passage names ----
    {
      id: 'physical_abuse',
      label: 'Suspected physical abuse (bruises or unexplained injuries)',
      level: 'protection',
      kind: 'harm',
      phrases: [
        ...SHARED_PHRASES.physical_abuse,
        ...WIDER_PHRASES.physical_abuse,
      ],
      source: CIN2,
    },
    {
      id: 'sexual_abuse',
      label: 'Known or suspected sexual abuse',
      level: 'protection',
      kind: 'harm',
      phrases: [
        ...SHARED_PHRASES.sexual_abuse,
        ...WIDER_PHRASES.sexual_abuse,
      ],
      source: CIN2,
    },
    {
      id: 'emotional_abuse',
      label: 'Emotional abuse',
      level: 'protection',
      kind: 'harm',
      phrases: [
        ...SHARED_PHRASES.emotional_abuse,
        ...WIDER_PHRASES.emotional_abuse,
      ],
      source: CIN2,
    },
    {
      id: 'neglect',
      label: 'Neglect (the child’s basic needs are not met)',
      level: 'protection',
      kind: 'harm',
      phrases: [
        ...SHARED_PHRASES.neglect,
        ...WIDER_PHRASES.neglect,
        'failure to thrive', 'not gaining weight', 'underweight', 'malnourished',
      ],
      source: CIN2,
    },
    {
      id: 'fabricated_illness',
      label: 'Fabricated or induced illness (a parent making up or causing a child’s illness)',
      level: 'protection',
      kind: 'harm',
      phrases: [
        ...SHARED_PHRASES.fabricated_illness,
        ...WIDER_PHRASES.fabricated_illness,
      ],
      source: CIN2,
    },
    {
      id: 'domestic_abuse',
      label: 'Domestic abuse in the child’s home',
      level: 'protection',
      kind: 'harm',
      phrases: [
        ...SHARED_PHRASES.domestic_abuse,
        ...WIDER_PHRASES.domestic_abuse,
      ],
      source: CIN2,
    },
    {
      id: 'fgm',
      label: 'Female genital mutilation (FGM), known or at risk',
      level: 'protection',
      kind: 'harm',
      phrases: [
        ...SHARED_PHRASES.fgm,
        ...WIDER_PHRASES.fgm,
        'at risk of fgm', 'risk of fgm', 'mother has had fgm', 'sister has had fgm', 'special ceremony abroad', 'special celebration abroad',
      ],
      mandatoryReporting: true,
      pathway: 'strategy_s47',
      source: CIN2,
    },
    {
      id: 'honour_based_violence',
      label: 'Honour-based violence, including forced marriage',
      level: 'protection',
      kind: 'harm',
      phrases: [
        'honour based violence', 'honour-based violence', 'honour based abuse', 'honour-based abuse', 'honour abuse',
        'bringing shame on the family', 'shame on the family', ...SHARED_PHRASES.forced_marriage, 'being made to marry',
        'child marriage', 'underage marriage',
      ],
      pathway: 'strategy_s47',
      source: CIN2,
    },
    {
      id: 'radicalisation',
      label: 'Radicalisation (an extra-familial threat)',
      level: 'protection',
      kind: 'harm',
      phrases: [
        ...SHARED_PHRASES.radicalisation,
        ...WIDER_PHRASES.radicalisation,
      ],
      pathway: 'strategy_s47',
      source: CIN2,
    },
    {
      id: 'child_sexual_exploitation',
      label: 'Child sexual exploitation (an extra-familial threat)',
      level: 'protection',
      kind: 'harm',
      phrases: [
        ...SHARED_PHRASES.child_sexual_exploitation,
      ],
      pathway: 'strategy_s47',
      source: CIN2,
    },
    {
      id: 'child_criminal_exploitation',
      label: 'Child criminal exploitation or county lines (an extra-familial threat)',
      level: 'protection',
      kind: 'harm',
      phrases: [
        ...SHARED_PHRASES.child_criminal_exploitation,
        'multiple phones', 'unexplained money',
      ],
      pathway: 'strategy_s47',
      source: CIN2,
    },
    {
      id: 'serious_harm_incident',
      label: 'Abuse or neglect known or suspected and the child has died or been seriously harmed',
      level: 'protection',
      kind: 'harm',
      phrases: [
        'child has died', 'child died', 'death of a child', 'baby died', 'seriously harmed', 'serious incident', 'serious case review', 'child safeguarding practice review',
      ],
      source: SCR,
    },

    {
      id: 'significant_harm',
      label: 'Child suffering, or likely to suffer, significant harm',
      level: 'protection',
      kind: 'harm',
      phrases: [
        'significant harm', 'likely to suffer significant harm', 'suffering significant harm', 'at risk of significant harm',
        'child protection concern', 'child protection concerns', 'maltreatment', 'maltreated',
      ],
      source: FSP,
    },

    {
      id: 'adult_risk_to_children',
      label: 'An adult who poses a risk to children is living in or visiting the home',
      level: 'protection',
      kind: 'harm',
      phrases: [
        ...SHARED_PHRASES.adult_risk_to_children,
      ],
      source: FSP,
    },

    // ---- Child in need ----
    {
      id: 'disabled_child',
      label: 'Disabled child who may need specialist services',
      level: 'child_in_need',
      kind: 'need',
      phrases: [
        'disabled child', 'child is disabled', 'child with disabilities', 'complex needs', 'complex health needs',
        'severe learning disabilities', 'life limiting condition', 'profound and multiple learning disabilities',
        // A disability or condition named ("has Downs and a heart condition, on oxygen at night", "registered blind",
        // "spinal muscular atrophy"): the Children Act's disabled child, whom the seed places at child in need. Said of an
        // adult ("dad is registered blind"), a brother or sister, or not yet diagnosed, it is no disabled child (rules/agency.ts
        // `conditionNotTheChilds`).
        'autistic', 'autism', 'learning disability', 'learning disabilities', "down's syndrome", 'downs syndrome', 'down syndrome', 'registered blind',
        'is blind', 'visually impaired', 'sight impaired', 'deaf', 'hearing impaired', 'cerebral palsy', 'spinal muscular atrophy',
        'muscular dystrophy', 'duchenne', 'spina bifida', 'on oxygen', 'tube fed', 'peg fed', 'wheelchair user', 'uses a wheelchair', 'in a wheelchair full time',
        'epilepsy', 'non verbal', 'nonverbal', 'physical disability', 'physically disabled', 'pmld',
      ],
      source: FSP,
    },
    {
      id: 'health_development_impaired',
      label: 'Health or development unlikely to be reasonable without services',
      level: 'child_in_need',
      kind: 'need',
      phrases: [
        'health being impaired', 'development being impaired', 'health impaired', 'development impaired',
        'not achieving a reasonable standard of health', 'developmental delay', 'development delay', 'not meeting milestones',
        'missed milestones', 'health getting worse', 'not thriving',
      ],
      source: CIN1,
    },
    {
      id: 'no_one_to_care',
      label: 'No one with parental responsibility, or the carer cannot provide accommodation or care',
      level: 'child_in_need',
      kind: 'need',
      phrases: [
        'no one with parental responsibility', 'nobody with parental responsibility', 'no parental responsibility',
        'carer cannot look after', 'carer can no longer care', 'parent in hospital', 'parent arrested', 'parent in prison',
        'no one to look after', 'nowhere to live', 'kicked out', 'thrown out', 'told to leave home', 'homeless',
        'sofa surfing', 'section 20', 's20', 'needs accommodation', 'accommodated',
      ],
      source: CIN1,
    },

    // ---- Extensive ----
    {
      id: 'multiple_problems',
      label: 'A range of growing problems across the family that needs multi-agency support',
      level: 'extensive',
      kind: 'need',
      phrases: [
        'range of problems', 'multiple problems', 'lots of problems', 'problems increasing', 'problems getting worse',
        'things getting worse', 'whole family needs support', 'family in crisis', 'heading for crisis', 'crisis',
        'multi-agency support', 'several agencies', 'early help not working', 'not engaging', 'disengaged',
      ],
      source: FSP,
    },

    // ---- Additional (early help): everyday needs, lowest level above universal ----
    {
      id: 'school_attendance',
      label: 'School attendance dropping or often late',
      level: 'additional',
      kind: 'need',
      phrases: [
        ...SHARED_PHRASES.school_attendance,
        ...WIDER_PHRASES.school_attendance,
        'not in education', 'neet',
      ],
      source: FSP,
    },
    {
      id: 'housing',
      label: 'Family in unsuitable or unstable housing',
      level: 'additional',
      kind: 'need',
      phrases: [
        ...SHARED_PHRASES.housing,
        'debt', 'money problems', 'poverty', 'food bank',
      ],
      source: FSP,
    },
    {
      id: 'parent_mental_health',
      label: 'Parent’s mental health affecting the family',
      level: 'additional',
      kind: 'need',
      phrases: [
        ...SHARED_PHRASES.parent_mental_health,
      ],
      source: FSP,
    },
    {
      id: 'parent_substance_misuse',
      label: 'Parent’s drug or alcohol use',
      level: 'additional',
      kind: 'need',
      phrases: [
        ...SHARED_PHRASES.parent_substance_misuse,
      ],
      source: FSP,
    },
    {
      id: 'child_mental_health',
      label: 'Child’s emotional wellbeing or mental health (including self-harm)',
      level: 'additional',
      kind: 'need',
      phrases: [
        ...SHARED_PHRASES.child_mental_health,
      ],
      source: FSP,
    },
    {
      id: 'young_person_substance_misuse',
      label: 'Young person drinking or using drugs',
      level: 'additional',
      kind: 'need',
      phrases: [
        ...SHARED_PHRASES.young_person_substance_misuse,
      ],
      source: FSP,
    },
    {
      id: 'missing_from_home',
      label: 'Going missing from home (check for exploitation)',
      // The document sets no level for going missing; a child who goes missing may be exploited, so
      // this takes the safer, higher level (as the Bury thresholds do) rather than early help alone.
      level: 'child_in_need',
      kind: 'harm',
      phrases: [
        ...SHARED_PHRASES.missing_from_home,
        'not come home',
      ],
      source: FSP,
    },
    {
      id: 'challenging_behaviour',
      label: 'Challenging behaviour, exclusions or anti-social behaviour',
      level: 'additional',
      kind: 'need',
      phrases: [
        ...SHARED_PHRASES.challenging_behaviour,
        'anti-social behaviour', 'antisocial behaviour', 'asb', 'arrested', 'first offence', 'criminal damage', 'shoplifting',
        'in trouble with the police', 'wrong crowd', 'out of control',
      ],
      source: FSP,
    },
    {
      id: 'young_carer',
      label: 'Young carer looking after a parent or siblings',
      level: 'additional',
      kind: 'need',
      phrases: [
        ...SHARED_PHRASES.young_carer,
        ...WIDER_PHRASES.young_carer,
      ],
      source: FSP,
    },
    {
      id: 'family_struggling',
      label: 'Family having problems that need support beyond universal services',
      level: 'additional',
      kind: 'need',
      phrases: [
        'family struggling', 'parents struggling', 'struggling family', 'need extra support', 'needs extra support',
        'early help', 'early help assessment', 'family support', 'parenting support', 'parenting difficulties',
        'no boundaries', 'missed appointments', 'missed health appointments', 'health visitor appointments', 'hv appointments', 'missed health visits', 'no access visit', 'no access visits', 'not brought to appointments', 'was not brought', 'speech delay', 'speech and language', 'only a few words', 'not saying many words', 'barely talking', 'hardly talking', 'hardly any words', 'barely any words', 'limited speech',
        'falling behind',
        // Money for the basics short, as practitioners say it ("no food in till payday", "can't afford", "food bank").
        'food bank', 'foodbank', 'cant afford', 'no money for', 'no food in', 'till payday', 'until payday', 'money is tight',
        'money worries', 'universal credit', 'sanctioned', 'cost of living',
      ],
      source: FSP,
    },

    // ---- Universal ----
    {
      id: 'universal',
      label: 'Doing well: needs met within universal services',
      level: 'universal',
      kind: 'context',
      phrases: [
        ...SHARED_PHRASES.universal,
        'routine assessment', 'routine health check', 'self help',
      ],
      source: FSP,
    },
  ],

  routes: [
    {
      id: 'route_emergency',
      title: 'Immediate danger: call 999',
      summary: 'If a child needs protecting right now, call the police on 999. Then contact Children and Families Direct on 0115 876 4800.',
      level: 'emergency',
      steps: [
        {
          text: 'There may be a need for immediate protection: if the child is in immediate danger, call the police on 999.',
          contacts: ['police'],
          source: CIN2,
        },
        {
          text: 'Then phone Children and Families Direct on 0115 876 4800 (Monday to Friday 8:30am to 5:00pm). Outside these hours the same number is for emergency safeguarding enquiries only.',
          contacts: ['cfd', 'cfd_out_of_hours'],
          source: CFD,
        },
        {
          text: 'Follow up with a Multi Agency Request for Services Form (MARF) emailed to candf.direct@nottinghamcity.gov.uk.',
          contacts: ['cfd'],
          source: MARF,
        },
      ],
      contacts: ['police', 'cfd', 'cfd_out_of_hours'],
      source: CIN2,
    },
    {
      id: 'route_protection',
      title: 'Protection: make a safeguarding referral',
      summary: 'The child is suffering, or likely to suffer, significant harm. Make a safeguarding referral to Children and Families Direct.',
      level: 'protection',
      steps: [
        {
          text: 'Complete the Multi Agency Request for Services Form (MARF) as a safeguarding referral and email it to candf.direct@nottinghamcity.gov.uk.',
          contacts: ['cfd'],
          source: MARF,
        },
        {
          text: 'To talk it through, phone Children and Families Direct on 0115 876 4800, Monday to Friday 8:30am to 5:00pm. Outside these hours use the number for emergency safeguarding enquiries only.',
          contacts: ['cfd', 'cfd_out_of_hours'],
          source: CFD,
        },
        {
          text: 'Do not let worries about sharing information stop you protecting a child: you do not always need consent, especially if asking would put the child at risk.',
          contacts: [],
          source: MYTH1,
        },
        {
          text: 'What happens next: if there is reasonable cause to suspect significant harm, children’s social care holds a strategy discussion with health and police, which decides whether section 47 enquiries are needed.',
          contacts: [],
          source: STRAT,
        },
        {
          text: 'If section 47 enquiries find the child is suffering, or likely to suffer, significant harm, an Initial Child Protection Conference is held. Your agency will be asked for a report.',
          contacts: [],
          source: ICPC,
        },
      ],
      contacts: ['cfd', 'cfd_out_of_hours', 'police'],
      source: FSP,
    },
    {
      id: 'route_child_in_need',
      title: 'Child in need: request a statutory assessment',
      summary: 'The child is disabled or unlikely to reach a reasonable standard of health or development without services. Send a MARF to Children and Families Direct.',
      level: 'child_in_need',
      steps: [
        {
          text: 'Complete the MARF as a request for services and email it to candf.direct@nottinghamcity.gov.uk.',
          contacts: ['cfd'],
          source: MARF,
        },
        {
          text: 'A social worker may assess the child under section 17 of the Children Act 1989. The child’s views and wishes are sought, and where possible the child is seen alone.',
          contacts: [],
          source: CIN1,
        },
        {
          text: 'If no one has parental responsibility, the child is lost or abandoned, or their carer cannot provide suitable accommodation or care, the local authority has a duty to accommodate them (section 20).',
          contacts: ['cfd'],
          source: CIN1,
        },
        {
          text: 'If it becomes clear the child is suffering or likely to suffer significant harm, follow the protection route.',
          contacts: ['cfd'],
          source: CIN2,
        },
      ],
      contacts: ['cfd', 'police'],
      source: FSP,
    },
    {
      id: 'route_extensive',
      title: 'Extensive: targeted multi-agency help',
      summary: 'The family has a range of growing problems that need extensive multi-agency support. An Early Help Assessment or a statutory assessment may be needed.',
      level: 'extensive',
      steps: [
        {
          text: 'Bring agencies together around the whole family; a Child or Family Early Help Assessment, or a statutory assessment, may be needed.',
          contacts: [],
          source: FSP,
        },
        {
          text: 'To request services, complete the MARF and email it to candf.direct@nottinghamcity.gov.uk. The MARF practice guidance and mock examples help you fill it in.',
          contacts: ['cfd'],
          source: MARF,
        },
        {
          text: 'Use the Signs of Safety questions with the family: what are we worried about, what is working well, what needs to happen.',
          contacts: ['signs_of_safety_info'],
          source: SOS,
        },
      ],
      contacts: ['cfd', 'signs_of_safety_info', 'police'],
      source: FSP,
    },
    {
      id: 'route_additional',
      title: 'Additional: early help',
      summary: 'The family has problems that need universal services to work with other support services to stop them growing. Use a Child or Family Early Help Assessment.',
      level: 'additional',
      steps: [
        {
          text: 'Work with the family, and with other support services, using a Child or Family Early Help Assessment to stop the problems growing.',
          contacts: [],
          source: FSP,
        },
        {
          text: 'Seek the family’s consent and be open with them about why, what, how and with whom information will be shared.',
          contacts: [],
          source: MYTH1,
        },
        {
          text: 'Children and Families Direct is the one-stop shop for family support services: phone 0115 876 4800, or send a MARF request for services to candf.direct@nottinghamcity.gov.uk.',
          contacts: ['cfd'],
          source: CFD,
        },
      ],
      contacts: ['cfd', 'signs_of_safety_info', 'police'],
      source: FSP,
    },
    {
      id: 'route_universal',
      title: 'Universal: needs met by everyday services',
      summary: 'The child and family are doing well and any needs can be met within universal services.',
      level: 'universal',
      steps: [
        { text: 'Carry on with routine health and educational assessments within universal services.', contacts: [], source: FSP },
        {
          text: 'If needs cannot be met within universal services, think about whether additional, extensive, or specialist and protective support is needed.',
          contacts: ['cfd'],
          source: FSP,
        },
      ],
      contacts: ['cfd', 'police'],
      source: FSP,
    },
    {
      id: 'marf_referral',
      title: 'How to make a referral or request for services (MARF)',
      summary: 'Complete the Multi Agency Request for Services Form (MARF) and email it to Children and Families Direct.',
      steps: [
        {
          text: 'Complete the Multi Agency Request for Services Form (MARF), for a safeguarding referral or a request for services.',
          contacts: ['cfd'],
          source: MARF,
        },
        { text: 'Email the completed form to candf.direct@nottinghamcity.gov.uk.', contacts: ['cfd'], source: MARF },
        {
          text: 'The MARF practice guidance and mock case examples are on the Children and Families Direct web page.',
          contacts: ['cfd'],
          source: MARF,
        },
        {
          text: 'Once Children and Families Direct accepts a MARF as a referral, an assessment gathers information, analyses needs and risk, and decides whether the child is in need or at risk of significant harm.',
          contacts: [],
          source: ASSESS,
        },
      ],
      contacts: ['cfd', 'cfd_out_of_hours', 'police'],
      source: MARF,
    },
    {
      id: 'strategy_s47',
      title: 'Strategy discussion, section 47 enquiries and child protection conferences',
      summary: 'What happens when there is reasonable cause to suspect significant harm: strategy discussion, section 47 enquiries, then an Initial Child Protection Conference if needed.',
      steps: [
        {
          text: 'Children’s social care convenes a strategy discussion if there is reasonable cause to suspect the child is suffering, or likely to suffer, significant harm. It can happen at any time, including on an open case.',
          contacts: [],
          source: STRAT,
        },
        {
          text: 'At minimum a social worker, health practitioners and a police representative take part; it may be a meeting or phone calls. It shares information, agrees any criminal investigation and decides whether section 47 enquiries are needed.',
          contacts: [],
          source: STRAT,
        },
        {
          text: 'Section 47 enquiries decide what action is needed to safeguard the child. They cover all forms of abuse and neglect, including FGM, honour-based violence, radicalisation and sexual or criminal exploitation.',
          contacts: [],
          source: CIN2,
        },
        {
          text: 'If the child is suffering or likely to suffer significant harm, an Initial Child Protection Conference (ICPC), chaired by an Independent Reviewing Officer, is held. Agencies prepare a report for it.',
          contacts: [],
          skipAsPathway: true,
          source: ICPC,
        },
        {
          text: 'The first core group meeting should be within 10 days of the ICPC (straight after if possible); minutes go out within 5 days of the meeting.',
          contacts: [],
          source: CORE,
        },
        {
          text: 'The first review conference is within 3 months of the ICPC, then at intervals of not more than 6 months.',
          contacts: [],
          source: REVIEW,
        },
      ],
      contacts: ['cfd', 'procedures', 'police'],
      source: STRAT,
    },
    {
      id: 'signs_of_safety',
      title: 'Signs of Safety',
      summary: 'All agencies in Nottingham City use the Signs of Safety approach when worried about a child: what are we worried about, what is working well, what needs to happen.',
      steps: [
        {
          text: 'Work with the family to map: what are we worried about; what is working well (strengths and safety); what needs to happen.',
          contacts: [],
          source: SOS,
        },
        {
          text: 'Scale safety from 0 to 10: 0 means an immediate response is needed from Children’s Social Care; 10 means no further action is needed.',
          contacts: ['cfd'],
          source: SOS,
        },
        {
          text: 'Build working relationships, stay curious, use plain language without jargon, and get the details right.',
          contacts: [],
          source: SOS_CORE,
        },
      ],
      contacts: ['signs_of_safety_info', 'cfd', 'police'],
      source: SOS,
    },
    {
      id: 'information_sharing',
      title: 'Information sharing',
      summary: 'Fears about sharing information must not stop you protecting a child. You do not always need consent to share.',
      steps: [
        {
          text: 'Share information in good time: missed chances to share have had severe consequences for children.',
          contacts: [],
          source: IS,
        },
        {
          text: 'Seek consent where possible and be open about why, what, how and with whom you share, but you do not need it where asking would put a child at risk or is not reasonable.',
          contacts: [],
          source: MYTH1,
        },
        {
          text: 'For children in need or at risk of significant harm, information law is very unlikely to stop you sharing with other practitioners.',
          contacts: [],
          source: MYTH2,
        },
        {
          text: 'If unsure, talk to Children and Families Direct or your line manager.',
          contacts: ['cfd', 'line_manager'],
          source: CFD,
        },
      ],
      contacts: ['cfd', 'line_manager', 'police'],
      source: IS,
    },
    {
      id: 'role_support',
      title: 'Help understanding your safeguarding role',
      summary: 'Ask your line manager, or contact the Nottingham City Safeguarding Children Partnership.',
      steps: [
        { text: 'Ask your line manager for help first.', contacts: ['line_manager'], source: THANKS },
        {
          text: 'Or contact the Nottingham City Safeguarding Children Board on 0115 876 4762 or safeguarding.partnerships@nottinghamcity.gov.uk. It is not for referrals about a child.',
          contacts: ['safeguarding_partnership'],
          source: THANKS,
        },
        {
          text: 'The Nottinghamshire and Nottingham City Safeguarding Children Procedures have the detail.',
          contacts: ['procedures'],
          source: PROCEDURES,
        },
      ],
      contacts: ['line_manager', 'safeguarding_partnership', 'procedures', 'police'],
      source: THANKS,
    },
  ],

  topics: [
    {
      id: 'info_sharing',
      route: 'information_sharing',
      phrases: [
        ...SHARED_TOPIC_PHRASES.info_sharing, 'confidentiality', 'confidential',
        'data protection', 'gdpr', 'human rights act', 'duty of confidence', 'refused consent', 'cp-is', 'myth',
      ],
      source: IS,
    },
    {
      id: 'after_referral',
      route: 'strategy_s47',
      phrases: [
        'what happens after', 'what happens next', 'after i refer', 'after i make a referral', 'after referral',
        'after a referral', 'after the referral', 'strategy discussion', 'strategy meeting', 'section 47', 's47',
        'child protection conference', 'initial child protection conference', 'icpc', 'core group', 'review conference',
        'child protection plan', 'timescales',
      ],
      source: STRAT,
    },
    {
      id: 'advice',
      route: 'marf_referral',
      phrases: [
        'marf', 'multi agency request for services', 'request for services', 'request services', 'support services',
        'family support services', 'how do i refer', 'make a referral', 'referral form', 'one stop shop',
      ],
      source: MARF,
    },
  ],

  // Levels the screening's other answers raise to, each with the level's own source. Complex needs that several
  // services meet together are "Extensive": "a range of increasing problems that require extensive multi-agency
  // support" (003, Family Support Pathway), where the pack's own multiple_problems indicator already is; "Child in
  // Need" is the statutory definition (disabled, or unlikely to reach a reasonable standard of health or
  // development without services), not a count of services. Early help not meeting the needs stays at Child in
  // Need: the seed does not place it, and that is the higher of the two.
  raises: screeningRaises({
    someNeeds: { level: 'additional', source: FSP },
    complexNeeds: { level: 'extensive', source: FSP },
    needsNotMet: { level: 'child_in_need', source: FSP },
  }),

  warnings: [
    // Who reports, and to whom, as far as the seed says: a safeguarding referral to Children and Families Direct; no more.
    { id: 'mandatory_reporting', when: { anyIndicatorFlagged: 'mandatoryReporting' }, lead: '{indicators}:', text: FGM_DUTY.map((p) => p.text).join(' '), source: CIN2 },
  ],

  guidance: [
    {
      id: 'fgm_duty',
      title: 'FGM: who reports, and to whom',
      points: FGM_DUTY,
    },
    {
      id: 'information_sharing_myths',
      title: 'Information sharing: myths and facts',
      points: [
        {
          text: 'Myth: data protection law is a barrier to sharing. No: the Data Protection Act 2018 and GDPR give a framework for sharing appropriately; they do not forbid it.',
          source: MYTH1,
        },
        {
          text: 'Myth: consent is always needed. No: seek it where possible and be open, but it may not be appropriate where the person cannot consent, it is not reasonable, or asking would put a child at risk. Consent you rely on must be explicit and freely given.',
          source: MYTH1,
        },
        {
          text: 'Myth: information collected by one agency cannot be passed to another. No, unless the use is incompatible with why it was collected; for children in need or at risk of significant harm, information law is hard to see as a barrier.',
          source: MYTH2,
        },
        {
          text: 'Myth: the common law duty of confidence and the Human Rights Act stop sharing. No: weigh them against the effect of not sharing.',
          source: MYTH2,
        },
        {
          text: 'Myth: IT systems are a barrier. No: systems such as the Child Protection Information Sharing project (CP-IS) help when practitioners use the data to make better decisions.',
          source: MYTH2,
        },
        {
          text: 'Fears about sharing information must not stop practitioners protecting children from harm or abuse.',
          source: IS,
        },
      ],
    },
    {
      id: 'cp_timescales',
      title: 'Child protection timescales',
      points: [
        { text: 'First core group meeting: within 10 days of the Initial Child Protection Conference, straight after if possible.', source: CORE },
        { text: 'Core group minutes: distributed within 5 days of the meeting.', source: CORE },
        {
          text: 'First review conference: within 3 months of the Initial Child Protection Conference, then at intervals of not more than 6 months.',
          source: REVIEW,
        },
        {
          text: 'The guidance gives no timescale for holding the Initial Child Protection Conference or finishing section 47 enquiries; check the procedures.',
          source: ICPC,
        },
      ],
    },
    {
      id: 'signs_of_safety',
      title: 'Signs of Safety core principles',
      points: [
        { text: 'All agencies in Nottingham City use the Signs of Safety approach when there are concerns about a child.', source: SOS },
        {
          text: 'Three questions: what are we worried about; what is working well (strengths and safety); what needs to happen. Then scale safety from 0 (immediate response from Children’s Social Care needed) to 10 (no further action).',
          source: SOS,
        },
        {
          text: 'Build constructive relationships; keep thinking critically and asking questions; stay grounded in everyday work; use plain language; attend to the details.',
          source: SOS_CORE,
        },
      ],
    },
    {
      id: 'child_centred',
      title: 'Keeping the child at the centre',
      points: [
        {
          text: 'See and speak to the child, listen to them and take their views seriously. The welfare of the child is paramount.',
          source: CHILD,
        },
        {
          text: 'No single practitioner has the full picture: everyone has a role in spotting concerns, sharing information and acting promptly.',
          source: MULTI,
        },
      ],
    },
    {
      id: 'child_protection_plan',
      title: 'What a child protection plan is for',
      points: [
        {
          text: 'To keep the child safe and prevent further harm, promote their health and development, and support the family to safeguard the child where that is in the child’s best interests.',
          source: CPP,
        },
        {
          text: 'The Initial Child Protection Conference decides the likelihood of future significant harm, the action needed, the category of abuse, the core group members and the date of the first review.',
          source: ICPC,
        },
      ],
    },
    {
      id: 'referral_overview',
      title: 'After a referral',
      points: [
        {
          text: 'At any point, section 47 enquiries can start where a strategy discussion concludes the child is likely to suffer significant harm.',
          source: OVERVIEW,
        },
        {
          text: 'Assessment is ongoing: it responds to changing need and risk from inside or outside the family.',
          source: ASSESS,
        },
      ],
    },
  ],

  localities: [],
  // Each level's own definition in the Family Support Pathway table (FSP): additional, "experiencing problems
  // requiring universal services to work together with other support services"; extensive, "a range of increasing
  // problems that require extensive multi-agency support"; child in need, "unlikely to achieve a reasonable standard
  // of health or development unless services are provided".
  // Seed 003, "Children in Need and escalation to Child Protection (2)": a child the local authority has reasonable cause to
  // suspect is suffering, or is likely to suffer, significant harm is for enquiries under section 47 ("there may be a need
  // for immediate protection whilst an assessment or enquiries are carried out"), reached through Children and Families
  // Direct. A child safe for now, going home or collected later today, is that referral, with the red-flag question first
  // (rules/timing.ts `dangerOnlyLater`, rules/semantic/combine.ts step 1c-3). Forty-first session: cross-validated 11 more
  // of Nottingham's messages right and none fewer; pending 14 more and none fewer.
  laterTodayAtProtection: true,
  levelIndicators: {
    additional: 'family_struggling',
    extensive: 'multiple_problems',
    child_in_need: 'health_development_impaired',
  },
  // The model's level classes as the levels they stand for: Getting Help, additional needs; Getting More Help, a
  // co-ordinated plan from several services, extensive needs.
  semanticByLevel: { 'level:getting_help': 'additional', 'level:getting_more_help': 'extensive' },
  // Needs named as a parent's and as the young person's own, each pair at the same level: drinking or drug use and
  // mental health. A phrase counts for the person the words name (rules/whose.ts).
  whose: [
    { parent: 'parent_substance_misuse', youngPerson: 'young_person_substance_misuse' },
    { parent: 'parent_mental_health', youngPerson: 'child_mental_health', parentsOnly: true },
  ],
  // The semantic recogniser's classes (Salford's ids) in Nottingham's terms: the nearest indicator
  // at Nottingham's own level (seed 003). Classes with no equivalent are passed over.
  semantic: {
    forced_marriage: 'honour_based_violence',
    exploitation: 'significant_harm',
    risky_adult: 'adult_risk_to_children',
    disclosure: 'significant_harm',
    prebirth_risk: 'significant_harm',
    harm_outside_home: 'significant_harm',
    early_help_not_working: 'multiple_problems',
    complex_needs: 'multiple_problems',
    parental_substance_misuse: 'parent_substance_misuse',
    self_harm: 'child_mental_health',
    homeless_young_person: 'no_one_to_care',
    parenting_support: 'family_struggling',
    behaviour: 'challenging_behaviour',
    emotional_wellbeing: 'child_mental_health',
    parental_mental_health: 'parent_mental_health',
    housing_money: 'housing',
    parent_in_prison: 'family_struggling',
    development: 'family_struggling',
    hygiene_hunger: 'family_struggling',
    // Salford's disability pathway is a topic; Nottingham places a disabled child who may need specialist services at child in need (FSP).
    disability: 'disabled_child',
  },
};
