import type { PageFacts } from '../github/page';
import * as form from '../github/token-form';
import { readFineGrainedCustomDate, readFineGrainedExpiration } from '../github/fine-grained-form';
import { findRegenerateControl, findRegenerateSubmit, findTokenLink, findTokenList } from '../github/token-page';
import { isPastExpiration } from '../guide/renewal';
import type { GuideState } from '../guide/schema';
import type { StepDefinition } from '../steps/define-step';
import { confirmAccess } from '../steps/navigation-steps';
import { findFineGrainedRegenerateForm } from './renewal-pages';

/**
 * Renewing a fine-grained token: from the fine-grained token list (or straight from a known id) to the token's
 * page `/settings/personal-access-tokens/<id>` and its regenerate form `…/<id>/regenerate`, then the new token on
 * the fine-grained result page, as after creating one. The classic renewal's step ids and texts where they fit
 * (they name the same moves), on GitHub's fine-grained pages; written out rather than built on the classic steps,
 * whose module would bring the classic copy and store steps along: the list's rows and the token page's "Regenerate token" are found as on the
 * classic pages (github-ui.md §14, §16), the regenerate form by where it posts. Only the fine-grained script
 * bundles this file: guide.js carries none of it. The guide never clicks "Regenerate token".
 */

/** A token's own page: its id in the path, on whichever settings page GitHub files it under; not a result. */
const onTokenPage = (facts: PageFacts) => !!facts.tokenId && !facts.regenerateForm && facts.kind !== 'sudo' && facts.kind !== 'fg-token-result';
const onRegenerateForm = (facts: PageFacts) => !!facts.regenerateForm && facts.kind !== 'sudo';
/** The pages a renewal passes through after the list; anywhere else, it leads back to the list. */
const onRenewalPath = (facts: PageFacts) => facts.kind === 'sudo' || facts.kind === 'fg-token-result' || onTokenPage(facts) || onRegenerateForm(facts);

/** The form's expiration menu posts under the fine-grained field names: a custom period needs its date too. */
const isExpirationChosen = (doc: Document) => {
  const found = findFineGrainedRegenerateForm(doc);
  const value = found ? readFineGrainedExpiration(found) : '';
  return value === 'custom' ? readFineGrainedCustomDate(found!) !== '' : value !== '';
};

/** The renewal's own steps, before the result page (FINE_GRAINED_RENEWAL_TOUR in ./steps.ts adds copy and store). */
export const FINE_GRAINED_RENEWAL_STEPS: readonly StepDefinition[] = [
  {
    id: 'open-token',
    title: 'steps.fgOpenToken.title',
    body: 'steps.fgOpenToken.body',
    appliesTo: (facts) => !onRenewalPath(facts),
    // Without a name to match (a token made without PAT Pilot), the whole list: the user picks.
    findTarget: (doc, state?: GuideState) => {
      const name = state?.renewing?.note;
      return name ? findTokenLink(doc, name) : findTokenList(doc);
    },
    destination: 'fineGrainedTokens',
  },
  {
    id: 'open-regenerate',
    title: 'steps.fgOpenRegenerate.title',
    body: 'steps.fgOpenRegenerate.body',
    appliesTo: onTokenPage,
    findTarget: findRegenerateControl,
    destination: 'fineGrainedTokens',
  },
  confirmAccess,
  {
    id: 'choose-expiration',
    title: 'steps.chooseExpiration.title',
    body: 'steps.chooseExpiration.body',
    action: 'next',
    appliesTo: (facts, state) => onRegenerateForm(facts) && !isPastExpiration(state),
    findTarget: (doc) => form.findExpirationControl(findFineGrainedRegenerateForm(doc) ?? doc),
    isSatisfied: isExpirationChosen,
  },
  {
    id: 'confirm-regenerate',
    title: 'steps.confirmRegenerate.title',
    body: 'steps.confirmRegenerate.body',
    appliesTo: (facts, state) => onRegenerateForm(facts) && isPastExpiration(state),
    findTarget: (doc) => findRegenerateSubmit(findFineGrainedRegenerateForm(doc) ?? doc),
  },
];

export { FINE_GRAINED_RENEWAL_STEP_ORDER } from './renewal-order';
