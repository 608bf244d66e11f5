// @vitest-environment happy-dom
// @vitest-environment-options { "settings": { "handleDisabledFileLoadingAsSuccess": true, "disableJavaScriptFileLoading": true, "disableCSSFileLoading": true } }
import { describe, expect, it } from 'vitest';
import { findSsoMenuControl, findSsoTarget, findTokenRow, readSsoOrgs } from '@/lib/github/sso';
import { readPageFacts } from '@/lib/github/page';

/** Markup shaped as github-ui.md §15 expects it (never captured): matched by name and row, not by class. */
const row = (id: number, inner: string) => `<div id="access-token-${id}" class="access-token" data-id="${id}">${inner}</div>`;
const menu = (orgs: string) => `<details><summary aria-haspopup="menu">Configure SSO</summary>
  <details-menu role="menu"><div>Single sign-on organizations</div>${orgs}</details-menu></details>`;
const authorize = (org: string) => `<div><span>${org}</span><a role="menuitem" href="/orgs/${org}/sso">Authorize</a></div>`;
const deauthorize = (org: string) => `<div><span>${org}</span><form><button type="submit" role="menuitem">Deauthorize</button></form></div>`;

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

describe('the token row and its "Configure SSO"', () => {
  it('finds the row GitHub shows just made, else the one whose note is the guide\'s', () => {
    const doc = page(
      row(1, `<a class="token-description" href="/settings/tokens/1">deploy</a>${menu(authorize('acme'))}`) +
        row(2, `<a class="token-description" href="/settings/tokens/2">laptop</a>${menu(authorize('acme'))}`),
    );
    expect(findTokenRow(doc, 'laptop')?.id).toBe('access-token-2');
    expect(findTokenRow(doc, 'missing')).toBeUndefined();
    doc.getElementById('access-token-1')!.insertAdjacentHTML('beforeend', '<code id="new-oauth-token">x</code>');
    expect(findTokenRow(doc, 'laptop')?.id).toBe('access-token-1');
    expect(findSsoMenuControl(findTokenRow(doc, undefined)!)?.localName).toBe('summary');
  });

  it('points at the menu once it is open, and names its organizations, authorized or not', () => {
    const doc = page(row(1, `<code id="new-oauth-token">x</code>${menu(authorize('acme') + deauthorize('globex'))}`));
    const control = findSsoMenuControl(doc.body)!;
    expect(findSsoTarget(doc.body)).toBe(control);
    expect(readSsoOrgs(control)).toEqual([]);
    (control.parentElement as HTMLDetailsElement).open = true;
    const open = findSsoTarget(doc.body)!;
    expect(open.localName).toBe('details-menu');
    expect(readSsoOrgs(open)).toEqual(['acme', 'globex']);
  });

  it('reports "Configure SSO" beside the new token on the result page, and not without it', () => {
    const url = 'https://github.com/settings/tokens';
    expect(readPageFacts(page(row(1, `<code id="new-oauth-token">x</code>${menu(authorize('acme'))}`)), url).ssoOffered).toBe(true);
    expect(readPageFacts(page(row(1, '<code id="new-oauth-token">x</code>')), url).ssoOffered).toBe(false);
  });
});
