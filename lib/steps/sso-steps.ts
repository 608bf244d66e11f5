import { findSsoTarget, findTokenRow } from '../github/sso';
import type { GuideState } from '../guide/schema';
import { defineStep, type StepDefinition } from './define-step';
import { storeToken } from './form-steps';

/**
 * Single sign-on after the token (github-ui.md §15): an organization that enforces SAML refuses the token until
 * the user authorizes it there. The guide points at "Configure SSO" and never clicks "Authorize" itself.
 */

const authorizing = (state: GuideState) => state.authorizingSso === true;

/** The new token's row offers "Configure SSO": store it, then "Next" leads on to authorizing it. */
export const storeTokenBeforeSso = defineStep({
  ...storeToken,
  appliesTo: (facts, state) => storeToken.appliesTo(facts, state) && facts.ssoOffered === true,
  action: 'next',
  isSatisfied: () => true,
});

/** No organization asks: the guide ends here, with one line for when one does later. */
export const storeTokenWithoutSso = defineStep({ ...storeToken, aside: 'steps.storeToken.ssoLine' });

/** On the result page or the token list (also back from the identity provider): the token's "Configure SSO", then its open menu. */
export const authorizeSso = defineStep({
  id: 'authorize-sso',
  title: 'steps.authorizeSso.title',
  body: 'steps.authorizeSso.body',
  appliesTo: (facts, state) => authorizing(state) && (facts.kind === 'token-result' || facts.kind === 'token-list'),
  findTarget: (doc, state) => {
    const row = findTokenRow(doc, state.reminder?.note);
    return row && findSsoTarget(row);
  },
  action: 'finish',
  destination: 'tokens',
});

/** On GitHub's SSO page or anywhere else on the way through the organization's sign-in: nothing to point at. */
export const authorizeSsoAway = defineStep({
  id: 'authorize-sso',
  title: 'steps.authorizeSso.title',
  body: 'steps.authorizeSso.away',
  appliesTo: (_facts, state) => authorizing(state),
  action: 'finish',
});

/** Once the user went on to single sign-on, the token list and GitHub's SSO pages belong to authorize-sso alone. */
export function untilSso(step: StepDefinition): StepDefinition {
  return { ...step, appliesTo: (facts, state) => !authorizing(state) && step.appliesTo(facts, state) };
}
