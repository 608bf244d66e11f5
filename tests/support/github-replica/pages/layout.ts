import { LOGIN, type Theme } from '../options';
import type { ReplicaState } from '../state';
import { escapeHtml, renderFixture } from '../templates';
import { renderHeader, type Area } from './header';

/** Rails route metadata as 2026 pages carry it (UI reference §1.1). */
export interface Route {
  pattern: string;
  controller: string;
  action: string;
}

export interface PageSpec {
  title: string;
  route: Route;
  main: string;
  area?: Area;
  flash?: string;
  /** The sudo page uses the session-authentication layout. */
  session?: boolean;
}

const SCRIPTS = ['legacy-menus', 'details-menus', 'side-panels', 'react-menus', 'nav-list', 'token-form', 'clipboard-copy'];

function scriptTags(state: ReplicaState): string {
  const names = state.options.navigation === 'soft' ? [...SCRIPTS, 'soft-nav'] : SCRIPTS;
  return names.map((name) => `  <script type="module" src="/_replica/${name}.js"></script>`).join('\n');
}

/** <html>'s Primer color-mode attributes: @primer/css themes the page from these. */
const THEMES: Record<Theme, string> = {
  auto: 'data-color-mode="auto" data-light-theme="light" data-dark-theme="dark"',
  light: 'data-color-mode="light" data-light-theme="light" data-dark-theme="dark"',
  dark: 'data-color-mode="dark" data-light-theme="light" data-dark-theme="dark"',
  dark_dimmed: 'data-color-mode="dark" data-light-theme="light" data-dark-theme="dark_dimmed"',
};

export function renderDocument(state: ReplicaState, spec: PageSpec): string {
  const bodyClass = spec.session ? 'logged-in env-production session-authentication' : 'logged-in env-production page-responsive';
  return renderFixture('layout.html', {
    title: escapeHtml(spec.title),
    theme: THEMES[state.options.theme],
    routePattern: spec.route.pattern,
    routeController: spec.route.controller,
    routeAction: spec.route.action,
    login: LOGIN,
    bodyClass,
    scripts: scriptTags(state),
    header: spec.session ? renderFixture('headers/session.html') : renderHeader(state, spec.area),
    flash: spec.flash ?? '',
    main: spec.main,
  });
}

export function renderFlash(kind: 'flash-notice' | 'flash-error' | 'flash-warn', messageHtml: string): string {
  return renderFixture('pages/flash.html', { kind, message: messageHtml });
}
