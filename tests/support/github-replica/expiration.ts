/** Expiration presets of the classic form (UI reference §6.3), shared by both widgets. */
export const EXPIRATION_CHOICES = [
  { value: '7', label: '7 days' },
  { value: '30', label: '30 days' },
  { value: '60', label: '60 days' },
  { value: '90', label: '90 days' },
  { value: 'custom', label: 'Custom...' },
  { value: 'none', label: 'No expiration' },
] as const;

export const DEFAULT_EXPIRATION = '30';

export function isExpirationValue(value: string | undefined): value is string {
  return EXPIRATION_CHOICES.some((choice) => choice.value === value);
}

const DATE = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
const LONG_DATE = new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });

function inDays(days: number, now: Date): Date {
  return new Date(now.getTime() + days * 86_400_000);
}

/** "30 days (Sep 24, 2026)", as the action-menu opener shows it. */
export function openerLabel(value: string, now: Date): string {
  const choice = EXPIRATION_CHOICES.find((candidate) => candidate.value === value) ?? EXPIRATION_CHOICES[1];
  if (!/^\d+$/.test(choice.value)) return choice.label;
  return `${choice.label} (${DATE.format(inDays(Number(choice.value), now))})`;
}

export function expirationNote(value: string, now: Date): string {
  if (value === 'none') return 'The token will never expire!';
  if (value === 'custom') return 'The token will expire on the selected date';
  return `The token will expire on ${LONG_DATE.format(inDays(Number(value), now))}`;
}
