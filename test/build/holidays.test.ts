/**
 * England and Wales's bank holidays come from date-holidays' parser given GB's data only
 * (rules/calendar.ts), and the bundles carry only that data, the calendars it uses and London's
 * time zone (scripts/holidays.mjs). Both must give exactly what the whole library gives.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import Holidays from 'date-holidays';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bankHolidays } from '../../rules/calendar';
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

    it(`gives the whole library's bank holidays, ${FROM} to ${TO}`, () => {
      const run = spawnSync(process.execPath, [path.join(OUT, 'launch.cjs'), String(FROM), String(TO)], { cwd: ROOT, env: { PATH: process.env.PATH ?? '' }, encoding: 'utf8', timeout: 20_000 });
      expect(run.status, run.stderr).toBe(0);
      const printed = JSON.parse(run.stdout) as { years: Record<number, string[]>; workingDay: boolean };
      expect(printed.years).toEqual(expected);
      expect(printed.workingDay).toBe(false);
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
