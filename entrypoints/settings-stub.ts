import { browser, defineUnlistedScript } from '#imports';
import { asksForScopes, isNewTokenPath } from '@/lib/github/urls';
import { NAVIGATION_EVENTS } from '@/lib/dom/watch-page';
import { logError } from '@/lib/log';

/**
 * The only script in the manifest (wxt.config.ts lists it), on github.com's settings pages, with no
 * framework and no storage: when the page is (or soft-navigates to) the new-token form, it asks the
 * background once for the form assistant, which then follows later navigations itself. An unlisted
 * script rather than a WXT content script, whose context alone would double the stub's size.
 */
export default defineUnlistedScript(() => {
  const asked = new AbortController();
  const askOnForm = () => {
    if (asked.signal.aborted || !isNewTokenPath(location.pathname)) return;
    asked.abort();
    browser.runtime.sendMessage({ type: 'form-reached', prefillLink: asksForScopes(location.search) }).catch((error: unknown) => logError('form assistant', error));
  };
  for (const type of NAVIGATION_EVENTS) (type === 'popstate' ? window : document).addEventListener(type, askOnForm, { signal: asked.signal });
  askOnForm();
});
