import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { tokenGenerated } from '@/lib/reminders/from-guide';
import { DAY_MS, planReminder, reminderSchema, reminderTokenKind, replacedBy } from '@/lib/reminders/plan';
import { rememberToken } from '@/lib/reminders/schedule';
import { readReminders, remindersItem } from '@/lib/storage';

const NOW = Date.UTC(2026, 11, 3, 9, 0, 0);
const EXPIRES = NOW + 30 * DAY_MS;

describe('a reminder of a fine-grained token', () => {
  it('records its kind; a classic token’s reminder is stored as before, without one', () => {
    expect(planReminder('deploy', EXPIRES, 3, NOW, { tokenId: '2001', tokenKind: 'fine-grained' })).toEqual({
      note: 'deploy', expiresAt: EXPIRES, remindAt: EXPIRES - 3 * DAY_MS, notified: false, tokenId: '2001', tokenKind: 'fine-grained',
    });
    expect(planReminder('deploy', EXPIRES, 3, NOW, { tokenKind: 'classic' })).not.toHaveProperty('tokenKind');
  });

  it('reads a stored reminder without a kind, or with an unknown one, as a classic token’s', () => {
    const stored = { note: 'deploy', expiresAt: EXPIRES, remindAt: NOW, notified: false };
    expect(reminderTokenKind(reminderSchema.parse(stored))).toBe('classic');
    expect(reminderSchema.parse({ ...stored, tokenKind: 'beta' }).tokenKind).toBe('classic');
    expect(reminderSchema.parse({ ...stored, tokenKind: 'fine-grained' }).tokenKind).toBe('fine-grained');
  });

  it('is not replaced by a token of the other kind with the same name or id', () => {
    const classic = { note: 'deploy', expiresAt: EXPIRES, remindAt: NOW, notified: false, tokenId: '7' };
    expect(replacedBy(classic, { note: 'deploy', tokenKind: 'fine-grained' })).toBe(false);
    expect(replacedBy(classic, { note: 'other', tokenId: '7', tokenKind: 'fine-grained' })).toBe(false);
    expect(replacedBy({ ...classic, tokenKind: 'fine-grained' }, { note: 'deploy', tokenKind: 'fine-grained' })).toBe(true);
    expect(replacedBy(classic, { note: 'deploy' })).toBe(true);
  });
});

describe('the generated token the guide reports', () => {
  const facts = { note: 'deploy', expiresAt: EXPIRES };

  it('carries the kind its facts name, else the guide’s kind, else none', () => {
    expect(tokenGenerated({ generatedAt: NOW, reminder: { ...facts, tokenKind: 'fine-grained' } }, null)?.tokenKind).toBe('fine-grained');
    expect(tokenGenerated({ generatedAt: NOW, reminder: facts, tokenKind: 'fine-grained' }, null)?.tokenKind).toBe('fine-grained');
    expect(tokenGenerated({ generatedAt: NOW, reminder: facts, tokenKind: 'oauth' }, null)?.tokenKind).toBeUndefined();
    expect(tokenGenerated({ generatedAt: NOW, reminder: facts }, null)?.tokenKind).toBeUndefined();
  });
});

describe('remembering a fine-grained token', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'PAT Pilot', version: '0.1.0', optional_permissions: ['alarms', 'notifications'] } as never);
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false as never);
  });
  afterEach(() => vi.useRealTimers());

  it('stores its kind beside a classic token of the same name, which keeps its reminder', async () => {
    const classic = { note: 'deploy', expiresAt: NOW + 9 * DAY_MS, remindAt: NOW + 6 * DAY_MS, notified: false };
    await remindersItem.setValue([classic]);
    await rememberToken({ note: 'deploy', expiresAt: EXPIRES, generatedAt: NOW, tokenId: '2001', tokenKind: 'fine-grained' });
    expect(await readReminders()).toEqual([
      classic,
      { note: 'deploy', expiresAt: EXPIRES, remindAt: EXPIRES - 3 * DAY_MS, notified: false, tokenId: '2001', tokenKind: 'fine-grained' },
    ]);
  });
});
