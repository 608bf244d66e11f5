import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { badgeText, showBadge, startBadge } from '@/lib/background/badge';
import { IDLE_GUIDE, type GuideState } from '@/lib/guide/schema';
import { updateGuideState } from '@/lib/storage';

const on = (stepId: GuideState['stepId']): GuideState => ({ ...IDLE_GUIDE, active: true, stepId });

/** Storage watchers run after the write resolves; wait until the badge has caught up. */
function badgeBecomes(text: string): Promise<void> {
  return vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe(text));
}

describe('badgeText', () => {
  it('shows the current step number out of fifteen while a guide runs', () => {
    expect(badgeText(on('open-user-menu'))).toBe('1/15');
    expect(badgeText(on('open-tokens-classic'))).toBe('5/15');
    expect(badgeText(on('store-token'))).toBe('14/15');
    expect(badgeText(on('authorize-sso'))).toBe('15/15');
  });

  it('shows 0/15 before any page has told the guide where the user is', () => {
    expect(badgeText(on(null))).toBe('0/15');
  });

  it('counts a fine-grained guide in the fine-grained tour', () => {
    const fineGrained = (stepId: GuideState['stepId']): GuideState => ({ ...on(stepId), tokenKind: 'fine-grained' });
    expect(badgeText(fineGrained('open-tokens-fine-grained'))).toBe('5/15');
    expect(badgeText(fineGrained('fg-permissions'))).toBe('12/15');
    expect(badgeText(fineGrained('store-token'))).toBe('15/15');
  });

  it('counts a fine-grained renewal in its own order, the fine-grained copy step included', () => {
    const renewing = (stepId: GuideState['stepId']): GuideState => ({ ...on(stepId), kind: 'renew', tokenKind: 'fine-grained' });
    expect(badgeText(renewing('open-token'))).toBe('1/7');
    expect(badgeText(renewing('fg-copy-token'))).toBe('6/7');
    expect(badgeText(renewing('store-token'))).toBe('7/7');
    expect(badgeText({ ...renewing('copy-token'), tokenKind: 'classic' })).toBe('6/8');
  });

  it('is empty when no guide runs, even with a step left over', () => {
    expect(badgeText(IDLE_GUIDE)).toBe('');
    expect(badgeText({ ...on('fill-note'), active: false })).toBe('');
  });
});

describe('toolbar badge', () => {
  beforeEach(() => fakeBrowser.reset());

  it('sets and clears the badge text', async () => {
    await showBadge(on('choose-classic'));
    expect(await fakeBrowser.action.getBadgeText({})).toBe('7/15');
    await showBadge(IDLE_GUIDE);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('follows the stored guide state', async () => {
    const stop = startBadge();
    await updateGuideState(() => on('open-settings'));
    await badgeBecomes('2/15');
    await updateGuideState(() => on('fill-note'));
    await badgeBecomes('9/15');
    await updateGuideState((state) => ({ ...state, active: false }));
    await badgeBecomes('');
    stop();
  });
});
