import type { ListedToken, ReplicaState } from '../state';
import { escapeHtml, renderFixture } from '../templates';
import { renderDeveloperPage } from './developer';
import { renderSsoMenu } from './token-sso';

const LIST_ROUTE = { pattern: '/settings/tokens(.:format)', controller: 'oauth_tokens', action: 'index' };
const DATE = new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });

export interface ShownToken {
  id: number;
  token: string;
  reduced: boolean;
}

export function expiryText(expiration: string, now: Date): string {
  if (expiration === 'none') return 'This token has no expiration date.';
  const date = /^\d+$/.test(expiration) ? new Date(now.getTime() + Number(expiration) * 86_400_000) : new Date(expiration);
  return Number.isNaN(date.getTime()) ? '' : `Expires on ${DATE.format(date)}.`;
}

function row(state: ReplicaState, token: ListedToken, now: Date, shown: ShownToken | undefined): string {
  const deleteDialog = renderFixture('pages/token-delete.html', { id: String(token.id) });
  const sso = renderSsoMenu(state, token);
  if (shown?.id === token.id) {
    return renderFixture('pages/new-token-row.html', { id: String(token.id), token: shown.token, deleteDialog, sso });
  }
  return renderFixture('pages/token-row.html', {
    id: String(token.id),
    note: escapeHtml(token.note),
    scopes: escapeHtml(token.scopes.join(', ') || 'no scopes'),
    expiry: expiryText(token.expiration, now),
    deleteDialog,
    sso,
  });
}

/** /settings/tokens; with `shown`, the result page that carries the new token once (UI reference §7). */
export function tokenListPage(state: ReplicaState, shown?: ShownToken, flash?: string): string {
  const now = state.now();
  const rows = state.tokens.map((token) => row(state, token, now, shown)).join('\n');
  const content = renderFixture('pages/tokens-list.html', {
    notice: shown ? renderFixture('pages/result-notice.html', {}, { reduced: shown.reduced }) : '',
    rows: rows || renderFixture('pages/tokens-blankslate.html'),
  }, { 'generate-menu': !state.options.missing.includes('generate-menu') });
  return renderDeveloperPage(state, {
    title: 'Personal Access Tokens (Classic)',
    route: LIST_ROUTE,
    content,
    current: '/settings/tokens',
    flash,
  });
}
