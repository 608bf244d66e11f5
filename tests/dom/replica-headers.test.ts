// @vitest-environment happy-dom
// @vitest-environment-options { "settings": { "handleDisabledFileLoadingAsSuccess": true } }
import { describe, expect, it } from 'vitest';
import { createGitHubReplica, type HeaderGeneration } from '../support/github-replica';
import { parseHtml, replicaDocument } from '../support/github-replica/testing';

const page = (header: HeaderGeneration, path = '/', missing: 'user-menu'[] = []) => replicaDocument(path, { header, missing });

/** The user-menu trigger of each generation, attribute for attribute from the UI reference (§2, §11.1). */
const TRIGGERS: Record<HeaderGeneration, string> = {
  v1: 'li.header-nav-item.dropdown.js-menu-container > a.header-nav-link.name.tooltipped.tooltipped-s.js-menu-target[aria-label="View profile and more"][data-ga-click="Header, show menu, icon:avatar"] > img.avatar',
  v2: 'div.Header-item > details.details-overlay.details-reset.js-feature-preview-indicator-container > summary.Header-link[aria-label="View profile and more"][aria-haspopup="menu"][role="button"]',
  'v2-lazy': 'div.Header-item > details.details-overlay.details-reset > summary.Header-link[aria-label="View profile and more"][aria-haspopup="menu"]',
  v3: 'div.AppHeader-user > deferred-side-panel[data-url^="/_side-panels/user"] > include-fragment[data-target="deferred-side-panel.fragment"] > user-drawer-side-panel > button.AppHeader-logo.Button--invisible[aria-label="Open user account menu"][data-action="click:deferred-side-panel#loadPanel click:deferred-side-panel#panelOpened"][data-show-dialog-id]',
  v4: '.AppHeader-user button[aria-label="Open user navigation menu"]',
  v5: 'div[class*="GlobalNavUserMenu-module__container"] > button[data-component="IconButton"][type="button"][aria-haspopup="menu"][data-login="octocat"][aria-labelledby][data-variant="invisible"]',
};
const GENERATIONS = Object.keys(TRIGGERS) as HeaderGeneration[];

