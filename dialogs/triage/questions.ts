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
const yesNo = (yes = 'Yes', no = 'No'): Choice[] => [{ title: yes, value: 'yes' }, { title: no, value: 'no' }, NOT_SURE];

export function questionsFor(pack: Pack): Question[] {
  const police = pack.contacts.find((c) => c.id === pack.emergencyContact)?.phones[0]?.number ?? '999';
  const harms = pack.indicators.filter((i) => i.kind === 'harm');
  const notTell = pack.indicators.filter((i) => i.doNotTellParents).map((i) => i.label.toLowerCase());
  const qs: Question[] = [
    {
      id: 'immediateDanger',
      text: 'Is the child in immediate danger of being harmed right now?',
      hint: `If yes, or you are not sure, call ${police} now.`,
      choices: yesNo(),
      multi: false,
    },
    {
      id: 'homeAlone',
      text: 'Is the child home alone, with no adult looking after them?',
      choices: yesNo(),
      multi: false,
    },
    {
      id: 'harms',
      text: 'Which of these worry you? Tick all that apply.',
      hint: 'Tick “Not sure” if you suspect harm but cannot say which kind.',
      choices: [...harms.map((i) => ({ title: i.label, value: i.id })), { title: 'None of these', value: 'none' }, NOT_SURE],
      multi: true,
    },
    {
      id: 'needs',
      text: 'How much extra support does the family need?',
      choices: [
        { title: 'None beyond everyday services', value: 'none' },
        { title: 'Some extra support', value: 'some' },
        { title: 'Complex needs: several services', value: 'complex' },
        NOT_SURE,
      ],
      multi: false,
    },
    {
      id: 'earlyHelp',
      text: 'Is early help (an Early Help Assessment or a Team Around the Family plan) already in place?',
      hint: 'A Team Around the Family (TAF) is a meeting of the family and practitioners to review a shared plan.',
      choices: [
        { title: 'No', value: 'none' },
        { title: 'Yes, and it is working', value: 'working' },
        { title: 'Yes, but needs are not being met', value: 'not_working' },
        NOT_SURE,
      ],
      multi: false,
    },
    {
      id: 'ageBand',
      text: 'How old is the child?',
      choices: [
        { title: 'Under 5', value: 'under_5' },
        { title: '5 to 11', value: '5_to_11' },
        { title: '12 to 15', value: '12_to_15' },
        { title: '16 or 17', value: '16_to_17' },
        NOT_SURE,
      ],
      multi: false,
    },
    {
      id: 'familyKnows',
      text: 'Does the family know about your worry, and agree to you asking for help?',
      // The pack's own words for the rule where it has them: they say whose guidance it is (Salford's cite Bury's).
      hint: notTell.length
        ? (doNotTellRule(pack)?.text ?? `Do not tell the family first if you suspect: ${notTell.join('; ')}. Ask the front door for advice instead.`)
        : 'Usually tell the family before you refer, unless that would put the child at risk.',
      choices: yesNo('Yes, they know and agree', 'No'),
      multi: false,
    },
  ];
  if (pack.localities.length > 0) {
    qs.push({
      id: 'locality',
      text: `Which ${pack.area} locality does the family live in?`,
      // No seed says which places each locality covers: the teams are named, not mapped to places.
      hint: 'If you do not know which team covers the family, answer “Not sure”: referrals for locality support go through the Bridge either way.',
      choices: [...pack.localities.map((l) => ({ title: l.name, value: l.id })), NOT_SURE],
      multi: false,
    });
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
