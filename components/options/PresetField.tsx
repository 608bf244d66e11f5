import { i18n } from '#i18n';
import { CUSTOM_PRESET_ID, PRESETS, type PresetChoice } from '@/lib/presets';
import { presetName, presetPurpose } from '../preset-text';
import { FieldMessages, isInvalid } from './FieldMessages';

interface PresetFieldProps {
  value: PresetChoice;
  errors?: readonly string[];
  onChange: (value: PresetChoice) => void;
}

const CHOICES = [
  ...PRESETS.map(({ id, scopes }) => ({ id, scopes: scopes.join(', ') })),
  { id: CUSTOM_PRESET_ID, scopes: '' },
] as const;

export function PresetField({ value, errors, onChange }: PresetFieldProps) {
  return (
    <fieldset class="section">
      <legend>{i18n.t('options.presetLegend')}</legend>
      <p class="hint">{i18n.t('options.presetHint')}</p>
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
          <label for={`preset-${choice.id}`}>{presetName(choice.id)}</label>
          <p class="about" id={`preset-${choice.id}-purpose`}>
            {presetPurpose(choice.id)} {choice.scopes && <code>{choice.scopes}</code>}
          </p>
        </div>
      ))}
      <FieldMessages id="preset-messages" errors={errors} />
    </fieldset>
  );
}
