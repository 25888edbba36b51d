/**
 * The shape of a safeguarding partnership's "pack": its guidance as cited data.
 * Plain TypeScript + zod only: no bot SDK, no Node built-ins, so the same code
 * runs in the bot and in a browser page.
 */
import { z } from 'zod';

/** The fields of the guidance's escalation notice form. */
export const NoticeFieldIdSchema = z.enum([
  'childName',
  'childDob',
  'concern',
  'decision',
  'triedAtPractitionerLevel',
  'completedByName',
  'completedByRole',
  'completedByContact',
  'date',
  'copiedTo',
  'stage',
  'addressee',
]);


/**
 * The pack's schemas, built when asked for (decision 020, round 7). Packs are checked once, at start-up
 * (rules/index.ts `loadPacks` builds them once for all three): as module-level constants these zod 4
 * objects, each with its own methods, stayed in memory for the life of the process (about 2 MB of
 * live heap); built in this function they are garbage once the packs are loaded. The types below are
 * read from what it returns.
 */
export function packSchemas() {
  /** Where a fact comes from: a file in shared/seeds/ and the heading it sits under. */
  const SourceSchema = z.object({
    file: z
      .string()
      .regex(/^(\d{3}_[0-9a-f]{16}\.txt|supplementary\.md)$/, 'must name a file in shared/seeds/'),
    section: z.string().min(2),
    /** For supplementary.md: the public page the fact comes from. */
    page: z.string().optional(),
  });

  const id = z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'ids are lower-case words joined by _ or -');

  /** Rank orders levels: a higher rank is a more serious level. The emergency route sits above all. */
  const LevelSchema = z.object({
    id,
    name: z.string().min(2),
    /** Plain-English meaning, one or two short sentences. */
    plain: z.string().min(10),
    rank: z.number().int().min(0).max(10),
    source: SourceSchema,
    /**
     * The level this one sits within, where the guidance says so: the immediate-danger route is child protection
     * acted on at once, so the card names that level too ("Immediate danger, within Getting Risk Support").
     */
    within: z.object({ level: id, source: SourceSchema }).optional(),
  });

  const Day = z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
  const HHMM = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time as HH:MM, 24-hour');

  const OpeningHoursSchema = z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('always'), source: SourceSchema }),
    z.object({
      kind: z.literal('weekly'),
      days: z.array(Day).min(1),
      open: HHMM,
      close: HHMM,
      /** Closed on England and Wales bank holidays. */
      closedOnBankHolidays: z.boolean(),
      source: SourceSchema,
    }),
    /** Open only when the named contact is closed (an out-of-hours service). */
    z.object({ kind: z.literal('when-closed'), of: id, source: SourceSchema }),
  ]);

  const PhoneSchema = z.object({
    label: z.string().min(2),
    /** As written in the source, UK spacing: "0161 603 4500", "999". */
    number: z.string().regex(/^(999|0\d{3,4} ?\d{3} ?\d{3,4})$/, 'a UK phone number as the source writes it'),
    source: SourceSchema,
  });
  const EmailSchema = z.object({
    label: z.string().min(2),
    address: z.string().email(),
    source: SourceSchema,
  });

  const ContactSchema = z.object({
    id,
    name: z.string().min(2),
    /** Other names a practitioner might type: "MASH", "front door", "FGC". */
    aliases: z.array(z.string().min(2)),
    /** What this contact is for, in one plain sentence. */
    purpose: z.string().min(10),
    phones: z.array(PhoneSchema),
    emails: z.array(EmailSchema),
    address: z.object({ lines: z.array(z.string().min(1)).min(1), source: SourceSchema }).optional(),
    web: z.object({ label: z.string(), url: z.string().url(), source: SourceSchema }).optional(),
    hours: OpeningHoursSchema.optional(),
    /** Which contact to use when this one is closed. */
    outOfHours: id.optional(),
    /** Said plainly when the source gives no number or email: the bot repeats it, never guesses. */
    missing: z.string().min(10).optional(),
    source: SourceSchema,
  });

  /** The screening's age bands; a step or an indicator can be limited to some of them. */
  const AgeBandSchema = z.enum(['under_5', '5_to_11', '12_to_15', '16_to_17']);

  const StepSchema = z.object({
    text: z.string().min(5),
    contacts: z.array(id).default([]),
    /** The step tells the practitioner to tell the family: left out where the family must not be told first. */
    tellsFamily: z.boolean().default(false),
    /** Only for children in these age bands: left out when the child's age is known to be another. */
    forAges: z.array(AgeBandSchema).min(1).optional(),
    /** Left out when this step's route joins another as a pathway: the level's route already says it (how to refer, whom to call). */
    skipAsPathway: z.boolean().default(false),
    source: SourceSchema,
  });

  const IndicatorSchema = z.object({
    id,
    label: z.string().min(3),
    /** The level this indicator points to on its own. */
    level: id,
    /** 'red-flag' indicators trigger the emergency route. */
    kind: z.enum(['red-flag', 'harm', 'need', 'context']),
    /** Phrases and synonyms that recognise it in free text (lower case; matched on words, with simple stemming and typo tolerance). */
    phrases: z.array(z.string().min(2)).min(1),
    /** Do not tell the parents or carers before the referral (sexual abuse, fabricated or induced illness, forced marriage). */
    doNotTellParents: z.boolean().default(false),
    /** A legal duty to report (FGM). */
    mandatoryReporting: z.boolean().default(false),
    /**
     * The need this indicator is a sign of, where several indicators name the same need (speech delay and
     * developmental delay): a range of needs counts each need once. Absent: the indicator is a need of its own.
     */
    need: id.optional(),
    /** A special pathway this indicator also brings in (contextual safeguarding, private fostering...). */
    pathway: id.optional(),
    /** Steps this indicator adds after the route's own (a disclosure, emerging neglect). */
    steps: z.array(StepSchema).default([]),
    /**
     * Said beside the indicator on a card when the area's own guidance does not name it: what the
     * cited guidance (another area's, or national) does say, naming whose it is ("Bury’s guidance says ...").
     */
    basis: z.string().min(10).optional(),
    source: SourceSchema,
  });


  const RouteSchema = z.object({
    id,
    title: z.string().min(3),
    /** One or two plain sentences. */
    summary: z.string().min(10),
    /** The level this route serves, for level routes; absent for special pathways. */
    level: id.optional(),
    /** What to do, in order. */
    steps: z.array(StepSchema).min(1),
    /** Contacts in the order the card shows them. */
    contacts: z.array(id).min(1),
    source: SourceSchema,
  });

  /** A topic a message can be about, other than a concern about a child. */
  const TopicSchema = z.object({
    id,
    route: id,
    phrases: z.array(z.string().min(2)).min(1),
    source: SourceSchema,
  });

  const EscalationStageSchema = z.object({
    id,
    order: z.number().int().min(0),
    title: z.string().min(3),
    /** Who the challenge goes to at this stage. */
    to: z.string().min(3),
    how: z.string().min(10),
    contacts: z.array(id),
    /** Working days the addressee has to respond; absent where the guidance sets none. */
    respondWithinWorkingDays: z.number().int().positive().optional(),
    attach: z.array(z.string().min(3)),
    copyTo: z.array(z.string().min(3)),
    /** Phrases that show a practitioner is at (or past) this stage. */
    phrases: z.array(z.string().min(2)),
    source: SourceSchema,
  });

  const NoticeFieldSchema = z.object({
    id: NoticeFieldIdSchema,
    label: z.string().min(2),
    personal: z.boolean(),
    source: SourceSchema,
  });

  const EscalationSchema = z.object({
    stages: z.array(EscalationStageSchema).min(1),
    notice: z.object({
      title: z.string().min(3),
      fields: z.array(NoticeFieldSchema).min(1),
      returnTo: z.object({ lines: z.array(z.string()).min(1), source: SourceSchema }),
      copyTo: z.array(z.string().min(3)),
      /** Contact whose email takes the notice. */
      sendTo: id,
      /** Contacts whose email gets a copy (the partnership's business manager): the "Email it" link's cc. */
      copyToContacts: z.array(id).default([]),
      source: SourceSchema,
    }),
    /** That the challenge and how it was resolved go on the child's file (shown with the ladder and the notice). */
    recordOnFile: z.object({ text: z.string().min(10), source: SourceSchema }).optional(),
    /** What happens after a referral: acknowledgement, outcome, possible outcomes. */
    afterReferral: z.object({
      steps: z.array(StepSchema).min(1),
      outcomes: z.array(z.object({ text: z.string().min(5), source: SourceSchema })).min(1),
    }),
  });

  /** A short text answer the bot gives on a topic (information sharing, recording...). */
  const GuidanceItemSchema = z.object({
    id,
    title: z.string().min(3),
    points: z.array(z.object({ text: z.string().min(5), source: SourceSchema })).min(1),
  });

  /** Who a child may be living with, for the private fostering check: close relatives are not private fostering. */
  const PrivateFosteringCarerSchema = z.object({
    id,
    label: z.string().min(2),
    /** A parent, close relative or someone with parental responsibility: not private fostering. */
    closeRelative: z.boolean(),
    source: SourceSchema,
  });

  /** The private fostering definition as cited data: ages, days and who counts as close family. */
  const PrivateFosteringSchema = z.object({
    /** A child under this age (years) can be privately fostered. */
    age: z.object({ under: z.number().int().positive(), source: SourceSchema }),
    /** The higher age limit for a disabled child. */
    ageIfDisabled: z.object({ under: z.number().int().positive(), source: SourceSchema }),
    /** Care for this many days or more. */
    days: z.object({ atLeast: z.number().int().positive(), source: SourceSchema }),
    carers: z.array(PrivateFosteringCarerSchema).min(2),
    /** Who the council is told through. */
    contact: id,
    /** How to tell the council, in one or two plain sentences. */
    notify: z.object({ text: z.string().min(10), source: SourceSchema }),
  });

  /** Flags an indicator can carry that a pack's warnings name in their conditions. */
  const IndicatorFlagSchema = z.enum(['doNotTellParents', 'mandatoryReporting']);

  /**
   * A pack's condition on an assessment: every field given must hold. The answers are the screening's
   * (or what a message told); the indicators are those counted (answered yes, "not sure", or described).
   * The level fields test the level reached, so only a warning may use them (a raise makes the level).
   */
  const ConditionSchema = z
    .strictObject({
      needs: z.enum(['none', 'some', 'complex', 'not_sure']).optional(),
      earlyHelp: z.enum(['none', 'working', 'not_working', 'not_sure']).optional(),
      familyKnows: z.enum(['yes', 'no', 'not_sure']).optional(),
      /** One of these indicators counted. */
      anyIndicator: z.array(id).min(1).optional(),
      /** A counted indicator carries this flag. */
      anyIndicatorFlagged: IndicatorFlagSchema.optional(),
      /** No counted indicator carries this flag. */
      noIndicatorFlagged: IndicatorFlagSchema.optional(),
      /** At least this many different needs (indicators of kind 'need') counted: a range of needs, not one. */
      needsAtLeast: z.number().int().min(2).optional(),
      /** The level reached ranks above this level. */
      levelAbove: id.optional(),
      /** The level reached ranks below this level. */
      levelBelow: id.optional(),
    })
    .refine((c) => Object.values(c).some((v) => v !== undefined), 'a condition needs at least one field');

  /**
   * A level raise: when the condition holds, the level is at least this one. A raise whose condition
   * tests a "not sure" answer is the safer branch: the card says it is what to do because it might be so.
   */
  const RaiseSchema = z.object({
    when: ConditionSchema,
    level: id,
    /** The reason, as the card's "why" shows it. */
    because: z.string().min(10),
    source: SourceSchema,
  });

  /**
   * A warning: when the condition holds, the card shows `lead` (with {indicators} or {indicators:lower}
   * standing for the labels of the counted indicators the condition matched) then `text`, the pack's
   * own cited words. `text` alone is the pack's statement of the rule (the referral checklist and the
   * screening's hint use it). `last` puts it after the engine's own notes (not sure, closed now).
   */
  const PackWarningSchema = z.object({
    id: z.enum(['do_not_tell_parents', 'mandatory_reporting', 'tell_family']),
    when: ConditionSchema,
    lead: z.string().min(3).optional(),
    text: z.string().min(10),
    last: z.boolean().default(false),
    source: SourceSchema,
  });

  const PackSchema = z
    .object({
      id,
      name: z.string().min(3),
      area: z.string().min(3),
      version: z.string().regex(/^\d+\.\d+\.\d+$/),
      /** The date its contacts were last checked against the sources (YYYY-MM-DD). */
      contactsCheckedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      levels: z.array(LevelSchema).min(2),
      /** Level id of the immediate-danger route above all levels. */
      emergencyLevel: id,
      /** Contacts every result must carry: the emergency number and the main front door. */
      emergencyContact: id,
      frontDoor: id,
      /** Which route serves each level id. */
      levelRoutes: z.record(z.string(), id),
      /**
       * The pack's own cited step telling anyone who is not the designated safeguarding lead to
       * involve them: put first on every worry below an emergency for school, health and voluntary
       * staff, and added where a route has no such step of its own. Absent where the area's guidance
       * names no one (Nottingham's names only a line manager, for understanding one's role).
       */
      staffFirstStep: StepSchema.optional(),
      contacts: z.array(ContactSchema).min(2),
      indicators: z.array(IndicatorSchema).min(1),
      routes: z.array(RouteSchema).min(1),
      topics: z.array(TopicSchema),
      escalation: EscalationSchema.optional(),
      guidance: z.array(GuidanceItemSchema),
      /** Level raises from the answers other than indicators (needs, early help), in the order the "why" lists them. */
      raises: z.array(RaiseSchema).default([]),
      /** Warnings and when they apply, in the order the card shows them. */
      warnings: z.array(PackWarningSchema).default([]),
      /** The private fostering definition, where the pack's guidance gives one. */
      privateFostering: PrivateFosteringSchema.optional(),
      /** Named localities (Salford has four) and their contact. No seed says which places each covers, so none are listed. */
      localities: z.array(z.object({ id, name: z.string(), contact: id })),
      /**
       * How the semantic recogniser's classes (Salford's indicator and topic ids, learned from one
       * shared corpus) map to this pack's own indicator or topic ids. A class not listed maps to the
       * id it names when this pack has one; a class with no home here is passed over.
       */
      semantic: z.record(z.string(), id).default({}),
      /**
       * For a level below child protection, the indicator whose label is that level's own definition in the guidance
       * (Nottingham's child in need: "health or development unlikely to be reasonable without services"). When the area's
       * level head is sure a worry belongs at that level and the meaning finds no indicator there, the worry is shown as
       * this indicator (rules/semantic/combine.ts, step 3b). A level with none is left out: there a worry nothing else
       * placed gets the "not sure" card, and one placed elsewhere stays where it was.
       */
      levelIndicators: z.record(id, id).default({}),
      /**
       * The indicator below child protection whose level the guidance defines as needs that persist where targeted
       * support has not met them (Bury's level 4: "significant needs that persist and have not been met by targeted
       * support"). A worry that only the meaning places at child protection, and that tells of early help in place or
       * tried and stalled (rules/helpStalled.ts), is placed there (rules/semantic/combine.ts, step 3f). Salford's and
       * Nottingham's guidance define their levels below child protection otherwise, so they name none.
       */
      needsUnmetByHelp: id.optional(),
      /**
       * Harms at child protection that, named by the words in a sign or two only, stalled early help outweighs: the worry
       * is placed at `needsUnmetByHelp`'s level, as one only the meaning placed at child protection is (rules/semantic/
       * combine.ts, step 3f). Bury's neglect: its guidance keeps immediate protection for a child "severely neglected"
       * and defines level 4 by needs that targeted support has not met. Empty where `needsUnmetByHelp` is not named.
       */
      stalledHelpOutweighs: z.array(id).default([]),
      /**
       * Classes of the semantic recogniser with no indicator of this pack's own that stand for a level here: the model's
       * level classes ("level:getting_help", a worry at that level with no particular sign) and Salford's needs this
       * guidance does not name (Bury has no "parenting support"; its level 2 is "additional needs ... the vulnerability
       * can be the child's or the parent's"). Each is read as that level's own indicator (`levelIndicators`). Read when
       * recognising only: the training labels are not mapped back through it, so the model's classes are unchanged.
       */
      semanticByLevel: z.record(z.string(), id).default({}),
      /**
       * A sign below child protection, and the child-protection indicators it is a sign of (Bury: possible signs of
       * exploitation, level 4; sexual or criminal exploitation known or suspected, level 5). When the area's level head is
       * sure a worry is at child protection and nothing placed it there but this sign, the counterpart stands: the one whose
       * own phrases share most words with the message, the first when none does (rules/semantic/combine.ts, step 3b).
       */
      atProtection: z.record(id, z.array(id).min(1)).default({}),
      /**
       * Needs that can be a parent's or the young person's own, as pairs of indicators: drinking or drug use (Bury,
       * Nottingham), mental health (every area) and drug dealing (Bury). A listed phrase such as "drunk", "weed" or "bipolar" says nothing of
       * whose it is; when the words round it name the person (rules/whose.ts), the phrase counts for that person's
       * indicator of the pair: "dad came to parents evening drunk" is a parent's, "14 year old came into school drunk"
       * the young person's own. `parentsOnly`: only the parent's phrases are read again (they name conditions or acts a
       * young person can have or do too, "bipolar", "dealing drugs"), because the young person's own list holds what
       * happens to the child whoever else the words name ("her nan passed away", "bullied by his dad", "mum is worried
       * about county lines").
       */
      whose: z.array(z.object({ parent: id, youngPerson: id, parentsOnly: z.boolean().default(false) })).default([]),
      /**
       * Domestic abuse in the family's past with the one who did it out of the home for now, where the guidance places
       * that below child protection (Bury's Level 4 worked example: "a history of domestic abuse within the family home
       * emerges ... Father is currently out of the home but the boy is fearful his mother will let him back in"; Level 5
       * is a child "living in home where domestic violence is perpetrated"). When `harm` is found and the message says
       * the one who harmed is out of the home, with nothing of danger now (rules/abuseOutOfHome.ts), it counts as
       * `counts`, a harm below child protection (rules/semantic/combine.ts step 3b-7).
       */
      abuseOutOfHome: z.object({ harm: id, counts: id }).optional(),
      /**
       * How many other kinds of the guidance's possible signs of exploitation, beside the child found out of the area, make
       * a child suspected of being exploited (Bury, seed 004: the signs are level 4; a child "suspected of being groomed for
       * criminal purpose" is level 5). Where a sign in `atProtection` is found and nothing places the worry at child
       * protection, the sign's counterpart stands (rules/exploitationSigns.ts, rules/semantic/combine.ts step 3g). Not
       * named: signs alone never reach child protection so.
       */
      suspectedFromSigns: z.number().int().min(1).optional(),
      /**
       * Known or suspected abuse of a child who is safe for now, where the only danger the message tells of within the
       * day is the end of the child's day (going home, being collected: rules/timing.ts `dangerOnlyLater`), is a
       * referral to make without delay, not a 999 call: answered at child protection with the red-flag question first
       * (any danger now, or danger when the child goes home: 999). Bury (seed 004, 5.6 Children in Need: a child known
       * or suspected to have been abused "is in need of immediate protection and a referral to the MASH should be
       * made without delay") and Nottingham (seed 003: section 47 enquiries for a child suspected to be suffering
       * significant harm, "immediate protection whilst an assessment or enquiries are carried out"). Not set (Salford):
       * the message is answered with 999 first, as the 999 rule's "immediate danger".
       */
      laterTodayAtProtection: z.boolean().default(false),
      source: SourceSchema,
    })
    .superRefine((pack, ctx) => {
      const contactIds = new Set(pack.contacts.map((c) => c.id));
      const levelIds = new Set(pack.levels.map((l) => l.id));
      const routeIds = new Set(pack.routes.map((r) => r.id));
      const ref = (ok: boolean, path: (string | number)[], what: string) => {
        if (!ok) ctx.addIssue({ code: 'custom', path, message: `unknown ${what}` });
      };
      ref(levelIds.has(pack.emergencyLevel), ['emergencyLevel'], 'level');
      ref(contactIds.has(pack.emergencyContact), ['emergencyContact'], 'contact');
      ref(contactIds.has(pack.frontDoor), ['frontDoor'], 'contact');
      for (const [lvl, route] of Object.entries(pack.levelRoutes)) {
        ref(levelIds.has(lvl), ['levelRoutes', lvl], 'level');
        ref(routeIds.has(route), ['levelRoutes', lvl], 'route');
      }
      for (const l of pack.levels) ref(lvl(pack.levelRoutes, l.id), ['levelRoutes', l.id], 'route for this level (every level needs one)');
      pack.levels.forEach((l, i) => {
        if (l.within) ref(levelIds.has(l.within.level) && l.within.level !== l.id, ['levels', i, 'within', 'level'], 'level (another level of this pack)');
      });
      pack.contacts.forEach((c, i) => {
        if (c.outOfHours) ref(contactIds.has(c.outOfHours), ['contacts', i, 'outOfHours'], 'contact');
        if (c.hours?.kind === 'when-closed') ref(contactIds.has(c.hours.of), ['contacts', i, 'hours', 'of'], 'contact');
        if (c.phones.length === 0 && c.emails.length === 0 && !c.web && !c.missing)
          ctx.addIssue({ code: 'custom', path: ['contacts', i], message: 'a contact with no phone, email or web page must say what is missing' });
      });
      pack.indicators.forEach((ind, i) => {
        ref(levelIds.has(ind.level), ['indicators', i, 'level'], 'level');
        if (ind.pathway) ref(routeIds.has(ind.pathway), ['indicators', i, 'pathway'], 'route');
        ind.steps.forEach((s, j) => s.contacts.forEach((c, k) => ref(contactIds.has(c), ['indicators', i, 'steps', j, 'contacts', k], 'contact')));
        // A flag must lead to a warning that says what it means (who reports to whom; ask the front door first).
        for (const flag of IndicatorFlagSchema.options)
          if (ind[flag] && !pack.warnings.some((w) => w.when.anyIndicatorFlagged === flag))
            ctx.addIssue({ code: 'custom', path: ['indicators', i, flag], message: `an indicator flagged ${flag} needs a warning whose condition has anyIndicatorFlagged: '${flag}'` });
      });
      pack.routes.forEach((r, i) => {
        r.contacts.forEach((c, j) => ref(contactIds.has(c), ['routes', i, 'contacts', j], 'contact'));
        r.steps.forEach((s, j) => s.contacts.forEach((c, k) => ref(contactIds.has(c), ['routes', i, 'steps', j, 'contacts', k], 'contact')));
        if (r.level) ref(levelIds.has(r.level), ['routes', i, 'level'], 'level');
      });
      pack.topics.forEach((t, i) => ref(routeIds.has(t.route), ['topics', i, 'route'], 'route'));
      const targets = new Set([...pack.indicators.map((x) => x.id), ...pack.topics.map((t) => t.id)]);
      for (const [cls, target] of Object.entries(pack.semantic)) ref(targets.has(target), ['semantic', cls], 'indicator or topic');
      for (const [lvlId, ind] of Object.entries(pack.levelIndicators)) {
        ref(levelIds.has(lvlId), ['levelIndicators', lvlId], 'level');
        ref(pack.indicators.some((x) => x.id === ind && x.level === lvlId && x.kind !== 'red-flag'), ['levelIndicators', lvlId], 'indicator at this level');
      }
      for (const [cls, lvlId] of Object.entries(pack.semanticByLevel)) ref(pack.levelIndicators[lvlId] !== undefined, ['semanticByLevel', cls], 'level with an indicator in levelIndicators');
      const harmRank = Math.max(...pack.indicators.filter((x) => x.kind === 'harm').map((x) => pack.levels.find((l) => l.id === x.level)?.rank ?? 0));
      const rankOf = (ind: { level: string }) => pack.levels.find((l) => l.id === ind.level)?.rank ?? 0;
      if (pack.needsUnmetByHelp !== undefined) {
        const unmet = pack.indicators.find((x) => x.id === pack.needsUnmetByHelp);
        ref(unmet !== undefined && unmet.kind === 'need' && rankOf(unmet) < harmRank, ['needsUnmetByHelp'], 'need below child protection');
      }
      pack.stalledHelpOutweighs.forEach((h, i) => {
        ref(pack.needsUnmetByHelp !== undefined, ['stalledHelpOutweighs', i], 'needsUnmetByHelp named as well');
        ref(pack.indicators.some((x) => x.id === h && x.kind === 'harm' && rankOf(x) === harmRank), ['stalledHelpOutweighs', i], 'indicator at child protection');
      });
      for (const [sign, counterparts] of Object.entries(pack.atProtection)) {
        const below = pack.indicators.find((x) => x.id === sign);
        ref(below !== undefined && below.kind !== 'red-flag' && rankOf(below) < harmRank, ['atProtection', sign], 'indicator below child protection');
        counterparts.forEach((c, i) => ref(pack.indicators.some((x) => x.id === c && x.kind === 'harm' && rankOf(x) === harmRank), ['atProtection', sign, i], 'indicator at child protection'));
      }
      ref(pack.suspectedFromSigns === undefined || Object.keys(pack.atProtection).length > 0, ['suspectedFromSigns'], 'atProtection named as well');
      if (pack.abuseOutOfHome !== undefined) {
        const { harm, counts } = pack.abuseOutOfHome;
        const h = pack.indicators.find((x) => x.id === harm);
        const c = pack.indicators.find((x) => x.id === counts);
        ref(h !== undefined && h.kind === 'harm' && rankOf(h) >= harmRank, ['abuseOutOfHome', 'harm'], 'harm at child protection');
        ref(c !== undefined && c.kind !== 'red-flag' && rankOf(c) < harmRank, ['abuseOutOfHome', 'counts'], 'indicator below child protection');
      }
      pack.whose.forEach((pair, i) => {
        for (const side of ['parent', 'youngPerson'] as const)
          ref(pack.indicators.some((x) => x.id === pair[side] && x.kind !== 'red-flag'), ['whose', i, side], 'indicator');
      });
      pack.localities.forEach((l, i) => ref(contactIds.has(l.contact), ['localities', i, 'contact'], 'contact'));
      pack.escalation?.stages.forEach((s, i) => s.contacts.forEach((c, j) => ref(contactIds.has(c), ['escalation', 'stages', i, 'contacts', j], 'contact')));
      if (pack.escalation) ref(contactIds.has(pack.escalation.notice.sendTo), ['escalation', 'notice', 'sendTo'], 'contact');
      pack.escalation?.notice.copyToContacts.forEach((c, i) => ref(contactIds.has(c), ['escalation', 'notice', 'copyToContacts', i], 'contact'));
      if (pack.privateFostering) {
        const pf = pack.privateFostering;
        ref(contactIds.has(pf.contact), ['privateFostering', 'contact'], 'contact');
        if (pf.ageIfDisabled.under < pf.age.under)
          ctx.addIssue({ code: 'custom', path: ['privateFostering', 'ageIfDisabled'], message: 'the age limit for a disabled child cannot be lower than the general one' });
        if (!pf.carers.some((c) => c.closeRelative) || !pf.carers.some((c) => !c.closeRelative))
          ctx.addIssue({ code: 'custom', path: ['privateFostering', 'carers'], message: 'list both close relatives and carers who are not' });
        const seenCarers = new Set<string>();
        pf.carers.forEach((c, i) => {
          if (seenCarers.has(c.id)) ctx.addIssue({ code: 'custom', path: ['privateFostering', 'carers', i], message: `duplicate id ${c.id}` });
          seenCarers.add(c.id);
        });
      }
      const indicatorIds = new Set(pack.indicators.map((x) => x.id));
      const condition = (c: Condition, path: (string | number)[]) => {
        c.anyIndicator?.forEach((x, k) => ref(indicatorIds.has(x), [...path, 'anyIndicator', k], 'indicator'));
        if (c.levelAbove) ref(levelIds.has(c.levelAbove), [...path, 'levelAbove'], 'level');
        if (c.levelBelow) ref(levelIds.has(c.levelBelow), [...path, 'levelBelow'], 'level');
        for (const flag of [c.anyIndicatorFlagged, c.noIndicatorFlagged])
          if (flag && !pack.indicators.some((x) => x[flag]))
            ctx.addIssue({ code: 'custom', path, message: `no indicator is flagged ${flag}: the condition can never tell` });
      };
      pack.raises.forEach((r, i) => {
        ref(levelIds.has(r.level), ['raises', i, 'level'], 'level');
        condition(r.when, ['raises', i, 'when']);
        if (r.when.levelAbove || r.when.levelBelow)
          ctx.addIssue({ code: 'custom', path: ['raises', i, 'when'], message: 'a raise makes the level: its condition cannot test it' });
      });
      pack.warnings.forEach((w, i) => {
        condition(w.when, ['warnings', i, 'when']);
        const names = w.when.anyIndicator !== undefined || w.when.anyIndicatorFlagged !== undefined;
        if (w.lead?.includes('{indicators') && !names)
          ctx.addIssue({ code: 'custom', path: ['warnings', i, 'lead'], message: '{indicators} needs a condition on indicators (anyIndicator or anyIndicatorFlagged)' });
      });
      // "Not sure" takes the safer branch: for each question, the "not sure" raise reaches at least as high as any other answer's.
      const rank = new Map(pack.levels.map((l) => [l.id, l.rank]));
      for (const q of ['needs', 'earlyHelp'] as const) {
        const forQ = pack.raises.filter((r) => r.when[q] !== undefined);
        if (forQ.length === 0) continue;
        const top = Math.max(...forQ.map((r) => rank.get(r.level) ?? 0));
        const unsure = forQ.filter((r) => r.when[q] === 'not_sure').map((r) => rank.get(r.level) ?? 0);
        if (unsure.length === 0 || Math.max(...unsure) < top)
          ctx.addIssue({ code: 'custom', path: ['raises'], message: `"not sure" to ${q} must raise the level at least as high as any other answer to it` });
      }
      const dup = (xs: string[], path: string) => {
        const seen = new Set<string>();
        xs.forEach((x, i) => {
          if (seen.has(x)) ctx.addIssue({ code: 'custom', path: [path, i], message: `duplicate id ${x}` });
          seen.add(x);
        });
      };
      dup(pack.contacts.map((c) => c.id), 'contacts');
      dup(pack.indicators.map((c) => c.id), 'indicators');
      dup(pack.routes.map((c) => c.id), 'routes');
      dup(pack.levels.map((c) => c.id), 'levels');
    });

  return { SourceSchema, LevelSchema, Day, OpeningHoursSchema, PhoneSchema, EmailSchema, ContactSchema, AgeBandSchema, StepSchema, IndicatorSchema, RouteSchema, TopicSchema, EscalationStageSchema, NoticeFieldSchema, EscalationSchema, GuidanceItemSchema, PrivateFosteringCarerSchema, PrivateFosteringSchema, IndicatorFlagSchema, ConditionSchema, RaiseSchema, PackWarningSchema, PackSchema };
}

