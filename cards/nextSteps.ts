/**
 * "What does the guidance say to do about this?" as plain data: the route, the
 * level (for a concern) and the contacts, from the engine's recognition. Pure and
 * free of the card templating library, so the Guidance tab bundles it for the
 * browser and the message extension uses it in the bot: both give the same answer.
 *
 * It follows the same branches as answerFor (cards/answers.ts): emergency and
 * concern → the assessment's route and level; escalation → the escalation route
 * with the ladder's contacts; a look-up → the contacts named; a topic → the route
 * of the same id; anything else → no particular route, with 999 and the front door.
 */
import type { ContactStatus, Engine, Level, Recognition } from '../rules';
import { addWorkingDays, answersFromMessage, ladder, londonTime, stageById } from '../rules';
import { contactsFor } from './view';

export type NextStepsKind = 'emergency' | 'concern' | 'escalation' | 'contact' | 'topic' | 'none';

export interface NextSteps {
  kind: NextStepsKind;
  /** The pack's route id, when the answer has one. */
  routeId?: string;
  /** The route's title, or a plain sentence when there is no particular route. */
  title: string;
  /** The route's summary, when there is a route. */
  summary?: string;
  /** The level of need, for a concern or an emergency. */
  level?: Pick<Level, 'id' | 'name' | 'plain'>;
  /** Contacts in the order the bot's card shows them, with whether each is open at `at`. */
  contacts: ContactStatus[];
  /** For escalation: the stage to go to next (as the bot's escalation card highlights it). */
  nextStage?: { id: string; title: string; to: string; how: string; dueIfSentToday?: string };
}

/** The route, level and contacts for a message, as the bot's first answer gives them. */
export function nextStepsFor(engine: Engine, r: Recognition, text: string, at: Date): NextSteps {
  const { pack } = engine;
  switch (r.intent) {
    case 'emergency':
    case 'concern': {
      const a = engine.assess(answersFromMessage(r, text), at);
      return {
        kind: r.intent,
        routeId: a.route.id,
        title: a.route.title,
        summary: a.route.summary,
        level: { id: a.level.id, name: a.level.name, plain: a.level.plain },
        contacts: a.contacts,
      };
    }
    case 'escalation': {
      const route = engine.route('escalation');
      const stages = ladder(pack);
      const next = (r.escalationStage ? stageById(pack, r.escalationStage) : undefined) ?? stages[0];
      const due = next?.respondWithinWorkingDays ? addWorkingDays(londonTime(at).date, next.respondWithinWorkingDays) : undefined;
      const ids = stages.length > 0 ? [...new Set([...stages.flatMap((s) => s.contacts), pack.frontDoor])] : (route?.contacts ?? [pack.frontDoor]);
      return {
        kind: 'escalation',
        ...(route ? { routeId: route.id, summary: route.summary } : {}),
        title: route?.title ?? 'Challenging a decision',
        contacts: contactsFor(pack, ids, at),
        ...(next ? { nextStage: { id: next.id, title: next.title, to: next.to, how: next.how, ...(due ? { dueIfSentToday: due } : {}) } } : {}),
      };
    }
    case 'contact': {
      const found = engine.lookup(text).contacts;
      const main = engine.route('contacts');
      if (found.length > 0) {
        return {
          kind: 'contact',
          title: found.length === 1 ? (found[0]?.name ?? 'Contact') : 'Contacts',
          contacts: found.slice(0, 6).map((c) => engine.openNow(c, at)),
        };
      }
      return {
        kind: 'contact',
        ...(main ? { routeId: main.id, summary: main.summary } : {}),
        title: `Who to contact in ${pack.area}`,
        contacts: contactsFor(pack, main?.contacts ?? [pack.emergencyContact, pack.frontDoor], at),
      };
    }
    case 'unsure':
    case 'non_english':
      return {
        kind: 'none',
        title: `Not sure what this is about: if there is any chance a child is in immediate danger or home alone, call ${pack.contacts.find((c) => c.id === pack.emergencyContact)?.phones[0]?.number ?? 'the police'} now`,
        contacts: contactsFor(pack, [pack.emergencyContact, pack.frontDoor], at),
      };
    default: {
      // Topic intents map to the pack's route of the same id (answerFor's TOPIC_ROUTE is that identity map).
      const route = r.intent === 'help' ? undefined : engine.route(r.intent);
      if (route) return { kind: 'topic', routeId: route.id, title: route.title, summary: route.summary, contacts: contactsFor(pack, route.contacts, at) };
      return {
        kind: 'none',
        title: 'No particular route found in this message',
        contacts: contactsFor(pack, [pack.emergencyContact, pack.frontDoor], at),
      };
    }
  }
}
