import { i18n } from '#i18n';
import { splitScopes, type ScopeName } from '../github/scopes';
import { isRecord } from './migrations';
import {
  DEFAULT_SETTINGS,
  remindersSchema,
  SETTINGS_FIELDS,
  settingsFieldLabel,
  settingsFieldSchemas,
  type Settings,
  type SettingsField,
} from './schema';

/**
 * Reads stored settings that may be old, hand-edited, synced from another version or corrupt.
 * Never throws: every field that is still valid is kept, every other one falls back to its
 * default, and each repair is described in a note the user is shown once.
 */
export interface ParsedSettings {
  settings: Settings;
  notes: string[];
}

export function parseSettings(raw: unknown): ParsedSettings {
  if (raw === null || raw === undefined) return { settings: DEFAULT_SETTINGS, notes: [] };
  const record = asRecord(raw);
  if (!record) return { settings: DEFAULT_SETTINGS, notes: [i18n.t('settings.unreadable')] };
  const notes: string[] = [];
  const settings: Record<string, unknown> = {};
  for (const field of SETTINGS_FIELDS) {
    const value = Object.hasOwn(record, field) ? record[field] : undefined;
    settings[field] = parseField(field, value, notes);
  }
  const unknown = Object.keys(record).filter((key) => !SETTINGS_FIELDS.includes(key as SettingsField));
  if (unknown.length > 0) notes.push(i18n.t('settings.ignored', { names: quoted(unknown) }));
  return { settings: settings as Settings, notes };
}

function parseField(field: SettingsField, value: unknown, notes: string[]): unknown {
  if (value === undefined) return DEFAULT_SETTINGS[field];
  if (field === 'customScopes') return parseCustomScopes(value, notes);
  if (field === 'reminders') return parseReminders(value, notes);
  const result = settingsFieldSchemas[field].safeParse(value);
  if (result.success) return result.data;
  notes.push(resetNote(field, result.error.issues[0]?.message));
  return DEFAULT_SETTINGS[field];
}

function parseCustomScopes(value: unknown, notes: string[]): ScopeName[] {
  const list = asList(value);
  if (!list) {
    notes.push(resetNote('customScopes', i18n.t('settings.notAList')));
    return DEFAULT_SETTINGS.customScopes;
  }
  const { valid, unknown } = splitScopes(list);
  if (unknown.length > 0) notes.push(i18n.t('settings.unknownScopesRemoved', unknown.length, { names: quoted(unknown) }));
  return valid;
}

/** Each half of the reminder setting survives on its own. */
function parseReminders(value: unknown, notes: string[]): Settings['reminders'] {
  const whole = remindersSchema.safeParse(value);
  if (whole.success) return whole.data;
  const record = isRecord(value) ? value : {};
  const fallback = DEFAULT_SETTINGS.reminders;
  const enabled = remindersSchema.shape.enabled.safeParse(record.enabled);
  const daysBefore = remindersSchema.shape.daysBefore.safeParse(record.daysBefore);
  notes.push(resetNote('reminders', (daysBefore.error ?? enabled.error ?? whole.error).issues[0]?.message));
  return {
    enabled: enabled.success ? enabled.data : fallback.enabled,
    daysBefore: daysBefore.success ? daysBefore.data : fallback.daysBefore,
  };
}

function resetNote(field: SettingsField, reason: string | undefined): string {
  const name = settingsFieldLabel(field);
  if (!reason) return i18n.t('settings.invalid', { field: name });
  return i18n.t('settings.invalidBecause', { field: name, reason: reason.replace(/\.$/, '') });
}

/** Settings stored as JSON text (a double-encoded write, a hand edit) are still read. */
function asRecord(raw: unknown): Record<string, unknown> | undefined {
  if (isRecord(raw)) return raw;
  const parsed = typeof raw === 'string' ? parseJson(raw) : undefined;
  return isRecord(parsed) ? parsed : undefined;
}

function asList(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value;
  if (typeof value !== 'string') return undefined;
  const parsed = value.trim().startsWith('[') ? parseJson(value) : value.split(',').map((name) => name.trim());
  return Array.isArray(parsed) ? parsed.filter((name) => name !== '') : undefined;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function quoted(names: readonly string[]): string {
  return names.map((name) => `"${name}"`).join(', ');
}
