import { vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fakeScripting } from './fake-scripting';

/** github.com tabs with these ids are open, the first one active: what `tabs.query` answers. */
export function githubTabs(...ids: number[]): void {
  const tabs = ids.map((id) => ({ id, url: `https://github.com/page-${id}`, active: id === ids[0] }) as Browser.tabs.Tab);
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue(tabs as never);
}

/** The files of each registered content script, in registration order. */
export const registeredFiles = () => fakeScripting.registered.map((script) => script.js);
