import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { Reminder } from '@/lib/reminders/plan';
import { askForReminderPermissions, canRemind } from '@/lib/reminders/permissions';
import type { Settings } from '@/lib/settings/schema';

interface Props {
  reminders: Settings['reminders'];
  /** The most recently scheduled reminder, if any. */
  latest: Reminder | undefined;
  granted: boolean | undefined;
  onPermissionChange: () => void;
}

/** Says when the user will be reminded, and asks for the notification permission it needs. */
export function ReminderStatus({ reminders, latest, granted, onPermissionChange }: Props) {
  const [refused, setRefused] = useState('');
  if (!canRemind()) return null;
  if (!reminders.enabled) return <p class="reminder">{i18n.t('reminders.off')}</p>;
  const ask = () =>
    void askForReminderPermissions().then(({ granted, error }) => {
      setRefused(granted ? '' : error ? i18n.t('reminders.askFailed', { error }) : i18n.t('reminders.refused'));
      onPermissionChange();
    });
  return (
    <div class="reminder">
      <p>{reminderSentence(latest, reminders.daysBefore)}</p>
      {granted === false && (
        <button type="button" onClick={ask}>
          {i18n.t('reminders.allow')}
        </button>
      )}
      <p role="status">{refused}</p>
    </div>
  );
}

export function reminderSentence(latest: Reminder | undefined, daysBefore: number): string {
  if (!latest) return i18n.t('reminders.planned', daysBefore);
  const on = new Date(latest.remindAt).toLocaleDateString(undefined, { dateStyle: 'long' });
  const expires = new Date(latest.expiresAt).toLocaleDateString(undefined, { dateStyle: 'long' });
  return i18n.t('reminders.next', { on, note: latest.note, expires });
}
