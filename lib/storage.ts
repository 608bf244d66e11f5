import { storage } from '#imports';
import { i18n } from '#i18n';
import { guideStateSchema, IDLE_GUIDE, type GuideState } from './guide/schema';
import { SETTINGS_MIGRATIONS } from './settings/migrations';
import { parseSettings, type ParsedSettings } from './settings/parse';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings } from './settings/schema';
import { validateSettings, type SettingsValidation } from './settings/validate';
import { logError } from './log';

/**
 * The one place that touches browser.storage. Every value is declared once, with a fallback
 * and a version, and checked when read so corrupt data never spreads: the guide state and each
 * reminder against their zod schemas, settings field by field, seen notices entry by entry.
 */
export const guideStateItem = storage.defineItem<GuideState>('local:guide', {
  fallback: IDLE_GUIDE,
  version: 1,
});

export async function readGuideState(): Promise<GuideState> {
  return parseGuideState(await guideStateItem.getValue());
}

export function parseGuideState(value: unknown): GuideState {
  const result = guideStateSchema.safeParse(value);
  return result.success ? result.data : IDLE_GUIDE;
}

/** Only the background calls this (lib/background/guide-owner.ts): it is the guide state's one writer. */
export async function updateGuideState(change: (state: GuideState) => GuideState): Promise<GuideState> {
  const state = await readGuideState();
  const next = change(state);
  if (next !== state) await guideStateItem.setValue(next);
  return next;
}

export function watchGuideState(onChange: (state: GuideState) => void): () => void {
  return guideStateItem.watch((value) => onChange(parseGuideState(value)));
}

/**
 * Settings follow the user across browsers through storage.sync. Where sync is missing or
 * refuses to work (Firefox with sync disabled by policy, some forks), the same item lives in
 * local storage instead; the choice is made on every access so nothing is cached here.
 */
const settingsOptions = {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
};
export const settingsItem = storage.defineItem<Settings>('sync:settings', settingsOptions);
export const localSettingsItem = storage.defineItem<Settings>('local:settings', settingsOptions);

/** The settings notes the user has already been shown, so each is shown once. */
export const settingsNoticeItem = storage.defineItem<string[]>('local:settingsNotice', { fallback: [], version: 1 });
const REMEMBERED_NOTES = 50;

type SettingsItem = typeof settingsItem;

async function activeSettingsItem(): Promise<SettingsItem> {
  try {
    await settingsItem.getMeta();
    return settingsItem;
  } catch {
    return localSettingsItem;
  }
}

/** Settings as stored, repaired field by field; `notes` are repairs the user has not seen yet. */
export async function readSettings(): Promise<ParsedSettings> {
  const item = await activeSettingsItem();
  const versionNotes = await migrateSettings(item);
  const parsed = parseSettings(await item.getValue());
  return { ...parsed, notes: await unseenNotes([...versionNotes, ...parsed.notes]) };
}

/**
 * Synced data can arrive from a browser running an older version at any time, so migrations
 * run on every read, not only when the extension starts. Data from a newer version cannot be
 * migrated down; it is read field by field like any other untrusted value.
 */
async function migrateSettings(item: SettingsItem): Promise<string[]> {
  try {
    await item.getMeta(); // lets the migration started at load finish first, so the two never race
    await item.migrate();
    return [];
  } catch {
    return [i18n.t('settings.newerVersion')];
  }
}

export async function saveSettings(input: unknown): Promise<SettingsValidation> {
  const result = validateSettings(input);
  if (!result.ok) return result;
  const item = await activeSettingsItem();
  await item.setValue(result.settings);
  // Marks the value as current-version data, also after reading data from a newer version.
  await item.setMeta({ v: SETTINGS_VERSION });
  return result;
}

export async function resetSettings(): Promise<Settings> {
  await saveSettings(DEFAULT_SETTINGS);
  return DEFAULT_SETTINGS;
}

export async function acknowledgeSettingsNotes(notes: readonly string[]): Promise<void> {
  const shown = parseNotes(await settingsNoticeItem.getValue());
  await settingsNoticeItem.setValue([...shown, ...notes].slice(-REMEMBERED_NOTES));
}

async function unseenNotes(notes: string[]): Promise<string[]> {
  const shown = new Set(parseNotes(await settingsNoticeItem.getValue()));
  return notes.filter((note) => !shown.has(note));
}

function parseNotes(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((note): note is string => typeof note === 'string') : [];
}

/** Calls back with freshly parsed settings whenever they change, in either area. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const refresh = () => void readSettings().then(({ settings }) => onChange(settings));
  const stops = [settingsItem, localSettingsItem].map((item) => watchSafely(item, refresh));
  return () => stops.forEach((stop) => stop());
}

function watchSafely(item: SettingsItem, onChange: () => void): () => void {
  try {
    return item.watch(onChange);
  } catch {
    return () => {}; // the area does not exist in this browser
  }
}

// ─── Expiry reminders ────────────────────────────────────────────────────────────────────
// Kept in its own section so the reminder feature can change without touching the rest.
// Only a token's note and dates are stored, never its value.
import { reminderSchema, type Reminder } from './reminders/plan';

export const remindersItem = storage.defineItem<Reminder[]>('local:reminders', { fallback: [], version: 1 });

/** Stored reminders; an entry that does not parse is dropped rather than trusted. */
export async function readReminders(): Promise<Reminder[]> {
  const value: unknown = await remindersItem.getValue();
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => {
    const result = reminderSchema.safeParse(entry);
    return result.success ? [result.data] : [];
  });
}

let reminderWrites: Promise<unknown> = Promise.resolve();

/**
 * One change at a time: a sync that read the list before a new token's reminder was added must not write
 * its older list back over it (the background runs both when a token is generated).
 */
export function updateReminders(change: (list: Reminder[]) => Reminder[]): Promise<Reminder[]> {
  const run = reminderWrites.then(async () => {
    const next = change(await readReminders());
    await remindersItem.setValue(next);
    return next;
  });
  reminderWrites = run.catch((error: unknown) => logError('storing reminders', error));
  return run;
}

export function watchReminders(onChange: (list: Reminder[]) => void): () => void {
  return remindersItem.watch(() => void readReminders().then(onChange));
}
