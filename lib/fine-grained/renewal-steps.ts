import type { PageFacts } from '../github/page';
import { renewalSteps } from '../steps/renewal-steps';

/**
 * Renewing a fine-grained token: from the fine-grained token list (or straight from a known id) to the token's
 * page `/settings/personal-access-tokens/<id>` and its regenerate form `…/<id>/regenerate`, then the new token on
 * the fine-grained result page, as after creating one. The classic renewal's steps and ids (they name the same
 * moves) on GitHub's fine-grained pages. The guide never clicks "Regenerate token".
 */

/**
 * The renewal's own steps, read top to bottom like a tour; the fine-grained guide's tour appends its copy and
 * store steps for the result page.
 */
export const FINE_GRAINED_RENEWAL_STEPS = renewalSteps(
  {
    // Its id in the path (lib/github/token-page.ts), on whichever settings page GitHub files it under.
    onTokenPage: (facts: PageFacts) => !!facts.tokenId && !facts.regenerateForm && facts.kind !== 'sudo' && facts.kind !== 'fg-token-result',
    onRegenerateForm: (facts: PageFacts) => !!facts.regenerateForm && facts.kind !== 'sudo',
    result: 'fg-token-result',
  },
  {
    openToken: { title: 'steps.fgOpenToken.title', body: 'steps.fgOpenToken.body' },
    openRegenerate: { title: 'steps.fgOpenRegenerate.title', body: 'steps.fgOpenRegenerate.body' },
    list: 'fineGrainedTokens',
  },
);

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
