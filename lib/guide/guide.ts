import type { PageFacts } from '../github/page';
import { watchPage } from '../dom/watch-page';
import type { StepDefinition } from '../steps/define-step';
import { createRecoveryClock } from './recovery-clock';
import { placeMarker } from './marker';
import type { TabEvent } from './reducer';
import { createTabState } from './tab-state';
import { resolveIn } from './resolve-in';
import type { GuideHandlers, GuideView } from './view';
import type { GuideSnapshot } from './snapshot';
import { scrollIntoViewIfNeeded } from '../dom/scroll';
import { guardLeaving } from './leave-guard';
import type { GuideFlavor } from './flavor';

/** Where the guide is drawn: the content entry renders the view with its components. */
export interface GuideSurface {
  /** Our own UI's host element: its mutations are not the page's. */
  readonly host: Node | undefined;
  /** Draw the view; `handlers.onClose` also runs on Esc inside the UI. */
  draw(view: GuideView, handlers: GuideHandlers): void;
  /** Give focus back to where it was on the page before the UI took it. */
  returnFocus(): void;
  /** GitHub's own popovers join the top layer above us: step back on top of them. */
  raise(): void;
  /** Re-attach when a page swap dropped the host. */
  ensureAttached(): void;
}

export interface GuideOptions {
  signal: AbortSignal;
  /** The guide of one kind of token: its tour, page reading, form help and view (lib/guide/flavor.ts). */
  flavor: GuideFlavor;
  surface: GuideSurface;
  snapshot: GuideSnapshot;
  /** The user's edits made on this form before the guide started: applied first, and reported. */
  earlier?: TabEvent[];
  /** Reports an event to the background, which owns the state; resolves with the snapshot after it. */
  send(event: TabEvent): Promise<GuideSnapshot>;
  log(message: string): void;
}

export interface Guide {
  /** A snapshot the background handed every tab (after the popup's or another tab's events). */
  receive(snapshot: GuideSnapshot): void;
}

/** One guide per tab: derives the step from the page on every change and draws it. */
export function runGuide(options: GuideOptions): Guide {
  const { signal, surface, flavor } = options;
  let step: StepDefinition | undefined;
  let target: Element | undefined;
  let arrived = true;
  let lastHref = location.href;
  let form: HTMLFormElement | undefined;
  let notices: string[] = [];
  let stepController: AbortController | undefined;
  let loggedMissing: string | undefined;
  const clock = createRecoveryClock(signal, () => tick());

  const owned = createTabState({ snapshot: options.snapshot, send: options.send, onReplaced: () => tick(), log: options.log });
  const dispatch = (event: TabEvent) => {
    if (owned.apply(event) && owned.state.active) tick();
  };

  const tick = () => {
    if (signal.aborted || !owned.state.active) return;
    surface.ensureAttached();
    const facts = flavor.readPageFacts(document, location.href);
    // A URL change is an arrival even when the navigation announced itself with no event we know.
    if (arrived || location.href !== lastHref) {
      arrived = false;
      lastHref = location.href;
      dispatch({ type: 'page', facts, now: Date.now() });
      for (const event of flavor.arrivalEvents(facts)) dispatch(event);
    }
    const current = resolveIn(flavor.tourOf(owned.state), facts, owned.state);
    if (current !== step) enterStep(current);
    if (!current) return placeMarker(undefined, undefined);
    assistOnNewForm(facts);
    const found = current.findTarget?.(document, owned.state);
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
    const view = flavor.buildView({ step: current, target: found, recovery, facts, notices }, owned);
    surface.draw(view, handlers);
  };

  const enterStep = (next: StepDefinition | undefined) => {
    stepController?.abort();
    stepController = new AbortController();
    signal.addEventListener('abort', () => stepController?.abort(), { signal: stepController.signal });
    // The token shows once: leaving before copying it loses it.
    if (next?.id === 'copy-token' || next?.id === 'fg-copy-token') guardLeaving(stepController.signal);
    step = next;
    target = undefined;
    clock.restart();
    // The e-mail prerequisite is shown like a step but is none the state records.
    if (next && next.id !== 'verify-email') dispatch({ type: 'step', stepId: next.id });
  };

  /** Each form is helped once, on arrival; what the help did is said for as long as the form stays. */
  const assistOnNewForm = (facts: PageFacts) => {
    const found = flavor.findForm(facts);
    if (found === form) return;
    form = found;
    notices = found ? flavor.assist(found, facts, owned) : [];
  };

  const handlers: GuideHandlers = {
    onClose: () => {
      surface.returnFocus();
      dispatch({ type: 'close' });
    },
    onNext: () => dispatch({ type: 'next' }),
    onFinish: () => dispatch({ type: 'close' }),
  };

  flavor.listenForUserActions(signal, dispatch);
  watchPage({
    signal,
    onChange: tick,
    onNavigate: () => {
      arrived = true;
      clock.restart();
    },
    ignore: () => surface.host,
  });
  document.addEventListener('toggle', (event) => isPagePopoverOpening(event) && surface.raise(), { signal, capture: true });
  signal.addEventListener('abort', () => placeMarker(undefined, undefined));
  // Edits the user made on this form before the guide started are theirs: kept before the first tick.
  for (const event of options.earlier ?? []) owned.apply(event);
  tick();
  return { receive: owned.offer };
}

/** GitHub's popover menus enter the top layer above the guide; ours must follow them there. */
function isPagePopoverOpening(event: Event): boolean {
  const opened = event.target;
  return (event as ToggleEvent).newState === 'open' && opened instanceof Element && opened.matches('[popover]');
}
