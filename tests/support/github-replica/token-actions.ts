import { DEFAULT_EXPIRATION, isExpirationValue } from './expiration';
import { fakeClassicToken } from './fake-token';
import { htmlResponse, redirect } from './http';
import type { ReplicaResponse } from './options';
import { renderFlash } from './pages/layout';
import { rejectedTokenPage, type TokenFormValues } from './pages/token-form';
import { normalizeScopes, scopesFor } from './scope-catalogue';
import { isNoteTaken, type ReplicaState } from './state';

// Wording and link are [I]: GitHub requires a verified address (docs) but the refusal was never captured.
const UNVERIFIED = 'You need to verify your email address before you can create a personal access token. <!-- [I] wording -->'
  + ' <a href="/settings/emails">Verify your email address</a>';

/** The form fields exactly as GitHub posts them (UI reference §6.1). */
export function readTokenForm(form: URLSearchParams): TokenFormValues {
  const expiration = form.get('oauth_access[default_expires_at]') ?? undefined;
  return {
    note: form.get('oauth_access[description]') ?? '',
    expiration: isExpirationValue(expiration) ? expiration : DEFAULT_EXPIRATION,
    customDate: form.get('oauth_access[custom_expires_at]') ?? '',
    scopes: form.getAll('oauth_access[scopes][]'),
  };
}

/** GitHub's checks in the order a user meets them; the message is the flash's HTML. */
function refusal(state: ReplicaState, values: TokenFormValues): string | undefined {
  if (!state.options.emailVerified) return UNVERIFIED;
  if (values.note.trim() === '') return 'Validation failed: Note can&#39;t be blank';
  if (isNoteTaken(state, values.note)) return 'Validation failed: Note has already been taken';
  return expirationRefusal(values);
}

/** A custom expiration needs its date, on the new-token and the regenerate form alike. */
export function expirationRefusal(values: Pick<TokenFormValues, 'expiration' | 'customDate'>): string | undefined {
  if (values.expiration === 'custom' && !/^\d{4}-\d{2}-\d{2}$/.test(values.customDate)) {
    return 'Validation failed: Expires at is invalid'; // [I] wording
  }
  return undefined;
}

/** What a token's row stores: the preset value, or the custom date. */
export function storedExpiration(values: Pick<TokenFormValues, 'expiration' | 'customDate'>): string {
  return values.expiration === 'custom' ? values.customDate : values.expiration;
}

export function createToken(state: ReplicaState, form: URLSearchParams): ReplicaResponse {
  const values = readTokenForm(form);
  const problem = refusal(state, values);
  if (problem) return htmlResponse(rejectedTokenPage(state, values, renderFlash('flash-error', problem)), 422);
  const { scopes, reduced } = normalizeScopes(values.scopes, scopesFor(state.site));
  const expiration = storedExpiration(values);
  const token = fakeClassicToken();
  const id = state.nextId++;
  state.tokens.unshift({ id, note: values.note, scopes, expiration, authorizedOrgs: [] });
  state.created.push({ note: values.note, scopes, expiration, token });
  state.pendingResult = { id, token, reduced };
  return redirect(state, '/settings/tokens');
}

export function revokeToken(state: ReplicaState, id: number): ReplicaResponse {
  state.tokens = state.tokens.filter((token) => token.id !== id);
  return redirect(state, '/settings/tokens');
}

export function revokeAllTokens(state: ReplicaState): ReplicaResponse {
  state.tokens = [];
  return redirect(state, '/settings/tokens');
}
