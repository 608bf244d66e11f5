import type { PresetChoice } from '../presets';
import type { FormPlan } from './form-plan';
import type { GuideState } from './schema';
import type { FineGrainedPlan } from '../fine-grained/plan';

/**
 * What the background hands every tab: the guide state it owns, and what the settings ask the form
 * to hold, so the guide script on GitHub's pages reads neither storage nor settings itself.
 * `revision` grows with every change, so a tab never takes an older snapshot over a newer one
 * however the browser orders their delivery.
 */
export interface GuideSnapshot {
  revision: number;
  state: GuideState;
  /** The settings' plan for the token form. */
  plan: FormPlan;
  /** The preset the settings name, for the offer's wording. */
  presetId: PresetChoice;
  /**
   * The settings' plan for a fine-grained token: the fine-grained form is checked against it off the fast path.
   * Optional so a classic snapshot needs none; the background fills it for every fine-grained guide.
   */
  fineGrainedPlan?: FineGrainedPlan;
}

/** Background → guide script. Sent with tabs.sendMessage, so only this extension can send them. */
export type TabMessage = { type: 'guide-snapshot'; snapshot: GuideSnapshot } | { type: 'guide-ping' };
