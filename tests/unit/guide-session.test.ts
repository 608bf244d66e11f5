import { describe, expect, it, vi } from 'vitest';
import { startGuideSession } from '@/lib/guide/session';
import { defaultFormPlan } from '@/lib/guide/form-plan';
import { IDLE_GUIDE } from '@/lib/guide/state';

const snapshot = { revision: 1, state: { ...IDLE_GUIDE, active: true }, plan: defaultFormPlan(new Date()), presetId: 'recommended' as const };

describe('a guide session', () => {
  it('starts nothing for a script a newer copy already replaced in the page', () => {
    const replaced = new AbortController();
    replaced.abort();
    const mount = vi.fn();
    startGuideSession({ signal: replaced.signal, snapshot, earlier: [], send: vi.fn(), mount });
    expect(mount).not.toHaveBeenCalled();
  });
});
