import type { PageFacts, PageKind } from '../github/page';
import type { Destination } from '../github/urls';
import * as form from '../github/token-form';
import * as tokenPage from '../github/token-page';
import type { GuideState } from '../guide/schema';
import { isPastExpiration } from '../guide/renewal';
import { defineStep, type StepDefinition, type StepTextKey } from './define-step';
import { confirmAccess } from './navigation-steps';
import { copyToken, storeToken } from './form-steps';

/**
 * A renewal: from the token list (or straight from a known id) to GitHub's regenerate form, then the new token
 * as after creation. The guide never clicks "Regenerate token". Steps are counted in RENEWAL_STEP_ORDER (ids.ts).
 */

/** Where a renewal is, told from page facts: a kind of token's own pages. */
export interface RenewalPages {
  /** The token's own page, with its "Regenerate token". */
  onTokenPage(facts: PageFacts): boolean;
  onRegenerateForm(facts: PageFacts): boolean;
  /** The page that shows the new token. */
  result: PageKind;
}

/** What differs between the kinds' first two steps: their words, and the list a lost user is sent back to. */
export interface RenewalWording {
  openToken: { title: StepTextKey; body: StepTextKey };
  openRegenerate: { title: StepTextKey; body: StepTextKey };
  list: Destination;
}

const withRegenerateForm = (use: (f: HTMLFormElement) => boolean) => (doc: Document) => {
  const found = tokenPage.findRegenerateForm(doc);
  return !!found && use(found);
};

/** The renewal's own steps for one kind of token, in tour order, between the list and the new token. */
export function renewalSteps(pages: RenewalPages, wording: RenewalWording): StepDefinition[] {
  /** The pages a renewal passes through after the token list; anywhere else, it leads back to the list. */
  const onRenewalPath = (facts: PageFacts) =>
    facts.kind === 'sudo' || facts.kind === pages.result || pages.onTokenPage(facts) || pages.onRegenerateForm(facts);
  const openToken = defineStep({
    id: 'open-token',
    ...wording.openToken,
    appliesTo: (facts) => !onRenewalPath(facts),
    // Without a note to match (a token made without PAT Pilot), the whole list: the user picks.
    findTarget: (doc, state?: GuideState) => {
      const note = state?.renewing?.note;
      return note ? tokenPage.findTokenLink(doc, note) : tokenPage.findTokenList(doc);
    },
    destination: wording.list,
  });
  const openRegenerate = defineStep({
    id: 'open-regenerate',
    ...wording.openRegenerate,
    appliesTo: pages.onTokenPage,
    findTarget: tokenPage.findRegenerateControl,
    destination: wording.list,
  });
  const chooseExpiration = defineStep({
    id: 'choose-expiration',
    title: 'steps.chooseExpiration.title',
    body: 'steps.chooseExpiration.body',
    appliesTo: (facts, state) => pages.onRegenerateForm(facts) && !isPastExpiration(state),
    findTarget: (doc) => form.findExpirationControl(tokenPage.findRegenerateForm(doc) ?? doc),
    action: 'next',
    isSatisfied: withRegenerateForm(form.isExpirationChosen),
  });
  const confirmRegenerate = defineStep({
    id: 'confirm-regenerate',
    title: 'steps.confirmRegenerate.title',
    body: 'steps.confirmRegenerate.body',
    appliesTo: (facts, state) => pages.onRegenerateForm(facts) && isPastExpiration(state),
    findTarget: (doc) => tokenPage.findRegenerateSubmit(tokenPage.findRegenerateForm(doc) ?? doc),
  });
  return [openToken, openRegenerate, confirmAccess, chooseExpiration, confirmRegenerate];
}

const CLASSIC_RENEWAL = renewalSteps(
  {
    onTokenPage: (facts) => facts.kind === 'settings' && !!facts.tokenId && !facts.regenerateForm,
    onRegenerateForm: (facts) => facts.kind === 'settings' && !!facts.regenerateForm,
    result: 'token-result',
  },
  {
    openToken: { title: 'steps.openToken.title', body: 'steps.openToken.body' },
    openRegenerate: { title: 'steps.openRegenerate.title', body: 'steps.openRegenerate.body' },
    list: 'tokens',
  },
);

/** THE RENEWAL, read top to bottom like TOUR: the first step that applies to the page and is not done. */
export const RENEWAL_TOUR = [...CLASSIC_RENEWAL, copyToken, storeToken];
