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

export function stepNumber(id: StepId): number {
  return STEP_IDS.indexOf(id) + 1;
}
