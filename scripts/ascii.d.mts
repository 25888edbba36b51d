// Types for scripts/ascii.mjs, so strict TypeScript tests can import it.
export declare function inRegexLiteral(source: string, offset: number): boolean;
export declare function asciiSource(source: string): { text: string; escaped: number; left: string[] };
