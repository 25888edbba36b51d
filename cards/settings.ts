/** The organisation settings card (edit, for administrators) and its read-only view. */
import { expandCard, type AdaptiveCard } from './expand';
import template from './templates/settings.json';
import viewTemplate from './templates/settings-view.json';

export interface SettingsChoice {
  title: string;
  value: string;
}

export interface SettingsCardData {
  intro: string;
  channels: SettingsChoice[];
  channel: string;
  areas: SettingsChoice[];
  area: string;
  members: SettingsChoice[];
  /** Selected DSL ids. */
  dsls: string[];
  /** Weekday → selected member id ('' = whole group). */
  days: { day: string; label: string; value: string }[];
}

export function buildSettingsCard(d: SettingsCardData): AdaptiveCard {
  return expandCard(template, {
    ...d,
    dsls: d.dsls.join(','),
    fallbackText: 'DSL consult settings: choose the channel, the area, the DSL group and who is on duty.',
  });
}

export function buildSettingsViewCard(d: { intro: string; facts: { title: string; value: string }[] }): AdaptiveCard {
  return expandCard(viewTemplate, { ...d, fallbackText: `DSL consult settings. ${d.facts.map((f) => `${f.title}: ${f.value}`).join('. ')}` });
}
