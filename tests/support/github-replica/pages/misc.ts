import type { ReplicaState } from '../state';
import { renderFixture } from '../templates';
import { renderDocument } from './layout';

export function dashboardPage(state: ReplicaState): string {
  return renderDocument(state, {
    title: 'GitHub',
    route: { pattern: '/', controller: 'dashboard', action: 'index' }, // [I]
    area: 'dashboard',
    main: renderFixture('pages/dashboard.html', { login: state.site.login, origin: state.site.origin }),
  });
}

export function notFoundPage(state: ReplicaState): string {
  return renderDocument(state, {
    title: 'Page not found · GitHub',
    route: { pattern: '/*path', controller: 'site', action: 'not_found' }, // [I]
    main: renderFixture('pages/not-found.html'),
  });
}
