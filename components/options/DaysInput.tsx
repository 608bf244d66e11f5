import { i18n } from '#i18n';
import { isInvalid } from './FieldMessages';

interface DaysInputProps {
  id: string;
  label: string;
  min: number;
  max: number;
  /** Kept as typed: the schema, not the input, decides what is a valid number. */
  value: string;
  errors?: readonly string[];
  describedBy: string;
  onChange: (text: string) => void;
}

export function DaysInput({ id, label, min, max, value, errors, describedBy, onChange }: DaysInputProps) {
  return (
    <div class="field inline">
      <label for={id}>{i18n.t('options.range', { label, min, max })}</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        value={value}
        aria-invalid={isInvalid(errors)}
        aria-describedby={describedBy}
        onInput={(event) => onChange(event.currentTarget.value)}
      />
    </div>
  );
}
