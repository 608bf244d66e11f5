import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { acceptMessage, senderContext } from '@/lib/background/accept-message';
import { receiveMessage } from '@/lib/background/handle-message';
import { readGuideState } from '@/lib/storage';

type Sender = Browser.runtime.MessageSender;
const OWN_ID = fakeBrowser.runtime.id;
const popup: Sender = { id: OWN_ID, url: `chrome-extension://${OWN_ID}/popup.html` };
// The e2e builds, and a user, can open the popup in a tab: still an extension page.
const popupInTab: Sender = { ...popup, tab: { id: 3 } as Browser.tabs.Tab };
const options: Sender = { id: OWN_ID, url: `chrome-extension://${OWN_ID}/options.html` };
const contentScript: Sender = { id: OWN_ID, url: 'https://github.com/settings/tokens', tab: { id: 7 } as Browser.tabs.Tab };
const otherExtension: Sender = { id: 'someone-else', url: 'chrome-extension://someone-else/page.html' };
const lookAlike: Sender = { id: OWN_ID, url: 'https://github.com.evil.example/', tab: { id: 8 } as Browser.tabs.Tab };
const start = { type: 'start-guide', restart: false };
const prefill = { type: 'open-prefilled-form', presetId: 'https' };

describe('who may send what', () => {
  it('tells extension pages from content scripts, and knows no other sender', () => {
    expect([popup, popupInTab, options].map((sender) => senderContext(sender))).toEqual(['extension-page', 'extension-page', 'extension-page']);
    expect(senderContext(contentScript)).toBe('content-script');
    expect([otherExtension, lookAlike, { id: OWN_ID }].map((sender) => senderContext(sender))).toEqual([undefined, undefined, undefined]);
  });

  it('takes start-guide and open-prefilled-form from the popup and the options page', () => {
    for (const sender of [popup, popupInTab, options]) {
      expect(acceptMessage(start, sender)).toEqual(start);
      expect(acceptMessage(prefill, sender)).toEqual(prefill);
    }
  });

  it('refuses them from a content script, another extension or a page that only looks like GitHub', () => {
    for (const sender of [contentScript, otherExtension, lookAlike]) {
      expect(acceptMessage(start, sender)).toBeUndefined();
      expect(acceptMessage(prefill, sender)).toBeUndefined();
    }
  });

  it('refuses malformed messages and extra fields from its own pages too', () => {
    expect(acceptMessage({ type: 'start-guide' }, popup)).toBeUndefined();
    expect(acceptMessage({ ...start, url: 'https://evil.example/' }, popup)).toBeUndefined();
    expect(acceptMessage({ type: 'stop-guide' }, popup)).toBeUndefined();
  });
});

describe('the fine-grained messages', () => {
  const fineGrainedStart = { type: 'start-guide', restart: false, tokenKind: 'fine-grained' };
  const fineGrainedForm = { type: 'open-fine-grained-form', presetId: 'https' };
  const choice = { type: 'choose-token-kind', kind: 'fine-grained', purpose: 'https', facts: ['several-orgs'] };

  it('takes them from the popup and the options page only', () => {
    for (const message of [fineGrainedStart, fineGrainedForm, choice]) {
      for (const sender of [popup, popupInTab, options]) expect(acceptMessage(message, sender)).toEqual(message);
      for (const sender of [contentScript, otherExtension, lookAlike]) expect(acceptMessage(message, sender)).toBeUndefined();
    }
  });

  it('refuses an unknown kind, ids outside the catalogues and extra fields', () => {
    expect(acceptMessage({ ...start, tokenKind: 'oauth' }, popup)).toBeUndefined();
    expect(acceptMessage({ ...fineGrainedForm, presetId: 'https://evil.example/' }, popup)).toBeUndefined();
    expect(acceptMessage({ ...choice, kind: 'beta' }, popup)).toBeUndefined();
    expect(acceptMessage({ ...choice, facts: ['<script>'] }, popup)).toBeUndefined();
    expect(acceptMessage({ ...choice, facts: Array.from({ length: 4 }, () => 'several-orgs') }, popup)).toBeUndefined();
    // Ids outside the catalogues: a classic preset, a purpose and a fact no chooser offers.
    expect(acceptMessage({ ...fineGrainedForm, presetId: 'recommended' }, popup)).toBeUndefined();
    expect(acceptMessage({ ...choice, purpose: 'everything' }, popup)).toBeUndefined();
    expect(acceptMessage({ ...choice, facts: ['packages'] }, popup)).toBeUndefined();
    expect(acceptMessage({ ...choice, settings: {} }, popup)).toBeUndefined();
  });

  it('takes a chooser answer without a purpose', () => {
    expect(acceptMessage({ ...choice, purpose: null, facts: [] }, popup)).toEqual({ ...choice, purpose: null, facts: [] });
  });
});

describe('the background listener', () => {
  beforeEach(() => fakeBrowser.reset());

  it('does nothing for a refused message and answers nothing', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    expect(receiveMessage(start, contentScript)).toBeUndefined();
    expect(create).not.toHaveBeenCalled();
    expect((await readGuideState()).active).toBe(false);
  });

  it('logs a failure once with the product prefix and still answers it', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([] as never);
    vi.spyOn(fakeBrowser.tabs, 'create').mockRejectedValue(new Error('no window'));
    await expect(receiveMessage(start, popup)).rejects.toThrow('no window');
    expect(warn.mock.calls).toEqual([['[PAT Pilot] start-guide message:', 'no window']]);
  });
});
