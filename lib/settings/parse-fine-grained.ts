import { i18n } from '#i18n';
import { grantsInCatalogueOrder } from '../fine-grained/presets';
import type { PermissionGrant } from '../github/permission-keys';
import { isKindFactId, isPurposeId, type KindFactId } from '../token-kind-chooser';
import { expirationSchema } from './expiration';
import {
  DEFAULT_FINE_GRAINED,
  DEFAULT_KIND_CHOICE,
  type FineGrainedSettings,
  fineGrainedPresetIdSchema,
  kindChoiceSchema,
  type KindChoiceSetting,
  permissionGrantSchema,
} from './fine-grained';
import { isRecord } from './migrations';
import type { PresetFallback } from './preset-fallback';
import { describe, quoted, replacedNote } from './repair-note';

/**
 * Field-by-field repair of the settings version 3 added (see parse.ts): each part that is still valid
 * survives on its own, and each replaced part is named in a note.
 */

/** The chooser's answers: a purpose this version does not know is forgotten, unknown facts are dropped. */
export function parseKindChoice(value: unknown, notes: string[]): KindChoiceSetting {
  const whole = kindChoiceSchema.safeParse(value);
  if (whole.success) return whole.data;
  const record = isRecord(value) ? value : {};
  const purpose = record.purpose === null || isPurposeId(record.purpose) ? record.purpose : DEFAULT_KIND_CHOICE.purpose;
  const facts: KindFactId[] = Array.isArray(record.facts) ? [...new Set(record.facts.filter(isKindFactId))] : [];
  notes.push(replacedNote(i18n.t('settings.field.kindChoice'), undefined));
  return { purpose, facts };
}

export interface ParsedFineGrained {
  fineGrained: FineGrainedSettings;
  /** Set when the stored preset could not be used; the plan then says so (plan-from-settings.ts). */
  presetFallback?: PresetFallback;
}

export function parseFineGrained(value: unknown, notes: string[]): ParsedFineGrained {
  if (!isRecord(value)) {
    notes.push(replacedNote(i18n.t('settings.field.fineGrained'), i18n.t('settings.chooseFineGrained')));
    return { fineGrained: DEFAULT_FINE_GRAINED };
  }
  const fineGrained = {
    presetId: DEFAULT_FINE_GRAINED.presetId,
    customPermissions: parsePermissions(value.customPermissions, notes),
    expiration: parseExpiration(value.expiration, notes),
  };
  const preset = fineGrainedPresetIdSchema.safeParse(value.presetId);
  if (preset.success) return { fineGrained: { ...fineGrained, presetId: preset.data } };
  // Like a classic preset, one that cannot be used falls back to the narrowest (the default here) and says so.
  const stored = value.presetId === undefined ? undefined : describe(value.presetId);
  return { fineGrained, presetFallback: { stored } };
}

/** Valid grants survive; unknown keys or access values are dropped and named. */
function parsePermissions(value: unknown, notes: string[]): PermissionGrant[] {
  if (value === undefined) return DEFAULT_FINE_GRAINED.customPermissions;
  if (!Array.isArray(value)) {
    notes.push(replacedNote(i18n.t('settings.field.fineGrainedPermissions'), i18n.t('settings.notAPermissionList')));
    return DEFAULT_FINE_GRAINED.customPermissions;
  }
  const valid: PermissionGrant[] = [];
  const dropped: string[] = [];
  for (const item of value) {
    const grant = permissionGrantSchema.safeParse(item);
    if (grant.success) valid.push(grant.data);
    else dropped.push(describe(item));
  }
  if (dropped.length > 0) notes.push(i18n.t('settings.unknownPermissionsRemoved', dropped.length, { names: quoted(dropped) }));
  return grantsInCatalogueOrder(valid);
}

function parseExpiration(value: unknown, notes: string[]): FineGrainedSettings['expiration'] {
  if (value === undefined) return DEFAULT_FINE_GRAINED.expiration;
  const result = expirationSchema.safeParse(value);
  if (result.success) return result.data;
  notes.push(replacedNote(i18n.t('settings.field.fineGrainedExpiration'), result.error.issues[0]?.message));
  return DEFAULT_FINE_GRAINED.expiration;
}
