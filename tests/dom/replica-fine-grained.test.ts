// @vitest-environment happy-dom
// @vitest-environment-options { "settings": { "handleDisabledFileLoadingAsSuccess": true } }
import { describe, expect, it } from 'vitest';
import { createGitHubReplica, REPLICA_URL_HEADER } from '../support/github-replica';
import { getFrom, GITHUB, parseHtml, postTo, visit } from '../support/github-replica/testing';

const propsOf = (document: Document) => JSON.parse(document.querySelector('react-partial[partial-name="fine-grained-permissions"] script')!.textContent!).props;
const value = (document: Document, selector: string) => document.querySelector(selector)?.getAttribute('value');
const checkedItem = (document: Document, list: string) => document.querySelector(`#${list} [aria-checked="true"]`)?.getAttribute('data-value');

/** The fields form#new_user_programmatic_access posts for a token (the React picker's hidden inputs included). */
function fineGrainedFields(name: string, extra: Array<[string, string]> = []): Array<[string, string]> {
  return [
    ['authenticity_token', 'x'], ['user_programmatic_access[name]', name], ['user_programmatic_access[description]', 'for CI'],
    ['target_name', 'octocat'], ['user_programmatic_access[default_expires_at]', '30'], ['user_programmatic_access[custom_expires_at]', ''],
    ['install_target', 'none'], ...extra,
  ];
}

describe('replica: the fine-grained token list', () => {
  it('lists existing tokens with links to their pages and a "Generate new token" link to the form', () => {
    const document = parseHtml(visit(createGitHubReplica({ existingFineGrainedNames: ['ci', 'laptop'] }), '/settings/personal-access-tokens').body);
    expect(document.querySelector('h2.Subhead-heading')?.textContent).toBe('Fine-grained personal access tokens');
    const links = [...document.querySelectorAll('#fine-grained-tokens a.token-description')].map((link) => [link.getAttribute('href'), link.textContent]);
    expect(links).toEqual([['/settings/personal-access-tokens/501', 'ci'], ['/settings/personal-access-tokens/502', 'laptop']]);
    expect(document.querySelector('#access-token-501')?.textContent).toContain('Expires on');
    const generate = [...document.querySelectorAll('a')].filter((link) => link.textContent?.trim() === 'Generate new token');
    expect(generate.map((link) => link.getAttribute('href'))).toEqual(['/settings/personal-access-tokens/new']);
    expect(document.querySelector('nav[aria-label="Developer settings"] a[aria-current="page"]')?.getAttribute('href')).toBe('/settings/personal-access-tokens');
  });

  it('answers the beta-era link /settings/tokens?type=beta with a redirect to the list; /settings/tokens stays the classic list', () => {
    const replica = createGitHubReplica();
    expect(getFrom(replica, '/settings/tokens?type=beta').headers.location).toBe(`${GITHUB}/settings/personal-access-tokens`);
    expect(getFrom(replica, '/settings/tokens').status).toBe(200);
  });
});

