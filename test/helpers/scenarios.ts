/**
 * The worked practitioner messages in ../shared/scenarios/public.json (beside the repository):
 * the route the guidance gives each, and the words (any one of each group) its answer must hold.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface Scenario {
  route: string;
  text: string;
  /** Each group: at least one of its strings must be in the answer. */
  any: string[][];
  source: string;
}

export const PUBLIC_SCENARIOS: readonly Scenario[] = (
  JSON.parse(readFileSync(path.resolve(__dirname, '../../../shared/scenarios/public.json'), 'utf8')) as { scenarios: Scenario[] }
).scenarios;