describe('replica headers', () => {
  it.each(GENERATIONS)('%s has the reference trigger, once', (header) => {
    expect(page(header).querySelectorAll(TRIGGERS[header])).toHaveLength(1);
  });

  it.each(GENERATIONS)('%s carries the noise a sloppy selector trips on', (header) => {
    const banner = page(header).querySelector('header[role="banner"]')!;
    const searchForm = banner.querySelector('form[action="/search"]');
    expect(searchForm?.querySelector('button[type="submit"]')).not.toBeNull();
    const popups = [...banner.querySelectorAll('[aria-haspopup]')].filter((element) => !element.matches(TRIGGERS[header]));
    expect(popups.length).toBeGreaterThan(0);
    expect(banner.querySelector('a[href="/notifications"]')).not.toBeNull();
  });

  it.each(GENERATIONS)('%s without a user menu matches none of the trigger selectors', (header) => {
    const document = page(header, '/', ['user-menu']);
    for (const selector of Object.values(TRIGGERS)) expect(document.querySelector(selector)).toBeNull();
    expect(document.querySelector('meta[name="user-login"]')?.getAttribute('content')).toBe('octocat');
  });

  it('v1 menu: "Signed in as" header and the Settings dropdown item', () => {
    const menu = page('v1').querySelector('.js-menu-container > div.dropdown-menu-content.js-menu-content > div.dropdown-menu.dropdown-menu-sw')!;
    expect(menu.querySelector('.header-nav-current-user')?.textContent).toContain('Signed in as');
    const settings = menu.querySelector('a.dropdown-item[href="/settings/profile"][data-ga-click="Header, go to settings, icon:settings"]');
    expect(settings?.textContent).toBe('Settings');
  });

  it('v2 menu: details-menu items, Settings and the sign-out form', () => {
    const menu = page('v2').querySelector('summary[aria-label="View profile and more"] + details-menu.dropdown-menu.dropdown-menu-sw[role="menu"]')!;
    expect(menu.querySelector('a[role="menuitem"].dropdown-item[href="/settings/profile"]')?.textContent).toBe('Settings');
    expect(menu.querySelector('form.logout-form > button.dropdown-item.dropdown-signout')).not.toBeNull();
    expect(page('v2').querySelector('summary[aria-label="View profile and more"] > img.avatar.avatar-small.circle + span + span.dropdown-caret')).not.toBeNull();
  });

  it('v2-lazy menu: only an include-fragment until /users/1/menu is fetched', () => {
    const document = page('v2-lazy');
    const menu = document.querySelector('details-menu[src="/users/1/menu"][preload][role="menu"]')!;
    // details-menu-element hands the fragment its src on the first toggle.
    expect(menu.querySelector('include-fragment:not([src])')).not.toBeNull();
    expect(menu.querySelector('a[href="/settings/profile"]')).toBeNull();
    const fragment = createGitHubReplica({ header: 'v2-lazy' }).handle({ method: 'GET', url: 'https://github.com/users/1/menu' });
    expect(parseHtml(fragment.body).querySelector('a[role="menuitem"][href="/settings/profile"]')?.textContent).toBe('Settings');
  });

  it('v3 side panel: modal-dialog with the User navigation list and Loading rows', () => {
    const document = page('v3');
    const button = document.querySelector(TRIGGERS.v3)!;
    const dialog = document.getElementById(button.getAttribute('data-show-dialog-id')!)!;
    expect(dialog.matches('div.Overlay-backdrop--side.Overlay-backdrop--placement-right > modal-dialog.Overlay.SidePanel[role="dialog"][data-target="deferred-side-panel.panel"]')).toBe(true);
    expect(dialog.querySelector('h1.Overlay-title.sr-only')?.textContent).toBe('Account menu');
    expect(dialog.querySelector('button.Overlay-closeButton[aria-label="Close"]')).not.toBeNull();
    const settings = dialog.querySelector('nav[aria-label="User navigation"].ActionList > nav-list > ul.ActionListWrap > li.ActionListItem > a.ActionListContent[href="/settings/profile"]')!;
    expect(JSON.parse(settings.getAttribute('data-analytics-event')!)).toEqual({ category: 'Global navigation', action: 'SETTINGS', label: null });
    expect(settings.querySelector('span.ActionListItem-label')?.textContent).toBe('Settings');
    expect(settings.querySelector('svg.octicon-gear')).not.toBeNull();
    expect([...dialog.querySelectorAll('.ActionListItem-label')].filter((label) => label.textContent === 'Loading...')).toHaveLength(2);
    expect(document.querySelector('.AppHeader-user site-header-logged-in-user-menu')).not.toBeNull();
  });

  it('v3 panel fragment replaces the Loading rows', () => {
    const fragment = createGitHubReplica({ header: 'v3' }).handle({ method: 'GET', url: 'https://github.com/_side-panels/user?user=octocat' });
    const list = parseHtml(fragment.body).querySelector('ul.ActionListWrap')!;
    expect(list.textContent).not.toContain('Loading...');
    expect(list.querySelector('a[href="/logout"]')?.textContent).toBe('Sign out');
  });

  it.each(['v4', 'v5'] as const)('%s renders no menu until clicked (React)', (header) => {
    const document = page(header);
    expect(document.getElementById('__primerPortalRoot__')).toBeNull();
    expect(document.querySelector('header a[href="/settings/profile"]')).toBeNull();
  });

  it('v4 trigger wraps img.avatar.circle', () => {
    expect(page('v4').querySelector(`${TRIGGERS.v4} > img.avatar.circle`)).not.toBeNull();
  });

  it('v5 button is named only by its tooltip popover', () => {
    const document = page('v5');
    const button = document.querySelector(TRIGGERS.v5)!;
    expect(button.hasAttribute('aria-label')).toBe(false);
    expect(button.className).toMatch(/^prc-Button-ButtonBase-\S+ GlobalNavUserMenu-module__anchor__\S+ prc-Button-IconButton-/);
    const tooltip = document.getElementById(button.getAttribute('aria-labelledby')!)!;
    expect(tooltip.matches('span[class^="prc-TooltipV2-Tooltip-"][popover="auto"][aria-hidden="true"]')).toBe(true);
    expect(tooltip.textContent).toBe('Open user navigation menu');
    expect(button.querySelector('img[data-component="Avatar"][data-testid="github-avatar"][class^="prc-Avatar-Avatar-"]')).not.toBeNull();
  });

  it('v5 settings pages show the breadcrumbs, developer pages both crumbs', () => {
    const crumbs = (path: string) => [...page('v5', path).querySelectorAll('nav[aria-label="Breadcrumbs"] a')].map((a) => [a.getAttribute('href'), a.textContent]);
    expect(crumbs('/')).toEqual([]);
    expect(crumbs('/settings/profile')).toEqual([['/settings/profile', 'Settings']]);
    expect(crumbs('/settings/tokens')).toEqual([['/settings/profile', 'Settings'], ['/settings/apps', 'Developer Settings']]);
  });
});
