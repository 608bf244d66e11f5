import { browser } from '#imports';
import { destinationOn, fineGrainedRegenerateUrl, fineGrainedTokensUrl, regenerateUrl } from '../github/urls';
import { hostToGuide } from '../hosts';
import type { RenewTarget } from '../guide/schema';
import { notificationsApi } from '../reminders/apis';
import { keyOfNotification } from '../reminders/names';
import { reminderOfNotification } from '../reminders/notify';
import { reminderKey, reminderOrigin, reminderTokenKind, type Reminder } from '../reminders/plan';
import { readReminders } from '../storage';
import type { TokenKind } from '../token-kinds';
import { applyGuideEvent } from './guide-owner';
import { injectIntoOpenTabs } from './guide-script';

/**
 * A renewal guide, started from a reminder (its notification, or "Renew" beside it in the popup) or from the
 * popup's "Renew a token" for a token PAT Pilot never saw. With the token's id it opens GitHub's regenerate form,
 * as GitHub's own expiry e-mail does; otherwise the token list, where the guide marks the token or the user picks.
 * Both on the host that made the token (a reminder's), or on `origin` for a token PAT Pilot never saw; a host the
 * user removed since is refused, as for any guide. A fine-grained token's reminder renews it on the fine-grained
 * pages, with the fine-grained guide; a token PAT Pilot never saw is a classic one.
 */
export async function startRenewal(reminder: Reminder | undefined, origin?: string): Promise<void> {
  const host = await hostToGuide(reminder ? reminderOrigin(reminder) : origin);
  const target: RenewTarget = { tokenId: reminder?.tokenId ?? null, note: reminder?.note ?? null };
  const tokenKind = reminderTokenKind(reminder);
  const { state } = await applyGuideEvent({ type: 'start', now: Date.now(), renew: target, origin: host, tokenKind });
  await injectIntoOpenTabs(state);
  await browser.tabs.create({ url: renewalPage(host, tokenKind, target.tokenId), active: true });
}

/** The token's regenerate form when its id is known, else the list of its kind's tokens. */
function renewalPage(origin: string, kind: TokenKind, tokenId: string | null): string {
  if (kind === 'fine-grained') return tokenId ? fineGrainedRegenerateUrl(origin, tokenId) : fineGrainedTokensUrl(origin);
  return tokenId ? regenerateUrl(origin, tokenId) : destinationOn(origin, 'tokens');
}

/**
 * The popup names a stored reminder by its key, or none ("Renew a token", on the popup's host); a key no longer
 * stored renews by picking.
 */
export async function renewFromPopup(key: string | null, origin?: string): Promise<void> {
  const reminder = key === null ? undefined : (await readReminders()).find((item) => reminderKey(item) === key);
  await startRenewal(reminder, origin);
}

/** A click on a reminder's notification renews its token; the notification has done its work. */
export async function renewFromNotification(id: string): Promise<void> {
  if (keyOfNotification(id) === undefined) return;
  await startRenewal(reminderOfNotification(id, await readReminders()));
  await notificationsApi()?.clear(id);
}