describe('replica: the fine-grained form', () => {
  it('sits behind the same sudo gate as the classic form, coming back to the template URL asked for', () => {
    const replica = createGitHubReplica({ sudo: 'redirect' });
    const asked = '/settings/personal-access-tokens/new?name=ci&contents=read';
    expect(getFrom(replica, asked).headers.location).toBe(`${GITHUB}/sessions/sudo?return_to=${encodeURIComponent(asked)}`);
    const back = postTo(replica, '/sessions/sudo', [['sudo_password', 'x'], ['sudo_return_to', asked]]);
    expect(back.headers.location).toBe(GITHUB + asked);
  });

  it('has the captured fields', () => {
    const document = parseHtml(visit(createGitHubReplica({ organizations: ['acme', 'globex'] }), '/settings/personal-access-tokens/new').body);
    const form = document.querySelector('form#new_user_programmatic_access[action="/settings/personal-access-tokens"][method="post"]')!;
    expect(form.querySelector('#user_programmatic_access_name[name="user_programmatic_access[name]"]')?.getAttribute('maxlength')).toBe('40');
    expect(form.querySelector('textarea#user_programmatic_access_description[name="user_programmatic_access[description]"]')).not.toBeNull();
    expect(form.querySelector('#resource-owner-select-panel-button')).not.toBeNull();
    expect(value(document, 'input[type="hidden"][name="target_name"]')).toBe('octocat');
    expect([...form.querySelectorAll('#resource-owner-select-panel-list [role="menuitemradio"]')].map((item) => item.textContent)).toEqual(['octocat', 'acme', 'globex']);
    const expiration = form.querySelector('.js-new-default-token-expiration-select')!;
    expect([...expiration.querySelectorAll('.js-new-default-token-expiration-item button[data-value]')].map((item) => item.getAttribute('data-value'))).toEqual(['7', '30', '60', '90', 'custom', 'none']);
    expect(value(document, 'input[type="hidden"][name="user_programmatic_access[default_expires_at]"]')).toBe('30');
    expect(form.querySelector('#user_programmatic_access_custom_expires_at[type="date"]')).not.toBeNull();
    expect([...form.querySelectorAll('input[name="install_target"]')].map((radio) => [radio.id, radio.hasAttribute('checked')])).toEqual([
      ['install_target_none', true], ['install_target_all', false], ['install_target_selected', false],
    ]);
    expect(form.querySelector('label[for="install_target_none"]')?.textContent?.trim()).toBe('Public repositories');
    expect([...form.querySelectorAll('#repository-menu-list-list [role="menuitemcheckbox"]')].map((item) => item.textContent)).toEqual(['octocat/hello-world', 'octocat/octo-app', 'octocat/dotfiles']);
    expect(form.querySelector('#repository-menu-list-button')?.closest('.js-repository-picker')?.hasAttribute('hidden')).toBe(true);
    expect(form.querySelector('button.js-fine-grained-generate')?.getAttribute('type')).toBe('button');
    expect(document.querySelector('template#fine-grained-confirmation-template')?.innerHTML).toContain('New personal access token');
    expect(propsOf(document)).toMatchObject({ initial: {}, ownerType: 'user', fieldName: 'user_programmatic_access[permissions][KEY]' });
  });

  it('is filled from the template URL: name, description, target_name, expires_in and permissions', () => {
    const path = '/settings/personal-access-tokens/new?name=Repo-reading+token&description=Just+contents&target_name=acme&expires_in=45&contents=write&workflows=read&organization_projects=admin&metadata=write&bogus=read';
    const document = parseHtml(visit(createGitHubReplica(), path).body);
    expect(value(document, '#user_programmatic_access_name')).toBe('Repo-reading token');
    expect(document.querySelector('#user_programmatic_access_description')?.textContent).toBe('Just contents');
    expect(value(document, 'input[name="target_name"]')).toBe('acme');
    expect(checkedItem(document, 'resource-owner-select-panel-list')).toBe('acme');
    expect(value(document, 'input[name="user_programmatic_access[default_expires_at]"]')).toBe('custom');
    expect(value(document, '#user_programmatic_access_custom_expires_at')).toBe(new Date(Date.now() + 45 * 86_400_000).toISOString().slice(0, 10));
    expect(propsOf(document)).toMatchObject({ ownerType: 'organization', initial: { contents: 'write', workflows: 'read', organization_projects: 'admin', metadata: 'read' } });
  });

  it.each([['7', '7'], ['90', '90'], ['none', 'none'], ['367', '30'], ['soon', '30']])('expires_in=%s is the expiration %s', (asked, expected) => {
    const document = parseHtml(visit(createGitHubReplica(), `/settings/personal-access-tokens/new?expires_in=${asked}`).body);
    expect(value(document, 'input[name="user_programmatic_access[default_expires_at]"]')).toBe(expected);
  });

  it('drops organization permissions for a user owner and unknown owners', () => {
    const document = parseHtml(visit(createGitHubReplica(), '/settings/personal-access-tokens/new?target_name=nobody&members=read&emails=read').body);
    expect(value(document, 'input[name="target_name"]')).toBe('octocat');
    expect(propsOf(document).initial).toEqual({ emails: 'read' });
  });

  it('ignores the parameters the fineGrainedIgnoredParams option lists, and only those', () => {
    const path = '/settings/personal-access-tokens/new?name=ci&expires_in=7&contents=write&issues=read';
    const document = parseHtml(visit(createGitHubReplica({ fineGrainedIgnoredParams: ['expires_in', 'contents'] }), path).body);
    expect(value(document, '#user_programmatic_access_name')).toBe('ci');
    expect(value(document, 'input[name="user_programmatic_access[default_expires_at]"]')).toBe('30');
    expect(propsOf(document).initial).toEqual({ issues: 'read', metadata: 'read' });
  });
});

