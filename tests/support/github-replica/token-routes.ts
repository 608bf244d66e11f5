import { htmlResponse } from './http';
import { tokenEditPage } from './pages/token-edit';
import { regeneratePage } from './pages/token-regenerate';
import type { Route } from './routes';
import { consumeSso, deauthorizeSso, showIdentityProvider, showSso, startSso } from './sso';
import { findToken, type ListedToken, type ReplicaState } from './state';
import { sudoGate } from './sudo';
import { regenerateToken, updateToken } from './token-regeneration';
import type { ReplicaResponse } from './options';

type WithToken = (state: ReplicaState, token: ListedToken, url: URL, form: URLSearchParams) => ReplicaResponse | undefined;

/** A handler for /settings/tokens/<id>/…; an unknown id is a 404. */
const withToken = (handle: WithToken): Route[2] => (state, { url, form, match }) => {
  const token = findToken(state, Number(match[1]));
  return token && handle(state, token, url, form);
};

/** The regenerate form sits behind sudo like the new-token form, coming back to the form that was asked for (§16). */
const regenerateGate = (state: ReplicaState, url: URL) => sudoGate(state, url.pathname, url.pathname + url.search);

/** A classic token's page, its regeneration and its SSO authorizations (UI reference §15, §16). */
export const TOKEN_LIFE_ROUTES: Route[] = [
  ['GET', /^\/settings\/tokens\/(\d+)$/, withToken((state, token) => htmlResponse(tokenEditPage(state, token)))],
  ['PATCH', /^\/settings\/tokens\/(\d+)$/, withToken((state, token, _url, form) => updateToken(state, token, form))],
  ['GET', /^\/settings\/tokens\/(\d+)\/regenerate$/, withToken((state, token, url) => regenerateGate(state, url) ?? htmlResponse(regeneratePage(state, token)))],
  ['POST', /^\/settings\/tokens\/(\d+)\/regenerate$/, withToken((state, token, url, form) => regenerateGate(state, url) ?? regenerateToken(state, token, form))],
  ['DELETE', /^\/settings\/tokens\/(\d+)\/sso_authorizations\/([\w-]+)$/, (state, { match }) => deauthorizeSso(state, Number(match[1]), match[2]!)],
  ['GET', /^\/orgs\/([\w-]+)\/sso$/, (state, { url, match }) => showSso(state, match[1]!, url)],
  ['POST', /^\/orgs\/([\w-]+)\/saml\/initiate$/, (state, { form, match }) => startSso(state, match[1]!, form)],
  ['GET', /^\/_replica\/idp\/([\w-]+)$/, (state, { url, match }) => showIdentityProvider(state, match[1]!, url)],
  ['POST', /^\/orgs\/([\w-]+)\/saml\/consume$/, (state, { form, match }) => consumeSso(state, match[1]!, form)],
];
