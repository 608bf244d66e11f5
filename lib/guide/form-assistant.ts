import * as form from '../github/token-form';
import type { FormPlan } from './form-plan';
import { uniqueNote } from './form-plan';
import type { GuideState } from './schema';

export interface AssistResult {
  /** Scopes of the plan the guide could not tick (missing or disabled on this page). */
  missingScopes: string[];
}

/**
 * Bring the form to the plan without overriding the user: a typed note, a chosen expiration
 * and an unticked box stay as the user left them. Never unticks, never submits.
 */
export function assistForm(tokenForm: HTMLFormElement, state: GuideState, plan: FormPlan): AssistResult {
  const note = form.readNote(tokenForm).trim();
  if (!state.noteTyped && (note === '' || state.knownNotes.includes(note))) {
    form.setNote(tokenForm, uniqueNote(plan.note, state.knownNotes));
  }
  if (!state.expirationChosen && form.readExpiration(tokenForm) !== plan.expiration) {
    form.setExpiration(tokenForm, plan.expiration);
  }
  const ticked = new Set(form.readTickedScopes(tokenForm));
  const missingScopes = plan.scopes.filter(
    (scope) => !state.untickedScopes.includes(scope) && !ticked.has(scope) && !form.tickScope(tokenForm, scope),
  );
  return { missingScopes };
}
