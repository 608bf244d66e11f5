import { browser, type Browser } from '#imports';
import { logError } from '../log';
import type { Message } from '../messages';
import type { PresetChoice } from '../presets';
import { reduceGuide } from '../guide/reducer';
import { readSettings, updateGuideState } from '../storage';
import { isGitHubUrl } from '../github/urls';
import { browserDisplayName } from '../settings/note';
import { tokenRequest } from '../settings/token-request';
import { formPlanFromRequest } from '../guide/form-plan';
import { acceptMessage } from './accept-message';

const GITHUB_HOME = 'https://github.com/';

/**
 * The background's onMessage listener. Refused messages are ignored rather than answered, so
 * nothing leaks to other senders. A failure is logged here, where the work happened (the popup
 * has often closed by then), and still answered, so a sender that waits learns of it.
 */
export function receiveMessage(raw: unknown, sender: Browser.runtime.MessageSender): Promise<void> | undefined {
  const message = acceptMessage(raw, sender);
  if (!message) return undefined;
  return handleMessage(message).catch((error: unknown) => {
    logError(`${message.type} message`, error);
    throw error;
  });
}

export async function handleMessage(message: Message): Promise<void> {
  switch (message.type) {
    case 'start-guide':
      return startGuide(message.restart);
    case 'open-prefilled-form':
      return openPrefilledForm(message.presetId);
  }
}

/** Start or resume: the content script watches the stored state and takes it from there. */
async function startGuide(restart: boolean): Promise<void> {
  await updateGuideState((state) =>
    restart || !state.active ? reduceGuide(state, { type: 'start', now: Date.now() }) : state,
  );
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (!tab?.url || !isGitHubUrl(tab.url)) await browser.tabs.create({ url: GITHUB_HOME, active: true });
}

/**
 * Fast path: GitHub's form opens filled in, and the guide starts in fast-path mode so the
 * content script checks what GitHub really rendered. A new tab keeps whatever the user was
 * doing in the current one.
 */
async function openPrefilledForm(presetId: PresetChoice): Promise<void> {
  const { settings } = await readSettings();
  const request = tokenRequest({ ...settings, presetId }, new Date(), browserDisplayName(import.meta.env.BROWSER));
  const fastPlan = formPlanFromRequest(request, new Date());
  await updateGuideState((state) => reduceGuide(state, { type: 'start', now: Date.now(), fastPlan }));
  await browser.tabs.create({ url: request.prefillUrl, active: true });
}
