import { fakeClassicToken } from './fake-token';
import { htmlResponse, redirect } from './http';
import type { ReplicaResponse } from './options';
import { renderFlash } from './pages/layout';
import { tokenEditPage } from './pages/token-edit';
import { regeneratePage } from './pages/token-regenerate';
import { normalizeScopes, scopesFor } from './scope-catalogue';
import type { ListedToken, ReplicaState } from './state';
import { expirationRefusal, readTokenForm, storedExpiration } from './token-actions';

/**
 * A token's life after creation (UI reference §15, §16): editing its note and scopes, and regenerating it. Both
 * drop the token's SSO authorizations, as GitHub's docs say editing scopes and regenerating do.
 */
export function updateToken(state: ReplicaState, token: ListedToken, form: URLSearchParams): ReplicaResponse {
  const values = readTokenForm(form);
  const taken = state.tokens.some((other) => other !== token && other.note === values.note);
  const problem = values.note.trim() === '' ? 'Validation failed: Note can&#39;t be blank' : taken ? 'Validation failed: Note has already been taken' : undefined;
  if (problem) return htmlResponse(tokenEditPage(state, token, renderFlash('flash-error', problem)), 422);
  const { scopes } = normalizeScopes(values.scopes, scopesFor(state.site));
  if (scopes.join() !== token.scopes.join()) token.authorizedOrgs = [];
  Object.assign(token, { note: values.note, scopes });
  return redirect(state, '/settings/tokens');
}

/** A new token value for the same row: note and scopes kept, the expiration from the form (§16). */
export function regenerateToken(state: ReplicaState, token: ListedToken, form: URLSearchParams): ReplicaResponse {
  const values = readTokenForm(form);
  const problem = expirationRefusal(values);
  if (problem) return htmlResponse(regeneratePage(state, token, values, renderFlash('flash-error', problem)), 422);
  const value = fakeClassicToken();
  Object.assign(token, { expiration: storedExpiration(values), authorizedOrgs: [] });
  state.regenerated.push({ id: token.id, hostname: state.site.hostname, note: token.note, scopes: token.scopes, expiration: token.expiration, token: value });
  state.pendingResult = { id: token.id, token: value, reduced: false };
  return redirect(state, '/settings/tokens');
}
