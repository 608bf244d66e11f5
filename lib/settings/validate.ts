import { isRecord } from './migrations';
import { DEFAULT_SETTINGS, SETTINGS_FIELDS, settingsFieldSchemas, type Settings, type SettingsField } from './schema';

/**
 * Fields version 3 added take their default when the input does not name them at all, as when they are
 * read (parse.ts): input shaped like version 2 says nothing about them. A value that is there is judged.
 */
const ADDED_IN_V3: readonly SettingsField[] = ['tokenKind', 'kindChoice', 'fineGrained'];

/**
 * Strict check of settings the user is about to save: unlike parse.ts nothing is repaired
 * or dropped, every problem becomes a message next to its field, and nothing is saved.
 */
export type SettingsErrors = Partial<Record<SettingsField, string[]>>;

export type SettingsValidation = { ok: true; settings: Settings } | { ok: false; errors: SettingsErrors };

export function validateSettings(input: unknown): SettingsValidation {
  const record = isRecord(input) ? input : {};
  const errors: SettingsErrors = {};
  const settings: Record<string, unknown> = {};
  for (const field of SETTINGS_FIELDS) {
    const value = record[field] === undefined && ADDED_IN_V3.includes(field) ? DEFAULT_SETTINGS[field] : record[field];
    const result = settingsFieldSchemas[field].safeParse(value);
    if (result.success) settings[field] = result.data;
    else errors[field] = unique(result.error.issues.map((issue) => issue.message));
  }
  return Object.keys(errors).length === 0 ? { ok: true, settings: settings as Settings } : { ok: false, errors };
}

function unique(messages: string[]): string[] {
  return [...new Set(messages)];
}
