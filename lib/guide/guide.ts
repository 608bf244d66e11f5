import { readPageFacts } from '../github/page';
import { findTokenForm, readListedNotes } from '../github/find';
import { watchPage } from '../dom/watch-page';
import type { GuideUi } from '../ui/mount';
import { STEP_IDS, type StepId } from '../steps/ids';
import type { StepDefinition } from '../steps/define-step';
import { assistForm } from './form-assistant';
import type { FormPlan } from './form-plan';
import { placeMarker } from './marker';
import { type GuideEvent, reduceGuide } from './reducer';
import { resolveStep } from './resolve';
import type { GuideState } from './schema';
import { buildView } from './build-view';
import { scrollIntoViewIfNeeded } from '../dom/scroll';
import { listenForUserActions } from './user-actions';

/** How long a step may look for its target after a page load or navigation before offering a way around. */
export const RECOVERY_DELAY_MS = 10_000;

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
  let since = performance.now();
  let arrived = true;
  let form: HTMLFormElement | undefined;
  let notices: string[] = [];
  let recoveryTimer = 0;

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
    if (arrived) {
      arrived = false;
      dispatch({ type: 'page', facts });
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
    const recovery = !found && !!current.findTarget && performance.now() - since >= RECOVERY_DELAY_MS;
    if (!found && current.findTarget && !recovery) scheduleRecoveryCheck();
    if (recovery) options.log(`step ${current.id}: target not found (${current.findTarget?.name ?? 'finder'})`);
    ui.show(buildView({ step: current, target: found, recovery, facts, notices, plan: options.plan() }), handlers);
  };

  const enterStep = (next: StepDefinition | undefined) => {
    step = next;
    target = undefined;
    since = performance.now();
    if (next && (STEP_IDS as readonly string[]).includes(next.id)) dispatch({ type: 'step', stepId: next.id as StepId });
  };

  const assistOnNewForm = (onForm: boolean) => {
    const found = onForm ? findTokenForm(document) : undefined;
    if (found === form) return;
    form = found;
    notices = found ? describeMissing(assistForm(found, state, options.plan()).missingScopes) : [];
  };

  const scheduleRecoveryCheck = () => {
    clearTimeout(recoveryTimer);
    recoveryTimer = window.setTimeout(tick, RECOVERY_DELAY_MS - (performance.now() - since) + 20);
  };

  const handlers = {
    onClose: () => dispatch({ type: 'close' }),
    onNext: () => dispatch({ type: 'next' }),
    onFinish: () => dispatch({ type: 'close' }),
  };

  listenForUserActions(signal, dispatch);
  watchPage({
    signal,
    onChange: tick,
    onNavigate: () => {
      arrived = true;
      since = performance.now();
    },
    ignore: () => ui.host,
  });
  document.addEventListener('toggle', (event) => isPagePopoverOpening(event) && ui.raise(), { signal, capture: true });
  signal.addEventListener('abort', () => {
    clearTimeout(recoveryTimer);
    placeMarker(undefined, undefined);
  });
  tick();
  return {
    receive(incoming) {
      if (JSON.stringify(incoming) === JSON.stringify(state)) return;
      state = incoming;
      tick();
    },
  };
}


function describeMissing(scopes: string[]): string[] {
  return scopes.length ? [`Could not tick ${scopes.join(', ')} on this page: please tick it yourself if you need it.`] : [];
}

/** GitHub's popover menus enter the top layer above the guide; ours must follow them there. */
function isPagePopoverOpening(event: Event): boolean {
  const opened = event.target;
  return (event as ToggleEvent).newState === 'open' && opened instanceof Element && opened.matches('[popover]');
}
