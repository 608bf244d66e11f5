import * as z from 'zod/mini';
import { i18n } from '#i18n';
import { scopeListSchema } from '../github/scopes';
import { DEFAULT_PRESET_ID, PRESET_CHOICES } from '../presets';
import { DEFAULT_TOKEN_KIND } from '../token-kinds';
import { DEFAULT_EXPIRATION, expirationSchema } from './expiration';
import { DEFAULT_FINE_GRAINED, DEFAULT_KIND_CHOICE, fineGrainedSchema, kindChoiceSchema, tokenKindSchema } from './fine-grained';
import { DEFAULT_NOTE_TEMPLATE, noteTemplateSchema } from './note';

/** Current shape of the stored settings (storage item version 3; versions 1 and 2 are in migrations.ts). */
export const SETTINGS_VERSION = 3;

export const REMINDER_DAYS_MIN = 1;
export const REMINDER_DAYS_MAX = 30;
// Messages are functions: zod asks for them when a value fails, in the language of that moment.
const REMINDER_DAYS_MESSAGE = () => i18n.t('settings.daysRange', { min: REMINDER_DAYS_MIN, max: REMINDER_DAYS_MAX });

export const remindersSchema = z.object(
  {
    enabled: z.boolean({ error: () => i18n.t('settings.chooseReminded') }),
    daysBefore: z
      .int({ error: REMINDER_DAYS_MESSAGE })
      .check(z.gte(REMINDER_DAYS_MIN, { error: REMINDER_DAYS_MESSAGE }), z.lte(REMINDER_DAYS_MAX, { error: REMINDER_DAYS_MESSAGE })),
  },
  { error: () => i18n.t('settings.chooseReminder') },
);

/** One schema per field, so stored data can be repaired field by field. */
export const settingsFieldSchemas = {
  presetId: z.enum(PRESET_CHOICES, { error: () => i18n.t('settings.choosePreset') }),
  customScopes: scopeListSchema,
  noteTemplate: noteTemplateSchema,
  expiration: expirationSchema,
  reminders: remindersSchema,
  tokenKind: tokenKindSchema,
  kindChoice: kindChoiceSchema,
  fineGrained: fineGrainedSchema,
};

export const settingsSchema = z.object(settingsFieldSchemas);
export type Settings = z.infer<typeof settingsSchema>;
export type SettingsField = keyof Settings;
export const SETTINGS_FIELDS = Object.keys(settingsFieldSchemas) as SettingsField[];

/** How each field is named in messages about it. */
export function settingsFieldLabel(field: SettingsField): string {
  return i18n.t(`settings.field.${field}` as const);
}

export const DEFAULT_SETTINGS: Settings = {
  presetId: DEFAULT_PRESET_ID,
  customScopes: [],
  noteTemplate: DEFAULT_NOTE_TEMPLATE,
  expiration: DEFAULT_EXPIRATION,
  reminders: { enabled: true, daysBefore: 3 },
  tokenKind: DEFAULT_TOKEN_KIND,
  kindChoice: DEFAULT_KIND_CHOICE,
  fineGrained: DEFAULT_FINE_GRAINED,
};
