import type { TokenKind } from '../token-kinds';

/**
 * Step ids are part of the product's interface: the popup checklist, the
 * `data-pat-pilot-step` marker and the tests all use them. Order is the tour order.
 */
export const STEP_IDS = [
  'open-user-menu',
  'open-settings',
  'open-developer-settings',
  'open-personal-access-tokens',
  'open-tokens-classic',
  'open-generate-menu',
  'choose-classic',
  'confirm-access',
  'fill-note',
  'choose-expiration',
  'review-scopes',
  'generate-token',
  'copy-token',
  'store-token',
  'authorize-sso',
] as const;

export type StepId = (typeof STEP_IDS)[number];

/** The steps on the token form, in order; each but the last has a "Next" button. */
export const FORM_STEP_IDS = ['fill-note', 'choose-expiration', 'review-scopes', 'generate-token'] as const;
export type FormStepId = (typeof FORM_STEP_IDS)[number];

/**
 * A renewal guide (lib/steps/renewal-steps.ts) has steps of its own besides shared ones. They are not numbered
 * tour steps of the creation guide: a renewal counts its steps in RENEWAL_STEP_ORDER, in the callout and the
 * badge alike, and the popup's checklist lists that order instead of the creation tour while a renewal runs.
 */
export const RENEWAL_STEP_IDS = ['open-token', 'open-regenerate', 'confirm-regenerate'] as const;
export type RenewalStepId = (typeof RENEWAL_STEP_IDS)[number];

/** Every step a renewal walks, in order; with a known token id it starts at the regenerate form. */
export const RENEWAL_STEP_ORDER = [
  'open-token',
  'open-regenerate',
  'confirm-access',
  'choose-expiration',
  'confirm-regenerate',
  'copy-token',
  'store-token',
  'authorize-sso',
] as const satisfies readonly (StepId | RenewalStepId)[];

/**
 * A fine-grained token's guide (lib/fine-grained/steps) shares the first steps, confirm-access and store-token
 * with the classic tour and has these of its own. It counts its steps in FINE_GRAINED_STEP_ORDER.
 */
export const FINE_GRAINED_STEP_IDS = [
  'open-tokens-fine-grained',
  'fg-generate-new-token',
  'fg-name',
  'fg-resource-owner',
  'fg-expiration',
  'fg-repository-access',
  'fg-permissions',
  'fg-generate-token',
  'fg-copy-token',
] as const;
export type FineGrainedStepId = (typeof FINE_GRAINED_STEP_IDS)[number];

/** The steps on the fine-grained form, in order; each but the last has a "Next" button. */
export const FINE_GRAINED_FORM_STEP_IDS = [
  'fg-name',
  'fg-resource-owner',
  'fg-expiration',
  'fg-repository-access',
  'fg-permissions',
  'fg-generate-token',
] as const;
export type FineGrainedFormStepId = (typeof FINE_GRAINED_FORM_STEP_IDS)[number];

/** Every step the fine-grained guide walks, in order (single sign-on does not apply: organizations approve such tokens instead). */
export const FINE_GRAINED_STEP_ORDER = [
  'open-user-menu',
  'open-settings',
  'open-developer-settings',
  'open-personal-access-tokens',
  'open-tokens-fine-grained',
  'fg-generate-new-token',
  'confirm-access',
  // FINE_GRAINED_FORM_STEP_IDS, listed rather than spread: a spread stays in every bundle importing this file.
  'fg-name',
  'fg-resource-owner',
  'fg-expiration',
  'fg-repository-access',
  'fg-permissions',
  'fg-generate-token',
  'fg-copy-token',
  'store-token',
] as const satisfies readonly (StepId | FineGrainedStepId)[];

/** A step the guide state may record: one of any guide. */
// Built in a pure call: only the schemas use the list, and a bare spread would stay in the guide scripts unused.
export const GUIDE_STEP_IDS = /* @__PURE__ */ (() => [...STEP_IDS, ...RENEWAL_STEP_IDS, ...FINE_GRAINED_STEP_IDS] as const)();
export type AnyStepId = (typeof GUIDE_STEP_IDS)[number];

/** What a guide is for: creating a token, or renewing (regenerating) one. */
export const GUIDE_KINDS = ['create', 'renew'] as const;
export type GuideKind = (typeof GUIDE_KINDS)[number];

/**
 * The 1-based position of a step in its guide's own count, and that count; 0 for a step outside it.
 * A renewal counts its own order whatever the token kind; a creation counts the tour of its token kind.
 */
export function stepPosition(kind: GuideKind, id: string, tokenKind: TokenKind = 'classic'): { number: number; total: number } {
  return positionIn(kind === 'renew' ? RENEWAL_STEP_ORDER : tokenKind === 'fine-grained' ? FINE_GRAINED_STEP_ORDER : STEP_IDS, id);
}

/** A step's position in one order; the guide scripts name their own orders, so neither carries the other's. */
export function positionIn(order: readonly string[], id: string): { number: number; total: number } {
  return { number: order.indexOf(id) + 1, total: order.length };
}