type PackSchemas = ReturnType<typeof packSchemas>;

export type Source = z.infer<PackSchemas['SourceSchema']>;
export type Level = z.infer<PackSchemas['LevelSchema']>;
export type Day = z.infer<PackSchemas['Day']>;
export type OpeningHours = z.infer<PackSchemas['OpeningHoursSchema']>;
export type Contact = z.infer<PackSchemas['ContactSchema']>;
export type AgeBandKnown = z.infer<PackSchemas['AgeBandSchema']>;
export type Step = z.infer<PackSchemas['StepSchema']>;
export type Indicator = z.infer<PackSchemas['IndicatorSchema']>;
export type IndicatorInput = z.input<PackSchemas['IndicatorSchema']>;
export type Route = z.infer<PackSchemas['RouteSchema']>;
export type Topic = z.infer<PackSchemas['TopicSchema']>;
export type EscalationStage = z.infer<PackSchemas['EscalationStageSchema']>;
export type Escalation = z.infer<PackSchemas['EscalationSchema']>;
export type GuidanceItem = z.infer<PackSchemas['GuidanceItemSchema']>;
export type PrivateFostering = z.infer<PackSchemas['PrivateFosteringSchema']>;
export type IndicatorFlag = z.infer<PackSchemas['IndicatorFlagSchema']>;
export type Condition = z.infer<PackSchemas['ConditionSchema']>;
export type Raise = z.infer<PackSchemas['RaiseSchema']>;
export type PackWarning = z.infer<PackSchemas['PackWarningSchema']>;
export type Pack = z.infer<PackSchemas['PackSchema']>;
/** What a pack file is written as (defaults not yet applied). */
export type PackInput = z.input<PackSchemas['PackSchema']>;

function lvl(levelRoutes: Record<string, string>, levelId: string): boolean {
  return Object.prototype.hasOwnProperty.call(levelRoutes, levelId);
}
