// @vitest-environment happy-dom
// @vitest-environment-options { "settings": { "handleDisabledFileLoadingAsSuccess": true } }
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createGitHubReplica, renderReplicaPage } from '../support/github-replica';
import { checkedScopes, getFrom, GITHUB, parseHtml, postTo, submitTokenForm } from '../support/github-replica/testing';

/** `ghp_` + 30 base62 + CRC-32 of those 30 in base62, as secret scanners check it (UI reference §10). */
function hasValidChecksum(token: string): boolean {
  const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
  const encoded = [...token.slice(-6)].reduce((value, char) => value * 62 + alphabet.indexOf(char), 0);
  return encoded === crc32(token.slice(4, -6));
}

describe('replica token creation', () => {
  it('re-renders the form when the note is blank', () => {
    const replica = createGitHubReplica();
    const response = submitTokenForm(replica, '  ', ['repo']);
    const document = parseHtml(response.body);
    expect(response.status).toBe(422);
    expect(document.querySelector('.flash-error')?.textContent).toContain('Note can\'t be blank');
    expect(document.querySelector('form#new_oauth_access')).not.toBeNull();
    expect(replica.createdTokens).toEqual([]);
  });

  it.each(['action-menu', 'select'] as const)('re-renders a taken note with what was submitted (%s)', (expiration) => {
    const replica = createGitHubReplica({ existingNotes: ['deploy'], expiration });
    const document = parseHtml(submitTokenForm(replica, 'deploy', ['repo', 'gist'], '90').body);
    expect(document.title).toBe('New Personal Access Token (classic)');
    expect(document.querySelector('.flash.flash-error button.flash-close[aria-label="Dismiss this message"]')).not.toBeNull();
    expect(document.querySelector('.flash-error')?.textContent).toContain('Validation failed: Note has already been taken');
    expect(document.querySelector('#oauth_access_description')?.getAttribute('value')).toBe('deploy');
    expect(checkedScopes(document)).toEqual(['repo', 'repo:status', 'repo_deployment', 'public_repo', 'repo:invite', 'security_events', 'gist']);
    const kept = expiration === 'select' ? 'select option[selected]' : 'input[type="hidden"][name="oauth_access[default_expires_at]"]';
    expect(document.querySelector(kept)?.getAttribute('value')).toBe('90');
  });

  it('refuses a note it has just created', () => {
    const replica = createGitHubReplica();
    expect(submitTokenForm(replica, 'ci', ['repo']).status).toBe(302);
    expect(submitTokenForm(replica, 'ci', ['repo']).status).toBe(422);
    expect(replica.createdTokens).toHaveLength(1);
  });

  it('redirects to the list, which shows the token once', () => {
    const replica = createGitHubReplica({ existingNotes: ['deploy'] });
    const created = submitTokenForm(replica, 'PAT Pilot', ['repo', 'admin:repo_hook', 'delete_repo']);
    expect([created.status, created.headers.location]).toEqual([302, `${GITHUB}/settings/tokens`]);
    const record = replica.createdTokens[0]!;
    expect(record).toMatchObject({ note: 'PAT Pilot', scopes: ['repo', 'admin:repo_hook', 'delete_repo'], expiration: '30' });
    expect(record.token).toMatch(/^ghp_[A-Za-z0-9]{36}$/);
    expect(hasValidChecksum(record.token)).toBe(true);

    const result = parseHtml(getFrom(replica, '/settings/tokens').body);
    expect(result.title).toBe('Personal Access Tokens (Classic)');
    expect(result.querySelector('code#new-oauth-token.token')?.textContent).toBe(record.token);
    expect(result.querySelector('.access-token.new-token')?.textContent).toContain('Make sure to copy your personal access token now. You won’t be able to see it again!');
    const copyButtons = [...result.querySelectorAll('clipboard-copy')];
    expect(copyButtons.at(-1)?.matches('[for="new-oauth-token"][aria-label="Copy token"]')).toBe(true);
    expect(copyButtons.length).toBeGreaterThan(1);

    const later = getFrom(replica, '/settings/tokens').body;
    expect(later).not.toContain(record.token);
    expect([...parseHtml(later).querySelectorAll('.token-description')].map((note) => note.textContent)).toEqual(['PAT Pilot', 'deploy']);
  });

  it('saves the minimum set of scopes and says so', () => {
    const replica = createGitHubReplica();
    submitTokenForm(replica, 'n', ['repo', 'repo:status', 'read:org']);
    expect(replica.createdTokens[0]!.scopes).toEqual(['repo', 'read:org']);
    expect(parseHtml(getFrom(replica, '/settings/tokens').body).querySelector('.flash-notice')?.textContent).toContain('Only the minimum set of necessary scopes has been saved.');
  });

  it('needs a date for a custom expiration and stores it', () => {
    const replica = createGitHubReplica();
    expect(submitTokenForm(replica, 'n', [], 'custom').status).toBe(422);
    expect(submitTokenForm(replica, 'n', [], 'custom', '2027-01-31').status).toBe(302);
    expect(replica.createdTokens[0]!.expiration).toBe('2027-01-31');
  });

  it('refuses an account with an unverified e-mail and points to the e-mail settings', () => {
    const replica = createGitHubReplica({ emailVerified: false });
    const document = parseHtml(submitTokenForm(replica, 'n', ['repo']).body);
    expect(document.querySelector('.flash-error a[href="/settings/emails"]')).not.toBeNull();
    expect(replica.createdTokens).toEqual([]);
  });

  it('revokes a token through Rails’ _method=delete', () => {
    const replica = createGitHubReplica({ existingNotes: ['a', 'b'] });
    const id = parseHtml(getFrom(replica, '/settings/tokens').body).querySelector('.access-token')!.getAttribute('data-id')!;
    expect(postTo(replica, `/settings/tokens/${id}`, [['_method', 'delete']]).status).toBe(302);
    expect([...parseHtml(getFrom(replica, '/settings/tokens').body).querySelectorAll('.token-description')].map((n) => n.textContent)).toEqual(['b']);
  });
});

describe('replica prefill (?description, scopes, default_expires_at)', () => {
  const url = '/settings/tokens/new?description=PAT%20Pilot&scopes=repo,admin:repo_hook,no_such_scope&default_expires_at=none';

  it('fills the note, ticks the scopes (children of a parent locked) and picks the expiration', () => {
    const document = parseHtml(renderReplicaPage(url));
    expect(document.querySelector('#oauth_access_description')?.getAttribute('value')).toBe('PAT Pilot');
    expect(checkedScopes(document)).toEqual(['repo', 'repo:status', 'repo_deployment', 'public_repo', 'repo:invite', 'security_events', 'admin:repo_hook', 'write:repo_hook', 'read:repo_hook']);
    expect(document.querySelector('input[value="repo:status"]')?.hasAttribute('disabled')).toBe(true);
    expect(document.querySelector('input[value="repo"]')?.hasAttribute('disabled')).toBe(false);
    expect(document.querySelector('[role="menuitemradio"][aria-checked="true"]')?.getAttribute('data-value')).toBe('none');
    expect(document.querySelector('button[popovertarget]')?.textContent?.trim()).toBe('No expiration');
    expect(document.querySelector('.js-token-expiration-warning')?.hasAttribute('hidden')).toBe(false);
  });

  it('selects the option in the old widget', () => {
    expect(parseHtml(renderReplicaPage(url, { expiration: 'select' })).querySelector('option[selected]')?.getAttribute('value')).toBe('none');
  });
});
