/**
 * The parts of botbuilder-dialogs this bot uses at run time, imported from the package's own
 * modules rather than its index.
 *
 * Why: the index also loads the prompts and their text recognizers (@microsoft/recognizers-text-*,
 * about 5 MB of code), which this bot never uses: about 250 ms of start-up and 30 MB of memory
 * (BENCHMARKS.md). These are the very same classes the index exports (test/dialogs/framework.test.ts
 * checks identity, so a package update that moves a file fails there, not in production).
 * Types may still be imported from 'botbuilder-dialogs' with `import type`; eslint refuses a
 * value import from the index (eslint.config.mjs).
 */
export { ComponentDialog } from 'botbuilder-dialogs/lib/componentDialog';
export { Dialog, DialogTurnStatus } from 'botbuilder-dialogs/lib/dialog';
export { DialogSet } from 'botbuilder-dialogs/lib/dialogSet';
export { runDialog } from 'botbuilder-dialogs/lib/dialogHelper';
export { WaterfallDialog } from 'botbuilder-dialogs/lib/waterfallDialog';
