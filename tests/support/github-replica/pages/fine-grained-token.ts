import { DEFAULT_EXPIRATION } from '../expiration';
import { findPermission } from '../fine-grained/permission-catalogue';
import type { ListedFineGrainedToken, ReplicaState } from '../state';
import { escapeHtml, renderFixture } from '../templates';
import { renderDeveloperPage } from './developer';
import { renderExpiration, type ExpirationValues } from './expiration-widgets';
import { FIELD } from './fine-grained-form';
import { FINE_GRAINED_LIST_PATH } from './fine-grained-list';
import type { Route } from './layout';
import { expiryText } from './tokens';

// Titles and metas [I].
const SHOW_ROUTE: Route = { pattern: '/settings/personal-access-tokens/:id(.:format)', controller: 'settings/user_programmatic_access', action: 'show' };
export const FINE_GRAINED_REGENERATE_ROUTE: Route = { pattern: '/settings/personal-access-tokens/:id/regenerate(.:format)', controller: 'settings/user_programmatic_access', action: 'regenerate' };
const LEVELS: Record<string, string> = { read: 'Read-only', write: 'Read and write', admin: 'Admin' };

function repositoryText(state: ReplicaState, token: ListedFineGrainedToken): string {
  if (token.installTarget === 'all') return 'All repositories';
  if (token.installTarget === 'none') return 'Public repositories (read-only)';
  return token.repositories.map((name) => `${state.site.login}/${escapeHtml(name)}`).join(', ');
}

function permissionRows(token: ListedFineGrainedToken): string {
  return Object.entries(token.permissions).map(([key, access]) => {
    const label = escapeHtml(findPermission(key)?.label ?? key);
    return `  <li class="Box-row d-flex" data-permission="${key}"><strong class="flex-auto">${label}</strong><span>${LEVELS[access] ?? access}</span></li>`;
  }).join('\n') || '  <li class="Box-row color-fg-muted">No permissions</li>';
}

/** A fine-grained token's own page. */
export function fineGrainedTokenPage(state: ReplicaState, token: ListedFineGrainedToken): string {
  const content = renderFixture('pages/fine-grained-token.html', {
    id: String(token.id),
    name: escapeHtml(token.name),
    description: escapeHtml(token.description),
    owner: escapeHtml(token.targetName),
    expiry: expiryText(token.expiration, state.now()),
    repositories: repositoryText(state, token),
    permissions: permissionRows(token),
  });
  return renderDeveloperPage(state, { title: token.name, route: SHOW_ROUTE, content, current: FINE_GRAINED_LIST_PATH });
}

const FRESH: ExpirationValues = { expiration: DEFAULT_EXPIRATION, customDate: '' };

/** The regenerate form; `flash` for a refused POST. */
export function fineGrainedRegeneratePage(state: ReplicaState, token: ListedFineGrainedToken, values = FRESH, flash?: string): string {
  const content = renderFixture('pages/fine-grained-regenerate.html', {
    id: String(token.id),
    name: escapeHtml(token.name),
    expiration: renderExpiration(state.options.expiration, values, state.now(), FIELD).trimEnd(),
  });
  return renderDeveloperPage(state, {
    title: 'Regenerate Fine-grained Personal Access Token', route: FINE_GRAINED_REGENERATE_ROUTE, content, current: FINE_GRAINED_LIST_PATH, flash,
  });
}
