import { LOGIN, USER_ID, type HeaderGeneration } from '../options';
import type { ReplicaState } from '../state';
import { renderFixture } from '../templates';

/** Which part of the site a page belongs to: drives breadcrumbs (V5) and the AppHeader context label. */
export type Area = 'dashboard' | 'settings' | 'developer';

type HeaderRenderer = (userMenu: boolean, area: Area | undefined) => string;

const CONTEXT: Record<Area, string> = { dashboard: 'Dashboard', settings: 'Settings', developer: 'Developer Settings' };

function detailsHeader(lazy: boolean): HeaderRenderer {
  return (userMenu) => renderFixture('headers/v2.html', {
    login: LOGIN,
    userMenuAttrs: lazy ? ` src="/users/${USER_ID}/menu" preload` : '',
    userMenuBody: lazy ? renderFixture('user-menu-lazy.html', { userId: String(USER_ID) }) : renderUserMenuItems(),
  }, { 'user-menu': userMenu });
}

function appHeader(userFixture: string): HeaderRenderer {
  return (userMenu, area) => renderFixture('headers/app-header.html', {
    context: CONTEXT[area ?? 'dashboard'],
    userMenu: userMenu ? renderFixture(userFixture, { login: LOGIN, userPanelList: renderUserPanelList(false) }) : '',
  });
}

function globalNav(userMenu: boolean, area: Area | undefined): string {
  const breadcrumbs = area === 'settings' || area === 'developer'
    ? renderFixture('breadcrumbs.html', {}, { developer: area === 'developer' })
    : '';
  return renderFixture('headers/v5.html', { login: LOGIN, breadcrumbs }, { 'user-menu': userMenu });
}

const HEADERS: Record<HeaderGeneration, HeaderRenderer> = {
  v1: (userMenu) => renderFixture('headers/v1.html', { login: LOGIN }, { 'user-menu': userMenu }),
  v2: detailsHeader(false),
  'v2-lazy': detailsHeader(true),
  v3: appHeader('headers/v3-user.html'),
  v4: appHeader('headers/v4-user.html'),
  v5: globalNav,
};

export function renderHeader(state: ReplicaState, area: Area | undefined): string {
  return HEADERS[state.options.header](!state.options.missing.includes('user-menu'), area);
}

/** The V2 menu body; also what /users/{id}/menu answers for the lazy variant. */
export function renderUserMenuItems(): string {
  return renderFixture('user-menu-items.html', { login: LOGIN });
}

/** The V3 side panel list: "Loading..." rows until /_side-panels/user has answered. */
export function renderUserPanelList(loaded: boolean): string {
  return renderFixture('user-panel-list.html', { login: LOGIN }, { loaded, loading: !loaded });
}
