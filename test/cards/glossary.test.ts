/** Words a newcomer may not know get a line at the foot of the card they appear on, in the pack's own words. */
import { describe, expect, it } from 'vitest';
import { expandCard, explainTerms, termsFor, type AdaptiveCard } from '../../cards';
import { loadEngines } from '../../rules';

const engines = loadEngines();
const salford = engines.salford.pack;

function cardSaying(...texts: string[]): AdaptiveCard {
  return expandCard({ type: 'AdaptiveCard', body: texts.map((text) => ({ type: 'TextBlock', text, wrap: true })) }, { fallbackText: 'x' });
}

function wordsUsed(card: AdaptiveCard): string[] {
  const part = card.body.find((el) => el && typeof el === 'object' && !Array.isArray(el) && el.id === 'wordsUsed') as { items: { text: string }[] } | undefined;
  return part ? part.items.slice(1).map((i) => i.text) : [];
}

describe('what the words mean', () => {
  it('front door, Getting Risk Support, LADO, EDT and NFA each get one line, from the pack', () => {
    const card = explainTerms(cardSaying('The Bridge NFA’d it. Report it to the front door now.', 'Level of need: Getting Risk Support', 'Call the EDT, or tell the LADO.'), salford);
    const lines = wordsUsed(card);
    expect(lines).toEqual([
      expect.stringMatching(/^Front door: The Bridge Partnership\. Salford’s single front door/),
      expect.stringMatching(/^Getting Risk Support: Child protection: .*significant harm/),
      expect.stringMatching(/^LADO: the Local Authority Designated Officer\. Allegations or concerns about an adult who works or volunteers with children/),
      expect.stringMatching(/^EDT: the Emergency Duty Team\. /),
      expect.stringMatching(/^NFA: “no further action”, an outcome of a referral\. No further action from children’s social care/),
    ]);
    // Every line is the pack's own text (cited there), not wording made up here.
    for (const t of termsFor(salford)) expect(t.text).toContain(t.shownBy);
  });

  it('adds nothing for a word the card already explains, or when no such word is on it', () => {
    const bridge = salford.contacts.find((c) => c.id === 'bridge');
    expect(wordsUsed(explainTerms(cardSaying('Report it to the front door now.', bridge?.purpose ?? ''), salford))).toEqual([]);
    expect(wordsUsed(explainTerms(cardSaying('Call 999 now.'), salford))).toEqual([]);
    // "nfa" inside another word is not the abbreviation.
    expect(wordsUsed(explainTerms(cardSaying('An infant formula.'), salford))).toEqual([]);
  });

  it('a level named only in the line of sources (a section\'s title) gets no line: it is a citation, not a word the card uses', () => {
    expect(wordsUsed(explainTerms(cardSaying('Call the advice line.', 'Sources: Support and Safeguarding in Salford: “Getting More Help”, “Child Protection - Getting Risk Support”'), salford))).toEqual([]);
    // In the card's own words it still does.
    expect(wordsUsed(explainTerms(cardSaying('This may be Getting Risk Support.', 'Sources: Support and Safeguarding in Salford: “Getting More Help”'), salford))).toEqual([expect.stringMatching(/^Getting Risk Support: /)]);
  });

  it('on a real card: the escalation ladder without its contacts explains "front door"', () => {
    const card = explainTerms(cardSaying('If you have an immediate concern for a child’s safety, report it to the front door now.'), engines.nottingham.pack);
    expect(wordsUsed(card)[0]).toMatch(/^Front door: Children and Families Direct\./);
  });
});
