import { useEffect, useState } from 'preact/hooks';
import type { GuideState } from '@/lib/guide/schema';
import type { Reminder } from '@/lib/reminders/plan';
import { hasReminderPermissions } from '@/lib/reminders/permissions';
import type { Settings } from '@/lib/settings/schema';
import { readGuideState, readReminders, readSettings, watchGuideState, watchReminders, watchSettings } from '@/lib/storage';
import { errorText, logError } from '@/lib/log';

/** A stored value, read once and then followed live: undefined until read; `error` when the read failed. */
export interface Stored<T> {
  value: T | undefined;
  error: string | undefined;
  /** Reads again, e.g. from the popup's Retry button. */
  retry: () => void;
}

type Update<T> = (change: (old: T | undefined) => T) => void;

function useStored<T>(read: () => Promise<T>, follow: (update: Update<T>) => () => void): Stored<T> {
  const [value, setValue] = useState<T>();
  const [error, setError] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    setError(undefined);
    read().then(setValue, (failure: unknown) => {
      logError('reading stored state', failure);
      setError(errorText(failure));
    });
    return follow((change) => setValue(change));
  }, [attempt]);
  return { value, error, retry: () => setAttempt((count) => count + 1) };
}

export function useGuideState(): Stored<GuideState> {
  return useStored(readGuideState, (update) => watchGuideState((state) => update(() => state)));
}

export interface SettingsData {
  settings: Settings;
  /** Repairs made to stored settings that the user has not been shown yet. */
  notes: string[];
}

export function useSettings(): Stored<SettingsData> {
  // Later changes keep the notes already on screen; new ones are shown next time.
  return useStored(readSettings, (update) => watchSettings((settings) => update((old) => ({ settings, notes: old?.notes ?? [] }))));
}

export function useReminders(): Reminder[] {
  const [list, setList] = useState<Reminder[]>([]);
  useEffect(() => {
    // Without the list the popup only leaves out the date of the next reminder.
    readReminders().then(setList, (failure: unknown) => logError('reading reminders', failure));
    return watchReminders(setList);
  }, []);
  return list;
}

/** Whether reminder notifications are allowed, and a way to re-check after asking. */
export function useReminderPermission(): [boolean | undefined, () => void] {
  const [granted, setGranted] = useState<boolean>();
  const refresh = () =>
    void hasReminderPermissions().then(setGranted, (failure: unknown) => {
      logError('checking the reminder permissions', failure);
      setGranted(false); // the popup then offers to ask for them
    });
  useEffect(refresh, []);
  return [granted, refresh];
}