describe('replica: creating a fine-grained token', () => {
  it('records what the form posted and shows the token once, first in the list', () => {
    const replica = createGitHubReplica({ existingFineGrainedNames: ['old'] });
    const posted = postTo(replica, '/settings/personal-access-tokens', fineGrainedFields('ci', [
      ['install_target', 'selected'], ['repository_ids[]', '3002'],
      ['user_programmatic_access[permissions][contents]', 'write'], ['user_programmatic_access[permissions][members]', 'read'],
    ]).filter(([name, text]) => !(name === 'install_target' && text === 'none')));
    expect(posted.headers.location).toBe(`${GITHUB}/settings/personal-access-tokens`);
    expect(replica.createdFineGrainedTokens).toEqual([{
      name: 'ci', description: 'for CI', targetName: 'octocat', expiration: '30', installTarget: 'selected', repositories: ['octo-app'],
      permissions: { contents: 'write', metadata: 'read' }, token: expect.stringMatching(/^github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}$/),
    }]);
    expect(replica.createdTokens).toEqual([]);
    const document = parseHtml(visit(replica, '/settings/personal-access-tokens').body);
    const row = document.querySelector('#fine-grained-tokens > .access-token')!;
    expect(row.classList.contains('new-token')).toBe(true);
    expect(row.querySelector('a.token-description')?.getAttribute('href')).toBe('/settings/personal-access-tokens/2001');
    expect(row.textContent).toContain('Make sure to copy your personal access token now as you will not be able to see this again.');
    const input = row.querySelector('input#new-access-token')!;
    expect([input.hasAttribute('readonly'), input.getAttribute('value')]).toEqual([true, replica.createdFineGrainedTokens[0]!.token]);
    expect(row.querySelector('clipboard-copy[for="new-access-token"]')?.getAttribute('aria-label')).toBe('Copy token');
    // Shown once.
    expect(visit(replica, '/settings/personal-access-tokens').body).not.toContain('id="new-access-token"');
  });

  it.each([
    ['a blank name', '  ', "Name can't be blank"],
    ['a name taken', 'old', 'Name has already been taken'],
  ])('refuses %s: the form again, with a flash error and the values kept', (_case, name, message) => {
    const replica = createGitHubReplica({ existingFineGrainedNames: ['old'] });
    const refused = postTo(replica, '/settings/personal-access-tokens', fineGrainedFields(name, [['user_programmatic_access[permissions][issues]', 'write']]));
    expect(refused.status).toBe(422);
    const document = parseHtml(refused.body);
    expect(document.querySelector('.flash-error')?.textContent).toContain(message);
    expect(document.querySelector('form#new_user_programmatic_access')).not.toBeNull();
    expect(value(document, '#user_programmatic_access_name')).toBe(name);
    expect(propsOf(document).initial).toEqual({ issues: 'write', metadata: 'read' });
    expect(replica.createdFineGrainedTokens).toEqual([]);
  });

  it('keeps the followed URL header for transports that cannot follow redirects', () => {
    const replica = createGitHubReplica();
    expect(visit(replica, '/settings/tokens?type=beta').headers[REPLICA_URL_HEADER]).toBe(`${GITHUB}/settings/personal-access-tokens`);
  });
});

