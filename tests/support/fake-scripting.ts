import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * What fakeBrowser lacks: `scripting` (registrations kept in memory, injections recorded), tabs
 * that answer messages only while a guide script runs in them, as a browser does, and the host
 * permissions held (github.com from install, `hosts` added).
 */
interface Registered {
  id: string;
  matches?: string[];
  js?: string[];
  runAt?: string;
  persistAcrossSessions?: boolean;
}

export const fakeScripting = {
  registered: [] as Registered[],
  /** Tab ids the guide script was injected into, in order. */
  injected: [] as number[],
  /** Every injection, with its file. */
  injections: [] as { tabId: number; file: string }[],
  /** Tabs whose guide script answers messages. */
  live: new Set<number>(),
  /** The guide script each live tab runs, named in its answer to the ping; a tab not listed answers `true`, as guide.js did before it named itself. */
  running: new Map<number, string>(),
  /** Messages delivered to tabs. */
  delivered: [] as { tabId: number; message: unknown }[],
  /** Host patterns granted beyond github.com (`https://github.example.com/*`), as `permissions.getAll` lists them. */
  hosts: [] as string[],
  reset() {
    this.hosts = [];
    this.registered = [];
    this.injected = [];
    this.injections = [];
    this.live = new Set();
    this.running = new Map();
    this.delivered = [];
  },
};

const NO_RECEIVER = 'Could not establish connection. Receiving end does not exist.';

export function installFakeScripting(): void {
  Object.assign(fakeBrowser, {
    scripting: {
      getRegisteredContentScripts: async ({ ids }: { ids?: string[] } = {}) =>
        fakeScripting.registered.filter((script) => !ids || ids.includes(script.id)),
      registerContentScripts: async (scripts: Registered[]) => {
        if (scripts.some((script) => fakeScripting.registered.some((known) => known.id === script.id))) throw new Error('Duplicate script id');
        fakeScripting.registered.push(...scripts);
      },
      unregisterContentScripts: async ({ ids }: { ids: string[] }) => {
        fakeScripting.registered = fakeScripting.registered.filter((script) => !ids.includes(script.id));
      },
      executeScript: async ({ target, files = [] }: { target: { tabId: number }; files?: string[] }) => {
        fakeScripting.injections.push(...files.map((file) => ({ tabId: target.tabId, file })));
        // Only a guide script (classic or fine-grained) answers the background's ping.
        const guide = files.find((file) => /\/(fine-grained-)?guide\.js$/.test(file));
        if (guide) {
          fakeScripting.injected.push(target.tabId);
          fakeScripting.live.add(target.tabId);
          fakeScripting.running.set(target.tabId, guide.slice(1));
        }
        return [];
      },
    },
  });
  Object.assign(fakeBrowser.permissions, {
    onAdded: fakeEvent(),
    onRemoved: fakeEvent(),
    getAll: async () => ({ permissions: ['storage', 'scripting'], origins: ['https://github.com/*', ...fakeScripting.hosts] }),
  });
  fakeBrowser.tabs.sendMessage = (async (tabId: number, message: { type?: string }) => {
    if (!fakeScripting.live.has(tabId)) throw new Error(NO_RECEIVER);
    fakeScripting.delivered.push({ tabId, message });
    return message.type === 'guide-ping' ? (fakeScripting.running.get(tabId) ?? true) : undefined;
  }) as typeof fakeBrowser.tabs.sendMessage;
}

/** A browser event that keeps its listeners and calls none by itself. */
function fakeEvent() {
  const listeners = new Set<(...args: unknown[]) => void>();
  return {
    addListener: (listener: (...args: unknown[]) => void) => void listeners.add(listener),
    removeListener: (listener: (...args: unknown[]) => void) => void listeners.delete(listener),
    hasListener: (listener: (...args: unknown[]) => void) => listeners.has(listener),
  };
}
