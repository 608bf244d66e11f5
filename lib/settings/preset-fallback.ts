import { i18n } from '#i18n';
import type { PresetId } from '../presets';

/**
 * A stored preset this version cannot use (unknown, e.g. written by a newer version through sync, or
 * unreadable) must never turn quietly into a broader scope set. It is replaced by the narrowest preset
 * that still serves what the guide is for, Git over HTTPS: "repo" alone, where the default would add
 * admin:repo_hook and delete_repo. The form says so every time until the user saves settings again.
 */
export const FALLBACK_PRESET_ID: PresetId = 'https';

export interface PresetFallback {
  /** The stored value as text; undefined when the settings could not be read at all. */
  stored: string | undefined;
}

/** What the form callout and the repair note say, naming the scopes used instead. */
export function presetFallbackNotice({ stored }: PresetFallback, scopes: readonly string[]): string {
  const used = scopes.join(', ');
  return stored === undefined
    ? i18n.t('settings.presetUnreadable', { scopes: used })
    : i18n.t('settings.presetUnusable', { stored, scopes: used });
}
