import { CUSTOM_PRESET_ID, CUSTOM_PRESET_LABEL, CUSTOM_PRESET_PURPOSE, PRESETS, type PresetChoice } from '@/lib/presets';
import { FieldMessages, isInvalid } from './FieldMessages';

interface PresetFieldProps {
  value: PresetChoice;
  errors?: readonly string[];
  onChange: (value: PresetChoice) => void;
}

const CHOICES = [
  ...PRESETS.map(({ id, label, purpose, scopes }) => ({ id, label, purpose, scopes: scopes.join(', ') })),
  { id: CUSTOM_PRESET_ID, label: CUSTOM_PRESET_LABEL, purpose: CUSTOM_PRESET_PURPOSE, scopes: '' },
] as const;

export function PresetField({ value, errors, onChange }: PresetFieldProps) {
  return (
    <fieldset class="section">
      <legend>Default preset</legend>
      <p class="hint">The scopes the guide and the prefilled form tick for you.</p>
      {CHOICES.map((choice) => (
        <div class="choice" key={choice.id}>
          <input
            type="radio"
            name="preset"
            id={`preset-${choice.id}`}
            value={choice.id}
            checked={value === choice.id}
            aria-invalid={isInvalid(errors)}
            aria-describedby={`preset-${choice.id}-purpose preset-messages`}
            onChange={() => onChange(choice.id)}
          />
          <label for={`preset-${choice.id}`}>{choice.label}</label>
          <p class="about" id={`preset-${choice.id}-purpose`}>
            {choice.purpose} {choice.scopes && <code>{choice.scopes}</code>}
          </p>
        </div>
      ))}
      <FieldMessages id="preset-messages" errors={errors} />
    </fieldset>
  );
}
