// @vitest-environment happy-dom
// @vitest-environment-options { "settings": { "handleDisabledFileLoadingAsSuccess": true } }
import { describe, expect, it } from 'vitest';
import { createGitHubReplica, REPLICA_URL_HEADER } from '../support/github-replica';
import { checkedScopes, formFields, getFrom, GITHUB, parseHtml, postTo, submitForm, submitTokenForm, visit } from '../support/github-replica/testing';

const controlNamed = (root: ParentNode, name: string) => [...root.querySelectorAll('a, button')].find((control) => control.textContent?.trim() === name);
const metas = (document: Document) => ['route-pattern', 'route-controller', 'route-action']
  .map((name) => document.querySelector(`meta[name="${name}"]`)?.getAttribute('content'));

describe("replica: a classic token's own page", () => {
  const replica = createGitHubReplica({ existingNotes: ['deploy', 'laptop'] });
  const list = parseHtml(getFrom(replica, '/settings/tokens').body);
  const link = list.querySelector('#access-token-1002[data-id="1002"] a.token-description')!;
  const document = parseHtml(visit(replica, link.getAttribute('href')!).body);

  it('is linked from its row on the list', () => {
    expect([link.getAttribute('href'), link.textContent]).toEqual(['/settings/tokens/1002', 'laptop']);
  });

  it('shows the note, the scopes, the expiry and a way to regenerate', () => {
    expect(document.querySelector('h2.Subhead-heading')?.textContent).toBe('Edit personal access token (classic)');
    expect(metas(document)).toEqual(['/settings/tokens/:id(.:format)', 'oauth_tokens', 'show']);
    const form = document.querySelector('form#edit_oauth_access_1002[action="/settings/tokens/1002"]')!;
    expect(form.querySelector('#oauth_access_description')?.getAttribute('value')).toBe('laptop');
    expect(checkedScopes(document)).toEqual(['repo', 'repo:status', 'repo_deployment', 'public_repo', 'repo:invite', 'security_events', 'workflow']);
    expect(form.textContent).toContain('This token has no expiration date. To set a new expiration date, you must regenerate the token.');
    expect(controlNamed(document, 'Regenerate token')?.getAttribute('href')).toBe('/settings/tokens/1002/regenerate');
    expect(controlNamed(document, 'regenerate the token')?.getAttribute('href')).toBe('/settings/tokens/1002/regenerate');
    expect(controlNamed(form, 'Update token')?.getAttribute('type')).toBe('submit');
    expect(controlNamed(document, 'Delete this token')?.closest('form')?.querySelector('input[name="_method"]')?.getAttribute('value')).toBe('delete');
  });

  it('is not the new-token form', () => {
    expect(document.querySelector('form#new_oauth_access, form[action$="/settings/tokens"]')).toBeNull();
  });

  it('"Update token" saves note and scopes', () => {
    const fields = formFields(document.querySelector('form#edit_oauth_access_1002')!)
      .filter(([name]) => name !== 'oauth_access[scopes][]')
      .map(([name, value]): [string, string] => [name, name === 'oauth_access[description]' ? 'laptop 2' : value]);
    const saved = postTo(replica, '/settings/tokens/1002', [...fields, ['oauth_access[scopes][]', 'gist']]);
    expect([saved.status, saved.headers.location]).toEqual([302, `${GITHUB}/settings/tokens`]);
    expect(parseHtml(getFrom(replica, '/settings/tokens').body).querySelector('#access-token-1002')?.textContent).toMatch(/laptop 2\s*— gist/);
  });

  it('answers 404 for a token that is not listed', () => {
    expect(getFrom(replica, '/settings/tokens/9').status).toBe(404);
    expect(getFrom(replica, '/settings/tokens/9/regenerate').status).toBe(404);
  });
});

