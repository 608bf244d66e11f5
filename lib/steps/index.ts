import type { StepDefinition } from './define-step';
import * as nav from './navigation-steps';
import * as formSteps from './form-steps';
import { RENEWAL_TOUR } from './renewal-steps';
import type { GuideState } from '../guide/schema';
import * as sso from './sso-steps';

/**
 * THE TOUR, read top to bottom. The current step is the first one that applies to the page
 * and is not done, so the guide picks up wherever the user is.
 */
export const TOUR: readonly StepDefinition[] = [
  ...[
    nav.verifyEmail,
    nav.openUserMenu,
    nav.openSettings,
    nav.openDeveloperSettings,
    nav.openPersonalAccessTokens,
    nav.openTokensClassic,
    nav.openGenerateMenu,
    nav.chooseClassic,
    nav.confirmAccess,
    formSteps.fillNote,
    formSteps.chooseExpiration,
    formSteps.reviewScopes,
    formSteps.generateToken,
    formSteps.copyToken,
    sso.storeTokenBeforeSso,
    sso.storeTokenWithoutSso,
  ].map(sso.untilSso),
  sso.authorizeSso,
  sso.authorizeSsoAway,
];

/** A renewal ends as a creation does: the new value is copied, kept safe, and authorized for single sign-on. */
const RENEWAL: readonly StepDefinition[] = [
  ...[...RENEWAL_TOUR.filter((step) => step.id !== 'store-token'), sso.storeTokenBeforeSso, sso.storeTokenWithoutSso].map(sso.untilSso),
  sso.authorizeSso,
  sso.authorizeSsoAway,
];

/** The steps of the guide the state runs: the creation tour, or a renewal. */
export function tourOf(state: Pick<GuideState, 'kind'>): readonly StepDefinition[] {
  return state.kind === 'renew' ? RENEWAL : TOUR;
}

export function stepById(id: string): StepDefinition | undefined {
  return TOUR.find((step) => step.id === id) ?? RENEWAL_TOUR.find((step) => step.id === id);
}
