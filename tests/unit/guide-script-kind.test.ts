import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  FINE_GRAINED_GUIDE_SCRIPT_FILE,
  GUIDE_SCRIPT_FILE,
  injectGuideScript,
  injectIntoOpenTabs,
  scriptOfPingAnswer,
  syncGuideScript,
} from '@/lib/background/guide-script';
import { fakeScripting } from '../support/fake-scripting';
import { githubTabs, registeredFiles } from '../support/github-tabs';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('the registered guide script follows the kind of token the guide makes', () => {
  it('is the fine-grained guide for a fine-grained guide, and guide.js for a classic one or a state without a kind', async () => {
    await syncGuideScript({ active: true, tokenKind: 'fine-grained' });
    expect(registeredFiles()).toEqual([[FINE_GRAINED_GUIDE_SCRIPT_FILE]]);
    await syncGuideScript({ active: true, tokenKind: 'classic' });
    expect(registeredFiles()).toEqual([[GUIDE_SCRIPT_FILE]]);
    await syncGuideScript({ active: false });
    await syncGuideScript({ active: true });
    expect(registeredFiles()).toEqual([[GUIDE_SCRIPT_FILE]]);
  });

  it('keeps one registration id: switching kinds replaces the script, and the end of the guide removes it', async () => {
    await syncGuideScript({ active: true, tokenKind: 'classic' });
    await syncGuideScript({ active: true, tokenKind: 'fine-grained' });
    expect(fakeScripting.registered).toEqual([
      expect.objectContaining({ id: 'pat-pilot-guide', matches: ['https://github.com/*'], js: [FINE_GRAINED_GUIDE_SCRIPT_FILE], persistAcrossSessions: true }),
    ]);
    await syncGuideScript({ active: false, tokenKind: 'fine-grained' });
    expect(fakeScripting.registered).toEqual([]);
  });

  it('is not registered again when nothing changed', async () => {
    await syncGuideScript({ active: true, tokenKind: 'fine-grained' });
    const register = vi.spyOn(fakeBrowser.scripting, 'registerContentScripts');
    await syncGuideScript({ active: true, tokenKind: 'fine-grained' });
    expect(register).not.toHaveBeenCalled();
  });
});

describe('open tabs get the script of the guide’s kind', () => {
  it('injects the fine-grained guide into tabs running none, or the classic guide', async () => {
    githubTabs(1, 2, 3);
    await injectGuideScript(2, 'classic');
    await injectGuideScript(3, 'fine-grained');
    fakeScripting.injections = [];
    await injectIntoOpenTabs({ active: true, tokenKind: 'fine-grained' });
    expect(fakeScripting.injections).toEqual([
      { tabId: 1, file: `/${FINE_GRAINED_GUIDE_SCRIPT_FILE}` },
      { tabId: 2, file: `/${FINE_GRAINED_GUIDE_SCRIPT_FILE}` },
    ]);
  });

  it('injects the classic guide where the fine-grained one runs, and leaves a classic guide alone', async () => {
    githubTabs(4, 5);
    await injectGuideScript(4, 'fine-grained');
    await injectGuideScript(5, 'classic');
    fakeScripting.injections = [];
    await injectIntoOpenTabs({ active: true, tokenKind: 'classic' });
    expect(fakeScripting.injections).toEqual([{ tabId: 4, file: `/${GUIDE_SCRIPT_FILE}` }]);
  });

  it('takes a guide script that answers the ping with `true` for the classic one', async () => {
    fakeScripting.live.add(6);
    await injectGuideScript(6, 'classic');
    expect(fakeScripting.injections).toEqual([]);
    await injectGuideScript(6, 'fine-grained');
    expect(fakeScripting.injections).toEqual([{ tabId: 6, file: `/${FINE_GRAINED_GUIDE_SCRIPT_FILE}` }]);
  });

  it('reads only the answers a guide script gives', () => {
    expect([true, 'guide.js', 'fine-grained-guide.js'].map(scriptOfPingAnswer)).toEqual([GUIDE_SCRIPT_FILE, GUIDE_SCRIPT_FILE, FINE_GRAINED_GUIDE_SCRIPT_FILE]);
    expect([false, undefined, 'evil.js', 1].map(scriptOfPingAnswer)).toEqual([undefined, undefined, undefined, undefined]);
  });
});
