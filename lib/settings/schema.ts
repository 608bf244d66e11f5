import * as z from 'zod/mini';
import { scopeListSchema } from '../github/scopes';
import { DEFAULT_PRESET_ID, PRESET_CHOICES } from '../presets';
import { DEFAULT_EXPIRATION, expirationSchema } from './expiration';
import { DEFAULT_NOTE_TEMPLATE, noteTemplateSchema } from './note';

/** Current shape of the stored settings (storage item version 2; version 1 is in migrations.ts). */
export const SETTINGS_VERSION = 2;

export const REMINDER_DAYS_MIN = 1;
export const REMINDER_DAYS_MAX = 30;
const REMINDER_DAYS_MESSAGE = `Enter a whole number of days from ${REMINDER_DAYS_MIN} to ${REMINDER_DAYS_MAX}.`;

export const remindersSchema = z.object(
  {
    enabled: z.boolean({ error: 'Choose whether to be reminded.' }),
    daysBefore: z
      .int({ error: REMINDER_DAYS_MESSAGE })
      .check(z.gte(REMINDER_DAYS_MIN, { error: REMINDER_DAYS_MESSAGE }), z.lte(REMINDER_DAYS_MAX, { error: REMINDER_DAYS_MESSAGE })),
  },
  { error: 'Choose whether and when to be reminded.' },
);

/** One schema per field, so stored data can be repaired field by field. */
export const settingsFieldSchemas = {
  presetId: z.enum(PRESET_CHOICES, { error: 'Choose one of the listed presets.' }),
  customScopes: scopeListSchema,
  noteTemplate: noteTemplateSchema,
  expiration: expirationSchema,
  reminders: remindersSchema,
};

export const settingsSchema = z.object(settingsFieldSchemas);
export type Settings = z.infer<typeof settingsSchema>;
export type SettingsField = keyof Settings;
export const SETTINGS_FIELDS = Object.keys(settingsFieldSchemas) as SettingsField[];

/** How each field is named in messages about it. */
export const SETTINGS_FIELD_LABELS: Record<SettingsField, string> = {
  presetId: 'default preset',
  customScopes: 'custom scope list',
  noteTemplate: 'note template',
  expiration: 'default expiration',
  reminders: 'reminder setting',
};

export const DEFAULT_SETTINGS: Settings = {
  presetId: DEFAULT_PRESET_ID,
  customScopes: [],
  noteTemplate: DEFAULT_NOTE_TEMPLATE,
  expiration: DEFAULT_EXPIRATION,
  reminders: { enabled: true, daysBefore: 3 },
};
