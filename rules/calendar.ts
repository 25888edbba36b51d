/**
 * Time in Europe/London and working days in England and Wales. Bank holidays come
 * from date-holidays (a maintained data set), never a hand-kept list: its parser
 * (date-holidays-parser, the engine of date-holidays) with GB's data only. In the
 * bundles the data module holds only GB, and the parser only the calendars GB's rules
 * use (scripts/holidays.mjs); test/build/holidays.test.ts checks both give the whole
 * library's bank holidays.
 *
 * London's wall-clock time and the long date come from moment-timezone (the IANA zone
 * data the holiday parser already loads for London), not from Intl: the first
 * Intl.DateTimeFormat pages in about 5 MB of ICU's code and locale data, for good, and
 * nothing else on a triage turn needs ICU (decision 020, round 16). test/rules/calendar.test.ts
 * checks both against Intl over decades of instants and days.
 */
import HolidaysParser from 'date-holidays-parser';
import { data as holidayData } from 'date-holidays/data';
import moment from 'moment-timezone';
import type { Day } from './schema';

const LONDON = 'Europe/London';
// Without its zone data moment-timezone would quietly answer in UTC: fail at start instead.
if (!moment.tz.zone(LONDON)) throw new Error(`moment-timezone has no data for ${LONDON}`);

const holidays = new HolidaysParser({ ...holidayData, holidays: { GB: holidayData.holidays.GB } }, 'GB', 'ENG');
const holidayCache = new Map<number, Set<string>>();

/** A calendar date, YYYY-MM-DD. */
export type IsoDate = string;

const DAYS: Day[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

export interface LondonTime {
  date: IsoDate;
  day: Day;
  /** Minutes since midnight, London time. */
  minutes: number;
}

/**
 * The last instant converted, by epoch minute: one assessment asks about the same
 * instant for every contact, and the zone conversion is the slowest step (a few µs).
 * A pure cache (same minute, same answer), like the bank holiday cache.
 */
let lastLondonTime: { minute: number; value: Readonly<LondonTime> } | undefined;

/** The wall-clock date, weekday and time in London at an instant (handles BST). */
export function londonTime(instant: Date): Readonly<LondonTime> {
  const time = instant.getTime();
  if (!Number.isFinite(time)) throw new RangeError('Invalid time value');
  const minute = Math.floor(time / 60_000);
  if (lastLondonTime && lastLondonTime.minute === minute) return lastLondonTime.value;
  const there = moment.tz(time, LONDON);
  const value = Object.freeze({ date: there.format('YYYY-MM-DD'), day: DAYS[there.day()] as Day, minutes: there.hours() * 60 + there.minutes() });
  lastLondonTime = { minute, value };
  return value;
}

function dayOf(date: IsoDate): Day {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return DAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()] as Day;
}

/** England and Wales bank holidays in a year (public holidays in date-holidays' GB-ENG data). */
export function bankHolidays(year: number): Set<IsoDate> {
  let set = holidayCache.get(year);
  if (!set) {
    set = new Set(
      holidays
        .getHolidays(year)
        .filter((h) => h.type === 'public')
        .map((h) => h.date.slice(0, 10)),
    );
    holidayCache.set(year, set);
  }
  return set;
}

export function isBankHoliday(date: IsoDate): boolean {
  return bankHolidays(Number(date.slice(0, 4))).has(date);
}

export function isWorkingDay(date: IsoDate): boolean {
  const day = dayOf(date);
  return day !== 'sat' && day !== 'sun' && !isBankHoliday(date);
}

export function addDays(date: IsoDate, n: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/** The date n working days after `date` (weekends and England and Wales bank holidays skipped). */
export function addWorkingDays(date: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n) || n < 0) throw new RangeError('working days must be a whole number, 0 or more');
  let d = date;
  let left = n;
  while (left > 0) {
    d = addDays(d, 1);
    if (isWorkingDay(d)) left--;
  }
  return d;
}

/** "Monday 4 January 2027" */
export function formatLongDate(date: IsoDate): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  // moment's own English names, in UTC so that no zone moves the day.
  const day = moment.utc([y, m - 1, d]);
  if (!day.isValid()) throw new RangeError(`not a calendar date: ${date}`);
  return day.locale('en').format('dddd D MMMM YYYY');
}
