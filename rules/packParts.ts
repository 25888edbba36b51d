/**
 * What packs write the same way: the level raises for the screening's needs and early-help
 * questions. The wording of the reasons is the bot's; the levels and their sources are each
 * pack's own (the level a pack's guidance gives for some needs, for complex needs that several
 * services meet together, and for needs that early help has not met).
 */
import type { PackInput, Source } from './schema';

type Raises = NonNullable<PackInput['raises']>;

/** A level a screening answer raises to, with the pack's source for it. */
export interface ScreeningLevel {
  level: string;
  source: Source;
}

/**
 * The needs question: some needs → `someNeeds`; complex needs (several services) and "not sure"
 * how complex → `complexNeeds`. The early-help question: early help in place but the needs not
 * met, and "not sure" whether it works → `needsNotMet`. A "not sure" answer takes the highest level
 * of its own question. The levels are separate because a pack's guidance may put "several
 * services together" and "needs that persist despite help" at different levels (Bury: 3 and 4).
 */
export function screeningRaises(levels: { someNeeds: ScreeningLevel; complexNeeds: ScreeningLevel; needsNotMet: ScreeningLevel }): Raises {
  const { someNeeds, complexNeeds, needsNotMet } = levels;
  return [
    { when: { needs: 'complex' }, ...complexNeeds, because: 'The family has complex needs that need several services.' },
    { when: { needs: 'not_sure' }, ...complexNeeds, because: 'You were not sure how complex the needs are, so the bot takes the higher level.' },
    { when: { needs: 'some' }, ...someNeeds, because: 'The family needs some extra support.' },
    { when: { earlyHelp: 'not_working' }, ...needsNotMet, because: 'Early help is in place but the needs are not being met.' },
    { when: { earlyHelp: 'not_sure' }, ...needsNotMet, because: 'You were not sure whether early help is working, so the bot takes the higher level.' },
  ];
}
