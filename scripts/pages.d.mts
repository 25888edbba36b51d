// Types for scripts/pages.mjs, so strict TypeScript tests can import it.
export declare function renderPage(shell: string, name: string, source: string): string;
export declare function renderPages(webDir: string): [file: string, html: string][];
