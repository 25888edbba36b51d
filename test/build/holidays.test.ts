/**
 * England and Wales's bank holidays come from date-holidays' parser given GB's data only
 * (rules/calendar.ts), and the bundles carry only that data, the calendars it uses and London's
 * time zone (scripts/holidays.mjs). Both must give exactly what the whole library gives, and the
 * bundle's London time what the unbundled calendar gives with moment-timezone's whole data.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import Holidays from 'date-holidays';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bankHolidays, londonTime } from '../../rules/calendar';
import { pickHolidayData } from '../../scripts/holidays.mjs';

const ROOT = path.resolve(__dirname, '../..');
const OUT = path.join(ROOT, 'dist', `test-holidays-${process.pid}`);
const FROM = 1970;
const TO = 2100;

/** The whole library, as rules/calendar.ts used it before: public holidays in GB-ENG. */
function fromWholeLibrary(): Record<number, string[]> {
  const whole = new Holidays('GB', 'ENG');
  const years: Record<number, string[]> = {};
  for (let year = FROM; year <= TO; year++) {
    years[year] = [...new Set(whole.getHolidays(year).filter((h) => h.type === 'public').map((h) => h.date.slice(0, 10)))].sort();
  }
  return years;
}

describe('bank holidays from GB data only', () => {
  const expected = fromWholeLibrary();

  it('the whole library names bank holidays in every year compared (so the comparison means something)', () => {
    // Boxing Day on a Saturday is listed, and so is its substitute, Monday 28 December.
    expect(expected[2026]).toEqual(['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-26', '2026-12-28']);
    for (let year = FROM; year <= TO; year++) expect(expected[year]!.length, String(year)).toBeGreaterThanOrEqual(8);
  });

  it(`rules/calendar.ts gives the whole library's bank holidays, ${FROM} to ${TO}`, () => {
    for (let year = FROM; year <= TO; year++) expect([...bankHolidays(year)].sort(), String(year)).toEqual(expected[year]);
  });

  it('GB rules need no calendar but the Gregorian one and Easter, and one time zone', () => {
    const { data, macros, zones } = pickHolidayData();
    expect(Object.keys(data.holidays)).toEqual(['GB']);
    expect(Object.keys(macros).sort()).toEqual(['nobengali', 'nochinese', 'noequinox', 'nohebrew', 'noislamic', 'nojalaali', 'nojulian']);
    expect(zones).toEqual(['Europe/London']);
  });

  describe('in a bundle built as the bot is', () => {
    beforeAll(() => {
      execFileSync(process.execPath, ['scripts/build.mjs', '--entry', 'test/build/fixtures/bank-holidays.ts', '--outdir', path.relative(ROOT, OUT), '--no-web'], { cwd: ROOT, stdio: 'pipe' });
    }, 60_000);
    afterAll(() => rmSync(OUT, { recursive: true, force: true }));

    // London's wall-clock time (rules/calendar.ts londonTime) from 2000 to 2060, one instant a day and a
    // minute later each day, so that every time of day and both sides of every clock change come round.
    const TIMES_FROM = Date.UTC(2000, 0, 1);
    const TIMES_TO = Date.UTC(2060, 0, 1);
    const STEP_MINUTES = 1441;
    let printed: { years: Record<number, string[]>; workingDay: boolean; times: unknown[]; longDate: string };

    beforeAll(() => {
      const args = [FROM, TO, TIMES_FROM, TIMES_TO, STEP_MINUTES].map(String);
      const run = spawnSync(process.execPath, [path.join(OUT, 'launch.cjs'), ...args], { cwd: ROOT, env: { PATH: process.env.PATH ?? '' }, encoding: 'utf8', timeout: 20_000, maxBuffer: 16 * 1024 * 1024 });
      expect(run.status, run.stderr).toBe(0);
      printed = JSON.parse(run.stdout) as typeof printed;
    }, 30_000);

    it(`gives the whole library's bank holidays, ${FROM} to ${TO}`, () => {
      expect(printed.years).toEqual(expected);
      expect(printed.workingDay).toBe(false);
    });

    it("tells London's time as the whole zone data does, 2000 to 2060 (summer time included)", () => {
      const unbundled = [];
      let summer = 0;
      for (let ms = TIMES_FROM; ms < TIMES_TO; ms += STEP_MINUTES * 60_000) {
        const time = londonTime(new Date(ms));
        unbundled.push(time);
        if (time.minutes !== (ms / 60_000) % 1440) summer++;
      }
      // Without London's zone data the bundle would answer in UTC: its summer instants an hour behind.
      expect(summer).toBeGreaterThan(10_000);
      expect(printed.times).toEqual(unbundled);
      expect(printed.longDate).toBe('Monday 4 January 2027');
    });

    it("carries GB's data, not the other countries', nor the calendars and time zones GB does not use", () => {
      const bundle = readFileSync(path.join(OUT, 'bot.cjs'), 'utf8');
      const has = (text: string) => bundle.includes(text);
      expect(has('Europe/London|')).toBe(true);
      expect(has('America/New_York|')).toBe(false);
      expect(has('Martin Luther King')).toBe(false); // a US holiday
      // the Chinese, Bengali and Persian calendars, and astronomia's tables for the equinoxes
      expect(['CalendarChinese', 'CalendarBengaliRevised', 'jalCal', 'vsop87'].filter(has)).toEqual([]);
    });
  });
});
