// @vitest-environment happy-dom
// @vitest-environment-options { "settings": { "handleDisabledFileLoadingAsSuccess": true } }
import { describe, expect, it } from 'vitest';
import { createGitHubReplica, DEFAULT_HOSTS, renderReplicaPage, type GitHubReplica, type HeaderGeneration, type ReplicaOptions } from '../support/github-replica';
import { checkedScopes, parseHtml } from '../support/github-replica/testing';

const GHES = 'https://github.example.com';
const GHE_COM = 'https://acme.ghe.com';
const DOTCOM = 'https://github.com';

const get = (replica: GitHubReplica, url: string) => replica.handle({ method: 'GET', url });
const post = (replica: GitHubReplica, url: string, fields: Array<[string, string]>) =>
  replica.handle({ method: 'POST', url, body: new URLSearchParams(fields).toString() });
const pageAt = (origin: string, path: string, options: Partial<ReplicaOptions> = {}) => parseHtml(renderReplicaPage(path, options, origin));
const scopesOn = (document: Document) => [...document.querySelectorAll<HTMLInputElement>('input[name="oauth_access[scopes][]"]')].map((box) => box.value);
const createToken = (replica: GitHubReplica, origin: string, note: string, scopes: string[]) => post(replica, `${origin}/settings/tokens`, [
  ['oauth_access[description]', note], ['oauth_access[default_expires_at]', '30'], ...scopes.map((scope): [string, string] => ['oauth_access[scopes][]', scope]),
]);

/** Every URL a page links, posts or loads from, resolved against the page's own URL. */
function urlsOf(document: Document, base: string): URL[] {
  const attributes = [...document.querySelectorAll('[href], [action], [src]')]
    .flatMap((element) => ['href', 'action', 'src'].map((name) => element.getAttribute(name)).filter((value) => value !== null));
  const inputs = [...document.querySelectorAll<HTMLInputElement>('input[value^="https://"]')].map((input) => input.getAttribute('value')!);
  const props = [...document.querySelectorAll('script[type="application/json"]')].map((script) => JSON.parse(script.textContent!).props.gistUrl as string | undefined);
  return [...attributes, ...inputs, ...props.filter((value) => value !== undefined)]
    .filter((value) => !value.startsWith('#')).map((value) => new URL(value, base));
}

