import type { GuideState } from './schema';

/**
 * A renewal's moves in the guide state. On the regenerate form it uses the form steps' counter: it starts at
 * choose-expiration, and "Next" moves the counter past it, to confirm-regenerate (lib/steps/renewal-steps.ts).
 */
export function arriveAtRegenerateForm(state: GuideState): GuideState {
  if (state.kind !== 'renew') return state;
  const onTheForm = state.stepId === 'choose-expiration' || state.stepId === 'confirm-regenerate';
  return onTheForm || state.formStep === 'choose-expiration' ? state : { ...state, formStep: 'choose-expiration' };
}

/** Whether a renewal is past choose-expiration on the regenerate form. */
export function isPastExpiration(state: Pick<GuideState, 'formStep'>): boolean {
  return state.formStep !== 'fill-note' && state.formStep !== 'choose-expiration';
}

/** The note a regenerated token keeps: as the form showed it, else the one the renewal started with. */
export function renewedNote(state: GuideState, shown: string): string {
  return shown || (state.kind === 'renew' && state.renewing?.note) || shown;
}
