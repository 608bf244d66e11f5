import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '@/lib/background/handle-message';
import { FINE_GRAINED_GUIDE_SCRIPT_FILE, GUIDE_SCRIPT_FILE } from '@/lib/background/guide-script';
import { restoreGuideScript } from '@/lib/background/guide-restore';
import { renewFromNotification } from '@/lib/background/renewal';
import { IDLE_GUIDE } from '@/lib/guide/schema';
import { notificationId } from '@/lib/reminders/names';
import { DAY_MS, reminderKey } from '@/lib/reminders/plan';
import { readGuideState, remindersItem, updateGuideState } from '@/lib/storage';
import { fakeScripting } from '../support/fake-scripting';
import { githubTabs, registeredFiles } from '../support/github-tabs';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('start-guide with a kind of token', () => {
  it('starts a fine-grained guide with the fine-grained script, in place on a GitHub tab', async () => {
    githubTabs(5);
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await handleMessage({ type: 'start-guide', restart: false, tokenKind: 'fine-grained' });
    expect(await readGuideState()).toMatchObject({ active: true, tokenKind: 'fine-grained', kind: 'create', fastPath: false });
    expect(registeredFiles()).toEqual([[FINE_GRAINED_GUIDE_SCRIPT_FILE]]);
    expect(fakeScripting.injections).toEqual([{ tabId: 5, file: `/${FINE_GRAINED_GUIDE_SCRIPT_FILE}` }]);
    expect(create).not.toHaveBeenCalled();
  });

  it('starts the classic guide as before when no kind is named', async () => {
    githubTabs(5);
    await handleMessage({ type: 'start-guide', restart: false });
    expect(await readGuideState()).toMatchObject({ active: true, tokenKind: 'classic' });
    expect(registeredFiles()).toEqual([[GUIDE_SCRIPT_FILE]]);
  });

  it('starts over for the other kind, switching the script, but resumes a guide of the same kind', async () => {
    githubTabs(5);
    await updateGuideState(() => ({ ...IDLE_GUIDE, active: true, stepId: 'open-tokens-classic', untickedScopes: ['repo'] }));
    await handleMessage({ type: 'start-guide', restart: false, tokenKind: 'fine-grained' });
    expect(await readGuideState()).toMatchObject({ tokenKind: 'fine-grained', stepId: null, untickedScopes: [] });
    expect(registeredFiles()).toEqual([[FINE_GRAINED_GUIDE_SCRIPT_FILE]]);
    await updateGuideState((state) => ({ ...state, stepId: 'fg-name' }));
    await handleMessage({ type: 'start-guide', restart: false, tokenKind: 'fine-grained' });
    expect((await readGuideState()).stepId).toBe('fg-name');
  });

  it('registers the fine-grained script again when the background starts with a fine-grained guide left active', async () => {
    await updateGuideState(() => ({ ...IDLE_GUIDE, active: true, tokenKind: 'fine-grained' }));
    restoreGuideScript();
    await vi.waitFor(() => expect(registeredFiles()).toEqual([[FINE_GRAINED_GUIDE_SCRIPT_FILE]]));
  });
});

describe('renewing a fine-grained token from its reminder', () => {
  const NOW = Date.UTC(2026, 11, 3, 9, 0, 0);
  const REMINDER = { note: 'deploy', expiresAt: NOW + 5 * DAY_MS, remindAt: NOW, notified: true, tokenKind: 'fine-grained' as const };

  async function click(stored: object) {
    await remindersItem.setValue([stored] as never);
    const id = notificationId(reminderKey(REMINDER));
    await fakeBrowser.notifications.create(id, { type: 'basic', iconUrl: '', title: 't', message: 'm' });
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([] as never);
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await renewFromNotification(id);
    return create;
  }

  it('opens its regenerate form on the fine-grained pages, with the fine-grained guide', async () => {
    const create = await click({ ...REMINDER, tokenId: '2001' });
    expect(create).toHaveBeenCalledWith({ url: 'https://github.com/settings/personal-access-tokens/2001/regenerate', active: true });
    expect(await readGuideState()).toMatchObject({ active: true, kind: 'renew', tokenKind: 'fine-grained', renewing: { tokenId: '2001', note: 'deploy' } });
    expect(registeredFiles()).toEqual([[FINE_GRAINED_GUIDE_SCRIPT_FILE]]);
  });

  it('opens the fine-grained token list when its id is unknown', async () => {
    const create = await click(REMINDER);
    expect(create).toHaveBeenCalledWith({ url: 'https://github.com/settings/personal-access-tokens', active: true });
  });

  it('renews a classic token’s reminder on the classic pages, with the classic guide', async () => {
    const create = await click({ ...REMINDER, tokenKind: undefined, tokenId: '1001' });
    expect(create).toHaveBeenCalledWith({ url: 'https://github.com/settings/tokens/1001/regenerate', active: true });
    expect(await readGuideState()).toMatchObject({ kind: 'renew', tokenKind: 'classic' });
    expect(registeredFiles()).toEqual([[GUIDE_SCRIPT_FILE]]);
  });
});
