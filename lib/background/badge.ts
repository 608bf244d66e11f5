import { browser } from '#imports';
import type { GuideState } from '../guide/schema';
import { stepPosition } from '../steps/ids';
import { FINE_GRAINED_RENEWAL_STEP_ORDER } from '../fine-grained/renewal-order';
import { logError } from '../log';
import { readGuideState, watchGuideState } from '../storage';

const BADGE_COLOR = '#1f6feb';

/**
 * "5/14" on step 5 while a guide runs, counted in its own guide ("3/7" in a renewal; a fine-grained token's guide
 * and renewal in their own orders); empty (no badge) otherwise.
 */
export function badgeText(state: GuideState): string {
  if (!state.active) return '';
  const { number, total } = position(state);
  return `${number}/${total}`;
}

function position({ kind, tokenKind, stepId }: GuideState): { number: number; total: number } {
  if (kind !== 'renew' || tokenKind !== 'fine-grained') return stepPosition(kind, stepId ?? '', tokenKind);
  const order: readonly string[] = FINE_GRAINED_RENEWAL_STEP_ORDER;
  return { number: order.indexOf(stepId ?? '') + 1, total: order.length };
}

/** Chrome MV3 has `action`; Firefox MV2 has `browserAction`. */
function toolbarButton(): typeof browser.action {
  return browser.action ?? browser.browserAction;
}

export async function showBadge(state: GuideState): Promise<void> {
  const button = toolbarButton();
  const text = badgeText(state);
  if (text) await button.setBadgeBackgroundColor({ color: BADGE_COLOR });
  await button.setBadgeText({ text });
}

/** Keeps the badge in step with the stored guide state; returns the stop function. */
export function startBadge(): () => void {
  const show = (state: GuideState) => void showBadge(state).catch((error: unknown) => logError('badge', error));
  void readGuideState().then(show, (error: unknown) => logError('badge', error));
  return watchGuideState(show);
}
