import { presetScopes } from '../presets';
import { addDays, localDate } from '../settings/local-time';
import { browserDisplayName, DEFAULT_NOTE_TEMPLATE, renderNote } from '../settings/note';
import { DEFAULT_SETTINGS, type Settings } from '../settings/schema';

/** What the guide fills in on the token form, derived from the user's settings. */
export interface FormPlan {
  note: string;
  /** "7" | "30" | "60" | "90" | "custom" | "none", as GitHub's expiration field submits it. */
  expiration: string;
  /** YYYY-MM-DD when `expiration` is "custom". */
  customDate?: string;
  scopes: string[];
}

export function formPlanFromSettings(settings: Settings, now: Date, browser: string): FormPlan {
  const { expiration } = settings;
  return {
    note: renderNote(settings.noteTemplate, now, browserDisplayName(browser)),
    expiration: expiration.kind === 'none' ? 'none' : expiration.kind === 'custom' ? 'custom' : String(expiration.days),
    customDate: expiration.kind === 'custom' ? localDate(addDays(now, expiration.days)) : undefined,
    scopes: presetScopes(settings.presetId, settings.customScopes),
  };
}

export function defaultFormPlan(now: Date, browser = 'chrome'): FormPlan {
  return formPlanFromSettings({ ...DEFAULT_SETTINGS, noteTemplate: DEFAULT_NOTE_TEMPLATE }, now, browser);
}

/** A note GitHub will accept: notes must be unique per account. */
export function uniqueNote(base: string, taken: readonly string[]): string {
  const used = new Set(taken.map((n) => n.trim().toLowerCase()));
  if (!used.has(base.trim().toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base} (${n})`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}
