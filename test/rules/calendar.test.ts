import { describe, expect, it } from 'vitest';
import { addWorkingDays, bankHolidays, formatLongDate, isWorkingDay, londonTime } from '../../rules/calendar';
import { ladder, nextStage, stageWithDue } from '../../rules/escalation';
import { loadPack } from '../../rules/load';
import { salford } from '../../rules/packs/salford';

describe('England and Wales bank holidays', () => {
  it('Christmas and New Year 2026/27, with the Boxing Day substitute on Monday 28 December', () => {
    const h = bankHolidays(2026);
    expect(h.has('2026-12-25')).toBe(true);
    expect(h.has('2026-12-28')).toBe(true);
    expect(isWorkingDay('2026-12-28')).toBe(false);
    expect(['2026-12-29', '2026-12-30', '2026-12-31'].filter(isWorkingDay)).toHaveLength(3);
    expect(bankHolidays(2027).has('2027-01-01')).toBe(true);
  });

  it('Easter 2027: Good Friday 26 March and Easter Monday 29 March; early May, 3 May', () => {
    const h = bankHolidays(2027);
    expect(h.has('2027-03-26')).toBe(true);
    expect(h.has('2027-03-29')).toBe(true);
    expect(h.has('2027-05-03')).toBe(true);
    expect(isWorkingDay('2027-03-30')).toBe(true);
  });
});

describe('addWorkingDays', () => {
  it.each([
    ['Thursday 24 December 2026', '2026-12-24', 1, '2026-12-29'],
    ['Wednesday 23 December 2026', '2026-12-23', 5, '2027-01-04'],
    ['Thursday 31 December 2026', '2026-12-31', 1, '2027-01-04'],
    ['Friday 18 December 2026', '2026-12-18', 5, '2026-12-29'],
    ['Christmas Day itself', '2026-12-25', 1, '2026-12-29'],
    ['Wednesday 24 March 2027, before Easter', '2027-03-24', 5, '2027-04-02'],
    ['Thursday 25 March 2027', '2027-03-25', 1, '2027-03-30'],
    ['Easter Sunday 2027', '2027-03-28', 1, '2027-03-30'],
    ['Friday 30 April 2027, before the May bank holiday', '2027-04-30', 1, '2027-05-04'],
    ['an ordinary Monday', '2026-11-23', 5, '2026-11-30'],
    ['an ordinary Friday', '2026-11-27', 1, '2026-11-30'],
  ])('%s + %i working days → %s', (_what, from, n, due) => {
    expect(addWorkingDays(from, n)).toBe(due);
  });

  it('a notice sent to a Practice Manager on 23 December 2026 is due on Monday 4 January 2027', () => {
    const pack = loadPack(salford);
    const step = stageWithDue(pack, 'practice_manager', '2026-12-23');
    expect(step?.stage.respondWithinWorkingDays).toBe(5);
    expect(step?.dueOn).toBe('2027-01-04');
    expect(formatLongDate(step?.dueOn ?? '')).toBe('Monday 4 January 2027');
  });

  it('the ladder runs practitioner → practice manager → service manager → head of service', () => {
    const pack = loadPack(salford);
    expect(ladder(pack).map((s) => s.id)).toEqual(['practitioner', 'practice_manager', 'service_manager', 'head_of_service']);
    expect(nextStage(pack, 'service_manager')?.title).toBe('Head of Service');
    expect(nextStage(pack, 'head_of_service')).toBeUndefined();
    expect(stageWithDue(pack, 'practitioner', '2026-12-23')?.dueOn).toBeUndefined();
  });
});

describe('londonTime across the clock changes', () => {
  it.each([
    // BST starts 01:00 UTC on Sunday 29 March 2026 and Sunday 28 March 2027
    ['one minute before BST starts, 2027', '2027-03-28T00:59:00Z', '2027-03-28', 'sun', 59],
    ['the moment BST starts, 2027 (clocks jump to 2am)', '2027-03-28T01:00:00Z', '2027-03-28', 'sun', 120],
    ['the day after BST starts, 9am London', '2027-03-29T08:00:00Z', '2027-03-29', 'mon', 9 * 60],
    ['the moment BST starts, 2026', '2026-03-29T01:00:00Z', '2026-03-29', 'sun', 120],
    // BST ends 01:00 UTC on Sunday 25 October 2026 (clocks go back to 1am)
    ['one minute before BST ends', '2026-10-25T00:59:00Z', '2026-10-25', 'sun', 119],
    ['the moment BST ends', '2026-10-25T01:00:00Z', '2026-10-25', 'sun', 60],
    ['a summer evening when the UTC date is still yesterday', '2026-06-30T23:30:00Z', '2026-07-01', 'wed', 30],
    ['a winter evening (London = UTC)', '2026-12-31T23:30:00Z', '2026-12-31', 'thu', 23 * 60 + 30],
  ])('%s', (_what, iso, date, day, minutes) => {
    expect(londonTime(new Date(iso))).toEqual({ date, day, minutes });
  });
});
