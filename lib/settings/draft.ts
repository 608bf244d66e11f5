import { childrenOf, inCatalogueOrder, type ScopeName } from '../github/scopes';
import type { PresetChoice } from '../presets';
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
}

export function toDraft(settings: Settings): SettingsDraft {
  const { expiration, reminders } = settings;
  return {
    presetId: settings.presetId,
    customScopes: settings.customScopes,
    noteTemplate: settings.noteTemplate,
    expirationChoice: expiration.kind === 'preset' ? (String(expiration.days) as ExpirationChoice) : expiration.kind,
    customDays: expiration.kind === 'custom' ? String(expiration.days) : '',
    remindersEnabled: reminders.enabled,
    reminderDays: String(reminders.daysBefore),
  };
}

/** Settings-shaped input for `saveSettings`, which decides whether it is valid. */
export function fromDraft(draft: SettingsDraft): unknown {
  return {
    presetId: draft.presetId,
    customScopes: draft.customScopes,
    noteTemplate: draft.noteTemplate,
    expiration: expirationFromDraft(draft),
    reminders: { enabled: draft.remindersEnabled, daysBefore: numberOrText(draft.reminderDays) },
  };
}

function expirationFromDraft({ expirationChoice, customDays }: SettingsDraft): unknown {
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
