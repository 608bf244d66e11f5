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

/** A repository's code page: where people spend their time on GitHub, and where PAT Pilot must add nothing. */
export function repositoryPage(state: ReplicaState, owner: string, name: string): string {
  return renderDocument(state, {
    title: `${owner}/${name}`,
    route: { pattern: '/:user_id/:repository', controller: 'files', action: 'disambiguate' }, // [I]
    main: renderFixture('pages/repository.html', { owner, name, origin: state.site.origin }),
  });
}
