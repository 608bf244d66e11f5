import type { FormPlan } from './form-plan';
import type { FineGrainedPlan } from '../fine-grained/plan';
import { type TabEvent, reduceGuide } from './reducer';
import type { GuideState } from './schema';
import type { GuideSnapshot } from './snapshot';

export interface TabStateOptions {
  snapshot: GuideSnapshot;
  /** Reports an event to the background, which owns the state; resolves with the snapshot after it. */
  send(event: TabEvent): Promise<GuideSnapshot>;
  /** A snapshot replaced what this tab held. */
  onReplaced(): void;
  log(message: string): void;
}

export interface TabState {
  readonly state: GuideState;
  /** The settings' plan for the form. */
  readonly settingsPlan: FormPlan;
  /** The settings' plan for a fine-grained token, when the background sent one. */
  readonly settingsFineGrainedPlan: FineGrainedPlan | undefined;
  /** Apply a page event here at once and report it; false when it changed nothing. */
  apply(event: TabEvent): boolean;
  /** A snapshot the background handed every tab. */
  offer(snapshot: GuideSnapshot): void;
}

/**
 * This tab's copy of the guide state. The page's events are applied here at once (the same pure
 * reducer the background runs), so the guide answers within the frame; the background's snapshot
 * then replaces this copy. While events of this tab are on their way, snapshots wait: one taken then
 * could lack them and step back. Revisions order snapshots however the browser delivers them.
 */
export function createTabState(options: TabStateOptions): TabState {
  let { state, plan: settingsPlan, revision, fineGrainedPlan } = options.snapshot;
  let inFlight = 0;
  let newest: GuideSnapshot | undefined;

  const adoptNewest = () => {
    if (inFlight > 0 || !newest || newest.revision <= revision) return;
    const taken = newest;
    revision = taken.revision;
    const changed = JSON.stringify([taken.state, taken.plan]) !== JSON.stringify([state, settingsPlan]);
    [state, settingsPlan, fineGrainedPlan] = [taken.state, taken.plan, taken.fineGrainedPlan];
    if (changed) options.onReplaced();
  };
  const offer = (snapshot: GuideSnapshot) => {
    if (!newest || snapshot.revision > newest.revision) newest = snapshot;
    adoptNewest();
  };
  const report = (event: TabEvent) => {
    inFlight++;
    options.send(event).then(
      (snapshot) => {
        inFlight--;
        offer(snapshot);
      },
      (error: unknown) => {
        inFlight--;
        options.log(`the background did not take ${event.type}: ${error instanceof Error ? error.message : String(error)}`);
        adoptNewest();
      },
    );
  };
  return {
    get state() {
      return state;
    },
    get settingsPlan() {
      return settingsPlan;
    },
    get settingsFineGrainedPlan() {
      return fineGrainedPlan;
    },
    apply(event) {
      const next = reduceGuide(state, event);
      if (next === state) return false;
      state = next;
      report(event);
      return true;
    },
    offer,
  };
}
