import { CUSTOM_DAYS_MAX, CUSTOM_DAYS_MIN, NO_EXPIRATION_WARNING } from '@/lib/settings/expiration';
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

const LABELS: Record<ExpirationChoice, string> = {
  '7': '7 days',
  '30': '30 days',
  '60': '60 days',
  '90': '90 days',
  custom: 'Custom number of days',
  none: 'No expiration',
};

export function ExpirationField({ choice, customDays, errors, onChoice, onCustomDays }: ExpirationFieldProps) {
  return (
    <fieldset class="section" aria-describedby="expiration-messages">
      <legend>Default expiration</legend>
      {EXPIRATION_CHOICES.map((value) => (
        <div class="choice" key={value}>
          <input
            type="radio"
            name="expiration"
            id={`expiration-${value}`}
            checked={choice === value}
            onChange={() => onChoice(value)}
          />
          <label for={`expiration-${value}`}>{LABELS[value]}</label>
        </div>
      ))}
      {choice === 'custom' && (
        <DaysInput
          id="custom-days"
          label="Days until the token expires"
          min={CUSTOM_DAYS_MIN}
          max={CUSTOM_DAYS_MAX}
          value={customDays}
          errors={errors}
          describedBy="expiration-messages"
          onChange={onCustomDays}
        />
      )}
      <FieldMessages id="expiration-messages" errors={errors} warnings={choice === 'none' ? [NO_EXPIRATION_WARNING] : []} />
    </fieldset>
  );
}
