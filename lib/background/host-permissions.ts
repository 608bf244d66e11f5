import { browser } from '#imports';
import { logError } from '../log';
import { isGitHubUrl } from '../github/urls';
import { grantedHosts } from '../hosts';
import { readGuideState } from '../storage';
import type { TabMessage } from '../guide/snapshot';
import { applyGuideEvent, currentSnapshot } from './guide-owner';
import { syncGuideScript } from './guide-script';
import { isNoReceiver } from './tab-messages';

/**
 * Adding a host brings the settings stub (and a running guide's script) there; removing one takes them
 * away and ends a guide that runs on it. Its tabs can no longer be found by their URL once the permission
 * is gone, so every tab is told the guide ended; only tabs with a guide script are listening.
 */
export function followHostPermissions(): void {
  browser.permissions.onAdded.addListener(() => void resync());
  browser.permissions.onRemoved.addListener(() => void endGuideOnRemovedHost());
}

function resync(): Promise<void> {
  return readGuideState()
    .then(syncGuideScript)
    .catch((error: unknown) => logError('following the granted hosts', error));
}

async function endGuideOnRemovedHost(): Promise<void> {
  try {
    const { active, origin } = await readGuideState();
    if (active && !isGitHubUrl(origin, await grantedHosts())) {
      await applyGuideEvent({ type: 'close' });
      await tellEveryTab({ type: 'guide-snapshot', snapshot: await currentSnapshot() });
    }
  } catch (error) {
    logError('ending the guide on a removed host', error);
  }
  await resync();
}

async function tellEveryTab(message: TabMessage): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined
        ? undefined
        : browser.tabs.sendMessage(tab.id, message).catch((error: unknown) => {
            if (!isNoReceiver(error)) logError('telling a tab the guide ended', error);
          }),
    ),
  );
}
