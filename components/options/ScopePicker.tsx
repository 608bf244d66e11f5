import { i18n } from '#i18n';
import { childrenOf, topLevelScopes, type ScopeName } from '@/lib/github/scopes';
import { toggleScope } from '@/lib/settings/draft';
import { FieldMessages } from './FieldMessages';
import { ScopeRow } from './ScopeRow';

interface ScopePickerProps {
  selected: readonly ScopeName[];
  /** Only the Custom preset uses this set; the hint says so when another one is chosen. */
  inUse: boolean;
  errors?: readonly string[];
  onChange: (next: ScopeName[]) => void;
}

/** GitHub's catalogue in its own order, children nested under their parent. */
export function ScopePicker({ selected, inUse, errors, onChange }: ScopePickerProps) {
  const ticked = new Set<string>(selected);
  const toggle = (name: ScopeName) => (on: boolean) => onChange(toggleScope(selected, name, on));
  return (
    <fieldset class="section" aria-describedby="scopes-hint scopes-messages">
      <legend>{i18n.t('options.scopesLegend')}</legend>
      <p class="hint" id="scopes-hint">
        {inUse ? i18n.t('options.scopesInUse') : i18n.t('options.scopesNotInUse')} {i18n.t('options.scopesNesting')}
      </p>
      <ul class="scopes">
        {topLevelScopes().map((parent) => (
          <li key={parent.name}>
            <ScopeRow scope={parent} checked={ticked.has(parent.name)} implied={false} onToggle={toggle(parent.name)} />
            {childrenOf(parent.name).length > 0 && (
              <ul>
                {childrenOf(parent.name).map((child) => (
                  <li key={child.name}>
                    <ScopeRow
                      scope={child}
                      checked={ticked.has(child.name)}
                      implied={ticked.has(parent.name)}
                      onToggle={toggle(child.name)}
                    />
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      <FieldMessages id="scopes-messages" errors={errors} warnings={inUse && selected.length === 0 ? [i18n.t('options.scopesEmpty')] : []} />
    </fieldset>
  );
}
