import { i18n } from '#i18n';

/** The form's expiration value in words: "30 days", "No expiration", or the custom date. */
export function expirationText(expiration: string, customDate: string | undefined): string {
  if (expiration === 'none') return i18n.t('settings.noExpiration');
  if (expiration === 'custom') return customDate || i18n.t('prefillReview.customWithoutDate');
  return /^\d+$/.test(expiration) ? i18n.t('common.days', Number(expiration)) : i18n.t('prefillReview.noExpirationControl');
}
