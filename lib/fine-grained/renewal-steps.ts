import type { PageFacts } from '../github/page';
import * as S from '../github/selectors';
import * as form from '../github/token-form';
import { fineGrainedTokenIdFromPath } from '../github/urls';
import { findRegenerateControl, findRegenerateSubmit, findTokenLink, findTokenList } from '../github/token-page';
import { isPastExpiration } from '../guide/renewal';
import type { GuideState } from '../guide/schema';
import type { StepDefinition } from '../steps/define-step';
import { confirmAccess } from '../steps/navigation-steps';
import { chooseRenewedExpiration, confirmRegenerate, openRegenerate, openToken } from '../steps/renewal-steps';

/**
 * Renewing a fine-grained token: from the fine-grained token list (or straight from a known id) to the token's
 * page `/settings/personal-access-tokens/<id>` and its regenerate form `…/<id>/regenerate`, then the new token on
 * the fine-grained result page, as after creating one. The classic renewal's steps (same ids: they name the same
 * moves) on GitHub's fine-grained pages: the list's rows and the token page's "Regenerate token" are found as on the
 * classic pages (github-ui.md §14, §16), the regenerate form by where it posts. Only the fine-grained script
 * bundles this file: guide.js carries none of it. The guide never clicks "Regenerate token".
 */

export function findFineGrainedRegenerateForm(doc: Document): HTMLFormElement | undefined {
  return doc.querySelector<HTMLFormElement>(S.FG_REGENERATE_FORM) ?? undefined;
}

/**
 * What a renewal reads on a fine-grained token's pages, for the fine-grained guide's page facts: the token's id in
 * the path of its page and its regenerate form, and whether the page is that form.
 */
export function readFineGrainedRenewalFacts(doc: Document, path: string): Pick<PageFacts, 'tokenId' | 'regenerateForm'> {
  const tokenId = fineGrainedTokenIdFromPath(path);
  const regenerateForm = !!findFineGrainedRegenerateForm(doc);
  return { ...(tokenId && { tokenId }), ...(regenerateForm && { regenerateForm }) };
}

/** A token's own page: its id in the path, on whichever settings page GitHub files it under; not a result. */
const onTokenPage = (facts: PageFacts) => !!facts.tokenId && !facts.regenerateForm && facts.kind !== 'sudo' && facts.kind !== 'fg-token-result';
const onRegenerateForm = (facts: PageFacts) => !!facts.regenerateForm && facts.kind !== 'sudo';
/** The pages a renewal passes through after the list; anywhere else, it leads back to the list. */
const onRenewalPath = (facts: PageFacts) => facts.kind === 'sudo' || facts.kind === 'fg-token-result' || onTokenPage(facts) || onRegenerateForm(facts);

const onTheForm = (use: (found: HTMLFormElement) => boolean) => (doc: Document) => {
  const found = findFineGrainedRegenerateForm(doc);
  return !!found && use(found);
};

/**
 * The renewal's own steps, read top to bottom like a tour; the fine-grained guide's tour appends its copy and
 * store steps for the result page.
 */
export const FINE_GRAINED_RENEWAL_STEPS: readonly StepDefinition[] = [
  {
    ...openToken,
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
    ...openRegenerate,
    title: 'steps.fgOpenRegenerate.title',
    body: 'steps.fgOpenRegenerate.body',
    appliesTo: onTokenPage,
    findTarget: findRegenerateControl,
    destination: 'fineGrainedTokens',
  },
  confirmAccess,
  {
    ...chooseRenewedExpiration,
    appliesTo: (facts, state) => onRegenerateForm(facts) && !isPastExpiration(state),
    findTarget: (doc) => form.findExpirationControl(findFineGrainedRegenerateForm(doc) ?? doc),
    isSatisfied: onTheForm(form.isExpirationChosen),
  },
  {
    ...confirmRegenerate,
    appliesTo: (facts, state) => onRegenerateForm(facts) && isPastExpiration(state),
    findTarget: (doc) => findRegenerateSubmit(findFineGrainedRegenerateForm(doc) ?? doc),
  },
];

/** Every step a fine-grained renewal walks, in order, for its count; with a known id it starts at the regenerate form. */
export const FINE_GRAINED_RENEWAL_STEP_ORDER = [
  'open-token',
  'open-regenerate',
  'confirm-access',
  'choose-expiration',
  'confirm-regenerate',
  'fg-copy-token',
  'store-token',
] as const;
