/** Insights for administrators: counts only (no user, no child), by route, level and stage. */
import { expandCard, type AdaptiveCard } from './expand';
import template from './templates/insights.json';

export interface InsightsSection {
  title: string;
  rows: { label: string; value: string }[];
}

export function buildInsightsCard(d: { heading: string; intro: string; sections: InsightsSection[] }): AdaptiveCard {
  const fallbackText = [`${d.heading}.`, d.intro, ...d.sections.map((s) => `${s.title}: ${s.rows.map((r) => `${r.label} ${r.value}`).join(', ') || 'none'}.`)].join(' ');
  return expandCard(template, { ...d, fallbackText });
}
