/**
 * What packs write the same way: the level raises for the screening's needs and early-help
 * questions. The wording of the reasons is the bot's; the levels and their sources are each
 * pack's own (the level a pack's guidance gives for some needs, and for complex needs).
 */
import type { PackInput, Source } from './schema';

type Raises = NonNullable<PackInput['raises']>;

/**
 * Some needs → `someHelp`; complex needs, "not sure" how complex, early help not working, and
 * "not sure" whether it works → `moreHelp` (the "not sure" answers take the higher level).
 */
export function screeningRaises(someHelp: { level: string; source: Source }, moreHelp: { level: string; source: Source }): Raises {
  return [
    { when: { needs: 'complex' }, ...moreHelp, because: 'The family has complex needs that need several services.' },
    { when: { needs: 'not_sure' }, ...moreHelp, because: 'You were not sure how complex the needs are, so the bot takes the higher level.' },
    { when: { needs: 'some' }, ...someHelp, because: 'The family needs some extra support.' },
    { when: { earlyHelp: 'not_working' }, ...moreHelp, because: 'Early help is in place but the needs are not being met.' },
    { when: { earlyHelp: 'not_sure' }, ...moreHelp, because: 'You were not sure whether early help is working, so the bot takes the higher level.' },
  ];
}
