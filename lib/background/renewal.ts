import { browser } from '#imports';
import { DESTINATIONS, regenerateUrl } from '../github/urls';
import type { RenewTarget } from '../guide/schema';
import { notificationsApi } from '../reminders/apis';
import { keyOfNotification } from '../reminders/names';
import { reminderOfNotification } from '../reminders/notify';
import { reminderKey, type Reminder } from '../reminders/plan';
import { readReminders } from '../storage';
import { applyGuideEvent } from './guide-owner';
import { injectIntoOpenTabs } from './guide-script';

/**
 * A renewal guide, started from a reminder (its notification, or "Renew" beside it in the popup) or from the
 * popup's "Renew a token" for a token PAT Pilot never saw. With the token's id it opens GitHub's regenerate form,
 * as GitHub's own expiry e-mail does; otherwise the token list, where the guide marks the token or the user picks.
 */
export async function startRenewal(reminder: Reminder | undefined): Promise<void> {
  const target: RenewTarget = { tokenId: reminder?.tokenId ?? null, note: reminder?.note ?? null };
  await applyGuideEvent({ type: 'start', now: Date.now(), renew: target });
  await injectIntoOpenTabs();
  await browser.tabs.create({ url: target.tokenId ? regenerateUrl(target.tokenId) : DESTINATIONS.tokens, active: true });
}

/** The popup names a stored reminder by its key, or none ("Renew a token"); a key no longer stored renews by picking. */
export async function renewFromPopup(key: string | null): Promise<void> {
  const reminder = key === null ? undefined : (await readReminders()).find((item) => reminderKey(item) === key);
  await startRenewal(reminder);
}

/** A click on a reminder's notification renews its token; the notification has done its work. */
export async function renewFromNotification(id: string): Promise<void> {
  if (keyOfNotification(id) === undefined) return;
  await startRenewal(reminderOfNotification(id, await readReminders()));
  await notificationsApi()?.clear(id);
}
