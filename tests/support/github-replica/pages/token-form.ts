import { DEFAULT_EXPIRATION } from '../expiration';
import { scopesFor } from '../scope-catalogue';
import type { ReplicaState } from '../state';
import { escapeHtml, renderFixture } from '../templates';
import { renderDeveloperPage } from './developer';
import { renderExpiration } from './expiration-widgets';
import type { Route } from './layout';
import { renderScopeList } from './scope-list';

export interface TokenFormValues {
  note: string;
  expiration: string;
  customDate: string;
  scopes: string[];
}

export const EMPTY_FORM: TokenFormValues = { note: '', expiration: DEFAULT_EXPIRATION, customDate: '', scopes: [] };

const NEW_ROUTE: Route = { pattern: '/settings/tokens/new(.:format)', controller: 'oauth_tokens', action: 'new' };
// A failed POST is rendered by the create action; these metas are [I], the title's lower-case "classic" is [A].
const CREATE_ROUTE: Route = { pattern: '/settings/tokens(.:format)', controller: 'oauth_tokens', action: 'create' };

/** The Note and "Select scopes" fields (the scopes the host offers), shared by the new-token form and a token's own page. */
export function tokenFieldSlots(state: ReplicaState, note: string, scopes: string[]): { noteField: string; scopeField: string } {
  return {
    noteField: renderFixture('pages/note-field.html', { note: escapeHtml(note) }).trimEnd(),
    scopeField: renderFixture('pages/scope-field.html', { scopes: renderScopeList(scopesFor(state.site), scopes) }).trimEnd(),
  };
}

function formContent(state: ReplicaState, values: TokenFormValues): string {
  return renderFixture('pages/token-form.html', {
    ...tokenFieldSlots(state, values.note, values.scopes),
    expiration: renderExpiration(state.options.expiration, values, state.now()),
  });
}

export function newTokenPage(state: ReplicaState, values: TokenFormValues): string {
  return renderDeveloperPage(state, {
    title: 'New Personal Access Token (Classic)',
    route: NEW_ROUTE,
    content: formContent(state, values),
    current: '/settings/tokens',
  });
}

/** The validation-error re-render at /settings/tokens (UI reference §11.6). */
export function rejectedTokenPage(state: ReplicaState, values: TokenFormValues, flash: string): string {
  return renderDeveloperPage(state, {
    title: 'New Personal Access Token (classic)',
    route: CREATE_ROUTE,
    content: formContent(state, values),
    current: '/settings/tokens',
    flash,
  });
}
