import { i18n } from '#i18n';

/** The token is shown once: leaving before copying it loses it, so ask first. */
export function leaveWarning(): string {
  return i18n.t('callout.leaveWarning');
}

/**
 * The page the user agreed to leave through our question, until they are elsewhere. Kept for the
 * document, not for one guard: the answer must hold for every guard armed before the page is gone.
 */
let agreedToLeave: string | undefined;

const hasAgreed = () => agreedToLeave === location.href;

/**
 * Full navigations and closing the tab get the browser's own "leave site?" prompt; GitHub's
 * soft navigations (link clicks handled by Turbo or React) get a confirm first. The user is
 * asked once: after "leave" to the confirm, the `beforeunload` that follows lets the page go.
 * That answer is checked when `beforeunload` fires rather than by removing the listener in
 * time, so it holds however the browser orders the listener's removal and the navigation.
 */
export function guardLeaving(stepSignal: AbortSignal): void {
  window.addEventListener(
    'beforeunload',
    (event) => {
      if (hasAgreed()) return;
      event.preventDefault();
      // Older Chromium and Firefox builds still need returnValue set to show the prompt.
      event.returnValue = leaveWarning();
    },
    { signal: stepSignal },
  );
  document.addEventListener(
    'click',
    (event) => {
      const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (hasAgreed() || !link || !event.isTrusted || !leavesPage(link as HTMLAnchorElement, event)) return;
      if (window.confirm(leaveWarning())) {
        agreedToLeave = location.href;
        return;
      }
      event.preventDefault();
      event.stopImmediatePropagation();
    },
    { signal: stepSignal, capture: true },
  );
  // The step ended elsewhere (a soft navigation): a token page shown later in this document asks again.
  const once = new AbortController();
  const forgetElsewhere = () => {
    if (!hasAgreed()) agreedToLeave = undefined;
    once.abort();
  };
  stepSignal.addEventListener('abort', forgetElsewhere, { signal: once.signal });
}

/** Links that open a new tab or window, or download, leave this page and its token where they are. */
const SAME_TAB_TARGETS = new Set(['', '_self', '_top', '_parent']);

function leavesPage(link: HTMLAnchorElement, click: MouseEvent): boolean {
  if (click.ctrlKey || click.metaKey || click.shiftKey || link.hasAttribute('download')) return false;
  if (!SAME_TAB_TARGETS.has(link.target.toLowerCase())) return false;
  const url = new URL(link.href, location.href);
  return url.pathname !== location.pathname || url.origin !== location.origin;
}
