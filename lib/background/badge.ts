import { browser } from '#imports';
import type { GuideState } from '../guide/schema';
import { STEP_IDS, stepNumber } from '../steps/ids';
import { logError } from '../log';
import { readGuideState, watchGuideState } from '../storage';

const BADGE_COLOR = '#1f6feb';

/** "5/14" on step 5 while a guide runs; empty (no badge) otherwise. */
export function badgeText(state: GuideState): string {
  if (!state.active) return '';
  const done = state.stepId ? stepNumber(state.stepId) : 0;
  return `${done}/${STEP_IDS.length}`;
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
