/**
 * The screening questions, red flags first, built from a pack. Data only: the
 * ScreeningDialog asks them, the rules engine decides.
 */
import { doNotTellRule, type Answers, type Pack } from '../../rules';

export interface Choice {
  title: string;
  value: string;
}

export interface Question {
  id: keyof Answers | 'harms';
  text: string;
  hint?: string;
  choices: Choice[];
  multi: boolean;
}

const NOT_SURE: Choice = { title: 'Not sure', value: 'not_sure' };
/** Choices from [title, value] pairs, with "Not sure" last: it is an answer everywhere. */
const choices = (...pairs: [string, string][]): Choice[] => [...pairs.map(([title, value]) => ({ title, value })), NOT_SURE];
const yesNo = (yes = 'Yes', no = 'No'): Choice[] => choices([yes, 'yes'], [no, 'no']);
/** A question answered with one choice. */
const single = (id: Question['id'], text: string, answers: Choice[], hint?: string): Question => ({ id, text, ...(hint === undefined ? {} : { hint }), choices: answers, multi: false });

export function questionsFor(pack: Pack): Question[] {
  const police = pack.contacts.find((c) => c.id === pack.emergencyContact)?.phones[0]?.number ?? '999';
  const harms = pack.indicators.filter((i) => i.kind === 'harm');
  const notTell = pack.indicators.filter((i) => i.doNotTellParents).map((i) => i.label.toLowerCase());
  const qs: Question[] = [
    single('immediateDanger', 'Is the child in immediate danger of being harmed right now?', yesNo(), `If yes, or you are not sure, call ${police} now.`),
    single('homeAlone', 'Is the child home alone, with no adult looking after them?', yesNo()),
    {
      id: 'harms',
      text: 'Which of these worry you? Tick all that apply.',
      hint: 'Tick “Not sure” if you suspect harm but cannot say which kind.',
      choices: choices(...harms.map((i): [string, string] => [i.label, i.id]), ['None of these', 'none']),
      multi: true,
    },
    single('needs', 'How much extra support does the family need?', choices(['None beyond everyday services', 'none'], ['Some extra support', 'some'], ['Complex needs: several services', 'complex'])),
    single(
      'earlyHelp',
      'Is early help (an Early Help Assessment or a Team Around the Family plan) already in place?',
      choices(['No', 'none'], ['Yes, and it is working', 'working'], ['Yes, but needs are not being met', 'not_working']),
      'A Team Around the Family (TAF) is a meeting of the family and practitioners to review a shared plan.',
    ),
    single('ageBand', 'How old is the child?', choices(['Under 5', 'under_5'], ['5 to 11', '5_to_11'], ['12 to 15', '12_to_15'], ['16 or 17', '16_to_17'])),
    single(
      'familyKnows',
      'Does the family know about your worry, and agree to you asking for help?',
      yesNo('Yes, they know and agree', 'No'),
      // The pack's own words for the rule where it has them: they say whose guidance it is (Salford's cite Bury's).
      notTell.length
        ? (doNotTellRule(pack)?.text ?? `Do not tell the family first if you suspect: ${notTell.join('; ')}. Ask the front door for advice instead.`)
        : 'Usually tell the family before you refer, unless that would put the child at risk.',
    ),
  ];
  if (pack.localities.length > 0) {
    // No seed says which places each locality covers: the teams are named, not mapped to places.
    qs.push(
      single(
        'locality',
        `Which ${pack.area} locality does the family live in?`,
        choices(...pack.localities.map((l): [string, string] => [l.name, l.id])),
        'If you do not know which team covers the family, answer “Not sure”: referrals for locality support go through the Bridge either way.',
      ),
    );
  }
  return qs;
}

/** Longer than any choice title or typed shorthand ("don't know"). */
const LONGEST_ANSWER = 200;

/**
 * The text without the . ! ? it ends with. A loop, not /[.!?]+$/: that pattern retries from
 * every dot of a long run of dots followed by a letter, quadratic in the run.
 */
function withoutTrailingPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && '.!?'.includes(text[end - 1] as string)) end -= 1;
  return text.slice(0, end);
}

/** Matches a typed answer ("yes", "not sure", "Complex needs") to a choice. */
export function choiceFromText(q: Question, text: string): string | undefined {
  const t = withoutTrailingPunctuation(text.trim()).toLowerCase();
  // No answer is longer than its choice's title: a long text is not a choice (and is not lower-cased whole).
  if (!t || t.length > LONGEST_ANSWER) return undefined;
  if (/^(not sure|unsure|don'?t know|dont know|no idea|maybe|\?)$/.test(t)) return 'not_sure';
  const exact = q.choices.find((c) => c.title.toLowerCase() === t || c.value === t);
  if (exact) return exact.value;
  if (/^(y|yes|yeah|yep)$/.test(t)) return q.choices.find((c) => c.value === 'yes')?.value;
  if (/^(n|no|nope)$/.test(t)) return q.choices.find((c) => c.value === 'no' || c.value === 'none')?.value;
  const starts = q.choices.filter((c) => c.title.toLowerCase().startsWith(t));
  return starts.length === 1 ? starts[0]?.value : undefined;
}
