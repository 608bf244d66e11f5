import { i18n } from '#i18n';

/** The token is shown once: leaving before copying it loses it, so ask first. */
export function leaveWarning(): string {
  return i18n.t('callout.leaveWarning');
}

/**
 * Full navigations and closing the tab get the browser's own "leave site?" prompt; GitHub's
 * soft navigations (link clicks handled by Turbo or React) get a confirm first.
 */
export function guardLeaving(stepSignal: AbortSignal): void {
  // Once the user said "leave" to our question, the browser must not ask the same again.
  const guard = new AbortController();
  stepSignal.addEventListener('abort', () => guard.abort(), { signal: guard.signal });
  const signal = guard.signal;
  window.addEventListener(
    'beforeunload',
    (event) => {
      event.preventDefault();
      // Older Chromium and Firefox builds still need returnValue set to show the prompt.
      event.returnValue = leaveWarning();
    },
    { signal },
  );
  document.addEventListener(
    'click',
    (event) => {
      const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (!link || !event.isTrusted || !leavesPage(link as HTMLAnchorElement, event)) return;
      if (window.confirm(leaveWarning())) return guard.abort();
      event.preventDefault();
      event.stopImmediatePropagation();
    },
    { signal, capture: true },
  );
}

/** Links that open a new tab or window, or download, leave this page and its token where they are. */
const SAME_TAB_TARGETS = new Set(['', '_self', '_top', '_parent']);

function leavesPage(link: HTMLAnchorElement, click: MouseEvent): boolean {
  if (click.ctrlKey || click.metaKey || click.shiftKey || link.hasAttribute('download')) return false;
  if (!SAME_TAB_TARGETS.has(link.target.toLowerCase())) return false;
  const url = new URL(link.href, location.href);
  return url.pathname !== location.pathname || url.origin !== location.origin;
}
