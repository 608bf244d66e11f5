import { browser } from '#imports';
import type { Message } from '../messages';
import type { TabEvent } from './reducer';
import type { GuideSnapshot, TabMessage } from './snapshot';

/** The ping's answer: which guide script runs in the tab. */
export type GuideScriptName = 'guide.js' | 'fine-grained-guide.js';

/** The guide script's line to the background, which owns the guide state. */
export interface Channel {
  /** The snapshot to start from. */
  hello(): Promise<GuideSnapshot>;
  /** Reports what happened on the page; resolves with the snapshot after the background reduced it. */
  send(event: TabEvent): Promise<GuideSnapshot>;
}

/**
 * Listens for the snapshots the background hands every tab, and answers its "is the guide script
 * running?" ping at once (sendResponse works alike in both browsers, without a polyfill) with the script's
 * file name, `guide.js` or `fine-grained-guide.js`, so the background injects the other kind's script where
 * it is needed (lib/background/guide-script.ts). The prefill review does not answer (no `answersPing`), so a
 * guide started on its page still gets a guide script. Removed by the signal.
 */
export function openChannel(signal: AbortSignal, onSnapshot: (snapshot: GuideSnapshot) => void, answersPing?: GuideScriptName): Channel {
  const listener = (raw: unknown, _sender: unknown, sendResponse: (answer: unknown) => void) => {
    const message = raw as TabMessage | undefined;
    if (message?.type === 'guide-snapshot') onSnapshot(message.snapshot);
    else if (message?.type === 'guide-ping' && answersPing) sendResponse(answersPing);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));
  const ask = (message: Message) => browser.runtime.sendMessage(message) as Promise<GuideSnapshot>;
  return {
    hello: () => ask({ type: 'guide-hello' }),
    send: (event) => ask({ type: 'guide-event', event }),
  };
}
