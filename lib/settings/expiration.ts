import * as z from 'zod/mini';
import { i18n } from '#i18n';
import type { PrefillExpiration } from '../github/prefill-url';
import { addDays, localDate } from './local-time';

/** GitHub's own expiration options, a custom number of days, or none (github-ui.md §6.3). */
export const EXPIRATION_PRESET_DAYS = [7, 30, 60, 90] as const;
export const CUSTOM_DAYS_MIN = 1;
/** Organisation lifetime policies allow up to 366 days, the longest custom period we offer. */
export const CUSTOM_DAYS_MAX = 366;

/** GitHub's warning next to "No expiration" (word for word in English), repeated wherever we offer it. */
export function noExpirationWarning(): string {
  return i18n.t('settings.noExpirationWarning');
}

// Messages are functions: zod asks for them when a value fails, in the language of that moment.
const CUSTOM_DAYS_MESSAGE = () => i18n.t('settings.daysRange', { min: CUSTOM_DAYS_MIN, max: CUSTOM_DAYS_MAX });

export const customDaysSchema = z.int({ error: CUSTOM_DAYS_MESSAGE }).check(
  z.gte(CUSTOM_DAYS_MIN, { error: CUSTOM_DAYS_MESSAGE }),
  z.lte(CUSTOM_DAYS_MAX, { error: CUSTOM_DAYS_MESSAGE }),
);

export const expirationSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({
      kind: z.literal('preset'),
      days: z.literal(EXPIRATION_PRESET_DAYS, { error: () => i18n.t('settings.choosePresetDays') }),
    }),
    z.object({ kind: z.literal('custom'), days: customDaysSchema }),
    z.object({ kind: z.literal('none') }),
  ],
  { error: () => i18n.t('settings.chooseExpiration') },
);

export type Expiration = z.infer<typeof expirationSchema>;

export const DEFAULT_EXPIRATION: Expiration = { kind: 'preset', days: 30 };

export function expirationLabel(expiration: Expiration): string {
  if (expiration.kind === 'none') return i18n.t('settings.noExpiration');
  const days = i18n.t('common.days', expiration.days);
  return expiration.kind === 'custom' ? i18n.t('settings.customDays', { days }) : days;
}

/** The URL value for the fast path; custom days have none (see prefill-url.ts). */
export function prefillExpiration(expiration: Expiration): PrefillExpiration | undefined {
  if (expiration.kind === 'none') return 'none';
  return expiration.kind === 'preset' ? (String(expiration.days) as PrefillExpiration) : undefined;
}

/** The `YYYY-MM-DD` value for GitHub's custom date input, counted from `now`. */
export function customExpiryDate(days: number, now: Date): string {
  return localDate(addDays(now, days));
}

/** When a token created at `now` with this setting expires; null when it never does. */
export function expiresAt(expiration: Expiration, now: Date): Date | null {
  return expiration.kind === 'none' ? null : addDays(now, expiration.days);
}
