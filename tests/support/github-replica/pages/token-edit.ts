import type { ListedToken, ReplicaState } from '../state';
import { renderFixture } from '../templates';
import { renderDeveloperPage } from './developer';
import { tokenFieldSlots } from './token-form';
import { expiryText } from './tokens';

/** A classic token's own page /settings/tokens/<id> (UI reference §16; title and metas [I]). */
export function tokenEditPage(state: ReplicaState, token: ListedToken, flash?: string): string {
  const content = renderFixture('pages/token-edit.html', {
    ...tokenFieldSlots(state, token.note, token.scopes),
    id: String(token.id),
    expiry: expiryText(token.expiration, state.now()),
  });
  return renderDeveloperPage(state, {
    title: 'Edit Personal Access Token (Classic)',
    route: { pattern: '/settings/tokens/:id(.:format)', controller: 'oauth_tokens', action: 'show' },
    content,
    current: '/settings/tokens',
    flash,
  });
}
