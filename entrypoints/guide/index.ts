import { browser, defineUnlistedScript } from '#imports';
import { awaitFormEdits } from '@/lib/guide/form-edits-handover';
import { classicFlavor } from '@/lib/guide/classic-flavor';
import { asksForScopes, isNewTokenPath } from '@/lib/github/urls';
import { NAVIGATION_EVENTS } from '@/lib/dom/watch-page';
import { logError } from '@/lib/log';
import { runGuideScript } from './run-script';
import { scopeDetails } from './scope-details';

/**
 * The guide script of classic tokens. It is not in the manifest: the background registers it for github.com and
 * the added enterprise hosts while a classic guide is active and injects it into their tabs already open
 * (lib/background/guide-script.ts). An unlisted script rather than a WXT content script: its own lifetime signal
 * (script-life.ts) is all it needs of WXT's content-script context, at a tenth of the size.
 */
export default defineUnlistedScript({
  async main() {
    // The preset offer, if it runs in this page, hands over the user's edits of the form when this script's start
    // ends it: a guide started on a form the user already edited keeps them. Listening starts before that start.
    const offerEdits = awaitFormEdits();
    const script = await runGuideScript({ flavor: classicFlavor, name: 'guide.js', takeEarlierEdits: offerEdits.take, details: scopeDetails });
    if (!script) return;
    const { signal } = script;
    // After a guide ended, the new-token form gets what the settings stub asks for without a guide: the preset offer
    // or a prefill link's review, each a script of its own (the stub asks only once per page).
    let asked = false;
    const askOnForm = () => {
      if (asked || signal.aborted || script.guiding() || script.latest()?.state.active !== false || !isNewTokenPath(location.pathname)) return;
      asked = true;
      browser.runtime.sendMessage({ type: 'form-reached', prefillLink: asksForScopes(location.search) }).catch((error: unknown) => logError('form assistant', error));
    };
    for (const type of NAVIGATION_EVENTS) (type === 'popstate' ? window : document).addEventListener(type, askOnForm, { signal });
  },
});
