import type { Plugin } from 'esbuild';

export const HOLIDAY_COUNTRIES: string[];
export function pickHolidayData(countries?: string[]): {
  data: { version: string; license: string; names: Record<string, unknown>; holidays: Record<string, Record<string, unknown>> };
  macros: Record<string, true>;
  zones: string[];
};
export function pickZones(zones: string[]): { version: string; zones: string[]; links: string[]; countries: string[] };
export function englandHolidaysOnly(countries?: string[]): Plugin;
export function momentTimezoneDir(): string;
