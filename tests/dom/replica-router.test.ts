// @vitest-environment happy-dom
// @vitest-environment-options { "settings": { "handleDisabledFileLoadingAsSuccess": true } }
import { describe, expect, it } from 'vitest';
import { createGitHubReplica, DEFAULT_OPTIONS, renderReplicaPage, type ReplicaOptions } from '../support/github-replica';
import { getFrom, GITHUB, parseHtml } from '../support/github-replica/testing';

describe('replica router basics', () => {
  it('fills unset options with today’s GitHub', () => {
    expect(createGitHubReplica().options).toEqual(DEFAULT_OPTIONS);
    expect(createGitHubReplica({ header: 'v1' }).options).toEqual({ ...DEFAULT_OPTIONS, header: 'v1' });
  });

  it('answers pages as HTML and behaviour as JavaScript', () => {
    const replica = createGitHubReplica();
    expect(getFrom(replica, '/').headers['content-type']).toBe('text/html; charset=utf-8');
    const script = getFrom(replica, '/_replica/turbo-github.js');
    expect([script.status, script.headers['content-type']]).toEqual([200, 'text/javascript; charset=utf-8']);
    expect(script.body).toContain("addEventListener('turbo:before-render'");
  });

  it('serves scripts the page names, Turbo only for soft navigation', () => {
    const scripts = (options: Partial<ReplicaOptions>) => [...parseHtml(renderReplicaPage('/', options)).querySelectorAll('script[src]')].map((s) => s.getAttribute('src'));
    expect(scripts({ navigation: 'soft' })).toEqual(expect.arrayContaining(['/_replica/vendor/turbo.js', '/_replica/turbo-github.js']));
    expect(scripts({ navigation: 'full' }).filter((src) => src?.includes('turbo'))).toEqual([]);
    const replica = createGitHubReplica();
    for (const src of scripts({})) expect(getFrom(replica, src!).status).toBe(200);
  });

  it('answers unknown paths and other hosts with a 404 page, and records every request', () => {
    const replica = createGitHubReplica();
    const missing = getFrom(replica, '/no/such/page');
    expect([missing.status, parseHtml(missing.body).title]).toEqual([404, 'Page not found · GitHub']);
    expect(replica.handle({ method: 'GET', url: 'https://example.com/' }).status).toBe(404);
    expect(getFrom(replica, '/_replica/nope.js').status).toBe(404);
    expect(replica.requests.map((request) => request.url)).toEqual([`${GITHUB}/no/such/page`, 'https://example.com/', `${GITHUB}/_replica/nope.js`]);
  });

  it("serves the signed-in user's repositories, with the header and noise of a real page, and nobody else's", () => {
    const replica = createGitHubReplica();
    const repo = getFrom(replica, '/octocat/hello-world');
    const doc = parseHtml(repo.body);
    expect([repo.status, doc.title]).toEqual([200, 'octocat/hello-world']);
    expect(doc.querySelector('meta[name="user-login"]')?.getAttribute('content')).toBe('octocat');
    expect(doc.querySelector('clipboard-copy[for="clone-url"]')).not.toBeNull();
    expect(getFrom(replica, '/someone/else').status).toBe(404);
  });
});
