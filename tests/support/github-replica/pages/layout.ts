import type { Theme } from '../options';
import type { ReplicaState } from '../state';
import { escapeHtml, renderFixture } from '../templates';
import type { ReactBundleName } from '../react-bundle';
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
  /** React parts this page renders besides the header's (react-bundle.ts), e.g. the permission picker. */
  reactBundles?: ReactBundleName[];
}

/**
 * GitHub's open-source elements, from node_modules (vendor.ts). Modules run in this order, before the replica's:
 * the @github elements define themselves first; Primer ViewComponents' bundle (nav-list, action-menu,
 * anchored-position, focus-group, tool-tip, modal-dialog) then skips the names already taken.
 */
const VENDOR_SCRIPTS = ['details-menu-element', 'clipboard-copy-element', 'include-fragment-element', 'primer_view_components'];
/** What github.com's closed application JS does, written for the replica (tests/fixtures/github/behaviour). */
const REPLICA_SCRIPTS = ['legacy-menus', 'details-dialogs', 'side-panels', 'flash', 'token-form', 'fine-grained-form'];
/** The 2024–26 headers' menus are React partials (react/header-menus.jsx) with Primer React's CSS. */
const REACT_HEADERS = new Set(['v4', 'v5']);

/** Soft navigation is Turbo (Drive and frames) with github.com's adaptations of it; full navigation has neither. */
const SOFT_NAVIGATION = { vendor: ['turbo'], own: ['turbo-github'] };

function scriptTags(state: ReplicaState, pageBundles: ReactBundleName[]): string {
  const soft = state.options.navigation === 'soft';
  const vendor = soft ? [...VENDOR_SCRIPTS, ...SOFT_NAVIGATION.vendor] : [...VENDOR_SCRIPTS];
  const own = soft ? [...REPLICA_SCRIPTS, ...SOFT_NAVIGATION.own] : REPLICA_SCRIPTS;
  const react: ReactBundleName[] = REACT_HEADERS.has(state.options.header) ? ['header-menus', ...pageBundles] : pageBundles;
  vendor.push(...react);
  const sources = [...vendor.map((name) => `/_replica/vendor/${name}.js`), ...own.map((name) => `/_replica/${name}.js`)];
  const reactCss = react.map((name) => `  <link rel="stylesheet" href="/_replica/vendor/${name}.css">`);
  return [...reactCss, ...sources.map((src) => `  <script type="module" src="${src}"></script>`)].join('\n');
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
    login: state.site.login,
    hostname: state.site.hostname,
    origin: state.site.origin,
    bodyClass,
    scripts: scriptTags(state, spec.reactBundles ?? []),
    header: spec.session ? renderFixture('headers/session.html', { origin: state.site.origin }) : renderHeader(state, spec.area),
    flash: spec.flash ?? '',
    main: spec.main,
  });
}

export function renderFlash(kind: 'flash-notice' | 'flash-error' | 'flash-warn', messageHtml: string): string {
  return renderFixture('pages/flash.html', { kind, message: messageHtml });
}
