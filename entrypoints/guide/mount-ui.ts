import { type ComponentChild, render } from 'preact';
import { readGitHubTheme } from '@/lib/ui/theme';
import css from '@/components/guide.css?inline';

export interface GuideUi {
  host: HTMLElement;
  /** Draw; `onEscape` runs when Esc is pressed inside the UI, then focus returns to the page. */
  show(content: ComponentChild, onEscape: () => void): void;
  /** Give focus back to where it was on the page before the UI took it. */
  returnFocus(): void;
  /** GitHub's own popovers join the top layer above us: step back on top of them. */
  raise(): void;
  /** Re-attach when a page swap dropped the host. */
  ensureAttached(): void;
  remove(): void;
}

/** Keys typed in the UI stay in it: GitHub's hotkeys (s, g n, ?) must not fire while the user types there. */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'];

/**
 * One `<pat-pilot-ui>` host with an open shadow root, under <html> rather than <body>, which Turbo
 * replaces on every visit. Built by hand: WXT's shadow-root UI brings five packages (8 kB minified)
 * for what these lines do.
 */
export async function mountGuideUi(signal: AbortSignal, moreCss = ''): Promise<GuideUi> {
  const host = document.createElement('pat-pilot-ui');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  // Page styles never reach in: the host resets what it would inherit.
  // `moreCss`: the stylesheet of what only some scripts draw (components/scopes.css).
  style.textContent = `:host{all:initial !important;}\n${css}\n${moreCss}`;
  const root = document.createElement('div');
  shadow.append(style, root);
  for (const type of ISOLATED_EVENTS) root.addEventListener(type, (event) => event.stopPropagation(), { signal });
  document.documentElement.append(host);
  const remove = () => {
    render(null, root);
    host.remove();
  };
  // A copy of the script ended by a newer one while it waited for the background must leave nothing behind.
  if (signal.aborted) remove();
  else signal.addEventListener('abort', remove, { once: true });
  root.className = 'root';
  root.setAttribute('popover', 'manual');
  const raise = () => {
    if (typeof root.showPopover !== 'function') return;
    if (root.matches(':popover-open')) root.hidePopover();
    root.showPopover();
  };
  raise();
  let lastFocus: HTMLElement | null = null;
  root.addEventListener(
    'focusin',
    (event) => {
      const from = (event as FocusEvent).relatedTarget;
      if (from instanceof HTMLElement && !host.contains(from)) lastFocus = from;
    },
    { signal },
  );
  // One listener for the UI's life; each `show` names what Esc does now.
  let onEscapeNow = () => {};
  root.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Escape') return;
      onEscapeNow();
      lastFocus?.focus();
    },
    { signal },
  );
  return {
    host,
    show(content, onEscape) {
      root.className = `root theme-${readGitHubTheme()}`;
      onEscapeNow = onEscape;
      render(content, root);
    },
    returnFocus: () => lastFocus?.focus(),
    raise,
    ensureAttached() {
      if (!host.isConnected) document.documentElement.append(host);
    },
    remove,
  };
}
