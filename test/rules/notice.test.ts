/** The Escalation Notice's pure parts: schema, due dates, plain text, mailto, reference and redaction. */
import { describe, expect, it } from 'vitest';
import { buildNoticeCard } from '../../cards/notice';
import { buildNoticeFormCard } from '../../cards/noticeForm';
import { buildSharedNoticeCard } from '../../cards/noticeShared';
import { loadEngines, stageById } from '../../rules';
import {
  initials,
  mailtoHref,
  NoticeInputSchema,
  noticeText,
  parseFormDate,
  planStage,
  redactForChannel,
  referenceNumber,
  validateNotice,
  type NoticeView,
} from '../../rules/notice';
import { cardStrings } from '../helpers/cardNodes';

const pack = loadEngines().salford.pack;
const NAME = 'Zoë Ó Súilleabháin-Sentinel';
const DOB = '2014-02-03';
const CONCERN = 'SENTINEL-CONCERN bruising seen on Tuesday';
const VALID = {
  childName: NAME,
  childDob: DOB,
  concern: CONCERN,
  decision: 'SENTINEL-DECISION no further action',
  triedAtPractitionerLevel: 'SENTINEL-TRIED spoke to the social worker',
  completedByName: 'Alex Example',
  completedByRole: 'Designated safeguarding lead',
  completedByContact: 'alex@example.org',
  date: '2026-12-24',
  copiedTo: 'Our DSL',
};

function view(over: Partial<NoticeView> = {}): NoticeView {
  const input = NoticeInputSchema.parse(VALID);
  return { reference: 'ESC-20261224-ABCDEF', input, stageId: 'practice_manager', sentOn: '2026-12-24', dueOn: '2027-01-05', history: [], ...over };
}

/** Every string in a JSON value. */

describe('NoticeInputSchema and validateNotice', () => {
  it('accepts a complete notice and normalises UK dates', () => {
    const r = validateNotice({ ...VALID, childDob: '03/02/2014' }, '2026-12-24');
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.childDob).toBe('2014-02-03');
  });

  it.each([
    ['childName', '', 'Enter the child’s name.'],
    ['childDob', '31/02/2014', 'Enter a real date, for example 2015-03-01 or 01/03/2015.'],
    ['childDob', '2027-01-01', 'The date of birth cannot be in the future.'],
    ['date', '2027-01-01', 'The notice date cannot be in the future.'],
    ['concern', '   ', 'Describe the information of concern.'],
    ['concern', 'x'.repeat(4001), 'Keep this to 4000 characters or fewer.'],
    ['copiedTo', undefined, 'Say who has a copy (for example, your designated safeguarding lead).'],
  ])('%s = %j → "%s", and the other fields are kept', (field, value, message) => {
    const data: Record<string, unknown> = { ...VALID, verb: 'notice.submit', evil: '${x}' };
    if (value === undefined) delete data[field];
    else data[field] = value;
    const r = validateNotice(data, '2026-12-24');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual({ [field]: message });
    expect(r.values.childName).toBe(field === 'childName' ? value : NAME);
    expect(r.values.concern).toBe(field === 'concern' ? String(value).slice(0, 4200) : CONCERN);
    expect(Object.keys(r.values)).not.toContain('evil');
  });

  it('parses only real dates', () => {
    expect(parseFormDate('2024-02-29')).toBe('2024-02-29');
    expect(parseFormDate('2023-02-29')).toBeUndefined();
    expect(parseFormDate('1/3/2015')).toBe('2015-03-01');
    expect(parseFormDate('yesterday')).toBeUndefined();
  });
});

