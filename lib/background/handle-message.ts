import { browser, type Browser } from '#imports';
import { logError } from '../log';
import type { Message } from '../messages';
import type { PresetChoice } from '../presets';
import { readSettings } from '../storage';
import { isGitHubUrl } from '../github/urls';
import { browserDisplayName } from '../settings/note';
import { tokenRequest } from '../settings/token-request';
import { formPlanFromRequest } from '../guide/form-plan';
import type { GuideSnapshot } from '../guide/snapshot';
import { asGuideEvent } from '../guide/event-schema';
import { acceptMessage } from './accept-message';
import { applyGuideEvent, currentSnapshot } from './guide-owner';
import { injectGuideScript, injectIntoOpenTabs, injectPrefillReview } from './guide-script';
import { renewFromPopup } from './renewal';

const GITHUB_HOME = 'https://github.com/';

/**
 * The background's onMessage listener. Refused messages are ignored rather than answered, so
 * nothing leaks to other senders. A failure is logged here, where the work happened (the popup
 * has often closed by then), and still answered, so a sender that waits learns of it.
 */
export function receiveMessage(raw: unknown, sender: Browser.runtime.MessageSender): Promise<GuideSnapshot | void> | undefined {
  const message = acceptMessage(raw, sender);
  if (!message) return undefined;
  return handleMessage(message, sender.tab?.id).catch((error: unknown) => {
    logError(`${message.type} message`, error);
    throw error;
  });
}

export async function handleMessage(message: Message, tabId?: number): Promise<GuideSnapshot | void> {
  switch (message.type) {
    case 'start-guide':
      return startGuide(message.restart);
    case 'open-prefilled-form':
      return openPrefilledForm(message.presetId);
    case 'start-renewal':
      return renewFromPopup(message.reminder);
    case 'guide-hello':
      return currentSnapshot();
    case 'guide-event':
      return applyGuideEvent(asGuideEvent(message.event));
    case 'form-reached':
      // While a guide runs, the registered guide script is on that page already: a second copy would race it.
      if (tabId === undefined || (await currentSnapshot()).state.active) return;
      return message.prefillLink ? injectPrefillReview(tabId) : injectGuideScript(tabId);
      return;
  }
}

/**
 * Start or resume: the guide script is registered for github.com (guide-owner.ts), reaches the
 * github.com tabs already open, and a new github.com tab opens when the active tab is elsewhere.
 */
async function startGuide(restart: boolean): Promise<void> {
  const { state } = await currentSnapshot();
  if (restart || !state.active) await applyGuideEvent({ type: 'start', now: Date.now() });
  await injectIntoOpenTabs();
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (!tab?.url || !isGitHubUrl(tab.url)) await browser.tabs.create({ url: GITHUB_HOME, active: true });
}

/**
 * Fast path: GitHub's form opens filled in, and the guide starts in fast-path mode so the
 * guide script checks what GitHub really rendered. A new tab keeps whatever the user was
 * doing in the current one.
 */
async function openPrefilledForm(presetId: PresetChoice): Promise<void> {
  const { settings } = await readSettings();
  const request = tokenRequest({ ...settings, presetId }, new Date(), browserDisplayName(import.meta.env.BROWSER));
  const fastPlan = formPlanFromRequest(request, new Date());
  await applyGuideEvent({ type: 'start', now: Date.now(), fastPlan });
  await injectIntoOpenTabs();
  await browser.tabs.create({ url: request.prefillUrl, active: true });
}
