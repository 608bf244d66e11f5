import type { ReplicaState } from '../state';
import { escapeHtml, renderFixture } from '../templates';
import { renderDocument, type Route } from './layout';

// The sudo filter renders inside the request it interrupts, so at /settings/tokens/new the page keeps that
// route's metas: a guide must recognise "Confirm access" by #sudo, not by route-action [I]. Title [I].
const ROUTES: Record<string, Route> = {
  '/settings/tokens/new': { pattern: '/settings/tokens/new(.:format)', controller: 'oauth_tokens', action: 'new' },
  '/sessions/sudo': { pattern: '/sessions/sudo(.:format)', controller: 'sessions', action: 'sudo' },
};

export function sudoPage(state: ReplicaState, path: string, returnTo: string): string {
  return renderDocument(state, {
    title: 'Confirm access',
    route: ROUTES[path] ?? ROUTES['/sessions/sudo']!,
    main: renderFixture('pages/sudo.html', { login: state.site.login, returnTo: escapeHtml(returnTo) }),
    session: true,
  });
}
