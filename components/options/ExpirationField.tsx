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
  /** Tells the ids of a second expiration field on the page (the fine-grained one) apart; empty for the first. */
  idPrefix?: string;
  legend?: string;
}

function choiceLabel(choice: ExpirationChoice): string {
  if (choice === 'custom') return i18n.t('options.customDaysChoice');
  if (choice === 'none') return i18n.t('settings.noExpiration');
  return i18n.t('common.days', Number(choice));
}

export function ExpirationField(props: ExpirationFieldProps) {
  const { choice, customDays, errors, onChoice, onCustomDays, idPrefix = '' } = props;
  const messagesId = `${idPrefix}expiration-messages`;
  return (
    <fieldset class="section" aria-describedby={messagesId}>
      <legend>{props.legend ?? i18n.t('options.expirationLegend')}</legend>
      {EXPIRATION_CHOICES.map((value) => (
        <div class="choice" key={value}>
          <input
            type="radio"
            name={`${idPrefix}expiration`}
            id={`${idPrefix}expiration-${value}`}
            checked={choice === value}
            onChange={() => onChoice(value)}
          />
          <label for={`${idPrefix}expiration-${value}`}>{choiceLabel(value)}</label>
        </div>
      ))}
      {choice === 'custom' && (
        <DaysInput
          id={`${idPrefix}custom-days`}
          label={i18n.t('options.customDaysLabel')}
          min={CUSTOM_DAYS_MIN}
          max={CUSTOM_DAYS_MAX}
          value={customDays}
          errors={errors}
          describedBy={messagesId}
          onChange={onCustomDays}
        />
      )}
      <FieldMessages id={messagesId} errors={errors} warnings={choice === 'none' ? [noExpirationWarning()] : []} />
    </fieldset>
  );
}
