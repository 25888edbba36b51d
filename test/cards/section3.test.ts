/**
 * Issue 17, section 3 ("Guidance read correctly"), point by point, on the Salford cards the bot
 * sends today (the table in docs/decisions/013 lists each point and where it is checked; the
 * points that test/cards/guidanceText.test.ts already checks on every card are not repeated here).
 */
import { describe, expect, it } from 'vitest';
import { noticeCardsAtEveryStage } from '../helpers/notice';
import { answerFor, buildInfoSharingCard, buildReferralChecklistCard, contactCard, contactsFor, escalationCard, firstScreenText, topicCard, type AdaptiveCard } from '../../cards';
import { AREAS, loadEngines, referralChecklist, topicAnswer, type Recognition } from '../../rules';

const engines = loadEngines();
const engine = engines.salford;
const { pack } = engine;
const WEEKDAY = new Date('2026-11-24T10:00:00Z');

/** Every text on the card, hidden or not, and its fallback. */
const allText = (card: AdaptiveCard): string => {
  const out: string[] = [card.fallbackText];
  JSON.stringify(card.body, (k, v: unknown) => {
    if ((k === 'text' || k === 'title' || k === 'value') && typeof v === 'string') out.push(v);
    return v;
  });
  return out.join('\n');
};

const worry = (id: string, phrase: string): Recognition => ({ intent: 'concern', also: [], indicators: [{ id, matched: [phrase] }], negated: [], contacts: [], uncertain: false, confidence: 'high' });

describe('issue 17 section 3, on the Salford cards sent today', () => {
  it('Salford’s information-sharing answer and referral checklist: Salford’s guidance, no Bury levels, no Working Together 2018 myths, the advice line for advice', () => {
    const info = allText(buildInfoSharingCard({ pack, answer: topicAnswer(engine, 'info_sharing', WEEKDAY) ?? (() => { throw new Error('no route'); })() }));
    const checklist = allText(buildReferralChecklistCard({ pack, items: referralChecklist(pack), ticked: [], contacts: contactsFor(pack, [pack.frontDoor], WEEKDAY) }));
    for (const text of [info, checklist]) {
      expect(text).not.toMatch(/Bury level|Bury’s five levels|Working Together 2018/);
    }
    expect(checklist).toContain('0161 603 4555');
    expect(checklist).not.toMatch(/[Ff]or advice, phone 0161 603 4500/);
  });

  it('referrals go on the form; 0161 603 4500 is labelled for advice or when it cannot wait, never "Concerns and referrals"', () => {
    const card = allText(contactCard(engine, 'the Bridge', WEEKDAY));
    expect(card).toContain('Phone for advice, or when it cannot wait');
    expect(card).not.toContain('Concerns and referrals');
    const risk = allText(topicCard(engine, 'risk_support', WEEKDAY, [], { personal: true }));
    expect(risk).toContain('Make the referral on the online referral form');
    expect(risk).not.toMatch(/online form, or call the Bridge/);
  });

  it('locality teams: no place is mapped to a team, and the card says the guidance does not map them', () => {
    const text = allText(contactCard(engine, 'Wardley', WEEKDAY)) + allText(contactCard(engine, 'locality team', WEEKDAY));
    expect(text).toMatch(/not the places each one covers/);
    expect(text).not.toMatch(/Wardley[^.]*\bWest\b/);
  });

  it('emerging neglect brings the Thriving Families Tool (001, Getting Help)', () => {
    const card = answerFor(engine, worry('hygiene_hunger', 'always hungry'), 'he is always hungry', WEEKDAY, { personal: true });
    expect(allText(card)).toContain('Thriving Families Tool');
  });

  it('the escalation card: recorded on the child’s file, the Greater Manchester policy and the April 2020 procedure, the partnership’s final stage, the SSCP’s email, not "SSCB"', () => {
    const text = allText(escalationCard(engine, WEEKDAY, 'practice_manager', true));
    for (const s of ['recorded on the child’s file', 'Greater Manchester Resolving Professional Disagreements/Escalation Policy', 'April 2020', 'independent adviser', 'Safeguarding Executive', 'sscp@salford.gov.uk']) expect(text).toContain(s);
    expect(text).not.toContain('SSCB');
  });

  it('the escalation notice at every stage names the SSCP, never the old SSCB', () => {
    const cards = noticeCardsAtEveryStage(pack);
    expect(cards.length).toBeGreaterThan(1);
    for (const { stageId, card } of cards) {
      const text = allText(card);
      expect(text, stageId).not.toContain('SSCB');
    }
  });

  it.each(AREAS)('%s: the sources line is behind "More detail" on every answer card, never on the first screen', (area) => {
    const e = engines[area];
    for (const r of e.pack.routes) {
      const card = topicCard(e, r.id, WEEKDAY, [], { personal: true });
      expect(firstScreenText(card).some((t) => t.startsWith('Sources:')), r.id).toBe(false);
      expect(allText(card), r.id).toContain('Sources: ');
    }
  });
});
