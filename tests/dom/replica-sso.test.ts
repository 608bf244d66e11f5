// @vitest-environment happy-dom
// @vitest-environment-options { "settings": { "handleDisabledFileLoadingAsSuccess": true } }
import { describe, expect, it } from 'vitest';
import { createGitHubReplica, REPLICA_URL_HEADER, type GitHubReplica } from '../support/github-replica';
import { getFrom, GITHUB, parseHtml, replicaDocument, submitForm, submitTokenForm, visit } from '../support/github-replica/testing';

const summaryNamed = (root: ParentNode, name: string) => [...root.querySelectorAll('summary')].find((summary) => summary.textContent?.trim() === name);
const controlNamed = (root: ParentNode, name: string) => [...root.querySelectorAll('a, button')].find((control) => control.textContent?.trim() === name);

/** The "Configure SSO" menu of the token row with `id`, and per organization the control it offers. */
function ssoMenu(document: Document, id: number) {
  const row = document.getElementById(`access-token-${id}`)!;
  const opener = summaryNamed(row, 'Configure SSO');
  const menu = opener?.parentElement?.querySelector('[role="menu"]');
  const orgs = [...menu?.querySelectorAll('[data-sso-org]') ?? []].map((org) => [org.getAttribute('data-sso-org'), org.querySelector('[role="menuitem"]')?.textContent?.trim()]);
  return { row, opener, menu, orgs };
}

/** Click "Authorize" for `org` on the list, then "Continue" on GitHub's SSO page, then let the IdP post back. */
function authorize(replica: GitHubReplica, id: number, org: string) {
  const list = parseHtml(getFrom(replica, '/settings/tokens').body);
  const link = controlNamed(ssoMenu(list, id).menu!.querySelector(`[data-sso-org="${org}"]`)!, 'Authorize')!;
  const ssoPage = visit(replica, link.getAttribute('href')!);
  const sso = parseHtml(ssoPage.body);
  const idp = submitForm(replica, controlNamed(sso, 'Continue')!.closest('form')!);
  const back = submitForm(replica, parseHtml(idp.body).querySelector('form')!);
  return { link, ssoPage, sso, idp, back };
}

describe('replica "Configure SSO" (sso option)', () => {
  it('none: token rows have no SSO control', () => {
    const document = replicaDocument('/settings/tokens', { existingNotes: ['deploy'] });
    expect(summaryNamed(document, 'Configure SSO')).toBeUndefined();
    expect(document.body.textContent).not.toContain('Single sign-on organizations');
  });

  it.each([['one', ['acme']], ['two', ['acme', 'globex']]] as const)('%s: every row offers Authorize for %j', (sso, orgs) => {
    const document = replicaDocument('/settings/tokens', { existingNotes: ['deploy', 'laptop'], sso });
    for (const id of [1001, 1002]) {
      const { opener, menu, orgs: offered } = ssoMenu(document, id);
      expect(opener?.parentElement?.matches('details')).toBe(true);
      expect(menu?.textContent).toContain('Single sign-on organizations');
      expect(offered).toEqual(orgs.map((org) => [org, 'Authorize']));
    }
    // One menu a row, each inside its row: nothing of it leaks into the page around the rows.
    const openers = [...document.querySelectorAll('summary')].filter((summary) => summary.textContent?.trim() === 'Configure SSO');
    expect(openers.map((opener) => opener.closest('.access-token')?.id)).toEqual(['access-token-1001', 'access-token-1002']);
    expect(document.querySelector('.listgroup')?.textContent).not.toContain('-->');
    const link = controlNamed(ssoMenu(document, 1001).menu!, 'Authorize')!;
    expect(link.getAttribute('href')).toMatch(/^\/orgs\/acme\/sso\?authorization_request=[\w-]+$/);
  });

  it('the row of a token just made (.new-token) has the control too', () => {
    const replica = createGitHubReplica({ sso: 'one' });
    submitTokenForm(replica, 'ci', ['repo']);
    const document = parseHtml(getFrom(replica, '/settings/tokens').body);
    const row = document.querySelector('.access-token.new-token')!;
    expect(row.querySelector('#new-oauth-token')).not.toBeNull();
    expect(ssoMenu(document, Number(row.getAttribute('data-id'))).orgs).toEqual([['acme', 'Authorize']]);
  });
});

describe('replica SSO authorization round trip', () => {
  it('goes through the org SSO page and the identity provider, back to the list with the org authorized', () => {
    const replica = createGitHubReplica({ existingNotes: ['deploy', 'laptop'], sso: 'two' });
    const { ssoPage, sso, idp, back } = authorize(replica, 1002, 'globex');

    expect(ssoPage.headers[REPLICA_URL_HEADER]).toMatch(`${GITHUB}/orgs/globex/sso?authorization_request=`);
    expect(sso.querySelector('h1')?.textContent).toBe('Single sign-on to globex');
    expect(sso.body.textContent).toContain('laptop');
    expect(controlNamed(sso, 'Continue')?.closest('form')?.getAttribute('data-turbo')).toBe('false');

    expect(idp.headers[REPLICA_URL_HEADER]).toMatch(`${GITHUB}/_replica/idp/globex?RelayState=`);
    const assertion = parseHtml(idp.body).querySelector('form')!;
    expect(assertion.getAttribute('action')).toBe('/orgs/globex/saml/consume');
    expect(parseHtml(idp.body).body.getAttribute('onload')).toBe('document.forms[0].submit()');

    expect(back.headers[REPLICA_URL_HEADER]).toBe(`${GITHUB}/settings/tokens`);
    const list = parseHtml(back.body);
    expect(ssoMenu(list, 1002).orgs).toEqual([['acme', 'Authorize'], ['globex', 'Deauthorize']]);
    expect(ssoMenu(list, 1001).orgs).toEqual([['acme', 'Authorize'], ['globex', 'Authorize']]);
  });

  it('Deauthorize takes the authorization back', () => {
    const replica = createGitHubReplica({ existingNotes: ['deploy'], sso: 'one' });
    const { back } = authorize(replica, 1001, 'acme');
    const again = submitForm(replica, controlNamed(ssoMenu(parseHtml(back.body), 1001).menu!, 'Deauthorize')!.closest('form')!);
    expect(ssoMenu(parseHtml(again.body), 1001).orgs).toEqual([['acme', 'Authorize']]);
  });

  it('answers 404 for an organization without SSO, an unknown token or a forged assertion', () => {
    const replica = createGitHubReplica({ existingNotes: ['deploy'], sso: 'one' });
    expect(getFrom(replica, '/orgs/globex/sso?authorization_request=oauth-access-1001').status).toBe(404);
    expect(getFrom(replica, '/orgs/acme/sso?authorization_request=oauth-access-9').status).toBe(404);
    expect(createGitHubReplica({ existingNotes: ['deploy'] }).handle({ method: 'GET', url: `${GITHUB}/orgs/acme/sso?authorization_request=oauth-access-1001` }).status).toBe(404);
    const { idp } = authorize(createGitHubReplica({ existingNotes: ['deploy'], sso: 'one' }), 1001, 'acme');
    const relayState = parseHtml(idp.body).querySelector('input[name="RelayState"]')!.getAttribute('value')!;
    const forged = new URLSearchParams({ SAMLResponse: 'forged', RelayState: relayState }).toString();
    expect(replica.handle({ method: 'POST', url: `${GITHUB}/orgs/acme/saml/consume`, body: forged }).status).toBe(404);
  });
});
