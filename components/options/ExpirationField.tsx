import { i18n } from '#i18n';
import { CUSTOM_DAYS_MAX, CUSTOM_DAYS_MIN, noExpirationWarning } from '@/lib/settings/expiration';
import { EXPIRATION_CHOICES, type ExpirationChoice } from '@/lib/settings/draft';
import { DaysInput } from './DaysInput';
import { FieldMessages } from './FieldMessages';

interface ExpirationFieldProps {
  choice: ExpirationChoice;
  customDays: string;
  errors?: readonly string[];
  onChoice: (choice: ExpirationChoice) => void;
  onCustomDays: (text: string) => void;
}

function choiceLabel(choice: ExpirationChoice): string {
  if (choice === 'custom') return i18n.t('options.customDaysChoice');
  if (choice === 'none') return i18n.t('settings.noExpiration');
  return i18n.t('common.days', Number(choice));
}

export function ExpirationField({ choice, customDays, errors, onChoice, onCustomDays }: ExpirationFieldProps) {
  return (
    <fieldset class="section" aria-describedby="expiration-messages">
      <legend>{i18n.t('options.expirationLegend')}</legend>
      {EXPIRATION_CHOICES.map((value) => (
        <div class="choice" key={value}>
          <input
            type="radio"
            name="expiration"
            id={`expiration-${value}`}
            checked={choice === value}
            onChange={() => onChoice(value)}
          />
          <label for={`expiration-${value}`}>{choiceLabel(value)}</label>
        </div>
      ))}
      {choice === 'custom' && (
        <DaysInput
          id="custom-days"
          label={i18n.t('options.customDaysLabel')}
          min={CUSTOM_DAYS_MIN}
          max={CUSTOM_DAYS_MAX}
          value={customDays}
          errors={errors}
          describedBy="expiration-messages"
          onChange={onCustomDays}
        />
      )}
      <FieldMessages id="expiration-messages" errors={errors} warnings={choice === 'none' ? [noExpirationWarning()] : []} />
    </fieldset>
  );
}
