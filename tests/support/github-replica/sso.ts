import { htmlResponse, redirect } from './http';
import type { ReplicaResponse } from './options';
import { assertionFor, identityProviderPage, ssoPage } from './pages/sso';
import { ssoOrgsOf, tokenIdOf } from './pages/token-sso';
import { findToken, type ListedToken, type ReplicaState } from './state';
import { safeReturnTo } from './sudo';

/**
 * Authorizing a token for an organization's SAML single sign-on (UI reference §15): "Authorize" in the row's
 * "Configure SSO" menu → GitHub's /orgs/<org>/sso page → "Continue" → the identity provider → back to GitHub's
 * consumer URL, which records the authorization and returns to /settings/tokens. The route shapes past the first
 * URL are SAML's usual ones [I]. Unknown organizations and tokens get undefined (the router answers 404), as does
 * every SSO URL on a host without per-organization SSO (GHE.com).
 */
function requested(state: ReplicaState, org: string, request: string | null): ListedToken | undefined {
  const id = tokenIdOf(request);
  return ssoOrgsOf(state).includes(org) && id !== undefined ? findToken(state, id) : undefined;
}

export function showSso(state: ReplicaState, org: string, url: URL): ReplicaResponse | undefined {
  const token = requested(state, org, url.searchParams.get('authorization_request'));
  return token && htmlResponse(ssoPage(state, org, token));
}

/** "Continue": off to the identity provider, carrying the request in RelayState as SAML does. */
export function startSso(state: ReplicaState, org: string, form: URLSearchParams): ReplicaResponse | undefined {
  const request = form.get('authorization_request');
  if (!requested(state, org, request)) return undefined;
  const relayState = new URLSearchParams({ authorization_request: request!, return_to: safeReturnTo(form.get('return_to')) });
  return redirect(state, `/_replica/idp/${org}?${new URLSearchParams({ RelayState: relayState.toString() })}`);
}

export function showIdentityProvider(state: ReplicaState, org: string, url: URL): ReplicaResponse | undefined {
  if (!ssoOrgsOf(state).includes(org)) return undefined;
  return htmlResponse(identityProviderPage(state, org, url.searchParams.get('RelayState') ?? ''));
}

export function consumeSso(state: ReplicaState, org: string, form: URLSearchParams): ReplicaResponse | undefined {
  const relayState = new URLSearchParams(form.get('RelayState') ?? '');
  const token = requested(state, org, relayState.get('authorization_request'));
  if (!token || form.get('SAMLResponse') !== assertionFor(org)) return undefined;
  if (!token.authorizedOrgs.includes(org)) token.authorizedOrgs.push(org);
  return redirect(state, safeReturnTo(relayState.get('return_to')));
}

export function deauthorizeSso(state: ReplicaState, id: number, org: string): ReplicaResponse | undefined {
  const token = findToken(state, id);
  if (!token) return undefined;
  token.authorizedOrgs = token.authorizedOrgs.filter((authorized) => authorized !== org);
  return redirect(state, '/settings/tokens');
}
