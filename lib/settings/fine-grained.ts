import * as z from 'zod/mini';
import { i18n } from '#i18n';
import {
  ACCESS_LEVELS,
  ACCOUNT_PERMISSION_KEYS,
  ORGANIZATION_PERMISSION_KEYS,
  REPOSITORY_PERMISSION_KEYS,
} from '../github/permission-keys';
import { DEFAULT_FINE_GRAINED_PRESET_ID, FINE_GRAINED_PRESET_CHOICES } from '../fine-grained/presets';
import { KIND_FACT_IDS, PURPOSE_IDS } from '../token-kind-chooser';
import { TOKEN_KINDS } from '../token-kinds';
import { DEFAULT_EXPIRATION, expirationSchema } from './expiration';

/**
 * The settings version 3 added: which kind of token "Start guide" makes, the kind chooser's last answers,
 * and what a fine-grained token asks for. The fine-grained expiration shares the classic field's schema:
 * GitHub's fine-grained form has the same expiration menu and the same 1–366 day range for a custom period.
 */
export const tokenKindSchema = z.enum(TOKEN_KINDS, { error: () => i18n.t('settings.chooseTokenKind') });

export const kindChoiceSchema = z.object(
  {
    purpose: z.nullable(z.enum(PURPOSE_IDS, { error: () => i18n.t('settings.choosePurpose') })),
    facts: z.array(z.enum(KIND_FACT_IDS, { error: () => i18n.t('settings.chooseFacts') })),
  },
  { error: () => i18n.t('settings.chooseKindChoice') },
);
export type KindChoiceSetting = z.infer<typeof kindChoiceSchema>;

const PERMISSION_KEY_TUPLE = [...REPOSITORY_PERMISSION_KEYS, ...ACCOUNT_PERMISSION_KEYS, ...ORGANIZATION_PERMISSION_KEYS] as const;

export const permissionGrantSchema = z.object(
  {
    key: z.enum(PERMISSION_KEY_TUPLE, { error: () => i18n.t('settings.choosePermission') }),
    access: z.enum(ACCESS_LEVELS, { error: () => i18n.t('settings.chooseAccess') }),
  },
  { error: () => i18n.t('settings.choosePermission') },
);

/** A permission listed twice would leave it open which access is meant. */
export const permissionListSchema = z.array(permissionGrantSchema, { error: () => i18n.t('settings.notAPermissionList') }).check(
  z.refine((grants) => new Set(grants.map((grant) => grant.key)).size === grants.length, {
    error: () => i18n.t('settings.permissionTwice'),
  }),
);

export const fineGrainedPresetIdSchema = z.enum(FINE_GRAINED_PRESET_CHOICES, {
  error: () => i18n.t('settings.chooseFineGrainedPreset'),
});

export const fineGrainedSchema = z.object(
  {
    presetId: fineGrainedPresetIdSchema,
    customPermissions: permissionListSchema,
    expiration: expirationSchema,
  },
  { error: () => i18n.t('settings.chooseFineGrained') },
);
export type FineGrainedSettings = z.infer<typeof fineGrainedSchema>;

export const DEFAULT_KIND_CHOICE: KindChoiceSetting = { purpose: null, facts: [] };

export const DEFAULT_FINE_GRAINED: FineGrainedSettings = {
  presetId: DEFAULT_FINE_GRAINED_PRESET_ID,
  customPermissions: [],
  expiration: DEFAULT_EXPIRATION,
};
