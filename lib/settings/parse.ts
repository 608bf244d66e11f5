import { i18n } from '#i18n';
import { splitScopes, type ScopeName } from '../github/scopes';
import { findPreset } from '../presets';
import { isRecord } from './migrations';
import { parseFineGrained, parseKindChoice } from './parse-fine-grained';
import { FALLBACK_PRESET_ID, fineGrainedPresetFallbackNotice, type PresetFallback, presetFallbackNotice } from './preset-fallback';
import { describe, quoted, replacedNote } from './repair-note';
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
 * default, and each repair is described in a note the user is shown once. A preset that cannot be
 * used is the exception: it falls back to the narrowest preset, and `presetFallback` says so on every
 * read, so the form can say it every time until the settings are saved again.
 */
export interface ParsedSettings {
  settings: Settings;
  notes: string[];
  presetFallback?: PresetFallback;
  /** The same for the fine-grained preset (settings.fineGrained.presetId). */
  fineGrainedPresetFallback?: PresetFallback;
}

export function parseSettings(raw: unknown): ParsedSettings {
  if (raw === null || raw === undefined) return { settings: DEFAULT_SETTINGS, notes: [] };
  const record = asRecord(raw);
  if (!record) return withFallbackPreset(DEFAULT_SETTINGS, [i18n.t('settings.unreadable')], { stored: undefined });
  const notes: string[] = [];
  const settings: Record<string, unknown> = {};
  for (const field of SETTINGS_FIELDS) {
    const value = Object.hasOwn(record, field) ? record[field] : undefined;
    settings[field] = parseField(field, value, notes);
  }
  const fineGrained = Object.hasOwn(record, 'fineGrained') ? parseFineGrained(record.fineGrained, notes) : undefined;
  if (fineGrained) settings.fineGrained = fineGrained.fineGrained;
  const unknown = Object.keys(record).filter((key) => !SETTINGS_FIELDS.includes(key as SettingsField));
  if (unknown.length > 0) notes.push(i18n.t('settings.ignored', { names: quoted(unknown) }));
  const parsed = withFineGrainedFallback({ settings: settings as Settings, notes }, fineGrained?.presetFallback);
  const preset = settings.presetId;
  if (settingsFieldSchemas.presetId.safeParse(preset).success) return parsed;
  return { ...withFallbackPreset(parsed.settings, parsed.notes, { stored: describe(preset) }), ...fineGrainedOnly(parsed) };
}

function withFineGrainedFallback(parsed: ParsedSettings, fallback: PresetFallback | undefined): ParsedSettings {
  if (!fallback) return parsed;
  const note = fineGrainedPresetFallbackNotice(fallback);
  return { ...parsed, notes: [...parsed.notes, note], fineGrainedPresetFallback: fallback };
}

function fineGrainedOnly({ fineGrainedPresetFallback }: ParsedSettings): Pick<ParsedSettings, 'fineGrainedPresetFallback'> {
  return fineGrainedPresetFallback ? { fineGrainedPresetFallback } : {};
}

/** The narrowest preset instead of one that cannot be used, with a note naming the scopes it gives. */
function withFallbackPreset(settings: Settings, notes: string[], presetFallback: PresetFallback): ParsedSettings {
  const scopes = findPreset(FALLBACK_PRESET_ID)?.scopes ?? [];
  return {
    settings: { ...settings, presetId: FALLBACK_PRESET_ID },
    notes: [...notes, presetFallbackNotice(presetFallback, scopes)],
    presetFallback,
  };
}

function parseField(field: SettingsField, value: unknown, notes: string[]): unknown {
  if (value === undefined) return DEFAULT_SETTINGS[field];
  if (field === 'presetId') return value; // judged and repaired as a whole by parseSettings
  if (field === 'customScopes') return parseCustomScopes(value, notes);
  if (field === 'reminders') return parseReminders(value, notes);
  if (field === 'kindChoice') return parseKindChoice(value, notes);
  if (field === 'fineGrained') return value; // repaired part by part by parseSettings
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
  return replacedNote(settingsFieldLabel(field), reason);
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

