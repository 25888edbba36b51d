/**
 * rules/otherScript.ts: a message in another script has no words the tokeniser reads, and is answered as a message in
 * another language, not as a greeting (the HTTP test in test/http/triage.test.ts shows the card).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCorpus, readPending } from '../../scripts/corpus';
import { AREAS, loadEngines } from '../../rules';
import { mostlyOtherScript } from '../../rules/otherScript';

const ROOT = path.resolve(__dirname, '../..');

describe('mostlyOtherScript', () => {
  it.each(['الطفل قال لي ان ابوه يضربه', 'Дитина сказала, що батько її б’є', '孩子说他爸爸打他', 'बच्चे ने कहा'])('another script: "%s"', (text) => {
    expect(mostlyOtherScript(text)).toBe(true);
  });
  // Latin letters with accents are the Latin alphabet; emoji and digits are not letters; a few letters say nothing.
  it.each(['Dziecko powiedziało mi, że ojczym ją bije', 'Zoë has bruises', 'hello 👋', '😀😀😀😀😀', '12345', 'дa', 'mum said "Дитина" is her name, she is 6'])('not: "%s"', (text) => {
    expect(mostlyOtherScript(text)).toBe(false);
  });
  it('on the stored practitioner messages, picks out only those labelled as in another language', () => {
    const picked = [...readCorpus(ROOT), ...readPending(ROOT)].filter((it) => mostlyOtherScript(it.text));
    expect(picked.length).toBeGreaterThanOrEqual(5);
    for (const it of picked) expect(it.route, it.text).toBe('non_english');
  });
  it.each(AREAS)('%s: the recogniser answers it as another language, not with the welcome card', (area) => {
    for (const text of ['الطفل قال لي ان ابوه يضربه', '孩子说他爸爸打他']) expect(loadEngines()[area].recognise(text).intent, text).toBe('non_english');
  });
});
