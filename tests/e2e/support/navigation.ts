import type { PageBackend } from './backend';
import { stayedAfter } from './dialogs';
import { pollUntil } from './poll';

export type HistoryAction = 'reload' | 'back' | 'forward';

const SCRIPTS: Record<HistoryAction, string> = {
  reload: 'location.reload()',
  back: 'history.back()',
  forward: 'history.forward()',
};

/**
 * Reload and history moves are started from the page and awaited from the test side: native
 * calls hang in Firefox on bfcache restores and on moz-extension:// pages. Done means a new
 * document (the mark left on the old one is gone) or a soft move (same document, new URL),
 * and readyState "complete"; or a beforeunload prompt answered "stay", after which nothing moves.
 */
export async function moveInHistory(page: PageBackend, action: HistoryAction): Promise<void> {
  const mark = `${action}-${Date.now()}-${Math.random()}`;
  const since = page.dialogs.seen.length;
  const before = (await page.evaluateSource(`(window.__driverMark = ${JSON.stringify(mark)}, document.URL)`)) as string;
  await page.evaluateSource(`void setTimeout(() => ${SCRIPTS[action]})`);
  await pollUntil(
    async () => {
      if (stayedAfter(page.dialogs, since)) return true;
      const [url, current, ready] = (await page.evaluateSource(
        '[document.URL, window.__driverMark, document.readyState]',
      )) as [string, unknown, string];
      const moved = current !== mark || (action !== 'reload' && url !== before);
      return moved && ready === 'complete' ? true : undefined;
    },
    { what: () => `${action} from ${before}` },
  );
}
