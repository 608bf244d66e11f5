import type { FineGrainedPresetChoice } from '../fine-grained/presets';
import type { PermissionGrant } from '../github/permission-keys';
import { childrenOf, inCatalogueOrder, type ScopeName } from '../github/scopes';
import type { PresetChoice } from '../presets';
import type { TokenKind } from '../token-kinds';
import type { Expiration } from './expiration';
import type { KindChoiceSetting } from './fine-grained';
import type { Settings } from './schema';

/**
 * The options form as the user edits it. Number fields stay text while typed, so "4" on the
 * way to "45" or a stray letter is shown back as typed and judged only by the schema.
 */
export const EXPIRATION_CHOICES = ['7', '30', '60', '90', 'custom', 'none'] as const;
export type ExpirationChoice = (typeof EXPIRATION_CHOICES)[number];

export interface SettingsDraft {
  presetId: PresetChoice;
  customScopes: ScopeName[];
  noteTemplate: string;
  expirationChoice: ExpirationChoice;
  customDays: string;
  remindersEnabled: boolean;
  reminderDays: string;
  tokenKind: TokenKind;
  /** Not shown on the options page (the popup's chooser sets it): carried through unchanged. */
  kindChoice: KindChoiceSetting;
  fineGrainedPresetId: FineGrainedPresetChoice;
  fineGrainedPermissions: PermissionGrant[];
  fineGrainedExpirationChoice: ExpirationChoice;
  fineGrainedCustomDays: string;
}

export function toDraft(settings: Settings): SettingsDraft {
  const { expiration, reminders, fineGrained } = settings;
  return {
    presetId: settings.presetId,
    customScopes: settings.customScopes,
    noteTemplate: settings.noteTemplate,
    expirationChoice: expirationChoice(expiration),
    customDays: customDaysText(expiration),
    remindersEnabled: reminders.enabled,
    reminderDays: String(reminders.daysBefore),
    tokenKind: settings.tokenKind,
    kindChoice: settings.kindChoice,
    fineGrainedPresetId: fineGrained.presetId,
    fineGrainedPermissions: fineGrained.customPermissions,
    fineGrainedExpirationChoice: expirationChoice(fineGrained.expiration),
    fineGrainedCustomDays: customDaysText(fineGrained.expiration),
  };
}

function expirationChoice(expiration: Expiration): ExpirationChoice {
  return expiration.kind === 'preset' ? (String(expiration.days) as ExpirationChoice) : expiration.kind;
}

function customDaysText(expiration: Expiration): string {
  return expiration.kind === 'custom' ? String(expiration.days) : '';
}

/** Settings-shaped input for `saveSettings`, which decides whether it is valid. */
export function fromDraft(draft: SettingsDraft): unknown {
  return {
    presetId: draft.presetId,
    customScopes: draft.customScopes,
    noteTemplate: draft.noteTemplate,
    expiration: expirationFromDraft(draft.expirationChoice, draft.customDays),
    reminders: { enabled: draft.remindersEnabled, daysBefore: numberOrText(draft.reminderDays) },
    tokenKind: draft.tokenKind,
    kindChoice: draft.kindChoice,
    fineGrained: fineGrainedFromDraft(draft),
  };
}

/** The fine-grained part of `fromDraft`, also judged on its own for messages next to each of its fields. */
export function fineGrainedFromDraft(draft: SettingsDraft): unknown {
  return {
    presetId: draft.fineGrainedPresetId,
    customPermissions: draft.fineGrainedPermissions,
    expiration: expirationFromDraft(draft.fineGrainedExpirationChoice, draft.fineGrainedCustomDays),
  };
}

function expirationFromDraft(expirationChoice: ExpirationChoice, customDays: string): unknown {
  if (expirationChoice === 'none') return { kind: 'none' };
  if (expirationChoice === 'custom') return { kind: 'custom', days: numberOrText(customDays) };
  return { kind: 'preset', days: Number(expirationChoice) };
}

/** Whole-number text becomes a number; anything else is passed on for the schema to reject. */
function numberOrText(text: string): unknown {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : text;
}

/**
 * GitHub's form ticks (and locks) every child of a ticked parent, so a custom set never lists
 * a child next to its parent: ticking a parent absorbs its children.
 */
export function toggleScope(selected: readonly ScopeName[], name: ScopeName, on: boolean): ScopeName[] {
  const without = selected.filter((scope) => scope !== name);
  if (!on) return without;
  const children = new Set(childrenOf(name).map((child) => child.name));
  return inCatalogueOrder([...without.filter((scope) => !children.has(scope)), name]);
}
