// @vitest-environment happy-dom
// @vitest-environment-options { "settings": { "handleDisabledFileLoadingAsSuccess": true } }
import { describe, expect, it } from 'vitest';
import type { ReplicaOptions } from '../support/github-replica';
import { replicaDocument as page } from '../support/github-replica/testing';

const meta = (document: Document, name: string) => document.querySelector(`meta[name="${name}"]`)?.getAttribute('content');

describe('replica /settings/profile', () => {
  const document = page('/settings/profile');
  const list = document.querySelector('navigation-list[data-turbo-frame="settings-frame"] > nav[aria-label="User settings"] > nav-list > ul.ActionListWrap')!;

  it('is a logged-in page with identity metas', () => {
    expect(document.title).toBe('Your Profile');
    expect(meta(document, 'user-login')).toBe('octocat');
    expect(meta(document, 'route-pattern')).toBe('/settings/profile(.:format)');
    expect(document.body.classList.contains('logged-in')).toBe(true);
  });

  it('ends its sidebar with "Developer settings" after a divider', () => {
    const last = list.lastElementChild!;
    expect(last.previousElementSibling?.matches('li.ActionList-sectionDivider[role="presentation"][aria-hidden="true"]')).toBe(true);
    const link = last.querySelector('a.ActionListContent.ActionListContent--visual16[href="/settings/apps"][data-turbo-frame="settings-frame"]')!;
    expect(link.querySelector('svg.octicon-code')).not.toBeNull();
    expect(link.querySelector('span.ActionListItem-label')?.textContent).toBe('Developer settings');
  });

  it('has many other settings links, all aimed at the settings frame', () => {
    const links = [...list.querySelectorAll('a[href^="/settings/"]')];
    expect(links.length).toBeGreaterThan(20);
    expect(links.every((link) => link.getAttribute('data-turbo-frame') === 'settings-frame')).toBe(true);
    expect(list.querySelector('a[aria-current="page"]')?.getAttribute('href')).toBe('/settings/profile');
    expect(list.querySelectorAll('svg.octicon-key')).toHaveLength(1); // "SSH and GPG keys": not the tokens group
  });

  it('renders the content in turbo-frame#settings-frame', () => {
    const frame = document.querySelector('turbo-frame#settings-frame[data-turbo-action="advance"]')!;
    expect(frame.querySelector('h2.Subhead-heading')?.textContent).toBe('Public profile');
    expect(frame.querySelector('form button[type="submit"]')?.textContent).toBe('Update profile');
  });

  it('can lack "Developer settings"', () => {
    expect(page('/settings/profile', { missing: ['developer-settings'] }).querySelector('a[href="/settings/apps"]')).toBeNull();
  });
});

describe('replica /settings/emails', () => {
  it('shows a verified primary address without a resend control', () => {
    const document = page('/settings/emails');
    const row = document.querySelector('#settings-emails li.settings-email')!;
    expect(row.textContent).toContain('Primary');
    expect(row.textContent).toContain('Verified');
    expect(document.body.textContent).not.toContain('Resend verification email');
  });

  it('shows an unverified address with a resend button in a POST form', () => {
    const document = page('/settings/emails', { emailVerified: false });
    const row = document.querySelector('#settings-emails li.settings-email')!;
    expect(row.querySelector('.Label--attention')?.textContent).toBe('Unverified');
    const button = [...row.querySelectorAll('form[method="post"] button[type="submit"]')].find((b) => b.textContent === 'Resend verification email');
    expect(button).toBeDefined();
  });
});

describe('replica /settings/apps', () => {
  const group = (options: Partial<ReplicaOptions> = {}, path = '/settings/apps') =>
    page(path, options).querySelector('nav[aria-label="Developer settings"] li.ActionListItem.ActionListItem--hasSubItem')!;

  it('lists GitHub Apps, OAuth Apps and the tokens group', () => {
    const document = page('/settings/apps');
    const sidebar = document.querySelector('nav[aria-label="Developer settings"] > nav-list > ul.ActionListWrap')!;
    const links = [...sidebar.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.textContent]);
    expect(links).toEqual([
      ['/settings/apps', 'GitHub Apps'],
      ['/settings/developers', 'OAuth Apps'],
      ['/settings/personal-access-tokens', 'Fine-grained tokens'],
      ['/settings/tokens', 'Tokens (classic)'],
    ]);
  });

  it('renders the group expanded: key octicon, button and sub-list', () => {
    const button = group().querySelector(':scope > button[aria-expanded="true"]')!;
    expect(button.querySelector('svg.octicon-key')).not.toBeNull();
    expect(button.textContent).toContain('Personal access tokens');
    expect(button.nextElementSibling?.matches('ul.ActionList.ActionList--subGroup')).toBe(true);
    expect(button.nextElementSibling?.querySelector('li.ActionListItem--subItem > a[href="/settings/tokens"]')).not.toBeNull();
  });

  it('renders the group collapsed on request, but never on a page inside it', () => {
    expect(group({ patGroup: 'collapsed' }).querySelector(':scope > button')?.getAttribute('aria-expanded')).toBe('false');
    expect(group({ patGroup: 'collapsed' }, '/settings/tokens').querySelector(':scope > button')?.getAttribute('aria-expanded')).toBe('true');
  });

  it('can lack "Tokens (classic)"', () => {
    expect(group({ missing: ['tokens-classic'] }).querySelector('a[href="/settings/tokens"]')).toBeNull();
  });
});
