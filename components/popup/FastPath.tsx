import { useState } from 'preact/hooks';
import { NO_EXPIRATION_WARNING, expirationLabel } from '@/lib/settings/expiration';
import { browserDisplayName } from '@/lib/settings/note';
import type { Settings } from '@/lib/settings/schema';
import { tokenRequest } from '@/lib/settings/token-request';
import { defaultPresetId, presetOptions, type PresetOption } from './presets';
import { send } from './send';

/** Skips the menus: GitHub's form opens filled in, and the guide checks what GitHub rendered. */
export function FastPath({ settings }: { settings: Settings }) {
  const options = presetOptions(settings);
  const [chosen, choose] = useState(() => defaultPresetId(options, settings));
  const { note } = tokenRequest(settings, new Date(), browserDisplayName(import.meta.env.BROWSER));
  return (
    <section class="fast-path" aria-labelledby="fast-path-heading">
      <h2 id="fast-path-heading">Or go straight to the form</h2>
      <p>GitHub's form opens already filled in. You still review it and click "Generate token" yourself.</p>
      <fieldset>
        <legend>Scopes</legend>
        {options.map((option) => (
          <PresetRadio key={option.id} option={option} checked={option.id === chosen} onChoose={() => choose(option.id)} />
        ))}
      </fieldset>
      <p class="plan">
        Note “{note}”, expires: {expirationLabel(settings.expiration)}.
      </p>
      {settings.expiration.kind === 'none' && <p class="warning">{NO_EXPIRATION_WARNING}</p>}
      <button type="button" onClick={() => void send({ type: 'open-prefilled-form', presetId: chosen })}>
        Open the prefilled form
      </button>
    </section>
  );
}

function PresetRadio({ option, checked, onChoose }: { option: PresetOption; checked: boolean; onChoose: () => void }) {
  const id = `preset-${option.id}`;
  return (
    <div class="preset">
      <input type="radio" name="preset" id={id} value={option.id} checked={checked} onChange={onChoose} aria-describedby={`${id}-purpose ${id}-scopes`} />
      <label for={id}>{option.label}</label>
      <p id={`${id}-purpose`} class="purpose">
        {option.purpose}
      </p>
      <ul id={`${id}-scopes`} class="scopes" aria-label={`Scopes of ${option.label}`}>
        {option.scopes.map((scope) => (
          <li key={scope.name} title={scope.explanation}>
            <code>{scope.name}</code> <span class={`risk risk-${scope.risk}`}>{scope.risk === 'destructive' ? '⚠ destructive' : scope.risk}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
