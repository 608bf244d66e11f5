import { describe, expect, it } from 'vitest';
import { checklistItems, hasGeneratedToken } from '@/components/popup/checklist-items';
import { IDLE_GUIDE } from '@/lib/guide/schema';
import { FINE_GRAINED_STEP_ORDER, STEP_IDS } from '@/lib/steps/ids';

describe('checklistItems of a fine-grained guide', () => {
  it("lists the fine-grained guide's steps in its order, each with a title of its own", () => {
    const items = checklistItems({ stepId: null, tokenKind: 'fine-grained' });
    expect(items.map((item) => item.id)).toEqual([...FINE_GRAINED_STEP_ORDER]);
    const titles = items.map((item) => item.title);
    expect(new Set(titles).size).toBe(FINE_GRAINED_STEP_ORDER.length);
    expect(titles.filter((title) => title.startsWith('fg-') || title.startsWith('open-'))).toEqual([]);
    expect(items.find((item) => item.id === 'open-user-menu')?.title).toBe('Open your profile menu');
    expect(items.find((item) => item.id === 'open-tokens-fine-grained')?.title).toBe('Choose Fine-grained tokens');
  });

  it('ticks the steps before the current one', () => {
    const items = checklistItems({ stepId: 'fg-expiration', tokenKind: 'fine-grained' });
    const current = FINE_GRAINED_STEP_ORDER.indexOf('fg-expiration');
    expect(items.filter((item) => item.status === 'done')).toHaveLength(current);
    expect(items[current]).toMatchObject({ id: 'fg-expiration', number: current + 1, status: 'current' });
  });

  it('keeps the classic tour for classic guides and renewals', () => {
    expect(checklistItems({ stepId: null, tokenKind: 'classic' }).map((item) => item.id)).toEqual([...STEP_IDS]);
    expect(checklistItems({ stepId: null, kind: 'renew', tokenKind: 'fine-grained' })[0]?.id).toBe('open-token');
  });
});

describe('hasGeneratedToken on the fine-grained result page', () => {
  it('is true once the guide is at the copy step, even without a recorded submit', () => {
    expect(hasGeneratedToken({ ...IDLE_GUIDE, active: true, stepId: 'fg-copy-token' })).toBe(true);
    expect(hasGeneratedToken({ ...IDLE_GUIDE, active: true, stepId: 'fg-generate-token' })).toBe(false);
  });
});
