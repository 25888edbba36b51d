/**
 * The words an answer is explained with: the safety net, the sources, why. Pure text
 * from the pack and the engine's output, shared by the answer model (./answer.ts), the
 * cards and the Guidance tab.
 */
import type { Assessment } from './assess';
import { describeHours, openNow, type ContactStatus } from './contacts';
import type { Recognition } from './recognise';
import type { Pack } from './schema';

/** The pack's front door (the Bridge in Salford). */
const frontDoorOf = (pack: Pack) => pack.contacts.find((c) => c.id === pack.frontDoor);

/** The pack's emergency number (999), as the cards say it. */
export const emergencyNumberOf = (pack: Pack): string => pack.contacts.find((c) => c.id === pack.emergencyContact)?.phones[0]?.number ?? '999';

/** One line that is on every answer: 999, the front door, and its out-of-hours alternative. */
export function safetyNet(pack: Pack): string {
  const door = frontDoorOf(pack);
  const ooh = door?.outOfHours ? pack.contacts.find((c) => c.id === door.outOfHours) : undefined;
  const parts = [`If anything changes: a child in immediate danger or home alone, call ${emergencyNumberOf(pack)}.`];
  if (door) {
    const hours = describeHours(pack, door);
    parts.push(`Any other worry: ${door.name}${door.phones[0] ? ` on ${door.phones[0].number}` : ''}${hours ? ` (${hours})` : ''}.`);
  }
  if (ooh?.phones[0]) parts.push(`Out of hours: ${ooh.name} on ${ooh.phones[0].number}.`);
  return parts.join(' ');
}

/** The documents in shared/seeds/ by file name, as a practitioner would recognise them: short, as they head a source line. */
export const DOCUMENT_TITLES: Readonly<Record<string, string>> = {
  '000_d42a021cda291206.txt': 'Salford Joint Working Protocol (VCSE)',
  '001_6a0c92154672053a.txt': 'Support and Safeguarding in Salford',
  '002_184f04cef1d3f9e9.txt': 'SSCP Safeguarding Arrangements',
  '003_2bbeb111cec99a33.txt': 'Nottingham City: Working Together 2018 learning',
  '004_c2d64e532e0d5cd5.txt': 'Bury thresholds guidance',
  'supplementary.md': 'SSCP and Salford CVS web pages',
};

/** A section heading as the document prints it: PDF extraction's "Protection- Getting" becomes "Protection – Getting". */
function tidyHeading(section: string): string {
  return section.replace(/(\w) ?- (?=\w)/g, '$1 – ');
}

/**
 * One short citation per document, its title once and then the sections it is cited for:
 * "Support and Safeguarding in Salford: “Getting Help”, “Recording what we do”". For the web
 * pages of supplementary.md, the page addresses.
 */
export function sourcesOf(items: { source: { file: string; section: string; page?: string } }[]): string[] {
  const byDocument = new Map<string, string[]>();
  for (const i of items) {
    const title = DOCUMENT_TITLES[i.source.file] ?? i.source.file;
    const part = i.source.page ?? `“${tidyHeading(i.source.section)}”`;
    const parts = byDocument.get(title) ?? [];
    if (!parts.includes(part)) parts.push(part);
    byDocument.set(title, parts);
  }
  return [...byDocument].map(([title, parts]) => `${title}: ${parts.join(', ')}`);
}

/** The sources a triage answer rests on: its level, route and steps, its warnings, and indicators another area's guidance names. */
export function assessmentSources(pack: Pack, a: Assessment): { source: { file: string; section: string; page?: string } }[] {
  const borrowed = a.indicatorIds.map((id) => pack.indicators.find((i) => i.id === id)).filter((i) => i?.basis !== undefined) as { source: Assessment['level']['source'] }[];
  const warned = a.warnings.filter((w) => w.source !== undefined) as { source: Assessment['level']['source'] }[];
  return [a.level, ...(a.level.within ? [a.level.within] : []), a.route, ...a.pathways, ...a.actions, ...warned, ...borrowed];
}

