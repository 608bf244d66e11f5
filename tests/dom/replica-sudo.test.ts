// @vitest-environment happy-dom
// @vitest-environment-options { "settings": { "handleDisabledFileLoadingAsSuccess": true } }
import { describe, expect, it } from 'vitest';
import { createGitHubReplica, renderReplicaPage } from '../support/github-replica';
import { getFrom, GITHUB, parseHtml, postTo } from '../support/github-replica/testing';

describe('replica sudo', () => {
  it('none: the form is served straight away', () => {
    expect(parseHtml(getFrom(createGitHubReplica(), '/settings/tokens/new').body).querySelector('form#new_oauth_access')).not.toBeNull();
  });

  it('same-url: the sudo page sits at /settings/tokens/new until confirmed', () => {
    const replica = createGitHubReplica({ sudo: 'same-url' });
    expect(parseHtml(getFrom(replica, '/settings/tokens/new').body).querySelector('#sudo')).not.toBeNull();
    expect(replica.sudoConfirmed).toBe(false);
    const confirm = postTo(replica, '/sessions/sudo', [['sudo_return_to', '/settings/tokens/new'], ['sudo_password', 'pw']]);
    expect([confirm.status, confirm.headers.location]).toEqual([302, `${GITHUB}/settings/tokens/new`]);
    expect(replica.sudoConfirmed).toBe(true);
    expect(parseHtml(getFrom(replica, '/settings/tokens/new').body).querySelector('form#new_oauth_access')).not.toBeNull();
  });

  it('redirect: 302 to /sessions/sudo with return_to, then back', () => {
    const replica = createGitHubReplica({ sudo: 'redirect' });
    const first = getFrom(replica, '/settings/tokens/new');
    expect([first.status, first.headers.location]).toEqual([302, `${GITHUB}/sessions/sudo?return_to=%2Fsettings%2Ftokens%2Fnew`]);
    const sudo = parseHtml(getFrom(replica, '/sessions/sudo?return_to=%2Fsettings%2Ftokens%2Fnew').body);
    expect(sudo.querySelector('input[name="sudo_return_to"]')?.getAttribute('value')).toBe('/settings/tokens/new');
    expect(postTo(replica, '/sessions/sudo', [['sudo_return_to', '/settings/tokens/new']]).headers.location).toBe(`${GITHUB}/settings/tokens/new`);
    expect(getFrom(replica, '/settings/tokens/new').status).toBe(200);
  });

  it('never returns to another site', () => {
    const replica = createGitHubReplica({ sudo: 'same-url' });
    expect(postTo(replica, '/sessions/sudo', [['sudo_return_to', '//evil.example/']]).headers.location).toBe(`${GITHUB}/`);
  });

  it('renderReplicaPage follows the redirect to the sudo page', () => {
    expect(parseHtml(renderReplicaPage('/settings/tokens/new', { sudo: 'redirect' })).querySelector('#sudo h1')?.textContent).toBe('Confirm access');
  });
});
