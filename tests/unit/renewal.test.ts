import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { acceptMessage } from '@/lib/background/accept-message';
import { badgeText } from '@/lib/background/badge';
import type { PageFacts } from '@/lib/github/page';
import { reduceGuide } from '@/lib/guide/reducer';
import { resolveStep } from '@/lib/guide/resolve';
import { IDLE_GUIDE, type GuideState } from '@/lib/guide/schema';
import { checklistItems } from '@/components/popup/checklist-items';
import { readGuideState, readReminders } from '@/lib/storage';
import { pageFacts } from '../support/page-facts';

const facts = pageFacts;
const renewing = reduceGuide(IDLE_GUIDE, { type: 'start', now: 5, renew: { tokenId: null, note: 'deploy' } });
const page = (state: GuideState, over: Partial<PageFacts>) => reduceGuide(state, { type: 'page', facts: facts(over), now: 9 });
const stepOn = (over: Partial<PageFacts>, state: GuideState = renewing) => resolveStep(facts(over), state)?.id;

describe('a renewal guide', () => {
  it('records its kind and its token, and a new start forgets them', () => {
    expect(renewing).toMatchObject({ active: true, kind: 'renew', renewing: { tokenId: null, note: 'deploy' } });
    expect(reduceGuide(renewing, { type: 'start', now: 6 })).toMatchObject({ kind: 'create', renewing: null });
  });

  it('walks list → token page → sudo → regenerate form → the new token', () => {
    expect(stepOn({ kind: 'token-list' })).toBe('open-token');
    expect(stepOn({ kind: 'settings', tokenId: '1001' })).toBe('open-regenerate');
    expect(stepOn({ kind: 'sudo' })).toBe('confirm-access');
    const onForm = page(renewing, { kind: 'settings', tokenId: '1001', regenerateForm: true });
    expect(stepOn({ kind: 'settings', tokenId: '1001', regenerateForm: true }, onForm)).toBe('choose-expiration');
    expect(stepOn({ kind: 'settings', tokenId: '1001', regenerateForm: true }, reduceGuide(onForm, { type: 'next' }))).toBe('confirm-regenerate');
    expect(stepOn({ kind: 'token-result' })).toBe('copy-token');
    expect(stepOn({ kind: 'token-result' }, { ...renewing, copied: true })).toBe('store-token');
  });

  it('leads back to the token list from any page it does not use', () => {
    for (const kind of ['other', 'settings', 'developer-settings', 'token-form'] as const) expect(stepOn({ kind })).toBe('open-token');
  });

  it('leaves a creation guide on the same pages as before', () => {
    const creating = { ...IDLE_GUIDE, active: true };
    expect(stepOn({ kind: 'settings', tokenId: '1001' }, creating)).toBe('open-developer-settings');
    expect(page(creating, { kind: 'settings', regenerateForm: true })).toBe(creating);
  });

  it("remembers the new token's row id with its reminder, and the renewed note when the form showed none", () => {
    const submitted = reduceGuide(renewing, { type: 'generate-clicked', submitted: { note: '', expiresAt: 77 } });
    expect(page(submitted, { kind: 'token-result', tokenId: '1001' }).reminder).toEqual({ note: 'deploy', expiresAt: 77, tokenId: '1001' });
  });

  it('is counted in its own steps: badge, callout and checklist', () => {
    expect(badgeText({ ...renewing, stepId: 'choose-expiration' })).toBe('4/8');
    expect(badgeText({ ...IDLE_GUIDE, active: true, stepId: 'choose-expiration' })).toBe('10/15');
    const items = checklistItems({ ...renewing, stepId: 'confirm-regenerate' });
    expect(items.map((item) => item.status)).toEqual(['done', 'done', 'done', 'done', 'current', 'todo', 'todo', 'todo']);
  });

  it('is started from extension pages only', () => {
    const message = { type: 'start-renewal', reminder: null };
    const popup = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
    const github = { id: fakeBrowser.runtime.id, url: 'https://github.com/settings/tokens', tab: { id: 1 } as never };
    expect(acceptMessage(message, popup)).toEqual(message);
    expect(acceptMessage(message, github)).toBeUndefined();
  });
});

describe('stored from before renewals', () => {
  it('a guide state without kind or renewal reads as the creation it was', async () => {
    const { kind: _kind, renewing: _renewing, ...older } = { ...IDLE_GUIDE, active: true, stepId: 'fill-note' as const };
    await fakeBrowser.storage.local.set({ guide: older });
    expect(await readGuideState()).toEqual({ ...IDLE_GUIDE, active: true, stepId: 'fill-note' });
  });

  it('a reminder without a token id, or with a malformed one, is kept without it', async () => {
    const reminder = { note: 'ok', expiresAt: 2, remindAt: 1, notified: false };
    await fakeBrowser.storage.local.set({ reminders: [reminder, { ...reminder, note: 'odd', tokenId: '../1' }, { ...reminder, note: 'id', tokenId: '42' }] });
    expect(await readReminders()).toEqual([reminder, { ...reminder, note: 'odd' }, { ...reminder, note: 'id', tokenId: '42' }]);
  });
});
