// England's bank holidays without the rest of the world's: an esbuild plugin for the bot's and the
// pages' bundles (scripts/build.mjs).
//
// rules/calendar.ts gives date-holidays-parser (the engine of date-holidays) only the GB data of
// date-holidays' own data set (`date-holidays/data`). Unbundled (tests, tools) that data module is
// the whole set; in a bundle it would carry every country's rules (about 380 KB of source), every
// calendar the parser knows (Chinese, Hebrew, Islamic, Persian, Bengali, Julian and the equinoxes,
// with astronomia) and every time zone moment-timezone knows (about 740 KB), all kept in memory for
// the life of the process (BENCHMARKS.md section 5). This plugin does at build time what the
// library's own `holidays2json --pick GB --min` does to an installed copy, without changing
// node_modules:
//  - `date-holidays/data` becomes a module of the picked countries' data only;
//  - the parser's CalEventFactory goes through prepin (the pre-processor date-holidays uses for
//    `--min`) with the calendars the picked data does not use switched off;
//  - moment-timezone (which the parser's caldate uses to place a date in the country's time zone,
//    and rules/calendar.ts to tell London's wall-clock time) becomes its data-less core with only the picked countries' zones loaded (`moment.tz.load`,
//    moment-timezone's documented way to load a subset of its data).
// test/build/holidays.test.ts checks that a bundle built this way gives the same bank holidays as the
// whole library for every year from 1970 to 2100.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** The countries the bot needs: England and Wales's bank holidays are in GB's data (state ENG). */
export const HOLIDAY_COUNTRIES = ['GB'];

/**
 * The calendars of date-holidays-parser's CalEventFactory, each with the words that name it in a
 * holiday rule: the same test as `dive` in date-holidays' scripts/holidays2json.cjs, which decides
 * what `--min` switches off.
 */
const CALENDARS = {
  noislamic: /\b(Muharram|Safar|Rabi al-awwal|Rabi al-thani|Jumada al-awwal|Jumada al-thani|Rajab|Shaban|Ramadan|Shawwal|Dhu al-Qidah|Dhu al-Hijjah)\b/,
  nojulian: /\b(julian)\b/,
  nochinese: /\b(chinese|vietnamese|korean)\b/,
  nobengali: /\b(bengali-revised)\b/,
  noequinox: /\b(equinox|solstice)\b/,
  nohebrew: /\b(Nisan|Iyyar|Sivan|Tamuz|Av|Elul|Tishrei|Cheshvan|Kislev|Tevet|Shvat|Adar)\b/,
  nojalaali: /\b(Farvardin|Ordibehesht|Khordad|Tir|Mordad|Shahrivar|Mehr|Aban|Azar|Dey|Bahman|Esfand)\b/,
};

/** Every rule (a key of `days`) anywhere in a country's data. */
function ruleNames(node, into = []) {
  if (node && typeof node === 'object' && !Array.isArray(node)) {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'days' && value && typeof value === 'object') into.push(...Object.keys(value));
      else ruleNames(value, into);
    }
  }
  return into;
}

/**
 * What the bundle carries: date-holidays' data with only `countries`, the prepin macros that switch
 * off the calendars their rules do not name, and their time zones.
 */
export function pickHolidayData(countries = HOLIDAY_COUNTRIES) {
  const { data } = require('date-holidays/data');
  const holidays = {};
  for (const country of countries) {
    if (!data.holidays[country]) throw new Error(`date-holidays has no data for ${country}`);
    holidays[country] = data.holidays[country];
  }
  const rules = countries.flatMap((country) => ruleNames(data.holidays[country]));
  const macros = {};
  for (const [macro, words] of Object.entries(CALENDARS)) {
    if (!rules.some((rule) => words.test(rule))) macros[macro] = true;
  }
  const zones = [...new Set(countries.flatMap((country) => data.holidays[country].zones ?? []))];
  if (zones.length === 0) throw new Error(`date-holidays names no time zone for ${countries.join(', ')}`);
  return { data: { ...data, holidays }, macros, zones };
}

/**
 * The moment-timezone that date-holidays-parser's caldate loads: the package directory, resolved as
 * Node would from caldate's own place in node_modules.
 */
export function momentTimezoneDir() {
  const fromParser = createRequire(require.resolve('date-holidays-parser'));
  const fromCaldate = createRequire(fromParser.resolve('caldate'));
  return path.dirname(fromCaldate.resolve('moment-timezone/package.json'));
}

/** moment-timezone's packed data (data/packed/latest.json) for `zones` only, as `moment.tz.load` takes it. */
export function pickZones(zones) {
  const packed = JSON.parse(readFileSync(path.join(momentTimezoneDir(), 'data', 'packed', 'latest.json'), 'utf8'));
  const wanted = new Set(zones);
  const picked = packed.zones.filter((line) => wanted.has(line.slice(0, line.indexOf('|'))));
  const missing = zones.filter((zone) => !picked.some((line) => line.startsWith(`${zone}|`)));
  if (missing.length > 0) throw new Error(`moment-timezone has no zone ${missing.join(', ')} (a link, not a zone?)`);
  return { version: packed.version, zones: picked, links: [], countries: [] };
}

const DATA = /^date-holidays\/data$/;
const FACTORY = /[\\/]date-holidays-parser[\\/](src|lib)[\\/]CalEventFactory\.c?js$/;
const MOMENT_TZ = /^moment-timezone$/;

export function englandHolidaysOnly(countries = HOLIDAY_COUNTRIES) {
  return {
    name: 'holidays-picked',
    setup(build) {
      const { data, macros, zones } = pickHolidayData(countries);
      // prepin as date-holidays itself has it (its holidays2json runs it for --min).
      const Prepin = createRequire(require.resolve('date-holidays'))('prepin');

      build.onResolve({ filter: DATA }, () => ({ path: 'date-holidays-data', namespace: 'holidays-picked' }));
      build.onLoad({ filter: /^date-holidays-data$/, namespace: 'holidays-picked' }, () => ({
        loader: 'js',
        contents: `export const data = ${JSON.stringify(data)};\n`,
      }));

      build.onLoad({ filter: FACTORY }, (loaded) => {
        const source = readFileSync(loaded.path, 'utf8');
        return { loader: 'js', contents: new Prepin.Parser(macros).parse(source).join('\n'), resolveDir: path.dirname(loaded.path) };
      });

      // caldate imports moment-timezone, and so does rules/calendar.ts for London's wall-clock time;
      // anything else that did would get the same few zones, so the build fails if another importer
      // appears.
      build.onResolve({ filter: MOMENT_TZ }, (resolving) => {
        if (!/[\\/]caldate[\\/]/.test(resolving.importer) && !/[\\/]rules[\\/]calendar\.ts$/.test(resolving.importer)) {
          throw new Error(`${resolving.importer} imports moment-timezone, which the build cuts down to ${zones.join(', ')} for date-holidays`);
        }
        return { path: 'moment-timezone-picked', namespace: 'holidays-picked' };
      });
      build.onLoad({ filter: /^moment-timezone-picked$/, namespace: 'holidays-picked' }, () => ({
        loader: 'js',
        resolveDir: momentTimezoneDir(),
        contents: `const moment = require('./moment-timezone.js');\nmoment.tz.load(${JSON.stringify(pickZones(zones))});\nmodule.exports = moment;\n`,
      }));
    },
  };
}