describe('replica: regenerating a classic token', () => {
  it.each(['action-menu', 'select'] as const)('the form has the new-token form\'s expiration control (%s) and a "Regenerate token" submit', (expiration) => {
    const document = parseHtml(getFrom(createGitHubReplica({ existingNotes: ['deploy'], expiration }), '/settings/tokens/1001/regenerate').body);
    expect(document.querySelector('h2.Subhead-heading')?.textContent).toBe('Regenerate personal access token (classic)');
    const form = document.querySelector('form[action="/settings/tokens/1001/regenerate"][method="post"]')!;
    expect(form.textContent).toContain('deploy');
    expect(form.querySelectorAll('[name="oauth_access[default_expires_at]"]')).toHaveLength(1);
    const widget = expiration === 'select' ? 'select.js-default-token-expiration-select' : '.js-new-default-token-expiration-select action-menu';
    expect(form.querySelector(widget)).not.toBeNull();
    expect([...form.querySelectorAll('button[type="submit"]')].map((button) => button.textContent)).toEqual(['Regenerate token']);
  });

  it('shows the new token once on the list, in the same row, like the creation result', () => {
    const replica = createGitHubReplica({ existingNotes: ['deploy', 'laptop'] });
    const form = parseHtml(visit(replica, '/settings/tokens/1002/regenerate?index_page=1').body).querySelector('form[action$="/regenerate"]')!;
    form.querySelector('input[name="oauth_access[default_expires_at]"]')!.setAttribute('value', '90');
    const result = submitForm(replica, form);
    expect(result.headers[REPLICA_URL_HEADER]).toBe(`${GITHUB}/settings/tokens`);
    const [made] = replica.regeneratedTokens;
    expect(made).toMatchObject({ id: 1002, note: 'laptop', scopes: ['repo', 'workflow'], expiration: '90' });
    expect(made!.token).toMatch(/^ghp_[A-Za-z0-9]{36}$/);
    expect(replica.createdTokens).toEqual([]);

    const document = parseHtml(result.body);
    const row = document.querySelector('.access-token.new-token')!;
    expect([row.id, row.getAttribute('data-id')]).toEqual(['access-token-1002', '1002']);
    expect(row.querySelector('code#new-oauth-token.token')?.textContent).toBe(made!.token);
    expect(row.querySelector('clipboard-copy[for="new-oauth-token"][aria-label="Copy token"]')).not.toBeNull();
    expect(document.querySelectorAll('.access-token')).toHaveLength(2);
    expect(parseHtml(getFrom(replica, '/settings/tokens').body).querySelector('#new-oauth-token')).toBeNull();
  });

  it('refuses a custom expiration without its date, keeping the form', () => {
    const replica = createGitHubReplica({ existingNotes: ['deploy'] });
    const refused = postTo(replica, '/settings/tokens/1001/regenerate', [['oauth_access[default_expires_at]', 'custom'], ['oauth_access[custom_expires_at]', '']]);
    expect(refused.status).toBe(422);
    expect(parseHtml(refused.body).querySelector('.flash-error')?.textContent).toContain('Expires at is invalid');
    expect(replica.regeneratedTokens).toEqual([]);
  });

  it('drops the SSO authorizations of the token (UI reference §15)', () => {
    const replica = createGitHubReplica({ sso: 'one' });
    submitTokenForm(replica, 'ci', ['repo']);
    const id = 2001;
    replica.handle({ method: 'POST', url: `${GITHUB}/orgs/acme/saml/consume`, body: new URLSearchParams({ SAMLResponse: 'replica-assertion-acme', RelayState: `authorization_request=oauth-access-${id}&return_to=/settings/tokens` }).toString() });
    const authorizedRow = () => parseHtml(getFrom(replica, '/settings/tokens').body).querySelector(`#access-token-${id} [data-sso-org="acme"]`)?.textContent;
    expect(authorizedRow()).toContain('Deauthorize');
    postTo(replica, `/settings/tokens/${id}/regenerate`, [['oauth_access[default_expires_at]', '30']]);
    expect(authorizedRow()).toContain('Authorize');
    expect(authorizedRow()).not.toContain('Deauthorize');
  });
});

describe('replica: the regenerate form sits behind sudo', () => {
  it('same-url: the sudo page in place, with the regenerate route, coming back to the form', () => {
    const replica = createGitHubReplica({ existingNotes: ['deploy'], sudo: 'same-url' });
    const sudo = parseHtml(getFrom(replica, '/settings/tokens/1001/regenerate?index_page=1').body);
    expect(sudo.querySelector('#sudo h1')?.textContent).toBe('Confirm access');
    expect(metas(sudo)).toEqual(['/settings/tokens/:id/regenerate(.:format)', 'oauth_tokens', 'regenerate']);
    expect(sudo.querySelector('input[name="sudo_return_to"]')?.getAttribute('value')).toBe('/settings/tokens/1001/regenerate?index_page=1');
    const back = submitForm(replica, sudo.querySelector('form[action="/sessions/sudo"]')!);
    expect(back.headers[REPLICA_URL_HEADER]).toBe(`${GITHUB}/settings/tokens/1001/regenerate?index_page=1`);
    expect(controlNamed(parseHtml(back.body), 'Regenerate token')?.getAttribute('type')).toBe('submit');
  });

  it('redirect: 302 to /sessions/sudo with the regenerate form as return_to; a POST without sudo regenerates nothing', () => {
    const replica = createGitHubReplica({ existingNotes: ['deploy'], sudo: 'redirect' });
    expect(getFrom(replica, '/settings/tokens/1001/regenerate').headers.location).toBe(`${GITHUB}/sessions/sudo?return_to=%2Fsettings%2Ftokens%2F1001%2Fregenerate`);
    expect(postTo(replica, '/settings/tokens/1001/regenerate', [['oauth_access[default_expires_at]', '30']]).status).toBe(302);
    expect(replica.regeneratedTokens).toEqual([]);
  });

  it('the token page itself needs no sudo', () => {
    expect(getFrom(createGitHubReplica({ existingNotes: ['deploy'], sudo: 'same-url' }), '/settings/tokens/1001').body).not.toContain('id="sudo"');
  });
});
