// @vitest-environment happy-dom
// @vitest-environment-options { "settings": { "handleDisabledFileLoadingAsSuccess": true, "disableJavaScriptFileLoading": true, "disableCSSFileLoading": true } }
import { describe, expect, it } from 'vitest';
import * as find from '@/lib/github/find';
import { classifyPage } from '@/lib/github/page';
import { expirationWidget, findExpirationControl, readExpiration } from '@/lib/github/token-form';
import { createGitHubReplica, type HeaderGeneration } from '../support/github-replica';
import { getFrom, parseHtml, replicaDocument, submitTokenForm } from '../support/github-replica/testing';

const HEADERS: HeaderGeneration[] = ['v1', 'v2', 'v2-lazy', 'v3', 'v4', 'v5'];

describe('user menu button', () => {
  it.each(HEADERS)('%s: finds the avatar button and no other menu button', (header) => {
    const doc = replicaDocument('/', { header });
    const button = find.findUserMenuButton(doc);
    expect(button).toBeDefined();
    expect(button!.closest('details, .AppHeader-user, [class*="GlobalNavUserMenu-module__container"], .header-nav-item')).not.toBeNull();
    expect(button!.querySelector('img')).not.toBeNull();
  });

  it.each(HEADERS)('%s: a page without the avatar button has no target', (header) => {
    expect(find.findUserMenuButton(replicaDocument('/', { header, missing: ['user-menu'] }))).toBeUndefined();
  });
});

describe('Settings item of the open user menu', () => {
  it('v2: hidden in the closed <details>, found inside the menu once it is open', () => {
    const doc = replicaDocument('/', { header: 'v2' });
    expect(find.findOpenSettingsItem(doc)).toBeUndefined();
    doc.querySelector('summary[aria-label="View profile and more"]')!.parentElement!.setAttribute('open', '');
    const item = find.findOpenSettingsItem(doc);
    expect(item?.getAttribute('href')).toBe('/settings/profile');
    expect(item?.closest('details-menu')).not.toBeNull();
  });
});

describe('settings and developer settings', () => {
  it('Developer settings is the sidebar link, not the breadcrumb', () => {
    const link = find.findDeveloperSettingsLink(replicaDocument('/settings/profile'));
    expect(link?.getAttribute('href')).toBe('/settings/apps');
    expect(link?.closest('header, nav[aria-label="Breadcrumbs"]')).toBeNull();
  });

  it('a layout without the link has no target', () => {
    expect(find.findDeveloperSettingsLink(replicaDocument('/settings/profile', { missing: ['developer-settings'] }))).toBeUndefined();
  });

  it.each(['expanded', 'collapsed'] as const)('the Personal access tokens group is read as %s', (patGroup) => {
    const doc = replicaDocument('/settings/apps', { patGroup });
    expect(find.findPatGroupToggle(doc)).toBeDefined();
    expect(find.isPatGroupCollapsed(doc)).toBe(patGroup === 'collapsed');
  });

  it('Tokens (classic) is /settings/tokens, never the fine-grained page', () => {
    expect(find.findTokensClassicLink(replicaDocument('/settings/apps'))?.getAttribute('href')).toBe('/settings/tokens');
  });
});

describe('token list', () => {
  const doc = replicaDocument('/settings/tokens', { existingNotes: ['laptop', 'ci'] });

  it('finds the "Generate new token" dropdown among other <details>', () => {
    const menu = find.findGenerateMenu(doc);
    expect(menu?.querySelector(':scope > summary')?.textContent).toMatch(/Generate new token/);
    expect(doc.querySelectorAll('details').length).toBeGreaterThan(1);
  });

  it('reads the listed notes', () => {
    expect(find.readListedNotes(doc)).toEqual(['laptop', 'ci']);
  });

  it('classifies the page', () => {
    expect(classifyPage(doc, '/settings/tokens')).toBe('token-list');
  });
});

describe.each(['action-menu', 'select'] as const)('new-token form (%s expiration)', (expiration) => {
  const doc = replicaDocument('/settings/tokens/new', { expiration });
  const form = find.findTokenForm(doc)!;

  it('finds the form, the note and every scope box', () => {
    expect(form.id).toBe('new_oauth_access');
    expect(find.findNoteInput(form)?.id).toBe('oauth_access_description');
    expect(find.findScopeBoxes(form).length).toBeGreaterThanOrEqual(50);
  });

  it('the scope list holds every box and nothing outside the form', () => {
    const list = find.findScopeList(form)!;
    expect(find.findScopeBoxes(form).every((box) => list.contains(box))).toBe(true);
    expect(form.contains(list)).toBe(true);
  });

  it('the submit target is "Generate token", not the header search button', () => {
    const submit = find.findSubmitButton(form);
    expect(submit?.textContent?.trim()).toBe('Generate token');
    expect(form.contains(submit!)).toBe(true);
  });

  it('reads the expiration widget and its value', () => {
    expect(expirationWidget(form)).toBe(expiration);
    expect(findExpirationControl(form)?.tagName).toBe(expiration === 'select' ? 'SELECT' : 'BUTTON');
    expect(readExpiration(form)).toBe('30');
  });

  it('classifies the page', () => {
    expect(classifyPage(doc, '/settings/tokens/new')).toBe('token-form');
  });
});

describe('pages that sit at other pages\' URLs', () => {
  it('the sudo page at /settings/tokens/new is sudo, not the form', () => {
    const doc = replicaDocument('/settings/tokens/new', { sudo: 'same-url' });
    expect(find.isSudoPage(doc)).toBe(true);
    expect(classifyPage(doc, '/settings/tokens/new')).toBe('sudo');
  });

  it('the refused form at /settings/tokens is the form, with its error', () => {
    const replica = createGitHubReplica({ existingNotes: ['laptop'] });
    const doc = parseHtml(submitTokenForm(replica, 'laptop', ['repo']).body);
    expect(classifyPage(doc, '/settings/tokens')).toBe('token-form');
    expect(find.findFlashError(doc)).toMatch(/Note has already been taken/);
  });

  it('the result page shows the token and GitHub\'s copy button for it, not another copy button', () => {
    const replica = createGitHubReplica();
    submitTokenForm(replica, 'fresh', ['repo']);
    const doc = parseHtml(getFrom(replica, '/settings/tokens').body);
    expect(classifyPage(doc, '/settings/tokens')).toBe('token-result');
    expect(find.findCopyButton(doc)?.getAttribute('for')).toBe('new-oauth-token');
    expect(doc.querySelectorAll('clipboard-copy').length).toBeGreaterThan(1);
  });
});

describe('e-mail prerequisite', () => {
  it('points at what verifies an unverified address, and at nothing when verified', () => {
    expect(find.findVerifyEmailControl(replicaDocument('/settings/emails', { emailVerified: false }))).toBeDefined();
    expect(find.findVerifyEmailControl(replicaDocument('/settings/emails', { emailVerified: true }))).toBeUndefined();
  });
});
