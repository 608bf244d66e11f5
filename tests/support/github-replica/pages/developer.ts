import type { ReplicaState } from '../state';
import { renderFixture } from '../templates';
import { renderDeveloperSidebar } from './developer-sidebar';
import { renderDocument, type PageSpec, type Route } from './layout';

export interface DeveloperPage {
  title: string;
  route: Route;
  content: string;
  /** The sidebar row to mark current. */
  current: string;
  flash?: string;
  reactBundles?: PageSpec['reactBundles'];
}

export function renderDeveloperPage(state: ReplicaState, page: DeveloperPage): string {
  const main = renderFixture('pages/developer-layout.html', { items: renderDeveloperSidebar(state, page.current), content: page.content });
  return renderDocument(state, { title: page.title, route: page.route, area: 'developer', main, flash: page.flash, reactBundles: page.reactBundles });
}

interface SimplePage {
  title: string;
  route: Route;
  fixture: string;
}

// Titles and route metas of these pages are [I]; their content is an empty state.
const SIMPLE_PAGES: Record<string, SimplePage> = {
  '/settings/apps': {
    title: 'GitHub Apps',
    route: { pattern: '/settings/apps(.:format)', controller: 'settings/integrations', action: 'index' },
    fixture: 'pages/apps.html',
  },
  '/settings/developers': {
    title: 'OAuth applications',
    route: { pattern: '/settings/developers(.:format)', controller: 'oauth_applications', action: 'index' },
    fixture: 'pages/developers.html',
  },
};

/** GitHub Apps or OAuth Apps: a sidebar to click through, nothing to do. */
export function simpleDeveloperPage(state: ReplicaState, path: string): string {
  const { title, route, fixture } = SIMPLE_PAGES[path]!;
  return renderDeveloperPage(state, { title, route, content: renderFixture(fixture), current: path });
}
