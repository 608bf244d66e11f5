import { h, render } from 'preact';
import { type ContentScriptContext, createShadowRootUi } from '#imports';
import { GuideOverlay } from '@/components/GuideOverlay';
import type { GuideHandlers, GuideView } from '../guide/view';
import { readGitHubTheme } from './theme';
import css from './guide.css?inline';

export interface GuideUi {
  host: HTMLElement;
  show(view: GuideView, handlers: GuideHandlers): void;
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
  root.addEventListener('focusin', (event) => {
    const from = (event as FocusEvent).relatedTarget;
    if (from instanceof HTMLElement && !ui.shadowHost.contains(from)) lastFocus = from;
  });
  return {
    host: ui.shadowHost,
    show(view, handlers) {
      root.className = `root theme-${readGitHubTheme()}`;
      const close = () => {
        handlers.onClose();
        lastFocus?.focus();
      };
      root.onkeydown = (event) => {
        if (event.key === 'Escape') close();
      };
      render(h(GuideOverlay, { view, ...handlers, onClose: close }), root);
    },
    raise,
    ensureAttached() {
      if (!ui.shadowHost.isConnected) document.documentElement.append(ui.shadowHost);
    },
    remove: () => ui.remove(),
  };
}
