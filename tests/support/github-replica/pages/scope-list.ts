import type { ReplicaScope } from '../scope-catalogue';

/**
 * The scope checkboxes in GitHub's nesting (UI reference §6.1 XPaths, §11.5): parent rows in `div.token-scope`,
 * children in `ul[data-scope-for]`. A ticked parent renders its children ticked and disabled, matching
 * behaviour/token-form.js (whether GitHub disables them is unconfirmed).
 */
function checkbox(value: string, checked: boolean, disabled: boolean): string {
  return `<input type="checkbox" name="oauth_access[scopes][]" value="${value}"${checked ? ' checked' : ''}${disabled ? ' disabled' : ''}>`;
}

function scopeRow(parent: ReplicaScope, ticked: Set<string>): string {
  const parentTicked = ticked.has(parent.value);
  const children = parent.children.map((child) => `
                <li><label><div>${checkbox(child.value, parentTicked || ticked.has(child.value), parentTicked)} ${child.value}</div>
                           <span class="description">${child.description}</span></label></li>`).join('');
  const childList = parent.children.length ? `
              <ul data-scope-for="${parent.value}">${children}
              </ul>` : '';
  return `            <li><label><div class="token-scope">${checkbox(parent.value, parentTicked, false)} ${parent.value}</div>
                       <span class="description">${parent.description}</span></label>${childList}</li>`;
}

export function renderScopeList(catalogue: ReplicaScope[], ticked: string[]): string {
  const set = new Set(ticked);
  return `          <ul>\n${catalogue.map((parent) => scopeRow(parent, set)).join('\n')}\n          </ul>`;
}
