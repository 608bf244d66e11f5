import { i18n } from '#i18n';
import { githubTextOf } from '@/lib/github/scope-github-text';
import type { ScopeInfo } from '@/lib/github/scopes';
import { RiskBadge } from './RiskBadge';

interface ScopeRowProps {
  scope: ScopeInfo;
  checked: boolean;
  /** Ticked because its parent is: locked, as on GitHub's own form. */
  implied: boolean;
  onToggle: (on: boolean) => void;
}

export function ScopeRow({ scope, checked, implied, onToggle }: ScopeRowProps) {
  const id = `scope-${scope.name}`;
  return (
    <div class={`scope risk-row-${scope.risk}`}>
      <input
        type="checkbox"
        id={id}
        checked={checked || implied}
        disabled={implied}
        aria-describedby={`${id}-risk ${id}-about`}
        onChange={(event) => onToggle(event.currentTarget.checked)}
      />
      <span>
        <label for={id}>
          <code>{scope.name}</code>
        </label>{' '}
        <RiskBadge id={`${id}-risk`} risk={scope.risk} />
      </span>
      <p class="about" id={`${id}-about`}>
        <span class="github-text">{i18n.t('options.githubText', { description: githubTextOf(scope.name) })}</span> {scope.explanation}
        {implied && <span class="implied"> {i18n.t('options.implied', { parent: scope.parent ?? '' })}</span>}
      </p>
    </div>
  );
}
