import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { applyGuideEvent } from '@/lib/background/guide-owner';
import { receiveMessage } from '@/lib/background/handle-message';
import { GUIDE_SCRIPT_FILE, PREFILL_REVIEW_FILE, PRESET_OFFER_FILE } from '@/lib/background/guide-script';
import { restoreGuideScript } from '@/lib/background/guide-restore';
import type { GuideSnapshot } from '@/lib/guide/snapshot';
import type { StepId } from '@/lib/steps/ids';
import { IDLE_GUIDE } from '@/lib/guide/state';
import { readGuideState, updateGuideState } from '@/lib/storage';
import { fakeScripting } from '../support/fake-scripting';

type Tab = Browser.tabs.Tab;
const OWN_ID = fakeBrowser.runtime.id;
const popup = { id: OWN_ID, url: `chrome-extension://${OWN_ID}/popup.html` };
const tabSender = (id: number) => ({ id: OWN_ID, url: 'https://github.com/settings/tokens/new', tab: { id } as Tab });

function githubTabs(...ids: number[]) {
  const tabs = ids.map((id) => ({ id, url: `https://github.com/page-${id}`, active: id === ids[0] }) as Tab);
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue(tabs as never);
}

const snapshotsTo = (tabId: number) =>
  fakeScripting.delivered
    .filter((entry) => entry.tabId === tabId && (entry.message as { type: string }).type === 'guide-snapshot')
    .map((entry) => (entry.message as { snapshot: GuideSnapshot }).snapshot);

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('the background owns the guide state', () => {
  it('reduces events from two tabs one after the other, so neither overwrites the other', async () => {
    await updateGuideState(() => ({ ...IDLE_GUIDE, active: true }));
    await Promise.all([
      applyGuideEvent({ type: 'scope', scope: 'repo', ticked: false }),
      applyGuideEvent({ type: 'scope', scope: 'delete_repo', ticked: false }),
      applyGuideEvent({ type: 'note-typed' }),
    ]);
    expect(await readGuideState()).toMatchObject({ untickedScopes: ['repo', 'delete_repo'], noteTyped: true });
  });

  it('stores nothing the schema refuses, and keeps the guide where it was', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await updateGuideState(() => ({ ...IDLE_GUIDE, active: true, stepId: 'open-settings' }));
    await applyGuideEvent({ type: 'step', stepId: 'open-the-vault' as StepId });
    expect((await readGuideState()).stepId).toBe('open-settings');
  });

  it('hands every tab running the guide script the new state, newer snapshots with higher revisions', async () => {
    githubTabs(1, 2, 3);
    fakeScripting.live = new Set([1, 3]);
    await updateGuideState(() => ({ ...IDLE_GUIDE, active: true }));
    const first = await applyGuideEvent({ type: 'note-typed' });
    const second = await applyGuideEvent({ type: 'copied' });
    expect(second.revision).toBeGreaterThan(first.revision);
    for (const tab of [1, 3]) expect(snapshotsTo(tab).map((s) => s.state.copied)).toEqual([false, true]);
    expect(snapshotsTo(2)).toEqual([]);
  });

  it('answers each event with the snapshot after it, the settings plan included', async () => {
    await updateGuideState(() => ({ ...IDLE_GUIDE, active: true }));
    const snapshot = await applyGuideEvent({ type: 'expiration-chosen' });
    expect(snapshot.state.expirationChosen).toBe(true);
    expect(snapshot.plan.scopes).toEqual(['repo', 'admin:repo_hook', 'delete_repo']);
    expect(snapshot.presetId).toBe('recommended');
  });
});

describe('the guide script runs on github.com only while a guide is active', () => {
  it('is registered when a guide starts and reaches the github.com tabs already open, once each', async () => {
    githubTabs(5, 6);
    fakeScripting.live = new Set([6]); // a tab still running the form assistant
    await receiveMessage({ type: 'start-guide', restart: false }, popup);
    expect(fakeScripting.registered).toEqual([
      expect.objectContaining({ matches: ['https://github.com/*'], js: [GUIDE_SCRIPT_FILE], persistAcrossSessions: true }),
    ]);
    expect(fakeScripting.injected).toEqual([5]);
  });

  it('is unregistered when the guide ends', async () => {
    githubTabs(5);
    await receiveMessage({ type: 'start-guide', restart: false }, popup);
    await receiveMessage({ type: 'guide-event', event: { type: 'close' } }, tabSender(5));
    expect(fakeScripting.registered).toEqual([]);
    expect((await readGuideState()).active).toBe(false);
  });

  it('is registered again when the background starts with a guide left active', async () => {
    await updateGuideState(() => ({ ...IDLE_GUIDE, active: true }));
    restoreGuideScript();
    await vi.waitFor(() => expect(fakeScripting.registered).toHaveLength(1));
  });

  it('is not what the settings stub brings to the new-token form without a guide: the preset offer is a script of its own', async () => {
    await receiveMessage({ type: 'form-reached', prefillLink: false }, tabSender(9));
    expect(fakeScripting.injections).toEqual([{ tabId: 9, file: `/${PRESET_OFFER_FILE}` }]);
    expect(fakeScripting.injected).toEqual([]);
    expect(fakeScripting.registered).toEqual([]);
  });

  it("is not what another app's prefill link gets: the review comes as a script of its own", async () => {
    await receiveMessage({ type: 'form-reached', prefillLink: true }, tabSender(12));
    expect(fakeScripting.injections).toEqual([{ tabId: 12, file: `/${PREFILL_REVIEW_FILE}` }]);
    expect(fakeScripting.injected).toEqual([]);
  });

  it('is not injected again by the stub while a guide runs: the registered script is on that page already', async () => {
    githubTabs(3);
    await receiveMessage({ type: 'start-guide', restart: false }, popup);
    fakeScripting.injected = [];
    await receiveMessage({ type: 'form-reached', prefillLink: false }, tabSender(11));
    expect(fakeScripting.injected).toEqual([]);
  });
});

describe('what a page may report', () => {
  it('never starts a guide', async () => {
    expect(receiveMessage({ type: 'guide-event', event: { type: 'start', now: 1 } }, tabSender(4))).toBeUndefined();
    expect(receiveMessage({ type: 'start-guide', restart: false }, tabSender(4))).toBeUndefined();
    expect((await readGuideState()).active).toBe(false);
  });

  it('is refused when malformed: unknown scopes, extra fields, page facts of another shape', () => {
    const bad = [
      { type: 'scope', scope: 'everything', ticked: true },
      { type: 'copied', token: 'ghp_x' },
      { type: 'page', facts: { kind: 'vault' }, now: 1 },
    ];
    for (const event of bad) expect(receiveMessage({ type: 'guide-event', event }, tabSender(4))).toBeUndefined();
  });

  it('is taken only from its own content script, not from the popup', () => {
    expect(receiveMessage({ type: 'guide-event', event: { type: 'copied' } }, popup)).toBeUndefined();
    expect(receiveMessage({ type: 'form-reached', prefillLink: false }, popup)).toBeUndefined();
  });
});
