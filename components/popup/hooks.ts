import { useEffect, useState } from 'preact/hooks';
import type { GuideState } from '@/lib/guide/schema';
import type { Reminder } from '@/lib/reminders/plan';
import { hasReminderPermissions } from '@/lib/reminders/permissions';
import type { Settings } from '@/lib/settings/schema';
import { readGuideState, readReminders, readSettings, watchGuideState, watchReminders, watchSettings } from '@/lib/storage';

/** Stored values, read once and then followed live; undefined until the first read. */

export function useGuideState(): GuideState | undefined {
  const [guide, setGuide] = useState<GuideState>();
  useEffect(() => {
    void readGuideState().then(setGuide);
    return watchGuideState(setGuide);
  }, []);
  return guide;
}

export interface SettingsData {
  settings: Settings;
  /** Repairs made to stored settings that the user has not been shown yet. */
  notes: string[];
}

export function useSettings(): SettingsData | undefined {
  const [data, setData] = useState<SettingsData>();
  useEffect(() => {
    void readSettings().then(setData);
    // Later changes keep the notes already on screen; new ones are shown next time.
    return watchSettings((settings) => setData((old) => ({ settings, notes: old?.notes ?? [] })));
  }, []);
  return data;
}

export function useReminders(): Reminder[] {
  const [list, setList] = useState<Reminder[]>([]);
  useEffect(() => {
    void readReminders().then(setList);
    return watchReminders(setList);
  }, []);
  return list;
}

/** Whether reminder notifications are allowed, and a way to re-check after asking. */
export function useReminderPermission(): [boolean | undefined, () => void] {
  const [granted, setGranted] = useState<boolean>();
  const refresh = () => void hasReminderPermissions().then(setGranted, () => setGranted(false));
  useEffect(refresh, []);
  return [granted, refresh];
}
