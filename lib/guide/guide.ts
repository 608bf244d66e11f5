import { h } from 'preact';
import { GuideOverlay } from '@/components/GuideOverlay';
import { readPageFacts } from '../github/page';
import { findTokenForm, readListedNotes } from '../github/find';
import { watchPage } from '../dom/watch-page';
import type { GuideUi } from '../ui/mount';
import { STEP_IDS, type StepId } from '../steps/ids';
import type { StepDefinition } from '../steps/define-step';
import { assistForm } from './form-assistant';
import { createRecoveryClock } from './recovery-clock';
import type { FormPlan } from './form-plan';
import { placeMarker } from './marker';
import { type GuideEvent, reduceGuide } from './reducer';
import { resolveStep } from './resolve';
import type { GuideState } from './schema';
import { buildView, describeAssist } from './build-view';
import { scrollIntoViewIfNeeded } from '../dom/scroll';
import { listenForUserActions } from './user-actions';
import { guardLeaving } from './leave-guard';

export interface GuideOptions {
  signal: AbortSignal;
  ui: GuideUi;
  state: GuideState;
  plan: () => FormPlan;
  persist(state: GuideState): void;
  log(message: string): void;
}

export interface Guide {
  /** State written elsewhere (popup, another tab). */
  receive(state: GuideState): void;
}

/** One guide per tab: derives the step from the page on every change and draws it. */
export function runGuide(options: GuideOptions): Guide {
  const { signal, ui } = options;
  let state = options.state;
  let step: StepDefinition | undefined;
  let target: Element | undefined;
  let arrived = true;
  let lastHref = location.href;
  let form: HTMLFormElement | undefined;
  let notices: string[] = [];
  let stepController: AbortController | undefined;
  let loggedMissing: string | undefined;

  /** The fast path checks the form against what its URL asked for; the tour against the settings. */
  const plan = () => state.fastPlan ?? options.plan();
  const clock = createRecoveryClock(signal, () => tick());

  const dispatch = (event: GuideEvent) => {
    const next = reduceGuide(state, event);
    if (next === state) return;
    state = next;
    options.persist(state);
    if (state.active) tick();
  };

  const tick = () => {
    if (signal.aborted || !state.active) return;
    ui.ensureAttached();
    const facts = readPageFacts(document, location.href);
    // A URL change is an arrival even when the navigation announced itself with no event we know.
    if (arrived || location.href !== lastHref) {
      arrived = false;
      lastHref = location.href;
      dispatch({ type: 'page', facts, now: Date.now() });
      if (facts.kind === 'token-list') dispatch({ type: 'notes-listed', notes: readListedNotes(document) });
    }
    const current = resolveStep(facts, state);
    if (current !== step) enterStep(current);
    if (!current) return placeMarker(undefined, undefined);
    assistOnNewForm(facts.kind === 'token-form');
    const found = current.findTarget?.(document);
    if (found !== target) {
      target = found;
      if (found) scrollIntoViewIfNeeded(found);
    }
    placeMarker(current.marks === false ? undefined : found, current.id);
    const recovery = !found && !!current.findTarget && clock.isDue();
    if (!found && current.findTarget && !recovery) clock.arm();
    if (recovery && loggedMissing !== current.id) {
      loggedMissing = current.id;
      options.log(`step ${current.id}: target not found by ${current.findTarget?.name || 'its finder'} on ${location.pathname}`);
    }
    const view = buildView({ step: current, target: found, recovery, facts, notices, plan: plan(), settingsPlan: options.plan() });
    ui.show(h(GuideOverlay, { view, ...handlers }), handlers.onClose);
  };

  const enterStep = (next: StepDefinition | undefined) => {
    stepController?.abort();
    stepController = new AbortController();
    signal.addEventListener('abort', () => stepController?.abort(), { signal: stepController.signal });
    if (next?.id === 'copy-token') guardLeaving(stepController.signal);
    step = next;
    target = undefined;
    clock.restart();
    if (next && (STEP_IDS as readonly string[]).includes(next.id)) dispatch({ type: 'step', stepId: next.id as StepId });
  };

  const assistOnNewForm = (onForm: boolean) => {
    const found = onForm ? findTokenForm(document) : undefined;
    if (found === form) return;
    form = found;
    notices = found ? describeAssist(assistForm(found, state, plan()), state.fastPath) : [];
  };

  const handlers = {
    onClose: () => {
      ui.returnFocus();
      dispatch({ type: 'close' });
    },
    onNext: () => dispatch({ type: 'next' }),
    onFinish: () => dispatch({ type: 'close' }),
  };

  listenForUserActions(signal, dispatch);
  watchPage({
    signal,
    onChange: tick,
    onNavigate: () => {
      arrived = true;
      clock.restart();
    },
    ignore: () => ui.host,
  });
  document.addEventListener('toggle', (event) => isPagePopoverOpening(event) && ui.raise(), { signal, capture: true });
  signal.addEventListener('abort', () => placeMarker(undefined, undefined));
  tick();
  return {
    receive(incoming) {
      if (JSON.stringify(incoming) === JSON.stringify(state)) return;
      state = incoming;
      tick();
    },
  };
}

/** GitHub's popover menus enter the top layer above the guide; ours must follow them there. */
function isPagePopoverOpening(event: Event): boolean {
  const opened = event.target;
  return (event as ToggleEvent).newState === 'open' && opened instanceof Element && opened.matches('[popover]');
}
