import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { IDLE_GUIDE } from '@/lib/guide/schema';
import { guideStateItem, readGuideState, updateGuideState } from '@/lib/storage';

describe('guide state storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('falls back to the idle state when nothing is stored', async () => {
    expect(await readGuideState()).toEqual(IDLE_GUIDE);
  });

  it('falls back to the idle state when the stored value is corrupt', async () => {
    await fakeBrowser.storage.local.set({ guide: { active: 'yes', stepId: 42 } });
    expect(await readGuideState()).toEqual(IDLE_GUIDE);
  });

  it('writes changes through the declared item', async () => {
    await updateGuideState((state) => ({ ...state, active: true, stepId: 'open-settings' }));
    expect(await guideStateItem.getValue()).toMatchObject({ active: true, stepId: 'open-settings' });
  });
});
