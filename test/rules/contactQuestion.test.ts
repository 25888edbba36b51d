/**
 * rules/contactQuestion.ts and combine's step 4: a question asking how to reach someone, with no contact named and
 * nothing placed, gets the pack's contacts card (999 and the front door first), not the "not sure" card; a worry asked
 * the same way still gets its level, and a child in danger still gets 999.
 */
import { describe, expect, it } from 'vitest';
import { AREAS, loadEngines } from '../../rules';
import { answerOf } from '../../rules/answer';
import { asksForContact } from '../../rules/contactQuestion';

const engines = loadEngines();
const AT = new Date('2026-12-02T10:00:00Z');
const FRONT_DOOR = { salford: '0161 603 4500' } as const;

describe('a question asking how to reach someone', () => {
  it.each([
    'who do i ring at 6pm on a weekday',
    'whats the email to send a child concern to',
    'phone number to make a referral',
    'where do I send the form',
    'how do I make a referral',
    'what time does it close on a friday',
    'is there an email address for worries about a kid',
    // Asked in two words, as practitioners do.
    'phone numbers',
    'contacts list',
    'useful numbers for families',
  ])('"%s"', (text) => {
    expect(asksForContact(text)).toBe(true);
  });

  it.each([
    'dad took her phone and won’t give it back',
    'she gave me her number',
    'the boy is scared to go home',
    'where can I find free holiday activities for families',
  ])('not "%s"', (text) => {
    expect(asksForContact(text)).toBe(false);
  });

  it.each(AREAS.flatMap((area) => ['who do I ring after 4.30 on a weekday?', 'phone numbers'].map((text) => [area, text] as const)))('%s: "%s" is answered with the contacts card, 999 and the front door first', (area, text) => {
    const engine = engines[area];
    const r = engine.recognise(text);
    expect(r.intent).toBe('contact');
    const a = answerOf(engine, { from: 'message', recognition: r, text }, AT, { personal: true });
    expect(a.kind).toBe('contact');
    const ids = (a.contacts ?? []).map((c) => c.contact.id);
    expect(ids.slice(0, 2)).toEqual([engine.pack.emergencyContact, engine.pack.frontDoor]);
    if (area === 'salford') expect(JSON.stringify(a.contacts)).toContain(FRONT_DOOR.salford);
  });

  it.each(AREAS)('%s: a worry asked the same way keeps its level, and danger keeps 999', (area) => {
    const engine = engines[area];
    expect(engine.recognise('who do I tell? she says her stepdad hits her with a belt').intent).not.toBe('contact');
    expect(engine.recognise('who do I ring, nobody has collected a 2 year old, phones off and it is 6.30pm').intent).toBe('emergency');
  });
});
