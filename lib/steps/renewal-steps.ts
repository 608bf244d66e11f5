import type { PageFacts } from '../github/page';
import * as form from '../github/token-form';
import * as tokenPage from '../github/token-page';
import type { GuideState } from '../guide/schema';
import { isPastExpiration } from '../guide/renewal';
import { defineStep } from './define-step';
import { confirmAccess } from './navigation-steps';
import { copyToken, storeToken } from './form-steps';

/**
 * A renewal: from the token list (or straight from a known id) to GitHub's regenerate form, then the new token
 * as after creation. The guide never clicks "Regenerate token". Steps are counted in RENEWAL_STEP_ORDER (ids.ts).
 */

const onTokenPage = (facts: PageFacts) => facts.kind === 'settings' && !!facts.tokenId && !facts.regenerateForm;
const onRegenerateForm = (facts: PageFacts) => facts.kind === 'settings' && !!facts.regenerateForm;
/** The pages a renewal passes through after the token list; anywhere else, it leads back to the list. */
const onRenewalPath = (facts: PageFacts) => facts.kind === 'sudo' || facts.kind === 'token-result' || onTokenPage(facts) || onRegenerateForm(facts);

const withRegenerateForm = (use: (f: HTMLFormElement) => boolean) => (doc: Document) => {
  const found = tokenPage.findRegenerateForm(doc);
  return !!found && use(found);
};

export const openToken = defineStep({
  id: 'open-token',
  title: 'steps.openToken.title',
  body: 'steps.openToken.body',
  appliesTo: (facts) => !onRenewalPath(facts),
  // Without a note to match (a token made without PAT Pilot), the whole list: the user picks.
  findTarget: (doc, state?: GuideState) => {
    const note = state?.renewing?.note;
    return note ? tokenPage.findTokenLink(doc, note) : tokenPage.findTokenList(doc);
  },
  destination: 'tokens',
});

export const openRegenerate = defineStep({
  id: 'open-regenerate',
  title: 'steps.openRegenerate.title',
  body: 'steps.openRegenerate.body',
  appliesTo: onTokenPage,
  findTarget: tokenPage.findRegenerateControl,
  destination: 'tokens',
});

export const chooseRenewedExpiration = defineStep({
  id: 'choose-expiration',
  title: 'steps.chooseExpiration.title',
  body: 'steps.chooseExpiration.body',
  appliesTo: (facts, state) => onRegenerateForm(facts) && !isPastExpiration(state),
  findTarget: (doc) => form.findExpirationControl(tokenPage.findRegenerateForm(doc) ?? doc),
  action: 'next',
  isSatisfied: withRegenerateForm(form.isExpirationChosen),
});

export const confirmRegenerate = defineStep({
  id: 'confirm-regenerate',
  title: 'steps.confirmRegenerate.title',
  body: 'steps.confirmRegenerate.body',
  appliesTo: (facts, state) => onRegenerateForm(facts) && isPastExpiration(state),
  findTarget: (doc) => tokenPage.findRegenerateSubmit(tokenPage.findRegenerateForm(doc) ?? doc),
});

/** THE RENEWAL, read top to bottom like TOUR: the first step that applies to the page and is not done. */
export const RENEWAL_TOUR = [openToken, openRegenerate, confirmAccess, chooseRenewedExpiration, confirmRegenerate, copyToken, storeToken];
