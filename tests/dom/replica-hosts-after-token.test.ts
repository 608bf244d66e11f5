// @vitest-environment happy-dom
// @vitest-environment-options { "settings": { "handleDisabledFileLoadingAsSuccess": true } }
import { describe, expect, it } from 'vitest';
import { createGitHubReplica, REPLICA_URL_HEADER, type GitHubReplica } from '../support/github-replica';
import { parseHtml, submitForm, visit } from '../support/github-replica/testing';

/** A token's page, its regeneration and "Configure SSO" on the enterprise hosts (UI reference §15, §16, §18). */
const DOTCOM = 'https://github.com';
const GHES = 'https://github.example.com';
const GHE_COM = 'https://acme.ghe.com';

const controlNamed = (root: ParentNode, name: string) => [...root.querySelectorAll('a, button, summary')].find((control) => control.textContent?.trim() === name);
const listAt = (replica: GitHubReplica, origin: string) => parseHtml(visit(replica, '/settings/tokens', origin).body);
const ssoOffers = (document: Document, id: number) => [...document.querySelectorAll(`#access-token-${id} [data-sso-org]`)]
  .map((org) => `${org.getAttribute('data-sso-org')} ${org.querySelector('[role="menuitem"]')?.textContent?.trim()}`);

/** "Authorize" ▸ "Continue" ▸ the identity provider's post back, all on `origin`; the final response. */
function authorize(replica: GitHubReplica, origin: string, id: number, org: string) {
  const link = controlNamed(listAt(replica, origin).querySelector(`#access-token-${id} [data-sso-org="${org}"]`)!, 'Authorize')!;
  const sso = visit(replica, link.getAttribute('href')!, origin);
  const idp = submitForm(replica, controlNamed(parseHtml(sso.body), 'Continue')!.closest('form')!, origin);
  return { sso, idp, back: submitForm(replica, parseHtml(idp.body).querySelector('form')!, origin) };
}

describe('replica "Configure SSO" per host', () => {
  it('GHE.com shows no per-organization "Configure SSO" menu even with the sso option; Enterprise Server and github.com do', () => {
    const replica = createGitHubReplica({ sso: 'two', existingNotes: ['deploy'] });
    const menus = (origin: string) => controlNamed(listAt(replica, origin), 'Configure SSO') !== undefined;
    expect([DOTCOM, GHES, GHE_COM].map(menus)).toEqual([true, true, false]);
    expect(listAt(replica, GHE_COM).body.textContent).not.toContain('Single sign-on organizations');
  });

  it('GHE.com answers 404 to the SSO pages, with or without a token of that id', () => {
    const replica = createGitHubReplica({ sso: 'one', existingNotes: ['deploy'] });
    for (const path of ['/orgs/acme/sso?authorization_request=oauth-access-1001', '/_replica/idp/acme']) {
      expect(visit(replica, path, GHE_COM).status, path).toBe(404);
      expect(visit(replica, path, GHES).status, path).toBe(200);
    }
  });

  it('the round trip on Enterprise Server stays on its host and authorizes that host’s token only', () => {
    const replica = createGitHubReplica({ sso: 'one', existingNotes: ['deploy'] });
    const { sso, idp, back } = authorize(replica, GHES, 1001, 'acme');
    expect(sso.headers[REPLICA_URL_HEADER]).toMatch(`${GHES}/orgs/acme/sso?`);
    expect(idp.headers[REPLICA_URL_HEADER]).toMatch(`${GHES}/_replica/idp/acme?RelayState=`);
    expect(back.headers[REPLICA_URL_HEADER]).toBe(`${GHES}/settings/tokens`);
    expect(ssoOffers(parseHtml(back.body), 1001)).toEqual(['acme Deauthorize']);
    // Token 1001 of github.com is another token: still to authorize.
    expect(ssoOffers(listAt(replica, DOTCOM), 1001)).toEqual(['acme Authorize']);
  });
});

describe('replica: a token page and its regeneration per host', () => {
  it('lists the host’s own scopes on a token page (site_admin on Enterprise Server only)', () => {
    const replica = createGitHubReplica({ existingNotes: ['deploy'] });
    const scopes = (origin: string) => [...parseHtml(visit(replica, '/settings/tokens/1001', origin).body)
      .querySelectorAll('input[name="oauth_access[scopes][]"]')].map((box) => box.getAttribute('value'));
    expect([DOTCOM, GHES, GHE_COM].map((origin) => scopes(origin).includes('site_admin'))).toEqual([false, true, false]);
  });

  it('asks no sudo before the regenerate form on the SAML instance nor on GHE.com, and regenerates the host’s own token', () => {
    for (const origin of [GHES, GHE_COM]) {
      const replica = createGitHubReplica({ sudo: 'redirect', existingNotes: ['deploy'] });
      const page = visit(replica, '/settings/tokens/1001/regenerate', origin);
      expect(page.headers[REPLICA_URL_HEADER], origin).toBe(`${origin}/settings/tokens/1001/regenerate`);
      const result = submitForm(replica, parseHtml(page.body).querySelector('form[action$="/regenerate"]')!, origin);
      expect(result.headers[REPLICA_URL_HEADER]).toBe(`${origin}/settings/tokens`);
      expect(replica.regeneratedTokens).toMatchObject([{ id: 1001, hostname: new URL(origin).hostname, note: 'deploy' }]);
      expect(parseHtml(result.body).querySelector('#access-token-1001.new-token #new-oauth-token')).not.toBeNull();
      expect(listAt(replica, DOTCOM).querySelector('#new-oauth-token')).toBeNull();
    }
  });

  it('sends a password-login instance through its own sudo page and back to the regenerate form on that host', () => {
    const replica = createGitHubReplica({ sudo: 'redirect', existingNotes: ['deploy'], hosts: { 'github.example.com': 'ghes' } });
    const sudo = visit(replica, '/settings/tokens/1001/regenerate?index_page=1', GHES);
    expect(sudo.headers[REPLICA_URL_HEADER]).toBe(`${GHES}/sessions/sudo?return_to=%2Fsettings%2Ftokens%2F1001%2Fregenerate%3Findex_page%3D1`);
    const back = submitForm(replica, parseHtml(sudo.body).querySelector('form[action="/sessions/sudo"]')!, GHES);
    expect(back.headers[REPLICA_URL_HEADER]).toBe(`${GHES}/settings/tokens/1001/regenerate?index_page=1`);
    // Sudo confirmed on the instance is not confirmed on github.com.
    expect(visit(replica, '/settings/tokens/1001/regenerate', DOTCOM).headers[REPLICA_URL_HEADER]).toMatch(`${DOTCOM}/sessions/sudo?`);
  });
});
