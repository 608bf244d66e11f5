/** GitHub navigates without reloads: these are the signals that a new page (or frame) is in place. */
export const NAVIGATION_EVENTS = [
  'turbo:load',
  'turbo:render',
  'turbo:frame-load',
  'soft-nav:end',
  'soft-nav:react-done',
  'pjax:end',
  'popstate',
] as const;

/** Attributes that open menus, expand groups and show content; our own marker is deliberately absent. */
const WATCHED_ATTRIBUTES = ['open', 'aria-expanded', 'hidden', 'aria-hidden', 'class', 'style', 'disabled', 'checked', 'value'];

export interface PageWatchOptions {
  signal: AbortSignal;
  /** Called at most once per animation frame after the DOM changed. */
  onChange(): void;
  /** Called after GitHub navigated (full load excluded: the script starts again there). */
  onNavigate(): void;
  /** Our own UI host: its mutations are not the page's. */
  ignore?: () => Node | undefined;
}

/** One MutationObserver and the navigation events, all torn down by the signal. No polling. */
export function watchPage({ signal, onChange, onNavigate, ignore }: PageWatchOptions): void {
  let frame = 0;
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(() => ((frame = 0), onChange()));
  };
  const observer = new MutationObserver((records) => {
    const own = ignore?.();
    if (own && records.every((r) => own.contains(r.target) || [...r.addedNodes].includes(own))) return;
    schedule();
  });
  observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES, characterData: false });
  const navigate = () => {
    onNavigate();
    schedule();
  };
  for (const type of NAVIGATION_EVENTS) {
    (type === 'popstate' ? window : document).addEventListener(type, navigate, { signal });
  }
  // Popovers and <details> open without a DOM mutation we can rely on; their toggle events do not bubble.
  document.addEventListener('toggle', schedule, { signal, capture: true });
  // Typing and ticking change the form without mutations; the callout's "Next" depends on them.
  document.addEventListener('input', schedule, { signal, capture: true });
  document.addEventListener('change', schedule, { signal, capture: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    cancelAnimationFrame(frame);
  });
}
