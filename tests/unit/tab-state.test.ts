import { describe, expect, it, vi } from 'vitest';
import { createTabState } from '@/lib/guide/tab-state';
import { defaultFormPlan } from '@/lib/guide/form-plan';
import { IDLE_GUIDE } from '@/lib/guide/state';
import type { GuideSnapshot } from '@/lib/guide/snapshot';
import type { GuideState } from '@/lib/guide/schema';

const plan = defaultFormPlan(new Date('2026-12-03T12:00:00'));
const snapshot = (revision: number, state: Partial<GuideState>): GuideSnapshot => ({
  revision,
  state: { ...IDLE_GUIDE, active: true, ...state },
  plan,
  presetId: 'recommended',
});

/** A background whose answers the test releases one by one. */
function deferredBackground() {
  const answers: ((snapshot: GuideSnapshot) => void)[] = [];
  const send = vi.fn(() => new Promise<GuideSnapshot>((resolve) => answers.push(resolve)));
  return { send, answer: (index: number, value: GuideSnapshot) => answers[index]!(value) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve));

describe("a tab's copy of the guide state", () => {
  it('applies its own events at once and reports each to the background', () => {
    const background = deferredBackground();
    const tab = createTabState({ snapshot: snapshot(1, {}), send: background.send, onReplaced: () => {}, log: () => {} });
    expect(tab.apply({ type: 'note-typed' })).toBe(true);
    expect(tab.state.noteTyped).toBe(true);
    expect(tab.apply({ type: 'note-typed' })).toBe(false); // nothing changed: nothing sent
    expect(background.send).toHaveBeenCalledTimes(1);
  });

  it('holds snapshots back while its own events are on their way, then takes the newest', async () => {
    const background = deferredBackground();
    const replaced = vi.fn();
    const tab = createTabState({ snapshot: snapshot(1, {}), send: background.send, onReplaced: replaced, log: () => {} });
    tab.apply({ type: 'copied' });
    // Another tab's change arrives before the answer to ours, without our event in it.
    tab.offer(snapshot(2, { noteTyped: true }));
    expect(tab.state).toMatchObject({ copied: true, noteTyped: false });
    background.answer(0, snapshot(3, { noteTyped: true, copied: true }));
    await settle();
    expect(tab.state).toMatchObject({ copied: true, noteTyped: true });
    expect(replaced).toHaveBeenCalledTimes(1);
  });

  it('never takes an older snapshot over a newer one, whatever order they arrive in', () => {
    const tab = createTabState({ snapshot: snapshot(5, { stepId: 'open-settings' }), send: deferredBackground().send, onReplaced: () => {}, log: () => {} });
    tab.offer(snapshot(4, { stepId: 'open-user-menu' }));
    expect(tab.state.stepId).toBe('open-settings');
    tab.offer(snapshot(6, { stepId: 'open-developer-settings' }));
    expect(tab.state.stepId).toBe('open-developer-settings');
  });

  it('keeps its own change when the background cannot be reached, and says so', async () => {
    const log = vi.fn();
    const tab = createTabState({ snapshot: snapshot(1, {}), send: () => Promise.reject(new Error('Extension context invalidated.')), onReplaced: () => {}, log });
    tab.apply({ type: 'expiration-chosen' });
    await settle();
    expect(tab.state.expirationChosen).toBe(true);
    expect(log).toHaveBeenCalledWith('the background did not take expiration-chosen: Extension context invalidated.');
  });
});
