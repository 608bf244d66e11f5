import { browser } from '#imports';
import type { Message } from '../messages';
import { IDLE_GUIDE } from '../guide/schema';
import { updateGuideState } from '../storage';
import { isGitHubUrl } from '../github/urls';

const GITHUB_HOME = 'https://github.com/';

export async function handleMessage(message: Message): Promise<void> {
  switch (message.type) {
    case 'start-guide':
      return startGuide(message.restart);
    case 'stop-guide':
      await updateGuideState((state) => ({ ...state, active: false }));
      return;
    case 'open-prefilled-form':
      return; // fast path: wired by the form assistant
  }
}

/** Start or resume: the content script watches the stored state and takes it from there. */
async function startGuide(restart: boolean): Promise<void> {
  await updateGuideState((state) =>
    restart || !state.active ? { ...IDLE_GUIDE, active: true, startedAt: Date.now() } : state,
  );
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (!tab?.url || !isGitHubUrl(tab.url)) await browser.tabs.create({ url: GITHUB_HOME, active: true });
}
