import type { ListedFineGrainedToken, ReplicaState } from '../state';
import { escapeHtml, renderFixture } from '../templates';
import { renderDeveloperPage } from './developer';
import type { Route } from './layout';
import { expiryText } from './tokens';

/** The fine-grained pages' sidebar row ("Fine-grained tokens", UI reference §4, §14). */
export const FINE_GRAINED_LIST_PATH = '/settings/personal-access-tokens';
// Title and metas [I]: the controller name follows the form's model, user_programmatic_access (§17).
const LIST_ROUTE: Route = { pattern: '/settings/personal-access-tokens(.:format)', controller: 'settings/user_programmatic_access', action: 'index' };

export interface ShownFineGrainedToken {
  id: number;
  token: string;
}

function row(token: ListedFineGrainedToken, now: Date, shown: ShownFineGrainedToken | undefined): string {
  const result = shown?.id === token.id;
  return renderFixture('pages/fine-grained-row.html', {
    id: String(token.id),
    name: escapeHtml(token.name),
    expiry: expiryText(token.expiration, now),
    newClass: result ? ' new-token' : '',
    token: result ? shown.token : '',
  }, { result }).trimEnd();
}

/** /settings/personal-access-tokens; with `shown`, the result page carrying a new token once (§17 [I: its URL]). */
export function fineGrainedListPage(state: ReplicaState, shown?: ShownFineGrainedToken): string {
  const now = state.now();
  const rows = state.fineGrained.map((token) => row(token, now, shown)).join('\n');
  return renderDeveloperPage(state, {
    title: 'Fine-grained Personal Access Tokens',
    route: LIST_ROUTE,
    content: renderFixture('pages/fine-grained-list.html', { rows: rows || '<div class="blankslate"><p>You have no fine-grained personal access tokens.</p></div>' }),
    current: FINE_GRAINED_LIST_PATH,
  });
}
