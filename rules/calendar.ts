/**
 * Time in Europe/London and working days in England and Wales. Bank holidays come
 * from date-holidays (a maintained data set), never a hand-kept list: its parser
 * (date-holidays-parser, the engine of date-holidays) with GB's data only. In the
 * bundles the data module holds only GB, and the parser only the calendars GB's rules
 * use (scripts/holidays.mjs); test/build/holidays.test.ts checks both give the whole
 * library's bank holidays.
 */
import HolidaysParser from 'date-holidays-parser';
import { data as holidayData } from 'date-holidays/data';
import type { Day } from './schema';

const holidays = new HolidaysParser({ ...holidayData, holidays: { GB: holidayData.holidays.GB } }, 'GB', 'ENG');
const holidayCache = new Map<number, Set<string>>();

/** A calendar date, YYYY-MM-DD. */
export type IsoDate = string;

const DAYS: Day[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const fmt = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

export interface LondonTime {
  date: IsoDate;
  day: Day;
  /** Minutes since midnight, London time. */
  minutes: number;
}

/**
 * The last instant converted, by epoch minute: one assessment asks about the same
 * instant for every contact, and Intl formatting is the slowest step (~6 µs).
 * A pure cache (same minute, same answer), like the bank holiday cache.
 */
let lastLondonTime: { minute: number; value: Readonly<LondonTime> } | undefined;

/** The wall-clock date, weekday and time in London at an instant (handles BST). */
export function londonTime(instant: Date): Readonly<LondonTime> {
  const minute = Math.floor(instant.getTime() / 60_000);
  if (lastLondonTime && lastLondonTime.minute === minute) return lastLondonTime.value;
  const parts = Object.fromEntries(fmt.formatToParts(instant).map((p) => [p.type, p.value]));
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  const value = Object.freeze({ date, day: dayOf(date), minutes: Number(parts.hour) * 60 + Number(parts.minute) });
  if (Number.isFinite(minute)) lastLondonTime = { minute, value };
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
  // Built from parts: ICU versions differ on the comma after the weekday ("Monday, 4 January 2027").
  const parts = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).formatToParts(
    new Date(Date.UTC(y, m - 1, d)),
  );
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}`;
}
