/**
 * A short question about sharing information or telling the family is answered with the pack's information-sharing
 * route, even where the message names harm (rules/sharingQuestion.ts, combine step 4); a worry with such a question at
 * the end of a long account, a red flag, a child's own words in quotation marks and a question for a number are not.
 */
import { describe, expect, it } from 'vitest';
import { AREAS, loadEngines } from '../../rules';
import { answerOf } from '../../rules/answer';
import { asksAboutSharing } from '../../rules/sharingQuestion';

const engines = loadEngines();
const AT = new Date('2026-12-02T10:00:00Z');

describe('asksAboutSharing', () => {
  it.each([
    'should I tell parents before I refer? I think the girl is being sexually abused',
    'suspected fabricated illness - should I tell mum I’m referring?',
    'do I need mum’s consent to tell social care about bruising on her son?',
    'yr 10 girl thinks her family are planning a marriage for her abroad. Should mum and dad be told?',
    'girl might be being forced to marry, do i speak to her parents first',
  ])('a question about telling the family or consent: "%s"', (text) => {
    expect(asksAboutSharing(text, false)).toBe(true);
  });

  it.each([
    // Not a question.
    'I told mum before I referred, she was fine about it',
    // A question, but not about sharing.
    'should I refer? I think the girl is being sexually abused',
    // The question is the child's, in quotation marks.
    'kid said "can I tell you something without mum knowing?" and then said someone is hurting him',
  ])('not a question about sharing: "%s"', (text) => {
    expect(asksAboutSharing(text, false)).toBe(false);
  });

  it.each([
    // Asked of the family, with no "?" and no "do I".
    'girl says she’s being forced to marry - do her parents have to be told about the referral',
    // Consent, the words the other way round.
    'parental permission needed to phone school re early help?',
    // Leave to pass something on to another professional or service.
    'dad told me something in confidence about his drinking, can I tell the health visitor?',
    'I’m a coach, am I allowed to talk to the school about a kid I’m worried about?',
    'Can a school share a child’s attendance with the housing officer?',
    'is it ok to email the social worker the family’s details on my personal gmail',
    'what info can I give a social worker over the phone?',
    // A young person's own say, and who gives consent.
    'Can a 14yo agree to me sharing stuff with her GP herself?',
    'who gives consent for early help, mum or the 16 year old?',
    'does a 15 year old have to consent to a referral being made?',
    // Leave not given.
    'Can I tell the health visitor that the family has moved? They haven’t said I can.',
    // Whether the family must agree first (thirty-ninth session).
    'Can I talk to the school about a family to get a fuller picture before I start an early help plan, or does mum need to agree first?',
    'Do parents have to agree before I refer them to early help?',
  ])('also a question about sharing: "%s"', (text) => {
    expect(asksAboutSharing(text, false)).toBe(true);
  });

  it.each([
    // Agreeing to something that is not sharing, and a consent already given.
    'mum agreed to a referral to early help, what next?',
    'she agreed to come to the meeting, can I book a room?',
    'who gives the medicine at lunchtime?',
    'mum needs to agree to the TAF plan, she keeps cancelling the meetings',
  ])('not about sharing though it says agree or gives: "%s"', (text) => {
    expect(asksAboutSharing(text, false)).toBe(false);
  });

  it.each([
    // Telling apart, and telling the bot.
    'can I tell if a baby is being neglected?',
    'can I tell you about a boy in my class?',
    // Asking for someone to talk to.
    'can I talk to someone about a family I’m worried about?',
    'it’s 5pm on a friday and I want to talk to someone about a family before the weekend, who is open?',
    // Giving what is not information.
    'can we give a child antibiotics at lunch if dad asks?',
    'is it alright to give a lift to a child from cubs if his mum asks?',
    'can we give out info about the summer holiday food scheme to all families?',
  ])('not a question about sharing: "%s"', (text) => {
    expect(asksAboutSharing(text, false)).toBe(false);
  });

  it.each([
    // Acting before or without telling the family.
    'is it ok to refer to the front door before I’ve spoken to the parents?',
    'can I pass my notes to social care if I think she might be at risk, without telling her parents?',
    // Raising the concern with the family, and whether they will know who raised it.
    'suspected fabricated illness, do I discuss my concerns with the mother',
    'should the family know it’s me that raised the concern?',
    'dad is quite volatile, do i have to let him know i’ve referred',
    'should I be open with the family about what I’m sharing and why?',
  ])('telling the family, asked another way: "%s"', (text) => {
    expect(asksAboutSharing(text, false)).toBe(true);
    expect(asksAboutSharing(text, false, { beside: 'harm' })).toBe(true);
  });

  it.each([
    '15 year old doesn’t want me to tell anyone she’s self harming, can i respect that',
    'where should i keep my notes about a worry, is a notebook ok?',
    'do I have to record my decision not to share information?',
  ])('keeping a confidence, or keeping notes: "%s"', (text) => {
    expect(asksAboutSharing(text, false)).toBe(true);
    // Beside harm at child protection, the worry leads.
    expect(asksAboutSharing(text, false, { beside: 'harm' })).toBe(false);
  });

  it.each([
    // The child did something without telling the family: not the writer's question about sharing.
    'girl 16 got a tattoo without telling her mum, mum is annoyed, any safeguarding thing??',
    // Talking with the family about something else.
    'should I discuss his behaviour with the mother?',
    'does mum know he’s been missing school?',
    // Keeping, not notes.
    'should we keep him in at break if he’s being bullied?',
  ])('not about telling the family or keeping notes: "%s"', (text) => {
    expect(asksAboutSharing(text, false)).toBe(false);
  });

  it('beside the front door named, talking to it is not sharing; beside harm at child protection, only telling the family or consent counts', () => {
    // "Can I speak to the Bridge?" asks for the front door; "can I tell her teacher?" beside harm is the worry's.
    expect(asksAboutSharing('can I speak to the Bridge about a family?', false)).toBe(true);
    expect(asksAboutSharing('can I speak to the Bridge about a family?', false, { beside: 'frontDoor' })).toBe(false);
    expect(asksAboutSharing('am I allowed to pass it to C&F Direct regardless?', false, { beside: 'frontDoor' })).toBe(true);
    expect(asksAboutSharing('should we talk to her parents first before we ring MASH?', false, { beside: 'frontDoor' })).toBe(true);
    expect(asksAboutSharing('she says her stepdad touches her, can I tell her teacher?', false)).toBe(true);
    expect(asksAboutSharing('she says her stepdad touches her, can I tell her teacher?', false, { beside: 'harm' })).toBe(false);
    expect(asksAboutSharing('she says her stepdad touches her, do I tell her mum first?', false, { beside: 'harm' })).toBe(true);
  });

  it('the words the pack lists for sharing count only in a question', () => {
    expect(asksAboutSharing('she made me promise not to tell anyone, can I share it?', true)).toBe(true);
    expect(asksAboutSharing('she made me promise not to tell anyone and then said her dad hits her', true)).toBe(false);
  });

  it('a long account with "do I tell mum?" at its end is the worry’s, not a question about sharing', () => {
    const long =
      'Y5 girl told me her uncle makes her sit on his lap and touches her under her nightie when he babysits on a Friday, she was very upset and said she does not want to go to her nan’s any more because he is always there and he gives her sweets to keep it quiet. do I tell mum?';
    expect(long.split(/\s+/).length).toBeGreaterThan(40);
    expect(asksAboutSharing(long, false)).toBe(false);
  });
});

