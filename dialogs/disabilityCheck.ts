/**
 * The Children with Disabilities Team check: the pack's criteria on one card,
 * answered yes / no / not sure, then the result from rules/disability.ts with
 * where the Local Offer is. Stateless: the answers come back on the card.
 */
import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { z } from 'zod';
import { buildCheckQuestionCard, buildDisabilityResultCard, buildErrorCard, contactsFor, topicCard } from '../cards';
import { cwdCriteria, cwdEligible, type Engine, type YesNoNotSure } from '../rules';
import type { VerbHandler } from './mainDialog';
import { isPersonal, sendCard, staleNote, type TriageServices } from './services';

const YNS = z.enum(['yes', 'no', 'not_sure']);
const Answer = z.object({ verb: z.literal('cwd.answer'), question: z.literal('criteria'), notSure: z.literal('true').optional(), c0: YNS.optional(), c1: YNS.optional(), c2: YNS.optional(), c3: YNS.optional(), c4: YNS.optional() });
const Start = z.object({ verb: z.literal('cwd.start') });

export class DisabilityCheckHandler implements VerbHandler {
  readonly verbs = ['cwd.start', 'cwd.answer'];

  constructor(private readonly services: TriageServices) {
    if (!services) throw new Error('DisabilityCheckHandler needs services');
  }

  async handle(step: WaterfallStepContext, value: unknown, engine: Engine): Promise<DialogTurnResult> {
    const { context } = step;
    const { pack } = engine;
    const at = this.services.clock();
    const criteria = cwdCriteria(pack);
    if (!criteria || criteria.points.length > 5) {
      await sendCard(context, topicCard(engine, 'disability', at, [], { personal: isPersonal(context) }));
      return step.endDialog();
    }
    const start = Start.safeParse(value);
    if (start.success) {
      await sendCard(
        context,
        buildCheckQuestionCard({
          pack,
          check: 'Children with disabilities check',
          verb: 'cwd.answer',
          question: 'criteria',
          number: 1,
          total: 1,
          text: criteria.title,
          hint: 'Answer each one. Do not give the child’s name.',
          inputs: criteria.points.map((p, i) => ({ id: `c${i}`, label: `${i + 1}. ${p.text}`, kind: 'choice' as const, value: 'not_sure', choices: [{ title: 'Yes', value: 'yes' }, { title: 'No', value: 'no' }, { title: 'Not sure', value: 'not_sure' }] })),
        }),
      );
      return step.endDialog();
    }
    const a = Answer.safeParse(value);
    if (!a.success) {
      await sendCard(context, buildErrorCard({ pack, title: 'I could not read that', message: 'That button did not carry what I expected, so I have not acted on it. Please try again.' }));
      return step.endDialog();
    }
    const d = a.data;
    const answers: YesNoNotSure[] = d.notSure ? [] : [d.c0, d.c1, d.c2, d.c3, d.c4].slice(0, criteria.points.length).map((x) => x ?? 'not_sure');
    const decision = cwdEligible(criteria, answers);
    const team = pack.contacts.find((c) => c.id === 'children_with_disabilities');
    const ids = [...(team ? [team.id] : []), pack.frontDoor];
    const stale = staleNote(engine, at, this.services.staleAfterDays);
    await sendCard(context, buildDisabilityResultCard({ pack, decision, contacts: contactsFor(pack, ids, at), ...(stale ? { stale } : {}) }));
    return step.endDialog();
  }
}
