import { describe, expect, it } from 'vitest';
import { fineGrainedName, fineGrainedPlanFromParsed, fineGrainedPlanFromSettings } from '@/lib/fine-grained/plan-from-settings';
import { fineGrainedTemplateUrl } from '@/lib/fine-grained/template-url';
import { parseSettings } from '@/lib/settings/parse';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/schema';

const now = new Date(2026, 11, 3, 9, 5, 7);

describe('the fine-grained plan from settings', () => {
  it('names the token from the note template and asks for the saved preset', () => {
    expect(fineGrainedPlanFromSettings(DEFAULT_SETTINGS, now, 'firefox')).toEqual({
      name: 'PAT Pilot 2026-12-03 09:05:07',
      description: 'Git over HTTPS: clone, pull and push. Made with PAT Pilot.',
      expiresIn: 30,
      permissions: [{ key: 'contents', access: 'write' }],
    });
  });

  it('takes the chooser’s preset over the saved one, and the fine-grained expiration', () => {
    const settings: Settings = { ...DEFAULT_SETTINGS, fineGrained: { ...DEFAULT_SETTINGS.fineGrained, expiration: { kind: 'none' } } };
    const plan = fineGrainedPlanFromSettings(settings, now, 'chrome', 'issues-prs');
    expect(plan.expiresIn).toBe('none');
    expect(plan.permissions).toEqual([
      { key: 'issues', access: 'write' },
      { key: 'pull_requests', access: 'write' },
    ]);
    const custom = { ...settings.fineGrained, presetId: 'custom' as const, expiration: { kind: 'custom' as const, days: 45 } };
    custom.customPermissions = [{ key: 'gists', access: 'write' }];
    expect(fineGrainedPlanFromSettings({ ...settings, fineGrained: custom }, now, 'chrome')).toMatchObject({
      expiresIn: 45,
      permissions: [{ key: 'gists', access: 'write' }],
    });
  });

  it('cuts the name to GitHub’s 40 characters, never into half a character', () => {
    const settings = { ...DEFAULT_SETTINGS, noteTemplate: '{browser} token for the deploy of the website {date} {time}' };
    const { name } = fineGrainedPlanFromSettings(settings, now, 'chrome');
    expect(name).toBe('Chrome token for the deploy of the websi');
    expect(fineGrainedName(`${'a'.repeat(39)}🚀b`)).toBe('a'.repeat(39));
    expect(fineGrainedName(`${'a'.repeat(38)} 🚀`)).toBe('a'.repeat(38));
  });

  it('says so whenever a fine-grained preset fell back', () => {
    const parsed = parseSettings({ ...DEFAULT_SETTINGS, fineGrained: { ...DEFAULT_SETTINGS.fineGrained, presetId: 'deploy' } });
    expect(fineGrainedPlanFromParsed(parsed, now, 'chrome')).toMatchObject({
      permissions: [{ key: 'contents', access: 'write' }],
      notice: 'Your saved fine-grained preset “deploy” cannot be used by this version, so PAT Pilot asks for contents: write instead. Choose a fine-grained preset in the options and save to change this.',
    });
    expect(fineGrainedPlanFromParsed(parseSettings(DEFAULT_SETTINGS), now, 'chrome').notice).toBeUndefined();
    expect(fineGrainedPlanFromParsed(parseSettings({ ...DEFAULT_SETTINGS, fineGrained: { presetId: 7 } }), now, 'chrome').notice).toBe(
      'Your saved fine-grained preset “7” cannot be used by this version, so PAT Pilot asks for contents: write instead. Choose a fine-grained preset in the options and save to change this.',
    );
  });
});

describe('the fine-grained template URL', () => {
  it('writes the documented parameters, URL-encoded, one per permission', () => {
    const url = fineGrainedTemplateUrl('https://github.com', {
      name: 'CI & deploy: 100% "x"',
      description: 'Zürich 東京 🚀',
      targetName: 'octo-org',
      expiresIn: 45,
      permissions: [
        { key: 'contents', access: 'write' },
        { key: 'workflows', access: 'write' },
      ],
    });
    expect(url).toBe(
      'https://github.com/settings/personal-access-tokens/new?name=CI+%26+deploy%3A+100%25+%22x%22' +
        '&description=Z%C3%BCrich+%E6%9D%B1%E4%BA%AC+%F0%9F%9A%80&target_name=octo-org&expires_in=45&contents=write&workflows=write',
    );
    const params = new URL(url).searchParams;
    expect(params.get('name')).toBe('CI & deploy: 100% "x"');
    expect(params.get('description')).toBe('Zürich 東京 🚀');
  });

  it('leaves out the owner when it is the signed-in user, and metadata unless asked', () => {
    const plan = { name: 'n', description: 'd', expiresIn: 'none' as const, permissions: [{ key: 'contents' as const, access: 'read' as const }] };
    expect(fineGrainedTemplateUrl('https://ghe.example.com/', plan)).toBe(
      'https://ghe.example.com/settings/personal-access-tokens/new?name=n&description=d&expires_in=none&contents=read',
    );
    const withMetadata = { ...plan, permissions: [...plan.permissions, { key: 'metadata' as const, access: 'read' as const }] };
    expect(fineGrainedTemplateUrl('https://github.com', withMetadata)).toContain('&contents=read&metadata=read');
  });
});
