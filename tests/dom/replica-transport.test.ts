// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createGitHubReplica, followRedirects, fulfillFromReplica, REPLICA_URL_HEADER, type RouteLike } from '../support/github-replica';

/** A stand-in for Playwright's Route that records what the adapter did with it. */
function fakeRoute(method: string, url: string, navigation: boolean, body: string | null = null) {
  const calls: Array<[string, unknown]> = [];
  const route: RouteLike = {
    request: () => ({ method: () => method, url: () => url, postData: () => body, isNavigationRequest: () => navigation }),
    fulfill: async (response) => void calls.push(['fulfill', response]),
    _redirectNavigationRequest: async (target) => void calls.push(['redirect', target]),
  };
  return { route, calls };
}

describe('replica transports', () => {
  it('followRedirects ends on the final page and names its URL', () => {
    const replica = createGitHubReplica({ sudo: 'redirect' });
    const url = 'https://github.com/settings/tokens/new';
    const response = followRedirects(replica, url, replica.handle({ method: 'GET', url }));
    expect(response.status).toBe(200);
    expect(response.headers[REPLICA_URL_HEADER]).toBe('https://github.com/sessions/sudo?return_to=%2Fsettings%2Ftokens%2Fnew');
    expect(replica.requests.map((request) => request.method)).toEqual(['GET', 'GET']);
  });

  it('redirects a navigation through Playwright', async () => {
    const replica = createGitHubReplica();
    const { route, calls } = fakeRoute('GET', 'https://github.com/settings', true);
    await fulfillFromReplica(replica, route);
    expect(calls).toEqual([['redirect', 'https://github.com/settings/profile']]);
  });

  it('answers a redirected fetch with the final page, handling the POST once', async () => {
    const replica = createGitHubReplica();
    const body = new URLSearchParams({ 'oauth_access[description]': 'ci', 'oauth_access[default_expires_at]': '30' }).toString();
    const { route, calls } = fakeRoute('POST', 'https://github.com/settings/tokens', false, body);
    await fulfillFromReplica(replica, route);
    const [[kind, response]] = calls as [[string, { status: number; headers: Record<string, string>; body: string }]];
    expect([kind, response.status, response.headers[REPLICA_URL_HEADER]]).toEqual(['fulfill', 200, 'https://github.com/settings/tokens']);
    expect(response.body).toContain(replica.createdTokens[0]!.token);
    expect(replica.createdTokens).toHaveLength(1);
  });
});
