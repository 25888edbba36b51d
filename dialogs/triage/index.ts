/**
 * Triage: the root dialog (commands, card actions, free text to the rules engine, the red-flag
 * interruption on every turn) and the screening questions. What other folders may use.
 */
export { MAIN_DIALOG, MainDialog } from './mainDialog';
export { SCREENING_DIALOG, ScreeningDialog, type ScreeningOptions, type ScreeningResult } from './screeningDialog';
export { questionsFor } from './questions';
