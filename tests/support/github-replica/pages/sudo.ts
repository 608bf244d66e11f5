import type { ReplicaState } from '../state';
import { escapeHtml, renderFixture } from '../templates';
import { renderDocument, type Route } from './layout';
import { FINE_GRAINED_REGENERATE_ROUTE } from './fine-grained-token';
import { REGENERATE_ROUTE } from './token-regenerate';

// The sudo filter renders inside the request it interrupts, so at /settings/tokens/new (or a regenerate form) the
// page keeps that route's metas: a guide must recognise "Confirm access" by #sudo, not by route-action [I]. Title [I].
const ROUTES: Array<[RegExp, Route]> = [
  [/^\/settings\/tokens\/new$/, { pattern: '/settings/tokens/new(.:format)', controller: 'oauth_tokens', action: 'new' }],
  [/^\/settings\/tokens\/\d+\/regenerate$/, REGENERATE_ROUTE],
  [/^\/settings\/personal-access-tokens\/new$/, { pattern: '/settings/personal-access-tokens/new(.:format)', controller: 'settings/user_programmatic_access', action: 'new' }],
  [/^\/settings\/personal-access-tokens\/\d+\/regenerate$/, FINE_GRAINED_REGENERATE_ROUTE],
  [/^\/settings\/personal-access-tokens$/, { pattern: '/settings/personal-access-tokens(.:format)', controller: 'settings/user_programmatic_access', action: 'create' }],
];
const SUDO_ROUTE: Route = { pattern: '/sessions/sudo(.:format)', controller: 'sessions', action: 'sudo' };

export function sudoPage(state: ReplicaState, path: string, returnTo: string): string {
  return renderDocument(state, {
    title: 'Confirm access',
    route: ROUTES.find(([pattern]) => pattern.test(path))?.[1] ?? SUDO_ROUTE,
    main: renderFixture('pages/sudo.html', { login: state.site.login, returnTo: escapeHtml(returnTo) }),
    session: true,
  });
}
