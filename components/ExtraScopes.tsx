import { i18n } from '#i18n';
import { findScope } from '@/lib/github/scopes';
import { riskText } from './risk-text';

/** Scopes ticked on the form beyond the user's preset, each with its risk; PAT Pilot never unticks them. */
export function ExtraScopes({ names }: { names: string[] }) {
  if (names.length === 0) return null;
  return (
    <div class="extra-scopes" role="note">
      <p class="notice">{i18n.t('offer.extraScopes')}</p>
      <ul class="scopes">
        {names.map((name) => {
          const scope = findScope(name);
          return (
            <li key={name}>
              <code>{name}</code>
              {scope && <strong class="flag"> {riskText(scope.risk)}</strong>}
              {scope && <span class="explanation">{scope.explanation}</span>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
