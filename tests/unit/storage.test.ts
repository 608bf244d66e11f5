import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { IDLE_GUIDE } from '@/lib/guide/schema';
import { guideStateItem, readGuideState, readReminders, updateGuideState } from '@/lib/storage';

describe('guide state storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('falls back to the idle state when nothing is stored', async () => {
    expect(await readGuideState()).toEqual(IDLE_GUIDE);
  });

  it('falls back to the idle state when the stored value is corrupt', async () => {
    await fakeBrowser.storage.local.set({ guide: { active: 'yes', stepId: 42 } });
    expect(await readGuideState()).toEqual(IDLE_GUIDE);
  });

  it('refuses a stored state beyond its bounds: an endless note list, an overlong note, a scope not in the catalogue', async () => {
    const bad = [
      { knownNotes: Array.from({ length: 10_000 }, (_, index) => `note ${index}`) },
      { submitted: { note: 'n'.repeat(10_000), expiresAt: null } },
      { untickedScopes: ['repo', 'everything'] },
      { active: true, fastPlan: { note: 'n', expiration: '30', scopes: ['<img>'] } },
    ];
    for (const change of bad) {
      await fakeBrowser.storage.local.set({ guide: { ...IDLE_GUIDE, active: true, ...change } });
      expect(await readGuideState(), Object.keys(change).join()).toEqual(IDLE_GUIDE);
    }
  });

  it('drops a stored reminder whose note is longer than any token note', async () => {
    const reminder = { expiresAt: 2, remindAt: 1, notified: false };
    await fakeBrowser.storage.local.set({ reminders: [{ ...reminder, note: 'ok' }, { ...reminder, note: 'n'.repeat(10_000) }] });
    expect((await readReminders()).map((entry) => entry.note)).toEqual(['ok']);
  });

  it('writes changes through the declared item', async () => {
    await updateGuideState((state) => ({ ...state, active: true, stepId: 'open-settings' }));
    expect(await guideStateItem.getValue()).toMatchObject({ active: true, stepId: 'open-settings' });
  });
});