describe('a question about sharing, in every pack', () => {
  const TITLES = { salford: /^Sharing information$/, bury: /^Information sharing and consent by level$/, nottingham: /^Information sharing$/ } as const;
  const ask = (area: (typeof AREAS)[number], text: string) => {
    const engine = engines[area];
    const r = engine.recognise(text);
    return { r, a: answerOf(engine, { from: 'message', recognition: r, text }, AT, { personal: true }) };
  };

  it.each(AREAS)('%s: "should I tell parents before I refer? I think she is being sexually abused" gets the sharing route, the front door on it', (area) => {
    const { r, a } = ask(area, 'should I tell parents before I refer? I think the girl is being sexually abused');
    expect(r.intent).toBe('info_sharing');
    expect(r.indicators.map((i) => i.id)).toContain('sexual_abuse');
    expect(a.title).toMatch(TITLES[area]);
    expect(a.safetyNet).toContain('999');
    const frontDoor = engines[area].pack.contacts.find((c) => c.id === engines[area].pack.frontDoor);
    expect(a.safetyNet).toContain(frontDoor?.name ?? 'front door');
  });

  it('Bury’s card says parents must not be told where sexual abuse is suspected', () => {
    const { a } = ask('bury', 'do I have to tell mum before I refer to MASH about her boyfriend sexually touching her daughter?');
    expect(a.steps.map((s) => s.text).join(' ')).toContain('Parents or carers must not be told where sexual abuse, fabricated illness or forced marriage is known or suspected.');
  });

  it.each(AREAS)('%s: without the question, the same harm is child protection', (area) => {
    const { r } = ask(area, 'I think the girl is being sexually abused by mum’s boyfriend');
    expect(r.intent).toBe('concern');
  });

  it.each(AREAS)('%s: "can I tell the health visitor?" about something told in confidence gets the sharing route', (area) => {
    const { r, a } = ask(area, 'dad told me something in confidence about his drinking, can I tell the health visitor?');
    expect(r.intent).toBe('info_sharing');
    expect(a.title).toMatch(TITLES[area]);
  });

  it('a question about telling the family beside the front door named gets the sharing route, not the contacts card', () => {
    const { r, a } = ask('bury', 'we think a y10 girl is being lined up for a marriage abroad. should we talk to her parents first before we ring MASH?');
    expect(r.intent).toBe('info_sharing');
    expect(a.title).toMatch(TITLES.bury);
    expect(ask('nottingham', 'Should I inform parents before making a MARF?').r.intent).toBe('info_sharing');
    // Asking to reach the front door is still the contact's.
    expect(ask('salford', 'can I speak to the Bridge about a family?').r.intent).not.toBe('info_sharing');
  });

  it.each(AREAS)('%s: a young person’s own say gets the sharing route, but not beside harm the words name', (area) => {
    expect(ask(area, 'who gives consent for early help, mum or the 16 year old?').r.intent).toBe('info_sharing');
    expect(ask(area, 'can a 14yo agree to me sharing it with her GP? she says her stepdad touches her').r.intent).toBe('concern');
    expect(asksAboutSharing('can a 14yo agree to me sharing it with her GP?', false, { beside: 'namedHarm' })).toBe(false);
    expect(asksAboutSharing('can a 14yo agree to me sharing it with her GP?', false, { beside: 'harm' })).toBe(true);
  });

  it.each(AREAS)('%s: harm at child protection with leave to tell another professional stays child protection', (area) => {
    const { r } = ask(area, 'she says her stepdad touches her at night, can I tell her teacher?');
    expect(r.intent).toBe('concern');
  });

  it.each(AREAS)('%s: a red flag still leads with 999', (area) => {
    const { r } = ask(area, 'he is at the house with her right now and has a knife, should I tell mum before I call?');
    expect(r.intent).toBe('emergency');
  });
});
