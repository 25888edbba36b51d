import { describe, expect, it, vi } from 'vitest';
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

describe('London time and long dates without ICU, checked against Intl', () => {
  // The oracle: what rules/calendar.ts itself used before it left Intl (decision 020, round 16).
  const intlLondon = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
  const byIntl = (ms: number) => {
    const p = Object.fromEntries(intlLondon.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
    const date = `${p.year}-${p.month}-${p.day}`;
    return { date, day: DAY_NAMES[new Date(`${date}T00:00:00Z`).getUTCDay()], minutes: Number(p.hour) * 60 + Number(p.minute) };
  };
  const lastSunday = (year: number, month: number) => {
    const last = new Date(Date.UTC(year, month + 1, 0));
    return Date.UTC(year, month, last.getUTCDate() - last.getUTCDay());
  };

  it('londonTime agrees with Intl every minute from 23:00 to 03:00 UTC round every clock change, 1972 to 2100', () => {
    let compared = 0;
    for (let year = 1972; year <= 2100; year++) {
      for (const sunday of [lastSunday(year, 2), lastSunday(year, 9)]) {
        for (let ms = sunday - 60 * 60_000; ms <= sunday + 3 * 60 * 60_000; ms += 60_000) {
          expect(londonTime(new Date(ms)), new Date(ms).toISOString()).toEqual(byIntl(ms));
          compared++;
        }
      }
    }
    expect(compared).toBe(129 * 2 * 241);
  });

  it('londonTime agrees with Intl at an instant every 13 hours 7 minutes, 1970 to 2100', () => {
    for (let ms = Date.UTC(1970, 0, 1); ms < Date.UTC(2100, 0, 1); ms += 787 * 60_000) {
      expect(londonTime(new Date(ms)), new Date(ms).toISOString()).toEqual(byIntl(ms));
    }
  });

  it('formatLongDate agrees with Intl on every day from 1970 to 2100', () => {
    const intlLong = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    for (let ms = Date.UTC(1970, 0, 1); ms < Date.UTC(2100, 0, 1); ms += 86_400_000) {
      const parts = Object.fromEntries(intlLong.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
      expect(formatLongDate(new Date(ms).toISOString().slice(0, 10))).toBe(`${parts.weekday} ${parts.day} ${parts.month} ${parts.year}`);
    }
  });

  it('an invalid instant or date is refused, not answered', () => {
    expect(() => londonTime(new Date(Number.NaN))).toThrow(RangeError);
    expect(() => formatLongDate('2027-02-30')).toThrow(RangeError);
  });

  it('the calendar never constructs an Intl.DateTimeFormat (it would page in ICU for good)', async () => {
    const real = Intl.DateTimeFormat;
    const used: unknown[] = [];
    // Any construction, with or without `new`, is recorded and still works, so a failure names the caller.
    Intl.DateTimeFormat = new Proxy(real, {
      construct: (target, args) => (used.push(args), new target(...(args as []))),
      apply: (target, self, args) => (used.push(args), Reflect.apply(target, self, args)),
    });
    try {
      vi.resetModules();
      const fresh = await import('../../rules/calendar');
      fresh.londonTime(new Date('2027-07-01T12:00:00Z'));
      fresh.formatLongDate('2027-01-04');
      fresh.addWorkingDays('2026-12-23', 5);
      expect(used).toEqual([]);
    } finally {
      Intl.DateTimeFormat = real;
    }
  });
});
