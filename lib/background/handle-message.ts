import { browser, type Browser } from '#imports';
import { logError } from '../log';
import type { Message } from '../messages';
import type { PresetChoice } from '../presets';
import { readSettings } from '../storage';
import { destinationOn, originOf } from '../github/urls';
import { grantedHosts, hostToGuide } from '../hosts';
import { browserDisplayName } from '../settings/note';
import { tokenRequest } from '../settings/token-request';
import { formPlanFromRequest } from '../guide/form-plan';
import type { GuideSnapshot } from '../guide/snapshot';
import { asGuideEvent } from '../guide/event-schema';
import { acceptMessage, needsHostCheck } from './accept-message';
import { applyGuideEvent, currentSnapshot } from './guide-owner';
import { injectIntoOpenTabs, injectPrefillReview, injectPresetOffer } from './guide-script';
import { renewFromPopup } from './renewal';
import type { TokenKind } from '../token-kinds';
import { chooseTokenKind, defaultTokenKind, openFineGrainedForm } from './fine-grained-messages';

/**
 * The background's onMessage listener. Refused messages are ignored rather than answered, so
 * nothing leaks to other senders. A failure is logged here, where the work happened (the popup
 * has often closed by then), and still answered, so a sender that waits learns of it.
 */
export function receiveMessage(raw: unknown, sender: Browser.runtime.MessageSender): Promise<GuideSnapshot | void> | undefined {
  if (needsHostCheck(sender)) return grantedHosts().then((hosts) => handleAccepted(acceptMessage(raw, sender, hosts), sender));
  return handleAccepted(acceptMessage(raw, sender), sender);
}

function handleAccepted(message: Message | undefined, sender: Browser.runtime.MessageSender): Promise<GuideSnapshot | void> | undefined {
  if (!message) return undefined;
  return handleMessage(message, sender.tab?.id).catch((error: unknown) => {
    logError(`${message.type} message`, error);
    throw error;
  });
}

export async function handleMessage(message: Message, tabId?: number): Promise<GuideSnapshot | void> {
  switch (message.type) {
    case 'start-guide':
      return startGuide(message.restart, await hostToGuide(message.origin), message.tokenKind);
    case 'open-prefilled-form':
      return openPrefilledForm(message.presetId, await hostToGuide(message.origin));
    case 'open-fine-grained-form':
      return openFineGrainedForm(message.presetId, await hostToGuide(message.origin));
    case 'choose-token-kind':
      return chooseTokenKind(message.kind, message.purpose, message.facts);
    case 'start-renewal':
      return renewFromPopup(message.reminder, message.origin);
    case 'guide-hello':
      return currentSnapshot();
    case 'guide-event':
      return applyGuideEvent(asGuideEvent(message.event));
    case 'form-reached':
      // While a guide runs, the registered guide script is on that page already: a second copy would race it.
      if (tabId === undefined || (await currentSnapshot()).state.active) return;
      return message.prefillLink ? injectPrefillReview(tabId) : injectPresetOffer(tabId);
  }
}

/**
 * Start or resume: the guide script of the token's kind is registered for GitHub's hosts (guide-owner.ts), reaches
 * the tabs already open, and a new tab on the guide's host opens when the active tab is elsewhere. A guide running
 * on another host is started again on this one. `named`: the kind the popup asks for; a creation of the other kind
 * starts over for it. Without one, a running guide resumes as it is, and a new one makes the settings' default kind.
 */
async function startGuide(restart: boolean, origin: string, named: TokenKind | undefined): Promise<void> {
  let { state } = await currentSnapshot();
  const otherKind = named !== undefined && state.kind === 'create' && state.tokenKind !== named;
  if (restart || !state.active || state.origin !== origin || otherKind) {
    ({ state } = await applyGuideEvent({ type: 'start', now: Date.now(), origin, tokenKind: named ?? (await defaultTokenKind()) }));
  }
  await injectIntoOpenTabs(state);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (!tab?.url || originOf(tab.url) !== origin) await browser.tabs.create({ url: destinationOn(origin, 'home'), active: true });
}

/**
 * Fast path: GitHub's form opens filled in, and the guide starts in fast-path mode so the
 * guide script checks what GitHub really rendered. A new tab keeps whatever the user was
 * doing in the current one.
 */
async function openPrefilledForm(presetId: PresetChoice, origin: string): Promise<void> {
  const { settings } = await readSettings();
  const request = tokenRequest({ ...settings, presetId }, new Date(), browserDisplayName(import.meta.env.BROWSER), origin);
  const fastPlan = formPlanFromRequest(request, new Date());
  const { state } = await applyGuideEvent({ type: 'start', now: Date.now(), fastPlan, origin });
  await injectIntoOpenTabs(state);
  await browser.tabs.create({ url: request.prefillUrl, active: true });
}
