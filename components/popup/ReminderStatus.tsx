import { i18n } from '#i18n';
import type { Reminder } from '@/lib/reminders/plan';
import { canRemind, requestReminderPermissions } from '@/lib/reminders/permissions';
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
  if (!canRemind()) return null;
  if (!reminders.enabled) return <p class="reminder">{i18n.t('reminders.off')}</p>;
  const ask = () => void requestReminderPermissions().finally(onPermissionChange);
  return (
    <div class="reminder">
      <p>{reminderSentence(latest, reminders.daysBefore)}</p>
      {granted === false && (
        <button type="button" onClick={ask}>
          {i18n.t('reminders.allow')}
        </button>
      )}
    </div>
  );
}

export function reminderSentence(latest: Reminder | undefined, daysBefore: number): string {
  if (!latest) return i18n.t('reminders.planned', daysBefore);
  const on = new Date(latest.remindAt).toLocaleDateString(undefined, { dateStyle: 'long' });
  const expires = new Date(latest.expiresAt).toLocaleDateString(undefined, { dateStyle: 'long' });
  return i18n.t('reminders.next', { on, note: latest.note, expires });
}
