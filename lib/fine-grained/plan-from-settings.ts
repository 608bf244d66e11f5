import type { ParsedSettings } from '../settings/parse';
import { browserDisplayName } from '../settings/note';
import { fineGrainedPresetFallbackNotice } from '../settings/preset-fallback';
import type { Settings } from '../settings/schema';
import { usableNote } from '../settings/token-request';
import { FINE_GRAINED_DESCRIPTION_MAX, FINE_GRAINED_NAME_MAX, type FineGrainedPlan } from './plan';
import { type FineGrainedPresetChoice, fineGrainedPermissions } from './presets';
import { fineGrainedPresetDescription } from './preset-text';

/**
 * The fine-grained token the settings describe. The name comes from the same note template as a classic
 * token's note, so both kinds are named alike in GitHub's lists; `choice` (the kind chooser's preset)
 * overrides the saved preset.
 */
export function fineGrainedPlanFromSettings(
  settings: Settings,
  now: Date,
  browser: string,
  choice?: FineGrainedPresetChoice,
): FineGrainedPlan {
  const presetId = choice ?? settings.fineGrained.presetId;
  const { expiration, customPermissions } = settings.fineGrained;
  return {
    name: fineGrainedName(usableNote(settings.noteTemplate, now, browserDisplayName(browser))),
    description: fineGrainedPresetDescription(presetId).slice(0, FINE_GRAINED_DESCRIPTION_MAX),
    expiresIn: expiration.kind === 'none' ? 'none' : expiration.days,
    permissions: fineGrainedPermissions(presetId, customPermissions),
  };
}

/** The plan from settings as read, with the notice of a fine-grained preset that could not be used. */
export function fineGrainedPlanFromParsed(
  { settings, fineGrainedPresetFallback }: Pick<ParsedSettings, 'settings' | 'fineGrainedPresetFallback'>,
  now: Date,
  browser: string,
): FineGrainedPlan {
  const plan = fineGrainedPlanFromSettings(settings, now, browser);
  return fineGrainedPresetFallback ? { ...plan, notice: fineGrainedPresetFallbackNotice(fineGrainedPresetFallback) } : plan;
}

/**
 * GitHub refuses names over 40 characters, where a note may have 100: the end is cut, never into half a
 * character (a lone surrogate), and trailing spaces go.
 */
export function fineGrainedName(note: string): string {
  let name = '';
  for (const char of note) {
    if (name.length + char.length > FINE_GRAINED_NAME_MAX) break;
    name += char;
  }
  return name.trim();
}
