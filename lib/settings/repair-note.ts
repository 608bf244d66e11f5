import { i18n } from '#i18n';

/** The note for a stored value that was replaced: what it was (`field`, already named) and why. */
export function replacedNote(field: string, reason: string | undefined): string {
  if (!reason) return i18n.t('settings.invalid', { field });
  return i18n.t('settings.invalidBecause', { field, reason: reason.replace(/\.$/, '') });
}

export function quoted(names: readonly string[]): string {
  return names.map((name) => `"${name}"`).join(', ');
}

export function describe(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
}