describe("replica: a fine-grained token's page and its regeneration", () => {
  const made = () => {
    const replica = createGitHubReplica({ sudo: 'redirect' });
    postTo(replica, '/sessions/sudo', [['sudo_password', 'x'], ['sudo_return_to', '/']]);
    postTo(replica, '/settings/personal-access-tokens', fineGrainedFields('ci', [['install_target', 'all'], ['user_programmatic_access[permissions][issues]', 'write']]));
    getFrom(replica, '/settings/personal-access-tokens');
    return replica;
  };

  it('shows what the token grants and links "Regenerate token"', () => {
    const document = parseHtml(visit(made(), '/settings/personal-access-tokens/2001').body);
    expect(document.querySelector('h2.Subhead-heading')?.textContent).toBe('ci');
    const rows = [...document.querySelectorAll('ul[aria-label="Permissions"] [data-permission]')].map((row) => row.textContent);
    expect(rows).toEqual(['IssuesRead and write', 'MetadataRead-only']);
    expect([...document.querySelectorAll('a')].find((link) => link.textContent === 'Regenerate token')?.getAttribute('href')).toBe('/settings/personal-access-tokens/2001/regenerate');
    expect(document.querySelector('.js-token-expiry')?.textContent).toMatch(/^Expires on /);
    expect(getFrom(made(), '/settings/personal-access-tokens/9999').status).toBe(404);
  });

  it('regenerates behind sudo with a new expiration: a new value shown once, everything else kept', () => {
    const replica = createGitHubReplica({ sudo: 'redirect', existingFineGrainedNames: ['ci'] });
    const path = '/settings/personal-access-tokens/501/regenerate';
    expect(getFrom(replica, path).headers.location).toBe(`${GITHUB}/sessions/sudo?return_to=${encodeURIComponent(path)}`);
    postTo(replica, '/sessions/sudo', [['sudo_password', 'x'], ['sudo_return_to', path]]);
    const form = parseHtml(visit(replica, path).body);
    expect(form.querySelector('h2.Subhead-heading')?.textContent).toBe('Regenerate fine-grained personal access token');
    expect(form.querySelector(`form#regenerate_user_programmatic_access[action="${path}"] .js-new-default-token-expiration-select`)).not.toBeNull();
    const answer = postTo(replica, path, [['user_programmatic_access[default_expires_at]', '90'], ['user_programmatic_access[custom_expires_at]', '']]);
    expect(answer.headers.location).toBe(`${GITHUB}/settings/personal-access-tokens`);
    const [regenerated] = replica.regeneratedFineGrainedTokens;
    expect(regenerated).toMatchObject({ id: 501, hostname: 'github.com', name: 'ci', expiration: '90', permissions: { contents: 'read', metadata: 'read' } });
    const list = parseHtml(visit(replica, '/settings/personal-access-tokens').body);
    expect(list.querySelector('#access-token-501.new-token input#new-access-token')?.getAttribute('value')).toBe(regenerated!.token);
    expect(replica.createdFineGrainedTokens).toEqual([]);
  });

  it('refuses a custom expiration without its date', () => {
    const replica = createGitHubReplica({ existingFineGrainedNames: ['ci'] });
    const refused = postTo(replica, '/settings/personal-access-tokens/501/regenerate', [['user_programmatic_access[default_expires_at]', 'custom']]);
    expect(refused.status).toBe(422);
    expect(parseHtml(refused.body).querySelector('.flash-error')?.textContent).toContain('Expires at is invalid');
  });
});