describe('replica hosts', () => {
  it('serves github.com, an Enterprise Server instance and a GHE.com subdomain by default, each host’s flavour replaceable', () => {
    expect(createGitHubReplica().options.hosts).toEqual({ 'github.com': 'github.com', 'github.example.com': 'ghes-sso', 'acme.ghe.com': 'ghe.com' });
    expect(createGitHubReplica().origins).toEqual([DOTCOM, GHES, GHE_COM]);
    const replica = createGitHubReplica({ hosts: { 'github.example.com': 'ghes', 'code.corp.example': 'ghes-sso' } });
    expect(replica.options.hosts).toEqual({ ...DEFAULT_HOSTS, 'github.example.com': 'ghes', 'code.corp.example': 'ghes-sso' });
    expect(get(replica, 'https://code.corp.example/settings/tokens').status).toBe(200);
  });

  it('says clearly what is wrong with a hosts option', () => {
    expect(() => createGitHubReplica({ hosts: { 'https://github.example.com': 'ghes' } })).toThrow('replica: "https://github.example.com" is not a host name');
    expect(() => createGitHubReplica({ hosts: { 'git.example.com': 'gitlab' as never } })).toThrow('replica: host git.example.com has no flavour "gitlab"');
  });

  it('answers a host it does not serve with a 404, as before', () => {
    const replica = createGitHubReplica();
    expect(get(replica, 'https://other.ghe.com/settings/tokens').status).toBe(404);
    expect(get(replica, 'https://github.example.org/settings/tokens').status).toBe(404);
  });

  it('offers site_admin on Enterprise Server only, last in the list', () => {
    expect(scopesOn(pageAt(GHES, '/settings/tokens/new')).at(-1)).toBe('site_admin');
    expect(scopesOn(pageAt(GHES, '/settings/tokens/new', { hosts: { 'github.example.com': 'ghes' } })).at(-1)).toBe('site_admin');
    expect(scopesOn(pageAt(DOTCOM, '/settings/tokens/new'))).not.toContain('site_admin');
    expect(scopesOn(pageAt(GHE_COM, '/settings/tokens/new'))).not.toContain('site_admin');
    expect(checkedScopes(pageAt(GHES, '/settings/tokens/new?scopes=site_admin,repo'))).toEqual(['repo', 'repo:status', 'repo_deployment', 'public_repo', 'repo:invite', 'security_events', 'site_admin']);
  });

  it('keeps a site_admin token on Enterprise Server and drops the scope on github.com, which never offered it', () => {
    const replica = createGitHubReplica();
    expect(createToken(replica, GHES, 'admin', ['site_admin', 'repo']).headers.location).toBe(`${GHES}/settings/tokens`);
    expect(createToken(replica, DOTCOM, 'admin', ['site_admin', 'repo']).headers.location).toBe(`${DOTCOM}/settings/tokens`);
    expect(replica.createdTokens.map((token) => token.scopes)).toEqual([['repo', 'site_admin'], ['repo']]);
  });

  it('asks no sudo on the SAML instance nor of GHE.com’s managed users, where github.com and a password-login instance ask', () => {
    for (const sudo of ['same-url', 'redirect'] as const) {
      const replica = createGitHubReplica({ sudo, hosts: { 'ghes.example.com': 'ghes' } });
      const asks = (origin: string) => {
        const response = get(replica, `${origin}/settings/tokens/new`);
        return response.status === 302 || parseHtml(response.body).querySelector('#sudo') !== null;
      };
      expect([DOTCOM, GHES, GHE_COM, 'https://ghes.example.com'].map(asks)).toEqual([true, false, false, true]);
    }
  });

  it('keeps the sudo round trip on the password-login instance’s own host', () => {
    const replica = createGitHubReplica({ sudo: 'redirect', hosts: { 'github.example.com': 'ghes' } });
    expect(get(replica, `${GHES}/settings/tokens/new`).headers.location).toBe(`${GHES}/sessions/sudo?return_to=%2Fsettings%2Ftokens%2Fnew`);
    expect(post(replica, `${GHES}/sessions/sudo`, [['sudo_return_to', '/settings/tokens/new']]).headers.location).toBe(`${GHES}/settings/tokens/new`);
    expect(get(replica, `${GHES}/settings/tokens/new`).status).toBe(200);
    expect(get(replica, `${DOTCOM}/settings/tokens/new`).status).toBe(302);
  });

  it('signs GHE.com in as a managed user, whose login carries the enterprise’s short code', () => {
    const login = (origin: string) => pageAt(origin, '/settings/tokens').querySelector('meta[name="user-login"]')?.getAttribute('content');
    expect([DOTCOM, GHES, GHE_COM].map(login)).toEqual(['octocat', 'octocat', 'octocat_acme']);
  });

  it('keeps each host’s tokens to itself', () => {
    const replica = createGitHubReplica();
    createToken(replica, GHES, 'on the instance', ['repo']);
    const notes = (origin: string) => [...parseHtml(get(replica, `${origin}/settings/tokens`).body).querySelectorAll('.access-token')].length;
    expect([DOTCOM, GHES, GHE_COM].map(notes)).toEqual([0, 1, 0]);
  });

  const PAGES = ['/', '/settings/profile', '/settings/emails', '/settings/apps', '/settings/tokens', '/settings/tokens/new'];
  const HEADERS: HeaderGeneration[] = ['v1', 'v2', 'v2-lazy', 'v3', 'v4', 'v5'];

  it.each(HEADERS)('builds every link, form action and gist link of an enterprise page (header %s) from its host', (header) => {
    for (const origin of [GHES, GHE_COM]) {
      for (const path of PAGES) {
        const document = pageAt(origin, path, { header, sudo: 'same-url', hosts: { 'github.example.com': 'ghes' } });
        const hosts = new Set(urlsOf(document, origin + path).map((url) => url.hostname));
        expect([...hosts].filter((host) => host === 'github.com' || host === 'gist.github.com'), `${origin}${path}`).toEqual([]);
        expect(hosts).toContain(new URL(origin).hostname);
        expect(document.querySelector('meta[name="hostname"]')?.getAttribute('content')).toBe(new URL(origin).hostname);
      }
    }
  });

  it('serves the lazy user menu and side panel with the host’s gist links', () => {
    const replica = createGitHubReplica();
    for (const path of ['/users/1/menu', '/_side-panels/user']) {
      const gists = [...parseHtml(get(replica, GHE_COM + path).body).querySelectorAll('a[href*="gist"]')].map((link) => link.getAttribute('href'));
      expect(gists).toEqual([`${GHE_COM}/gist/mine`]);
    }
  });

  it('links gists of github.com to gist.github.com, as before', () => {
    const links = urlsOf(pageAt(DOTCOM, '/settings/tokens', { header: 'v2' }), DOTCOM).filter((url) => url.pathname.includes('gist') || url.hostname.startsWith('gist'));
    expect(links.map((url) => url.href)).toEqual(['https://gist.github.com/', 'https://gist.github.com/mine']);
  });
});
