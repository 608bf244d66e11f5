import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { expirationLabel, noExpirationWarning } from '@/lib/settings/expiration';
import { browserDisplayName } from '@/lib/settings/note';
import type { Settings } from '@/lib/settings/schema';
import { tokenRequest } from '@/lib/settings/token-request';
import { defaultPresetId, presetOptions, type PresetOption } from './presets';
import { PresetRadio } from './PresetRadio';
import { riskText } from './risk-text';
import { send } from './send';

/** Skips the menus: GitHub's form (on `origin`) opens filled in, and the guide checks what GitHub rendered. */
export function FastPath({ settings, origin }: { settings: Settings; origin: string }) {
  const options = presetOptions(settings);
  const [chosen, choose] = useState(() => defaultPresetId(options, settings));
  const { note } = tokenRequest(settings, new Date(), browserDisplayName(import.meta.env.BROWSER));
  return (
    <section class="fast-path" aria-labelledby="fast-path-heading">
      <h2 id="fast-path-heading">{i18n.t('popup.fastPathHeading')}</h2>
      <p>{i18n.t('popup.fastPathIntro')}</p>
      <fieldset>
        <legend>{i18n.t('popup.scopes')}</legend>
        {options.map((option) => (
          <ScopeRadio key={option.id} option={option} checked={option.id === chosen} onChoose={() => choose(option.id)} />
        ))}
      </fieldset>
      <p class="plan">{i18n.t('popup.plan', { note, expiration: expirationLabel(settings.expiration) })}</p>
      {settings.expiration.kind === 'none' && <p class="warning">{noExpirationWarning()}</p>}
      <button type="button" onClick={() => void send({ type: 'open-prefilled-form', presetId: chosen, origin })}>
        {i18n.t('popup.openForm')}
      </button>
    </section>
  );
}

function ScopeRadio({ option, checked, onChoose }: { option: PresetOption; checked: boolean; onChoose: () => void }) {
  return (
    <PresetRadio group="preset" preset={option} listKind="scopes" listLabel={i18n.t('popup.scopesOf', { preset: option.label })} checked={checked} onChoose={onChoose}>
      {option.scopes.map((scope) => (
        <li key={scope.name} title={scope.explanation}>
          <code>{scope.name}</code> <span class={`risk risk-${scope.risk}`}>{riskText(scope.risk)}</span>
        </li>
      ))}
    </PresetRadio>
  );
}
