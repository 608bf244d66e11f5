import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PERMISSION_KEYS, permissionGroup } from '@/lib/github/permission-keys';
import {
  explainGrant,
  grantRisk,
  hasWriteNote,
  isFlagged,
  PERMISSIONS,
  permissionInfo,
  permissionLabel,
} from '@/lib/github/permissions';
import { chromeMessages, localeNames, messageReader } from '../setup/messages';

const FLAGGED = [
  'administration', 'codespaces_secrets', 'dependabot_secrets', 'environments', 'secrets', 'repository_hooks',
  'workflows', 'codespaces_user_secrets', 'gpg_keys', 'keys', 'git_signing_ssh_public_keys',
  'organization_administration', 'members', 'organization_hooks', 'organization_secrets',
];

describe('the fine-grained permission catalogue', () => {
  afterEach(() => void (fakeBrowser.i18n.getMessage = messageReader('en')));

  it('covers every permission key once, in the keys’ order and group', () => {
    expect(PERMISSIONS.map((info) => info.key)).toEqual(PERMISSION_KEYS);
    for (const info of PERMISSIONS) expect(info.group).toBe(permissionGroup(info.key));
  });

  it('names each permission with the label of GitHub’s form', () => {
    expect(permissionLabel('contents')).toBe('Contents');
    expect(permissionLabel('pull_requests')).toBe('Pull requests');
    expect(permissionLabel('administration')).toBe('Administration');
    expect(permissionLabel('secrets')).toBe('Secrets');
    expect(permissionLabel('workflows')).toBe('Workflows');
    expect(permissionLabel('metadata')).toBe('Metadata');
    expect(permissionInfo('metadata').accesses).toEqual(['read']);
    expect(permissionInfo('workflows').accesses).toEqual(['write']);
  });

  it('flags what reaches beyond the code, each with a reason', () => {
    expect(PERMISSIONS.filter((info) => info.flagged).map((info) => info.key)).toEqual(FLAGGED);
    for (const key of FLAGGED) expect(permissionInfo(key as never).flagReason.length).toBeGreaterThan(10);
    expect(isFlagged('contents')).toBe(false);
    expect(permissionInfo('contents').flagReason).toBe('');
  });

  for (const locale of localeNames()) {
    it(`has every text in ${locale}: an explanation, a write note where read and write differ, a flag reason`, () => {
      const messages = chromeMessages(locale);
      const missing = PERMISSIONS.flatMap((info) => {
        const parts = ['about', ...(hasWriteNote(info) ? ['write'] : []), ...(info.flagged ? ['flag'] : [])];
        return parts.map((part) => `permissions_${info.key}_${part}`).filter((name) => !messages[name]);
      });
      expect(missing).toEqual([]);
    });
  }

  it('explains a grant in one line, read and write apart', () => {
    expect(explainGrant({ key: 'contents', access: 'write' })).toBe(
      'Contents — Read and write: Read the code and push commits, create branches and releases: what git push over HTTPS needs.',
    );
    expect(explainGrant({ key: 'contents', access: 'read' })).toBe(
      'Contents — Read-only: Read the code, branches and releases: enough to clone and pull.',
    );
    expect(explainGrant({ key: 'workflows', access: 'write' })).toContain('Workflows — Read and write: Add and change');
    fakeBrowser.i18n.getMessage = messageReader('de');
    expect(explainGrant({ key: 'issues', access: 'read' })).toBe('Issues — Read-only: Issues und ihre Kommentare lesen.');
  });

  it('rates the risk of a grant on the classic scopes’ scale', () => {
    expect(grantRisk({ key: 'contents', access: 'read' })).toBe('read');
    expect(grantRisk({ key: 'contents', access: 'write' })).toBe('write');
    expect(grantRisk({ key: 'secrets', access: 'write' })).toBe('admin');
    expect(grantRisk({ key: 'organization_projects', access: 'admin' })).toBe('admin');
    expect(grantRisk({ key: 'administration', access: 'write' })).toBe('destructive');
  });
});
