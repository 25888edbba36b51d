/**
 * The Children with Disabilities Team check: the pack's criteria on one card,
 * answered yes / no / not sure, then the result from rules/disability.ts with
 * where the Local Offer is. Stateless: the answers come back on the card.
 */
import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { ACTIONS, buildCheckQuestionCard, buildDisabilityResultCard, contactsFor, topicCard } from '../../cards';
import { cwdCriteria, cwdEligible, type Engine, type YesNoNotSure } from '../../rules';
import type { VerbHandler } from '../core/feature';
import { isPersonal, sendCard, sendUnreadable, staleNote, type TriageServices } from '../core/services';


export class DisabilityCheckHandler implements VerbHandler {
  readonly actions = [ACTIONS.cwdStart, ACTIONS.cwdAnswer];

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
    const start = ACTIONS.cwdStart.schema.safeParse(value);
    if (start.success) {
      await sendCard(
        context,
        buildCheckQuestionCard({
          pack,
          check: 'Children with disabilities check',
          verb: ACTIONS.cwdAnswer.verb,
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
    const a = ACTIONS.cwdAnswer.schema.safeParse(value);
    if (!a.success) {
      await sendUnreadable(context, pack, 'Please try again.');
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
