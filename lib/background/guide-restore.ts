import { browser } from '#imports';
import { logError } from '../log';
import { readGuideState } from '../storage';
import { injectIntoOpenTabs, syncGuideScript } from './guide-script';

/**
 * Every start of the background checks that the guide script is registered exactly while a guide
 * is active (a registration can be lost, e.g. by a browser that does not keep it across sessions).
 * After a browser start or an update, tabs loaded before the registration was back get the script too.
 */
export function restoreGuideScript(): void {
  const sync = async (inject: boolean) => {
    const { active } = await readGuideState();
    await syncGuideScript(active);
    if (active && inject) await injectIntoOpenTabs();
  };
  const run = (inject: boolean) => void sync(inject).catch((error: unknown) => logError('restoring the guide script', error));
  browser.runtime.onStartup.addListener(() => run(true));
  browser.runtime.onInstalled.addListener(() => run(true));
  run(false);
}
