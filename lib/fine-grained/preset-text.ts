import { i18n, type GeneratedI18nStructure } from '#i18n';
import type { FineGrainedPresetChoice } from './presets';

type TextKey = Extract<keyof GeneratedI18nStructure, `fineGrainedPresets.${string}`>;

/** Where each fine-grained preset's texts are in the message files (ids with "-" are not valid keys there). */
const TEXT = {
  https: 'https',
  actions: 'actions',
  'read-code': 'readCode',
  'issues-prs': 'issuesPrs',
  custom: 'custom',
} as const satisfies Record<FineGrainedPresetChoice, string>;

function text(choice: FineGrainedPresetChoice, part: 'label' | 'purpose' | 'description'): string {
  return i18n.t(`fineGrainedPresets.${TEXT[choice]}.${part}` satisfies TextKey);
}

/** The preset's name in the user's language. */
export function fineGrainedPresetName(choice: FineGrainedPresetChoice): string {
  return text(choice, 'label');
}

/** One line saying what a token with the preset's permissions is good for. */
export function fineGrainedPresetPurpose(choice: FineGrainedPresetChoice): string {
  return text(choice, 'purpose');
}

/** The token's description on GitHub: what it is for, so the token list explains itself later. */
export function fineGrainedPresetDescription(choice: FineGrainedPresetChoice): string {
  return text(choice, 'description');
}
