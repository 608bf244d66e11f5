import { defineUnlistedScript } from '#imports';
import { createPresetOffer } from '@/lib/guide/preset-offer';
import { type FormEdits, recordFormEdits } from '@/lib/guide/form-edits';
import { classicFlavor } from '@/lib/guide/classic-flavor';
import { findTokenForm } from '@/lib/github/find';
import { isNewTokenPath } from '@/lib/github/urls';
import { NAVIGATION_EVENTS } from '@/lib/dom/watch-page';
import { logError } from '@/lib/log';
import { showPresetOffer } from './surfaces';
import { runGuideScript } from './run-script';

/**
 * The guide script of classic tokens. It is not in the manifest: the background registers it for github.com and
 * the added enterprise hosts while a classic guide is active and injects it into their tabs already open
 * (lib/background/guide-script.ts), and injects it into a tab whose settings stub reached the new-token form
 * without a guide. An unlisted script rather than a WXT content script: its own lifetime signal (script-life.ts)
 * is all it needs of WXT's content-script context, at a tenth of the size.
 */
export default defineUnlistedScript({
  async main() {
    let removeOffer: Promise<() => void> | undefined;
    let edits: FormEdits | undefined;
    const script = await runGuideScript({
      flavor: classicFlavor,
      name: 'guide.js',
      takeEarlierEdits: () => {
        void removeOffer?.then((remove) => remove());
        // A guide started on a form the user already edited keeps those edits.
        const earlier = edits?.events() ?? [];
        edits?.clear();
        return earlier;
      },
    });
    if (!script) return;
    const { signal } = script;
    // Without a guide, the only thing PAT Pilot does here is offer its preset on the new-token form, also when
    // GitHub arrives there by a soft navigation (plain listeners, no observers). Another app's prefill link gets
    // the review instead, a script of its own (entrypoints/prefill-review).
    const offerOnForm = () => {
      const latest = script.latest();
      if (signal.aborted || script.guiding() || removeOffer || !latest || !isNewTokenPath(location.pathname) || !findTokenForm(document)) return;
      edits ??= recordFormEdits(signal);
      removeOffer = showPresetOffer(signal, createPresetOffer(latest, edits)).catch((error: unknown) => {
        logError('offer on the token form', error); // the form stays GitHub's own, as without PAT Pilot
        return () => {};
      });
    };
    for (const type of NAVIGATION_EVENTS) (type === 'popstate' ? window : document).addEventListener(type, offerOnForm, { signal });
    offerOnForm();
  },
});
