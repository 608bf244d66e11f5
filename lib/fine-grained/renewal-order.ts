/**
 * Every step a fine-grained renewal walks, in order, for its count (callout and toolbar badge); with a known id it
 * starts at the regenerate form. A file of its own without dependencies: the background counts with it too.
 */
export const FINE_GRAINED_RENEWAL_STEP_ORDER = [
  'open-token',
  'open-regenerate',
  'confirm-access',
  'choose-expiration',
  'confirm-regenerate',
  'fg-copy-token',
  'store-token',
] as const;