/** The front door's advice line for practitioners (a phone labelled "advice line"), else its first number. */
export function adviceLine(pack: Pack): { name: string; number: string } | undefined {
  const door = frontDoorOf(pack);
  const phone = door?.phones.find((p) => /advice line/i.test(p.label)) ?? door?.phones[0];
  return door && phone ? { name: door.name, number: phone.number } : undefined;
}

/**
 * Where the level stands only on "not sure" answers: the level's meaning, and what to do in case it
 * is so, worded as that and never as a finding about the child.
 */
export function uncertainLevelText(pack: Pack, a: Assessment): { levelPlain: string; summary: string } {
  const advice = adviceLine(pack);
  const talk = advice ? ` If there is any chance of it, talk it through with ${advice.name} today on ${advice.number}.` : '';
  return {
    levelPlain: `You were not sure, so this shows the safer route in case it is so. It is not a finding about the child.${talk}`,
    summary: `What ${a.level.name} means: ${a.level.plain}`,
  };
}

export function contactsFor(pack: Pack, ids: readonly string[], at: Date): ContactStatus[] {
  return ids.map((id) => pack.contacts.find((c) => c.id === id)).filter((c) => c !== undefined).map((c) => openNow(pack, c, at));
}

/** Lines in full before the rest are summed up by label: a pasted report can match every indicator, and Teams drops a message over 28 KB. */
const WHY_IN_FULL = 6;
const NOT_IN_FULL = 3;
const MATCHED_SHOWN = 3;
const quoted = (matched: string[]) => `“${matched.slice(0, MATCHED_SHOWN).map((m) => (m.length > 60 ? `${m.slice(0, 59)}…` : m)).join('”, “')}”`;

