import { addDays, localDate } from '../settings/local-time';
import { browserDisplayName } from '../settings/note';
import { DEFAULT_SETTINGS, type Settings } from '../settings/schema';
import type { ParsedSettings } from '../settings/parse';
import { FALLBACK_PRESET_ID, presetFallbackNotice } from '../settings/preset-fallback';
import { type TokenRequest, tokenRequest } from '../settings/token-request';

/** What the guide fills in on the token form, derived from the user's settings. */
export interface FormPlan {
  note: string;
  /** "7" | "30" | "60" | "90" | "custom" | "none", as GitHub's expiration field submits it. */
  expiration: string;
  /** YYYY-MM-DD when `expiration` is "custom". */
  customDate?: string;
  scopes: string[];
  /** Said on the form whenever this plan is used: the saved preset could not be, and what was used instead. */
  notice?: string;
}

/** The form's own terms for the token request the settings describe. */
export function formPlanFromSettings(settings: Settings, now: Date, browser: string): FormPlan {
  return formPlanFromRequest(tokenRequest(settings, now, browserDisplayName(browser)), now);
}

export function formPlanFromRequest({ note, scopes, expiration }: TokenRequest, now: Date): FormPlan {
  return {
    note,
    expiration: expiration.kind === 'none' ? 'none' : expiration.kind === 'custom' ? 'custom' : String(expiration.days),
    customDate: expiration.kind === 'custom' ? localDate(addDays(now, expiration.days)) : undefined,
    scopes,
  };
}

/** The plan from settings as read, with the notice of a preset that could not be used. */
export function formPlanFromParsed({ settings, presetFallback }: Pick<ParsedSettings, 'settings' | 'presetFallback'>, now: Date, browser: string): FormPlan {
  const plan = formPlanFromSettings(settings, now, browser);
  return presetFallback ? { ...plan, notice: presetFallbackNotice(presetFallback, plan.scopes) } : plan;
}

/** When the settings cannot be read at all: the narrowest preset, never the broader default, and said so. */
export function unreadableSettingsPlan(now: Date, browser: string): FormPlan {
  const settings = { ...DEFAULT_SETTINGS, presetId: FALLBACK_PRESET_ID };
  return formPlanFromParsed({ settings, presetFallback: { stored: undefined } }, now, browser);
}

export function defaultFormPlan(now: Date, browser = 'chrome'): FormPlan {
  return formPlanFromSettings(DEFAULT_SETTINGS, now, browser);
}
