import { DEFAULT_EXPIRATION, isExpirationValue } from './expiration';
import { betaListRedirect, FINE_GRAINED_ROUTES } from './fine-grained/routes';
import { asset, effectiveMethod, htmlResponse, parseForm, redirect } from './http';
import type { ReplicaRequest, ReplicaResponse } from './options';
import { simpleDeveloperPage } from './pages/developer';
import { renderUserMenuItems, renderUserPanelList } from './pages/header';
import { renderFlash } from './pages/layout';
import { dashboardPage, notFoundPage, repositoryPage } from './pages/misc';
import { emailsPage, profilePage, resendNotice } from './pages/settings';
import { newTokenPage, type TokenFormValues } from './pages/token-form';
import { tokenListPage } from './pages/tokens';
import type { ReplicaState } from './state';
import { confirmSudo, showSudo, sudoGate } from './sudo';
import { readFixture } from './templates';
import { createToken, revokeAllTokens, revokeToken } from './token-actions';
import { TOKEN_LIFE_ROUTES } from './token-routes';
import { vendorAsset } from './vendor';

interface Incoming {
  url: URL;
  form: URLSearchParams;
  match: RegExpMatchArray;
}

/** A handler that answers undefined answers 404 (an unknown token, organization or asset). */
type Handler = (state: ReplicaState, incoming: Incoming) => ReplicaResponse | undefined;
export type Route = [string, RegExp, Handler];

const page = (render: (state: ReplicaState) => string): Handler => (state) => htmlResponse(render(state));

/** GitHub's undocumented classic prefill: ?description=…&scopes=a,b&default_expires_at=… (UI reference §9.1). */
function prefill(url: URL): TokenFormValues {
  const params = url.searchParams;
  const expiration = params.get('default_expires_at') ?? undefined;
  return {
    note: params.get('description') ?? '',
    expiration: isExpirationValue(expiration) ? expiration : DEFAULT_EXPIRATION,
    customDate: '',
    scopes: (params.get('scopes') ?? '').split(',').map((scope) => scope.trim()).filter(Boolean),
  };
}

function tokenList(state: ReplicaState): ReplicaResponse {
  const shown = state.pendingResult;
  state.pendingResult = undefined;
  return htmlResponse(tokenListPage(state, shown));
}

function emails(state: ReplicaState): ReplicaResponse {
  const flash = state.pendingFlash;
  state.pendingFlash = undefined;
  return htmlResponse(emailsPage(state, flash && renderFlash(flash.kind, flash.message)));
}

function replicaAsset(name: string): ReplicaResponse | undefined {
  const [folder, type] = name.endsWith('.js') ? ['behaviour', 'text/javascript; charset=utf-8']
    : name.endsWith('.css') ? ['assets', 'text/css; charset=utf-8'] : ['assets', 'image/svg+xml'];
  try {
    return asset(readFixture(`${folder}/${name}`), type);
  } catch {
    return undefined;
  }
}

const ROUTES: Route[] = [
  ['GET', /^\/(dashboard)?$/, page(dashboardPage)],
  ['GET', /^\/settings$/, (state) => redirect(state, '/settings/profile')],
  ['GET', /^\/settings\/profile$/, page(profilePage)],
  ['GET', /^\/settings\/emails$/, emails],
  ['POST', /^\/settings\/emails\/1\/request_verification$/, (state) => {
    state.pendingFlash = { kind: 'flash-notice', message: resendNotice(state) };
    return redirect(state, '/settings/emails');
  }],
  ...FINE_GRAINED_ROUTES,
  ['GET', /^\/settings\/(apps|developers)$/, (state, { match }) => htmlResponse(simpleDeveloperPage(state, match[0]))],
  ['GET', /^\/settings\/tokens$/, (state, { url }) => betaListRedirect(state, url) ?? tokenList(state)],
  ['POST', /^\/settings\/tokens$/, (state, { form, url }) => sudoGate(state, url.pathname) ?? createToken(state, form)],
  ['POST', /^\/settings\/tokens\/revoke_all$/, (state) => revokeAllTokens(state)],
  ['DELETE', /^\/settings\/tokens\/(\d+)$/, (state, { match }) => revokeToken(state, Number(match[1]))],
  ['GET', /^\/settings\/tokens\/new$/, (state, { url }) => sudoGate(state, url.pathname) ?? htmlResponse(newTokenPage(state, prefill(url)))],
  ...TOKEN_LIFE_ROUTES,
  ['GET', /^\/sessions\/sudo$/, (state, { url }) => showSudo(state, url)],
  ['POST', /^\/sessions\/sudo$/, (state, { form }) => confirmSudo(state, form)],
  ['GET', /^\/users\/1\/menu$/, (state) => htmlResponse(renderUserMenuItems(state))],
  ['GET', /^\/_side-panels\/user$/, (state) => htmlResponse(renderUserPanelList(state, true))],
  ['GET', /^\/_replica\/vendor\/([\w.-]+)$/, (_state, { match }) => vendorAsset(match[1]!)],
  ['GET', /^\/_replica\/([\w-]+\.(?:js|css|svg))$/, (_state, { match }) => replicaAsset(match[1]!)],
  // Last: any other two-part path is a repository of the signed-in user.
  ['GET', /^\/([\w.-]+)\/([\w.-]+)$/, (state, { match }) =>
    match[1] === state.site.login ? htmlResponse(repositoryPage(state, match[1], match[2]!)) : undefined],
];

export function notFound(state: ReplicaState): ReplicaResponse {
  return htmlResponse(notFoundPage(state), 404);
}

/** A request to the host `state` stands for. */
export function route(state: ReplicaState, request: ReplicaRequest): ReplicaResponse {
  const url = new URL(request.url);
  const form = parseForm(request.body);
  const method = effectiveMethod(request.method, form);
  const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname;
  for (const [verb, pattern, handler] of ROUTES) {
    const match = verb === method ? path.match(pattern) : null;
    if (match) return handler(state, { url, form, match }) ?? notFound(state);
  }
  return notFound(state);
}
