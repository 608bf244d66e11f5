import { i18n, type GeneratedI18nStructure } from '#i18n';
import type { PresetChoice } from '@/lib/presets';

type PresetKey = Extract<keyof GeneratedI18nStructure, `presets.${string}`>;

/** Where each preset's name and purpose are in the message files. */
const TEXT = {
  recommended: { name: 'presets.recommended.label', purpose: 'presets.recommended.purpose' },
  https: { name: 'presets.https.label', purpose: 'presets.https.purpose' },
  actions: { name: 'presets.actions.label', purpose: 'presets.actions.purpose' },
  'read-packages': { name: 'presets.readPackages.label', purpose: 'presets.readPackages.purpose' },
  'publish-packages': { name: 'presets.publishPackages.label', purpose: 'presets.publishPackages.purpose' },
  custom: { name: 'presets.custom.label', purpose: 'presets.custom.purpose' },
} as const satisfies Record<PresetChoice, { name: PresetKey; purpose: PresetKey }>;

/** The preset's name in the user's language. */
export function presetName(choice: PresetChoice): string {
  return i18n.t(TEXT[choice].name);
}

/** One line saying what a token with the preset's scopes is good for. */
export function presetPurpose(choice: PresetChoice): string {
  return i18n.t(TEXT[choice].purpose);
}
