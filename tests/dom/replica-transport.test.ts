// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createGitHubReplica, followRedirects, REPLICA_URL_HEADER } from '../support/github-replica';

describe('replica transports', () => {
  it('followRedirects ends on the final page and names its URL', () => {
    const replica = createGitHubReplica({ sudo: 'redirect' });
    const url = 'https://github.com/settings/tokens/new';
    const response = followRedirects(replica, url, replica.handle({ method: 'GET', url }));
    expect(response.status).toBe(200);
    expect(response.headers[REPLICA_URL_HEADER]).toBe('https://github.com/sessions/sudo?return_to=%2Fsettings%2Ftokens%2Fnew');
    expect(replica.requests.map((request) => request.method)).toEqual(['GET', 'GET']);
  });
});
