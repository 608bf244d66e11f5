import { type ComponentChild, render } from 'preact';
import { type ContentScriptContext, createShadowRootUi } from '#imports';
import { readGitHubTheme } from './theme';
import css from './guide.css?inline';

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

/** One `<pat-pilot-ui>` host with an open shadow root; events inside it never reach GitHub's hotkeys. */
export async function mountGuideUi(ctx: ContentScriptContext): Promise<GuideUi> {
  const root = document.createElement('div');
  const ui = await createShadowRootUi(ctx, {
    name: 'pat-pilot-ui',
    position: 'inline',
    // Under <html>, not <body>: Turbo replaces <body> on every visit.
    anchor: document.documentElement,
    isolateEvents: true,
    css,
    onMount: (container) => container.append(root),
    onRemove: () => render(null, root),
  });
  ui.mount();
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
      if (from instanceof HTMLElement && !ui.shadowHost.contains(from)) lastFocus = from;
    },
    { signal: ctx.signal },
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
    { signal: ctx.signal },
  );
  return {
    host: ui.shadowHost,
    show(content, onEscape) {
      root.className = `root theme-${readGitHubTheme()}`;
      onEscapeNow = onEscape;
      render(content, root);
    },
    returnFocus: () => lastFocus?.focus(),
    raise,
    ensureAttached() {
      if (!ui.shadowHost.isConnected) document.documentElement.append(ui.shadowHost);
    },
    remove: () => ui.remove(),
  };
}
