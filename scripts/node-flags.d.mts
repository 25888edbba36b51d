// Types for scripts/node-flags.mjs, so strict TypeScript tests can import it.
export declare function nodeFlags(): string[];
export declare function nodeEnv(text?: string): Record<string, string>;
