import { i18n } from '#i18n';
import { fineGrainedPresetName, fineGrainedPresetPurpose } from '@/lib/fine-grained/preset-text';
import {
  FINE_GRAINED_CUSTOM,
  FINE_GRAINED_PRESET_CHOICES,
  FINE_GRAINED_PRESETS,
  type FineGrainedPresetChoice,
} from '@/lib/fine-grained/presets';
import { FieldMessages, isInvalid } from './FieldMessages';
import { GrantLine } from './GrantLine';

interface FineGrainedPresetFieldProps {
  value: FineGrainedPresetChoice;
  errors?: readonly string[];
  onChange: (value: FineGrainedPresetChoice) => void;
}

/** The named permission sets, each with its permissions spelled out; "custom" uses the picker below. */
export function FineGrainedPresetField({ value, errors, onChange }: FineGrainedPresetFieldProps) {
  return (
    <fieldset class="section">
      <legend>{i18n.t('settings.fineGrainedField.presetLegend')}</legend>
      <p class="hint">{i18n.t('settings.fineGrainedField.presetHint')}</p>
      {FINE_GRAINED_PRESET_CHOICES.map((choice) => (
        <div class="choice" key={choice}>
          <input
            type="radio"
            name="fine-grained-preset"
            id={`fg-preset-${choice}`}
            value={choice}
            checked={value === choice}
            aria-invalid={isInvalid(errors)}
            aria-describedby={`fg-preset-${choice}-purpose fg-preset-messages`}
            onChange={() => onChange(choice)}
          />
          <label for={`fg-preset-${choice}`}>{fineGrainedPresetName(choice)}</label>
          <div class="about" id={`fg-preset-${choice}-purpose`}>
            <p>{fineGrainedPresetPurpose(choice)}</p>
            {choice !== FINE_GRAINED_CUSTOM && (
              <ul class="grants">
                {FINE_GRAINED_PRESETS[choice].map((grant) => (
                  <li key={grant.key}>
                    <GrantLine grant={grant} id={`fg-preset-${choice}-${grant.key}`} />
                  </li>
                ))}
              </ul>
            )}
          </div>
        </div>
      ))}
      <FieldMessages id="fg-preset-messages" errors={errors} />
    </fieldset>
  );
}
