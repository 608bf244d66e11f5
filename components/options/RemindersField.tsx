import { i18n } from '#i18n';
import { REMINDER_DAYS_MAX, REMINDER_DAYS_MIN } from '@/lib/settings/schema';
import { DaysInput } from './DaysInput';
import { FieldMessages } from './FieldMessages';
import { requestReminderPermissions } from '@/lib/reminders/permissions';

interface RemindersFieldProps {
  enabled: boolean;
  days: string;
  errors?: readonly string[];
  onEnabled: (enabled: boolean) => void;
  onDays: (text: string) => void;
}

export function RemindersField({ enabled, days, errors, onEnabled, onDays }: RemindersFieldProps) {
  const turn = (on: boolean) => {
    // Straight from the click: browsers grant optional permissions only during a user action.
    if (on) void requestReminderPermissions().catch(() => false);
    onEnabled(on);
  };
  return (
    <fieldset class="section">
      <legend>{i18n.t('options.remindersLegend')}</legend>
      <div class="choice">
        <input type="checkbox" id="reminders-enabled" checked={enabled} onChange={(event) => turn(event.currentTarget.checked)} />
        <label for="reminders-enabled">{i18n.t('options.remindersEnable')}</label>
      </div>
      <DaysInput
        id="reminder-days"
        label={i18n.t('options.remindersDays')}
        min={REMINDER_DAYS_MIN}
        max={REMINDER_DAYS_MAX}
        value={days}
        errors={errors}
        describedBy="reminders-hint reminders-messages"
        onChange={onDays}
      />
      <p class="hint" id="reminders-hint">
        {i18n.t('options.remindersHint')}
      </p>
      <FieldMessages id="reminders-messages" errors={errors} />
    </fieldset>
  );
}
