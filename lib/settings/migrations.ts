import { DEFAULT_TOKEN_KIND } from '../token-kinds';
import { EXPIRATION_PRESET_DAYS } from './expiration';
import { DEFAULT_FINE_GRAINED, DEFAULT_KIND_CHOICE } from './fine-grained';

/**
 * Version 1 of the settings item kept every field as a flat string, the way a plain HTML form
 * hands them over. Version 2 (schema.ts) stores typed values. Migrations only reshape: they
 * never validate or throw, so whatever they pass on is checked and repaired by parse.ts.
 */
export interface SettingsV1 {
  preset: string;
  /** Comma-separated scope names, e.g. "repo,workflow". */
  scopes: string;
  note: string;
  /** "7" … "366" or "none". */
  expirationDays: string;
  /** Days before expiry to remind; "0" or "" turned reminders off. */
  reminderDays: string;
}

const REMINDER_DAYS_WHEN_OFF = 3;

export function migrateSettingsV1(value: unknown): unknown {
  // fromEntries defines own properties, so a hostile "__proto__" key stays an inert field.
  return isRecord(value) ? Object.fromEntries(Object.entries(value).map(([key, field]) => migrateField(key, field))) : value;
}

function migrateField(key: string, field: unknown): [string, unknown] {
  if (key === 'preset') return ['presetId', field];
  if (key === 'scopes') return ['customScopes', splitList(field)];
  if (key === 'note') return ['noteTemplate', field];
  if (key === 'expirationDays') return ['expiration', expirationFromV1(field)];
  if (key === 'reminderDays') return ['reminders', remindersFromV1(field)];
  return [key, field];
}

/**
 * Version 3 added the token kind, the kind chooser's answers and the fine-grained settings. Their defaults
 * keep everything as it was (classic tokens), so they are added silently; fields already there (synced
 * from a newer version, say) are kept for parse.ts to judge.
 */
export function migrateSettingsV2(value: unknown): unknown {
  if (!isRecord(value)) return value;
  const added = { tokenKind: DEFAULT_TOKEN_KIND, kindChoice: DEFAULT_KIND_CHOICE, fineGrained: DEFAULT_FINE_GRAINED };
  // Spread into a fresh object: own properties only, so a hostile "__proto__" key stays an inert field.
  return Object.fromEntries([...Object.entries(added), ...Object.entries(value)]);
}

/** Migrations for the WXT storage item, keyed by the version they produce. */
export const SETTINGS_MIGRATIONS = { 2: migrateSettingsV1, 3: migrateSettingsV2 };

function splitList(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  return value
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

function expirationFromV1(value: unknown): unknown {
  if (value === 'none') return { kind: 'none' };
  const days = wholeNumber(value);
  if (days === undefined) return value;
  const preset = EXPIRATION_PRESET_DAYS.includes(days as never);
  return { kind: preset ? 'preset' : 'custom', days };
}

function remindersFromV1(value: unknown): unknown {
  if (value === '' || value === '0') return { enabled: false, daysBefore: REMINDER_DAYS_WHEN_OFF };
  const days = wholeNumber(value);
  return days === undefined ? value : { enabled: true, daysBefore: days };
}

function wholeNumber(value: unknown): number | undefined {
  return typeof value === 'string' && /^\d{1,4}$/.test(value.trim()) ? Number(value) : undefined;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
