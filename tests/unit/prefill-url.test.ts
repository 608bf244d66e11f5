import { describe, expect, it } from 'vitest';
import { buildPrefillUrl, parsePrefillUrl, type PrefillRequest } from '@/lib/github/prefill-url';

describe('prefill URL builder', () => {
  it('writes note, scopes and expiration the way GitHub has been seen to read them', () => {
    const url = buildPrefillUrl({
      note: 'PAT Pilot 2026-11-25 14:03:07',
      scopes: ['repo', 'admin:repo_hook', 'delete_repo'],
      expiration: '30',
    });
    expect(url).toBe(
      'https://github.com/settings/tokens/new?description=PAT%20Pilot%202026-11-25%2014%3A03%3A07' +
        '&scopes=repo,admin:repo_hook,delete_repo&default_expires_at=30',
    );
  });

  it('leaves the expiration out when there is none to prefill (custom days)', () => {
    expect(buildPrefillUrl({ note: 'x', scopes: [] })).toBe(
      'https://github.com/settings/tokens/new?description=x&scopes=',
    );
  });

  const requests: PrefillRequest[] = [
    { note: 'PAT Pilot 2026-01-02 03:04:05', scopes: ['repo', 'workflow'], expiration: '7' },
    { note: 'CI & deploy: 100% + "quotes" / slashes?#', scopes: ['read:packages'], expiration: 'none' },
    { note: 'Zürich 東京 🚀', scopes: ['scim:enterprise', 'read:network_configurations'], expiration: '90' },
    { note: '  spaces kept  ', scopes: [], expiration: undefined },
  ];

  it.each(requests)('round-trips %o', (request) => {
    expect(parsePrefillUrl(buildPrefillUrl(request))).toEqual({
      note: request.note,
      scopes: request.scopes,
      unknownScopes: [],
      expiration: request.expiration,
    });
  });
});

describe('prefill URL parser', () => {
  it('reads URLs written by other tools (plus-encoded spaces, no expiration)', () => {
    expect(parsePrefillUrl('https://github.com/settings/tokens/new?scopes=repo&description=Composer+on+laptop')).toEqual({
      note: 'Composer on laptop',
      scopes: ['repo'],
      unknownScopes: [],
      expiration: undefined,
    });
  });

  it('reports scopes GitHub does not offer and expirations it has no option for', () => {
    const parsed = parsePrefillUrl(
      'https://github.com/settings/tokens/new?scopes=repo,repo:write,,gist&default_expires_at=45',
    );
    expect(parsed).toEqual({ note: undefined, scopes: ['repo', 'gist'], unknownScopes: ['repo:write'], expiration: undefined });
  });

  it.each([
    'https://github.com/settings/tokens',
    'https://github.com/settings/personal-access-tokens/new?name=x',
    'https://github.example.com/settings/tokens/new?scopes=repo',
    'http://github.com/settings/tokens/new?scopes=repo',
    'not a url',
  ])('ignores %s', (url) => {
    expect(parsePrefillUrl(url)).toBeUndefined();
  });
});