describe('due dates (working days, England and Wales bank holidays)', () => {
  // Worked by hand: Thu 24 Dec 2026 → Fri 25 Christmas, Sat, Sun, Mon 28 Boxing Day (substitute),
  // Tue 29 (1), Wed 30 (2), Thu 31 (3), Fri 1 Jan New Year's Day, Sat, Sun, Mon 4 (4), Tue 5 (5).
  it('a notice to the Practice Manager sent on Christmas Eve 2026 is due on Tuesday 5 January 2027', () => {
    expect(planStage(pack, 'practice_manager', '2026-12-24')?.dueOn).toBe('2027-01-05');
  });
  // Thu 25 Mar 2027 → Fri 26 Good Friday, Sat, Sun, Mon 29 Easter Monday, Tue 30 (1) … Mon 5 Apr (5).
  it('over Easter 2027 the due date is Monday 5 April 2027', () => {
    expect(planStage(pack, 'service_manager', '2027-03-25')?.dueOn).toBe('2027-04-05');
  });
  it('the practitioner stage has no deadline and no email', () => {
    const p = planStage(pack, 'practitioner', '2026-12-24');
    expect(p?.dueOn).toBeUndefined();
    expect(p?.addressee.email).toBeUndefined();
  });
  it('Bridge stages go to the Bridge’s address from the pack', () => {
    expect(planStage(pack, 'head_of_service', '2026-12-24')?.addressee.email).toBe('worriedaboutachild@salford.gov.uk');
  });
});

describe('plain text and mailto', () => {
  it('the plain text has every field, the addressee, the due date, earlier stages and the return address', () => {
    const t = noticeText(pack, view({ stageId: 'service_manager', history: [{ stageId: 'practice_manager', sentOn: '2026-12-17', dueOn: '2026-12-24' }] }));
    for (const s of [NAME, '3 February 2014', CONCERN, 'SENTINEL-DECISION', 'SENTINEL-TRIED', 'Alex Example', 'Designated safeguarding lead', 'alex@example.org', 'Our DSL']) expect(t).toContain(s);
    for (const part of ['Sent to: The Service Manager (worriedaboutachild@salford.gov.uk)', 'A response is due by Tuesday 5 January 2027 (5 working days).', 'Attach: The original Escalation Notice', '2. Practice Manager at the Bridge: sent Thursday 17 December 2026, response due Thursday 24 December 2026', 'Sutherland House\n303 Chorley Road\nSwinton\nM27 6AY']) expect(t).toContain(part);
  });

  it('"Email it": to the Bridge, copied to the SSCP (from the pack), the reference in the subject and the redacted notice as the body', () => {
    const v = view({ stageId: 'service_manager', sentOn: '2026-12-29', sentHow: 'call', history: [{ stageId: 'practice_manager', sentOn: '2026-12-17', dueOn: '2026-12-24', how: 'email' }] });
    const href = mailtoHref(pack, v) ?? '';
    expect(href.startsWith('mailto:worriedaboutachild@salford.gov.uk?cc=sscp%40salford.gov.uk&subject=')).toBe(true);
    const params = new URLSearchParams(href.slice(href.indexOf('?') + 1));
    expect(params.get('cc')).toBe('sscp@salford.gov.uk');
    expect(params.get('subject')).toBe('Escalation Notice ESC-20261224-ABCDEF: Service Manager');
    const body = params.get('body') ?? '';
    for (const part of [
      'Reference: ESC-20261224-ABCDEF',
      'Child’s initials: Z. Ó. S.',
      'Report completed by: name: Alex Example',
      'Stage: Stage 3: Service Manager',
      '2. Practice Manager at the Bridge: raised by email on Thursday 17 December 2026, response due Thursday 24 December 2026',
      'leaves out the child’s name, date of birth and the details of the concern',
    ]) expect(body).toContain(part);
    // Never the name, the date of birth or what was typed about the child, however the link is read.
    for (const secret of [NAME, '3 February 2014', '2014-02-03', CONCERN, 'SENTINEL-DECISION', 'SENTINEL-TRIED']) {
      expect(body).not.toContain(secret);
      expect(href).not.toContain(encodeURIComponent(secret));
    }
    expect(href.length).toBeLessThanOrEqual(1800);
  });

  it('a notice too long for a link gets a short body, still without the child’s details', () => {
    const v = view();
    v.input = { ...v.input, completedByContact: 'x'.repeat(190), copiedTo: 'long '.repeat(60) };
    v.history = Array.from({ length: 3 }, () => ({ stageId: 'practice_manager', sentOn: '2026-12-17', dueOn: '2026-12-24' }));
    const href = mailtoHref(pack, v) ?? '';
    expect(decodeURIComponent(href)).toContain('Please paste the notice from “Plain text to copy”');
    expect(decodeURIComponent(href)).not.toContain(NAME);
    expect(href.length).toBeLessThanOrEqual(1800);
  });
});

