import { DEFAULT_EXPIRATION } from '../expiration';
import type { ListedToken, ReplicaState } from '../state';
import { escapeHtml, renderFixture } from '../templates';
import { renderDeveloperPage } from './developer';
import { renderExpiration, type ExpirationValues } from './expiration-widgets';
import type { Route } from './layout';

/** Title and metas of the regenerate form are [I] (UI reference §16). */
export const REGENERATE_ROUTE: Route = { pattern: '/settings/tokens/:id/regenerate(.:format)', controller: 'oauth_tokens', action: 'regenerate' };

const FRESH: ExpirationValues = { expiration: DEFAULT_EXPIRATION, customDate: '' };

/** The regenerate form, with the new-token form's expiration control; `flash` for a refused POST. */
export function regeneratePage(state: ReplicaState, token: ListedToken, values = FRESH, flash?: string): string {
  const content = renderFixture('pages/token-regenerate.html', {
    id: String(token.id),
    note: escapeHtml(token.note),
    scopes: escapeHtml(token.scopes.join(', ') || 'no scopes'),
    expiration: renderExpiration(state.options.expiration, values, state.now()),
  });
  return renderDeveloperPage(state, {
    title: 'Regenerate Personal Access Token (Classic)',
    route: REGENERATE_ROUTE,
    content,
    current: '/settings/tokens',
    flash,
  });
}
