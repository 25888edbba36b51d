// date-holidays-parser ships its types as an ambient module (`declare module 'date-holidays-parser'`)
// that its package.json "exports" hides from TypeScript; only a reference to the file reaches it.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="../node_modules/date-holidays-parser/types/index.d.ts" />
/** date-holidays' data set (its `./data` export, which ships no types): what date-holidays-parser takes. */
declare module 'date-holidays/data' {
  export const data: {
    version: string;
    license: string;
    names: Record<string, unknown>;
    holidays: Record<string, Record<string, unknown>>;
  };
}
