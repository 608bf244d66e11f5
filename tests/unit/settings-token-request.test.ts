import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { tokenRequest } from '@/lib/settings/token-request';

const NOW = new Date(2026, 0, 2, 3, 4, 5);

describe('token request from settings', () => {
  it('uses the recommended preset, a dated note and 30 days by default', () => {
    expect(tokenRequest(DEFAULT_SETTINGS, NOW, 'Chrome')).toEqual({
      note: 'PAT Pilot 2026-01-02 03:04:05',
      scopes: ['repo', 'admin:repo_hook', 'delete_repo'],
      expiration: { kind: 'preset', days: 30 },
      prefillUrl:
        'https://github.com/settings/tokens/new?description=PAT%20Pilot%202026-01-02%2003%3A04%3A05' +
        '&scopes=repo,admin:repo_hook,delete_repo&default_expires_at=30',
    });
  });

  it('honours custom scopes, the template and no expiration', () => {
    const settings = {
      ...DEFAULT_SETTINGS,
      presetId: 'custom' as const,
      customScopes: ['gist' as const],
      noteTemplate: '{browser} {date}',
      expiration: { kind: 'none' as const },
    };
    const request = tokenRequest(settings, NOW, 'Firefox');
    expect(request.note).toBe('Firefox 2026-01-02');
    expect(request.scopes).toEqual(['gist']);
    expect(request.prefillUrl).toMatch(/&scopes=gist&default_expires_at=none$/);
  });

  it('leaves a custom expiration out of the URL', () => {
    const settings = { ...DEFAULT_SETTINGS, expiration: { kind: 'custom' as const, days: 45 } };
    expect(tokenRequest(settings, NOW, 'Chrome').prefillUrl).not.toContain('default_expires_at');
  });

  it('falls back to the default note when the browser name makes the note too long', () => {
    const settings = { ...DEFAULT_SETTINGS, noteTemplate: `${'x'.repeat(90)}{browser}` };
    expect(tokenRequest(settings, NOW, 'A very long browser name').note).toBe('PAT Pilot 2026-01-02 03:04:05');
  });
});
