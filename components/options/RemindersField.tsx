import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { REMINDER_DAYS_MAX, REMINDER_DAYS_MIN } from '@/lib/settings/schema';
import { askForReminderPermissions } from '@/lib/reminders/permissions';
import { DaysInput } from './DaysInput';
import { FieldMessages } from './FieldMessages';

interface RemindersFieldProps {
  enabled: boolean;
  days: string;
  errors?: readonly string[];
  onEnabled: (enabled: boolean) => void;
  onDays: (text: string) => void;
}

export function RemindersField({ enabled, days, errors, onEnabled, onDays }: RemindersFieldProps) {
  const [refused, setRefused] = useState('');
  const turn = (on: boolean) => {
    setRefused('');
    onEnabled(on);
    if (!on) return;
    // Straight from the click: browsers grant optional permissions only during a user action.
    void askForReminderPermissions().then(({ granted, error }) => {
      if (granted) return;
      // Reminders without notifications would never show: the box says what will happen.
      onEnabled(false);
      setRefused(error ? i18n.t('options.remindersAskFailed', { error }) : i18n.t('options.remindersRefused'));
    });
  };
  return (
    <fieldset class="section">
      <legend>{i18n.t('options.remindersLegend')}</legend>
      <div class="choice">
        <input
          type="checkbox"
          id="reminders-enabled"
          checked={enabled}
          aria-describedby={refused ? 'reminders-refused' : undefined}
          onChange={(event) => turn(event.currentTarget.checked)}
        />
        <label for="reminders-enabled">{i18n.t('options.remindersEnable')}</label>
      </div>
      <div class="field-messages" id="reminders-refused" role="status">
        {refused && <p class="warning">{refused}</p>}
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
