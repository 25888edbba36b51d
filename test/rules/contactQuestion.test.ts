/**
 * rules/contactQuestion.ts and combine's step 4: a question asking how to reach someone, with no contact named and
 * nothing placed, gets the pack's contacts card (999 and the front door first), not the "not sure" card; a worry asked
 * the same way still gets its level, and a child in danger still gets 999.
 */
import { describe, expect, it } from 'vitest';
import { AREAS, loadEngines } from '../../rules';
import { answerOf } from '../../rules/answer';
import { asksForContact, namesContactInPassing } from '../../rules/contactQuestion';

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
    'how do I send a referral',
    'where do I send the MARF',
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

  it('Nottingham: a question for where to send the MARF gets its own MARF card with the address, not the contacts card', () => {
    // Nottingham's own advice topic is how to make a referral (test/rules/advice.test.ts); it answers this too.
    const engine = engines.nottingham;
    for (const text of ['whats the email to send a MARF to pls', 'how do I send a MARF?']) {
      const r = engine.recognise(text);
      expect(r.intent, text).toBe('advice');
      const a = answerOf(engine, { from: 'message', recognition: r, text }, AT, { personal: true });
      expect(a.title, text).toBe('How to make a referral or request for services (MARF)');
      expect(JSON.stringify(a.steps), text).toContain('candf.direct@nottinghamcity.gov.uk');
    }
  });

  it.each(AREAS)('%s: a worry asked the same way keeps its level, and danger keeps 999', (area) => {
    const engine = engines[area];
    expect(engine.recognise('who do I tell? she says her stepdad hits her with a belt').intent).not.toBe('contact');
    expect(engine.recognise('who do I ring, nobody has collected a 2 year old, phones off and it is 6.30pm').intent).toBe('emergency');
  });
});

describe('a contact named in passing while telling of a child (namesContactInPassing, combine step 4)', () => {
  it.each([
    'lad got charged with possession with intent last night, 15, second police contact, mum has shut the door on the youth offending worker',
    'Dad of a baby on our postnatal ward is on bail for GBH on his last baby and social care don’t know',
    // A phone that is the child's is no word for reaching someone.
    "lad 15 has 2 phones, police found him in blackpool last month, he's at the youth club now, keeps checking his phone",
  ])('named in passing: "%s"', (text) => {
    expect(namesContactInPassing(text)).toBe(true);
  });

  it.each([
    // Short requests, with or without a question mark.
    'fgc salford phone',
    'email for family group conferencing',
    'private fostering officer phone',
    // A question.
    'is the police the right contact for a worry about a child who is missing from home?',
    // A word for reaching someone.
    'I need the early help team details for a family I work with in Little Hulton',
    'I want to ring the police about the man who keeps hanging round the school gates',
  ])('asks for it: "%s"', (text) => {
    expect(namesContactInPassing(text)).toBe(false);
  });

  // Before, each got the contacts card and no level.
  it.each([
    ['salford', 'Parents split last year after police came out to several incidents between them. Now every contact handover is tense and she comes back in pieces, wetting the bed again at 8. Mum’s got support but the child needs more than I can give in a 30 min slot.', 'getting_more_help'],
    // Level 5 since the fortieth session: found out of the area with other signs (rules/exploitationSigns.ts, step 3g).
    ['bury', "lad 15 keeps turning up in new trainers, has 2 phones that never stop going, missing most weekends. police found him in blackpool last month and he says hes just 'working for a mate'. hes at the youth club now, quiet, keeps checking his phone", 'level5'],
    ['bury', 'Reception child has missed 3 dental and 2 audiology appointments. Mum says she just forgets. Early help plan has been open 4 months, we’ve done text reminders, offered lifts, and she still doesn’t go. I feel like we’ve tried everything at our level.', 'level4'],
    ['bury', 'Going into a family with four under 6 and the house is messy, lots of clutter, washing piled up, dishes, but the kids are fed, warm and clean. Mum has been diagnosed with fibromyalgia and is in a lot of pain, dad works full time. The 5 year old is behind at school. She’s asking for help and is really open. I think she needs a few services together, OT, some help in the home, maybe early help.', 'level3'],
  ] as const)('%s: the worry leads, at its level, the contact after it', (area, text, level) => {
    const engine = engines[area];
    const r = engine.recognise(text);
    expect(r.intent).toBe('concern');
    expect(r.also).toContain('contact');
    expect(engine.assess({ indicators: r.indicators.map((i) => i.id) }, AT).level.id).toBe(level);
  });
});