/** "You mentioned: “bruises”, “reluctant to change for PE”." Every indicator is named; past a few, by its label only. */
export function whyFromRecognition(r: Recognition | undefined, pack: Pack): string[] {
  if (!r) return [];
  const out: string[] = [];
  const found = r.indicators.map((i) => ({ i, ind: pack.indicators.find((x) => x.id === i.id) })).filter((x) => x.ind !== undefined);
  for (const { i, ind } of found.slice(0, WHY_IN_FULL)) {
    const label = ind?.label.toLowerCase() ?? i.id;
    const basis = ind?.basis ? ` ${ind.basis}` : '';
    out.push(
      // Outside a personal chat the words typed are not echoed, only the label: say it once.
      i.matched.length === 1 && i.matched[0] === label
        ? `Your message describes: ${label}.${basis}`
        : i.matched.length > 0
          ? `You mentioned ${quoted(i.matched)}: ${label}.${basis}`
          : // Found by the meaning of the message, not a listed phrase: say so, and that it is a reading, not a finding.
            `What you described may be a sign of: ${label}. If that is wrong, say so.${basis}`,
    );
  }
  // An injury or a word the message itself explains (rules/semantic/combine.ts steps 2 and 3b-2), answered as an ordinary matter: say so.
  // A need below child protection set aside in a message read as an everyday matter (step 2, NEED_ASIDE_P): said as that.
  const asideOf = (needs: boolean) =>
    r.intent !== 'unsure'
      ? (r.setAside ?? [])
          .map((a) => pack.indicators.find((x) => x.id === a.id))
          .filter((i) => i !== undefined && i.kind !== 'red-flag' && (i.kind === 'need') === needs)
          .map((i) => i?.label.toLowerCase() ?? '')
      : [];
  const door = frontDoorOf(pack)?.name ?? 'the front door';
  // A threat or a weapon the message tells as play or a figure of speech (combine step 1d), answered as an ordinary
  // matter: say so, and that 999 is still the call if it was not play.
  const police = emergencyNumberOf(pack);
  if (r.intent !== 'unsure' && r.setAside?.some((a) => pack.indicators.find((x) => x.id === a.id)?.kind === 'red-flag')) {
    out.push(`Your message tells of it as play or a figure of speech, so this is not answered as a ${police} call. If it was not said in play, or a child could be in danger now, call ${police}.`);
  }
  const explained = asideOf(false);
  if (explained.length > 0) out.push(`Your message explains what happened, so the bot has not counted it as ${[...new Set(explained)].join('; ')}. If the explanation does not fit, or something else worries you, talk to ${door}.`);
  const everyday = asideOf(true);
  if (everyday.length > 0) out.push(`Your message reads as an everyday matter, so the bot has not counted it as a need for early help (${[...new Set(everyday)].join('; ')}). If the family needs more help than that, or something else worries you, say so, or talk to ${door}.`);
  // Signs of sexual abuse read as the child's own harmful sexual behaviour towards others (combine step 3b-3): say so, and when it is child protection.
  if (r.byTheChild?.length) out.push(`Your message reads as a child's harmful sexual behaviour towards other children, so the bot has placed it where the guidance places that behaviour, not at child protection for the child you describe. If a child has been harmed by it, an adult is involved, or the child may have been abused themselves, talk to ${door} about child protection.`);
  // Signs of sexual abuse only the meaning read, in a relationship between young people of about the same age (combine step 3b-4).
  if (r.betweenPeers?.length) out.push(`Your message reads as a relationship between young people of about the same age, so the bot has not counted it as sexual abuse. If there is pressure or control, gifts or money, an age gap, an adult involved, or a child under 13, talk to ${door} about child protection.`);
  // Harm only the meaning read, placed where the guidance places needs that early help has not met (combine step 3f): say
  // so, and when it is child protection.
  if (r.helpStalled?.length) {
    const level = pack.levels.find((l) => l.id === pack.indicators.find((x) => x.id === pack.needsUnmetByHelp)?.level);
    out.push(`Your message tells of early help in place or tried that has not met the child's needs, which the guidance places at ${level?.name ?? 'the level below child protection'}, not at child protection. If you think the child is suffering, or is likely to suffer, significant harm, talk to ${door} about child protection now.`);
  }
  // A red flag not counted because the message says the child is safe now (rules/timing.ts): say so, and when 999 is still the call.
  if (r.safeNow?.length) out.push('You said the child is safe now, or where they will be safe tonight, so this is not answered as a 999 call. If the child could be in danger now or later today, or is alone, call 999.');
  // A red flag the message tells as past, or a child left alone told as a habit, with nothing still so now (rules/timing.ts
  // `toldAsPast`, rules/homeAlone.ts `aloneAsHabit`): say so, and when 999 is still the call. Not the words typed, so the
  // line is the same in a channel (answer.ts `echoOf`).
  if (r.aloneOften?.length) out.push('Your message tells of a child often left alone, and nothing in it says the child is alone now, so this is not answered as a 999 call. If the child is alone now or will be later today, or could be in danger, call 999.');
  // Known or suspected abuse with the child going home or collected later today, in a pack that reads it as a referral
  // without delay (pack `laterTodayAtProtection`; rules/timing.ts `dangerOnlyLater`): say so, and when 999 is the call.
  if (r.laterToday?.length) out.push(`Your message tells of harm to a child who is not in danger at this moment and goes home or is collected later today. A child known or suspected to have been abused needs a referral to ${door} now, before they go home, so this is not answered as a 999 call. If the child could be in danger now, or will be when they go home, call ${emergencyNumberOf(pack)}.`);
  if (r.toldAsPast?.length) out.push('Your message tells of what happened as past, and nothing in it says the child is in danger now, so this is not answered as a 999 call. If the child could be in danger now or later today, or is alone, call 999.');
  if (found.length > WHY_IN_FULL) out.push(`You also mentioned signs of: ${found.slice(WHY_IN_FULL).map((x) => x.ind?.label.toLowerCase()).join('; ')}.`);
  const negated = r.negated.map((n) => ({ n, ind: pack.indicators.find((x) => x.id === n.id) })).filter((x) => x.ind !== undefined);
  for (const { n, ind } of negated.slice(0, NOT_IN_FULL)) out.push(`You said “not” before ${quoted(n.matched)}, so the bot has not counted ${ind?.label.toLowerCase()}. If that is wrong, say so or call 999.`);
  if (negated.length > NOT_IN_FULL) out.push(`You also said “not” before signs of: ${negated.slice(NOT_IN_FULL).map((x) => x.ind?.label.toLowerCase()).join('; ')}, so the bot has not counted them. If that is wrong, say so or call 999.`);
  return out;
}
