import { browser } from '#imports';
import { logError } from '../log';
import { readGuideState } from '../storage';
import { injectIntoOpenTabs, syncGuideScript } from './guide-script';

/**
 * Every start of the background checks that the guide script of the stored guide's kind is registered exactly
 * while a guide is active (a registration can be lost, e.g. by a browser that does not keep it across sessions).
 * After a browser start or an update, tabs loaded before the registration was back get the script too.
 */
export function restoreGuideScript(): void {
  const sync = async (inject: boolean) => {
    const state = await readGuideState();
    await syncGuideScript(state);
    if (state.active && inject) await injectIntoOpenTabs(state);
  };
  const run = (inject: boolean) => void sync(inject).catch((error: unknown) => logError('restoring the guide script', error));
  browser.runtime.onStartup.addListener(() => run(true));
  browser.runtime.onInstalled.addListener(() => run(true));
  run(false);
}
