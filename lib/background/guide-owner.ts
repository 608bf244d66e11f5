import { browser } from '#imports';
import { logError } from '../log';
import { type GuideEvent, reduceGuide } from '../guide/reducer';
import { guideStateSchema, type GuideState } from '../guide/schema';
import type { GuideSnapshot, TabMessage } from '../guide/snapshot';
import { formPlanFromParsed, unreadableSettingsPlan } from '../guide/form-plan';
import { fineGrainedPlanFromParsed } from '../fine-grained/plan-from-settings';
import { DEFAULT_SETTINGS } from '../settings/schema';
import { readGuideState, readSettings, updateGuideState, watchSettings } from '../storage';
import { guidePageMatches, neededScript, syncGuideScript } from './guide-script';
import { isNoReceiver } from './tab-messages';

/**
 * The one writer of the guide state. Tabs and the popup send events; here they are reduced one at a
 * time, in arrival order, with the pure reducer, checked against the schema, stored, and every
 * GitHub tab is handed the result. Two tabs can no longer overwrite each other's progress.
 */
let queue: Promise<unknown> = Promise.resolve();
let lastRevision = 0;

export function applyGuideEvent(event: GuideEvent): Promise<GuideSnapshot> {
  const run = queue.then(async () => {
    let before: GuideState | undefined;
    const after = await updateGuideState((state) => {
      before = state;
      return checked(state, reduceGuide(state, event));
    });
    const snapshot = await snapshotOf(after);
    if (before && before !== after) await announce(before, after, snapshot);
    return snapshot;
  });
  queue = run.catch((error: unknown) => logError(`guide event ${event.type}`, error));
  return run;
}

/** A state the reducer should never make is not stored: the guide stays where it was, and says so in the log. */
function checked(before: GuideState, after: GuideState): GuideState {
  if (after === before) return before;
  const result = guideStateSchema.safeParse(after);
  if (result.success) return result.data;
  logError('guide state', result.error);
  return before;
}

/**
 * The sender gets the same snapshot every tab gets: one settings read and one revision per change. A guide that
 * starts, ends or changes its kind of token changes the registered script.
 */
async function announce(before: GuideState, after: GuideState, snapshot: GuideSnapshot): Promise<void> {
  if (neededScript(before) !== neededScript(after)) await syncGuideScript(after);
  await broadcast(snapshot);
}

export async function currentSnapshot(): Promise<GuideSnapshot> {
  return snapshotOf(await readGuideState());
}

/** Revisions grow across service-worker restarts too: the clock is the floor. */
function nextRevision(): number {
  lastRevision = Math.max(lastRevision + 1, Date.now());
  return lastRevision;
}

/** The plans for either kind's form travel with every snapshot: a tab may show either form. */
async function snapshotOf(state: GuideState): Promise<GuideSnapshot> {
  const now = new Date();
  const browser = import.meta.env.BROWSER;
  try {
    const parsed = await readSettings();
    const plan = formPlanFromParsed(parsed, now, browser);
    return { revision: nextRevision(), state, plan, fineGrainedPlan: fineGrainedPlanFromParsed(parsed, now, browser), presetId: parsed.settings.presetId };
  } catch (error) {
    // Unreadable settings give the narrowest plans, and the forms say so (the fallback notices).
    logError('reading settings for the guide', error);
    const plan = unreadableSettingsPlan(now, browser);
    const fineGrainedPlan = fineGrainedPlanFromParsed({ settings: DEFAULT_SETTINGS, fineGrainedPresetFallback: { stored: undefined } }, now, browser);
    return { revision: nextRevision(), state, plan, fineGrainedPlan, presetId: DEFAULT_SETTINGS.presetId };
  }
}

/** Every GitHub tab (github.com, added hosts) with a guide script gets the snapshot; tabs without one have no receiver. */
export async function broadcast(snapshot: GuideSnapshot): Promise<void> {
  const message: TabMessage = { type: 'guide-snapshot', snapshot };
  const tabs = await browser.tabs.query({ url: await guidePageMatches() });
  await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined) return;
      try {
        await browser.tabs.sendMessage(tab.id, message);
      } catch (error) {
        if (!isNoReceiver(error)) logError('handing a tab the guide state', error);
      }
    }),
  );
}

/** Changed settings change what the form should hold: tabs get a new snapshot at once. */
export function followSettings(): void {
  watchSettings(() => void currentSnapshot().then(broadcast).catch((error: unknown) => logError('guide settings', error)));
}