describe('reference numbers and initials', () => {
  it('references carry the date and random digits only', () => {
    expect(referenceNumber('2026-12-24', '3f9a1c2b-0000-4000-8000-000000000000')).toBe('ESC-20261224-3F9A1C');
  });
  it.each([
    ['Zoë Ó Súilleabháin', 'Z. Ó. S.'],
    ['mary-jane smith', 'M. J. S.'],
    ['  ', '?'],
  ])('initials(%j) = %j', (name, want) => expect(initials(name)).toBe(want));
});

describe('redaction for a team channel', () => {
  it('keeps the reference, initials, stage, addressee and due date and nothing typed', () => {
    const shared = redactForChannel(pack, view());
    const card = buildSharedNoticeCard(pack, shared);
    const all = JSON.stringify(card);
    for (const secret of [NAME, 'Zoë', 'Súilleabháin', DOB, '3 February 2014', '03/02/2014', 'SENTINEL', 'bruising', 'alex@example.org']) expect(all).not.toContain(secret);
    const text = cardStrings(card.body).join(' ');
    for (const part of ['ESC-20261224-ABCDEF', 'Z. Ó. S.', 'Stage 2: Practice Manager at the Bridge', 'worriedaboutachild@salford.gov.uk', 'Tuesday 5 January 2027']) expect(text).toContain(part);
  });
  it('refuses anything that is not a redacted notice', () => {
    expect(() => buildSharedNoticeCard(pack, { ...redactForChannel(pack, view()), kind: 'notice' } as never)).toThrow(/redacted/);
  });
});

describe('cards', () => {
  it('the form puts the user’s values back and shows each message under its field', () => {
    const stage = stageById(pack, 'practice_manager');
    if (!stage) throw new Error('no stage');
    const card = buildNoticeFormCard({
      pack,
      draftId: '3f9a1c2b-0000-4000-8000-000000000000',
      stage,
      addressee: { to: stage.to, email: 'worriedaboutachild@salford.gov.uk' },
      values: { childName: NAME, concern: '${evil}', childDob: '31/02/2014' },
      errors: { childDob: 'Enter a real date, for example 2015-03-01 or 01/03/2015.' },
      today: '2026-12-24',
    });
    expect(card.version).toBe('1.5');
    const body = card.body as Record<string, unknown>[];
    const input = (id: string) => body.find((e) => e.id === id) as Record<string, unknown>;
    expect(input('childName')).toMatchObject({ type: 'Input.Text', value: NAME, isRequired: true, label: 'Name of child or young person', maxLength: 100 });
    expect(input('concern').value).toBe('${evil}');
    expect(input('childDob')).toMatchObject({ type: 'Input.Date', value: '31/02/2014' });
    const i = body.indexOf(input('childDob'));
    expect(body[i + 1]).toMatchObject({ type: 'TextBlock', text: 'Enter a real date, for example 2015-03-01 or 01/03/2015.', color: 'Attention' });
    expect(body.filter((e) => e.color === 'Attention')).toHaveLength(1);
    expect(card.actions?.[0]).toEqual({ type: 'Action.Submit', title: 'Draft the notice', data: { verb: 'notice.submit', draftId: '3f9a1c2b-0000-4000-8000-000000000000' } });
  });

  it('the notice card shows the due date, the return address, mailto and next stage', () => {
    const card = buildNoticeCard({ pack, draftId: '3f9a1c2b-0000-4000-8000-000000000000', notice: view() });
    const text = cardStrings(card.body).join(' ');
    expect(text).toContain('A response is due by Tuesday 5 January 2027 (5 working days).');
    expect(text).toContain('Sutherland House');
    expect(text).toContain(NAME);
    const actions = card.actions as Record<string, unknown>[];
    expect(actions.map((a) => a.title)).toEqual(['Email it', 'Plain text to copy', 'Next stage: Service Manager', 'Edit', 'Share with a team (redacted)']);
    expect(String(actions[0]?.url)).toMatch(/^mailto:worriedaboutachild@salford\.gov\.uk\?/);
    expect(actions[2]?.data).toEqual({ verb: 'notice.next', draftId: '3f9a1c2b-0000-4000-8000-000000000000', fromStage: 'practice_manager' });
  });
});
