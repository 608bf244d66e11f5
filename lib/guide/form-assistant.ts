import { i18n } from '#i18n';
import * as form from '../github/token-form';
import { findScope } from '../github/scopes';
import type { FormPlan } from './form-plan';
import { uniqueNote } from './unique-note';
import type { GuideState } from './schema';

export interface AssistResult {
  /**
   * What the guide changed, in words, so a prefilled form that differed is never fixed silently:
   * each reads after "PAT Pilot" ("filled in the note"), to be joined with commas.
   */
  fixed: string[];
  /** Scopes of the plan the guide could not tick (missing or disabled on this page). */
  missingScopes: string[];
  /** Ticked scopes the plan does not include (the guide never unticks them). */
  extraScopes: string[];
}

/**
 * Bring the form to the plan without overriding the user: a typed note, a chosen expiration
 * and an unticked box stay as the user left them. Never unticks, never submits.
 */
export function assistForm(tokenForm: HTMLFormElement, state: GuideState, plan: FormPlan): AssistResult {
  const fixed: string[] = [];
  const note = form.readNote(tokenForm).trim();
  if (!state.noteTyped && (note === '' || state.knownNotes.includes(note))) {
    form.setNote(tokenForm, uniqueNote(plan.note, state.knownNotes));
    fixed.push(note === '' ? i18n.t('assist.filledNote') : i18n.t('assist.changedTakenNote'));
  }
  if (!state.expirationChosen && !matchesExpiration(tokenForm, plan) && applyExpiration(tokenForm, plan)) {
    fixed.push(describeExpirationChange(plan));
  }
  const ticked = new Set(form.readTickedScopes(tokenForm));
  const wanted = plan.scopes.filter((scope) => !state.untickedScopes.includes(scope) && !ticked.has(scope));
  const missingScopes = wanted.filter((scope) => !form.tickScope(tokenForm, scope));
  const newlyTicked = wanted.filter((scope) => !missingScopes.includes(scope));
  if (newlyTicked.length) fixed.push(i18n.t('assist.ticked', { scopes: newlyTicked.join(', ') }));
  return { fixed, missingScopes, extraScopes: extraScopes(tokenForm, plan) };
}

/** A regenerate form: only the expiration is the user's to choose there, prefilled as on the new-token form. */
export function assistRegenerateForm(regenerateForm: HTMLFormElement, state: GuideState, plan: FormPlan): AssistResult {
  const fixed = !state.expirationChosen && !matchesExpiration(regenerateForm, plan) && applyExpiration(regenerateForm, plan);
  return { fixed: fixed ? [describeExpirationChange(plan)] : [], missingScopes: [], extraScopes: [] };
}

export function describeExpirationChange({ expiration, customDate }: FormPlan): string {
  if (expiration === 'none') return i18n.t('assist.noExpiration');
  if (expiration === 'custom') return i18n.t('assist.expirationDate', { date: customDate ?? '' });
  return i18n.t('assist.expirationDays', { days: expiration });
}

function matchesExpiration(tokenForm: HTMLFormElement, plan: FormPlan): boolean {
  if (form.readExpiration(tokenForm) !== plan.expiration) return false;
  return plan.expiration !== 'custom' || form.readCustomDate(tokenForm) === plan.customDate;
}

/** Sets the plan's expiration (and its custom date); false when the form has no such choice. */
export function applyExpiration(tokenForm: HTMLFormElement, plan: FormPlan): boolean {
  if (!form.setExpiration(tokenForm, plan.expiration)) return false;
  return plan.expiration !== 'custom' || form.setCustomDate(tokenForm, plan.customDate ?? '');
}

/**
 * Ticked scopes beyond the plan, for example from another app's prefill link: not counting children implied
 * by a ticked parent, nor a child of a scope the plan holds (it grants less than the plan).
 */
export function extraScopes(tokenForm: HTMLFormElement, plan: FormPlan): string[] {
  const planned = (scope: string | undefined) => !!scope && plan.scopes.includes(scope);
  return form
    .readTickedScopes(tokenForm)
    .filter((scope) => !planned(scope) && !planned(findScope(scope)?.parent ?? undefined) && !isImplied(tokenForm, scope));
}

/** A child box ticked because its parent is ticked is not an extra choice. */
function isImplied(tokenForm: HTMLFormElement, scope: string): boolean {
  return form.parentOf(tokenForm, scope)?.checked ?? false;
}
