// @vitest-environment happy-dom
// @vitest-environment-options { "settings": { "handleDisabledFileLoadingAsSuccess": true, "disableJavaScriptFileLoading": true, "disableCSSFileLoading": true } }
import { describe, expect, it } from 'vitest';
import { accessibleName } from '@/lib/dom/accessible-name';
import * as S from '@/lib/github/selectors';
import { createGitHubReplica } from '../support/github-replica';
import { getFrom, parseHtml, replicaDocument, submitTokenForm } from '../support/github-replica/testing';

/** The first control under `root` matching `selector` whose accessible name passes `name`. */
const named = (root: ParentNode, selector: string, name: RegExp) => [...root.querySelectorAll(selector)].find((el) => name.test(accessibleName(el)));

describe('selectors for a token after its creation, on the replica', () => {
  it('token rows, their page links and their "Configure SSO" menus with Authorize per organization', () => {
    const doc = replicaDocument('/settings/tokens', { existingNotes: ['deploy', 'laptop'], sso: 'two' });
    const rows = [...doc.querySelectorAll(S.TOKEN_ROW)];
    expect(rows.map((row) => [row.getAttribute('data-id'), row.querySelector(S.TOKEN_PAGE_LINK)?.getAttribute('href')]))
      .toEqual([['1001', '/settings/tokens/1001'], ['1002', '/settings/tokens/1002']]);
    const opener = named(rows[1]!, S.SSO_CONTROLS, S.SSO_MENU_TEXT)!;
    expect(opener.matches('summary')).toBe(true);
    const authorize = [...opener.parentElement!.querySelectorAll(S.SSO_CONTROLS)].filter((el) => S.SSO_AUTHORIZE_TEXT.test(accessibleName(el)));
    expect(authorize).toHaveLength(2);
    const target = new URL(authorize[0]!.getAttribute('href')!, 'https://github.com');
    expect(S.SSO_PAGE_PATH.test(target.pathname)).toBe(true);
    expect(named(rows[1]!, S.SSO_CONTROLS, S.SSO_DEAUTHORIZE_TEXT)).toBeUndefined();
  });

  it('no "Configure SSO" without SSO organizations, and none matched by "Generate new token"', () => {
    const doc = replicaDocument('/settings/tokens', { existingNotes: ['deploy'] });
    expect(named(doc, S.SSO_CONTROLS, S.SSO_MENU_TEXT)).toBeUndefined();
    expect(named(doc, S.SSO_CONTROLS, S.REGENERATE_TEXT)).toBeUndefined();
  });

  it('the row of a token just made keeps the result-page hooks and gains the SSO menu', () => {
    const replica = createGitHubReplica({ sso: 'one' });
    submitTokenForm(replica, 'ci', ['repo']);
    const row = parseHtml(getFrom(replica, '/settings/tokens').body).querySelector(S.TOKEN_ROW)!;
    expect(row.querySelector(S.NEW_TOKEN)).not.toBeNull();
    expect(row.querySelector(S.COPY_BUTTON)).not.toBeNull();
    expect(named(row, S.SSO_CONTROLS, S.SSO_MENU_TEXT)).toBeDefined();
  });

  it('"Regenerate token" on the token page, and the regenerate form with its submit', () => {
    const page = replicaDocument('/settings/tokens/1001', { existingNotes: ['deploy'] });
    expect(named(page, 'a, button', S.REGENERATE_TEXT)?.getAttribute('href')).toBe('/settings/tokens/1001/regenerate');
    expect(page.querySelector(S.REGENERATE_FORM)).toBeNull();
    expect(page.querySelector(S.TOKEN_FORM)).toBeNull();
    const regenerate = replicaDocument('/settings/tokens/1001/regenerate', { existingNotes: ['deploy'] });
    const form = regenerate.querySelector(S.REGENERATE_FORM)!;
    expect(named(form, 'button[type="submit"]', S.REGENERATE_TEXT)).toBeDefined();
    expect(form.querySelector(S.EXPIRATION_VALUE)).not.toBeNull();
    expect(regenerate.querySelector(S.TOKEN_FORM)).toBeNull();
  });
});
