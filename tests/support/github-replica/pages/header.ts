import { USER_ID, type HeaderGeneration } from '../options';
import type { ReplicaState } from '../state';
import { renderFixture } from '../templates';

/** Which part of the site a page belongs to: drives breadcrumbs (V5) and the AppHeader context label. */
export type Area = 'dashboard' | 'settings' | 'developer';

type HeaderRenderer = (state: ReplicaState, userMenu: boolean, area: Area | undefined) => string;

const CONTEXT: Record<Area, string> = { dashboard: 'Dashboard', settings: 'Settings', developer: 'Developer Settings' };

/** What every header and user menu fixture names: who is signed in, and where the host keeps gists. */
function userSlots(state: ReplicaState): Record<string, string> {
  return { login: state.site.login, gistUrl: state.site.gistUrl };
}

function detailsHeader(lazy: boolean): HeaderRenderer {
  return (state, userMenu) => renderFixture('headers/v2.html', {
    ...userSlots(state),
    userMenuAttrs: lazy ? ` src="/users/${USER_ID}/menu" preload` : '',
    userMenuBody: lazy ? renderFixture('user-menu-lazy.html', { userId: String(USER_ID) }) : renderUserMenuItems(state),
  }, { 'user-menu': userMenu });
}

function appHeader(userFixture: string): HeaderRenderer {
  return (state, userMenu, area) => renderFixture('headers/app-header.html', {
    gistUrl: state.site.gistUrl,
    context: CONTEXT[area ?? 'dashboard'],
    userMenu: userMenu ? renderFixture(userFixture, { ...userSlots(state), userPanelList: renderUserPanelList(state, false) }) : '',
  });
}

function globalNav(state: ReplicaState, userMenu: boolean, area: Area | undefined): string {
  const breadcrumbs = area === 'settings' || area === 'developer'
    ? renderFixture('breadcrumbs.html', {}, { developer: area === 'developer' })
    : '';
  return renderFixture('headers/v5.html', { ...userSlots(state), breadcrumbs }, { 'user-menu': userMenu });
}

const HEADERS: Record<HeaderGeneration, HeaderRenderer> = {
  v1: (state, userMenu) => renderFixture('headers/v1.html', userSlots(state), { 'user-menu': userMenu }),
  v2: detailsHeader(false),
  'v2-lazy': detailsHeader(true),
  v3: appHeader('headers/v3-user.html'),
  v4: appHeader('headers/v4-user.html'),
  v5: globalNav,
};

export function renderHeader(state: ReplicaState, area: Area | undefined): string {
  return HEADERS[state.options.header](state, !state.options.missing.includes('user-menu'), area);
}

/** The V2 menu body; also what /users/{id}/menu answers for the lazy variant. */
export function renderUserMenuItems(state: ReplicaState): string {
  return renderFixture('user-menu-items.html', userSlots(state));
}

/** The V3 side panel list: "Loading..." rows until /_side-panels/user has answered. */
export function renderUserPanelList(state: ReplicaState, loaded: boolean): string {
  return renderFixture('user-panel-list.html', userSlots(state), { loaded, loading: !loaded });
}
