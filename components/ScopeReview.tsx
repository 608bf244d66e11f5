import { i18n } from '#i18n';
import { findScope } from '@/lib/github/scopes';
import { riskText } from './risk-text';

/**
 * review-scopes: each ticked scope with what it allows. Children a ticked parent already
 * includes are folded into it; destructive scopes and scopes beyond the preset are flagged.
 */
export function ScopeReview({ ticked, extra }: { ticked: string[]; extra: string[] }) {
  if (ticked.length === 0) return <p class="notice">{i18n.t('callout.tickAtLeastOne')}</p>;
  const shown = ticked.filter((name) => !ticked.includes(findScope(name)?.parent ?? ''));
  return (
    <ul class="scopes" aria-label={i18n.t('callout.tickedScopes')}>
      {shown.map((name) => {
        const scope = findScope(name);
        return (
          <li key={name}>
            <code>{name}</code>
            {scope?.risk === 'destructive' && <strong class="flag"> {riskText('destructive')}</strong>}
            {extra.includes(name) && (
              <span class="flag">
                {' '}
                {i18n.t('callout.notInPreset')}
                {scope && scope.risk !== 'destructive' && ` · ${riskText(scope.risk)}`}
              </span>
            )}
            {scope && <span class="explanation">{scope.explanation}</span>}
          </li>
        );
      })}
    </ul>
  );
}
