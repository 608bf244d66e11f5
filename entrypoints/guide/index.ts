import { defineUnlistedScript } from '#imports';
import { startScriptLife } from '@/lib/guide/script-life';
import { openChannel } from '@/lib/guide/channel';
import { startGuideSession, type GuideSession } from '@/lib/guide/session';
import { createPresetOffer } from '@/lib/guide/preset-offer';
import { type FormEdits, recordFormEdits } from '@/lib/guide/form-edits';
import type { GuideSnapshot } from '@/lib/guide/snapshot';
import { findTokenForm } from '@/lib/github/find';
import { isNewTokenPath } from '@/lib/github/urls';
import { NAVIGATION_EVENTS } from '@/lib/dom/watch-page';
import { logError } from '@/lib/log';
import { mountGuideSurface, showPresetOffer } from './surfaces';

/**
 * The guide script. It is not in the manifest: the background registers it for github.com and the added
 * enterprise hosts while a guide is active and injects it into their tabs already open (lib/background/guide-script.ts),
 * and injects it into a tab whose settings stub reached the new-token form without a guide. An
 * unlisted script rather than a WXT content script: its own lifetime signal (script-life.ts) is all
 * it needs of WXT's content-script context, at a tenth of the size.
 */
export default defineUnlistedScript({
  async main() {
    const signal = startScriptLife();
    let session: GuideSession | undefined;
    let removeOffer: Promise<() => void> | undefined;
    let edits: FormEdits | undefined;
    let latest: GuideSnapshot | undefined;
    const channel = openChannel(signal, (snapshot) => take(snapshot));

    const take = (snapshot: GuideSnapshot) => {
      // A newer copy of this script took over the page: this one starts nothing more.
      if (signal.aborted || (latest && snapshot.revision <= latest.revision)) return;
      latest = snapshot;
      // A guide runs on one host: tabs on github.com or another added host stay as they are meanwhile.
      const active = snapshot.state.active && snapshot.state.origin === location.origin;
      if (active && !session) {
        void removeOffer?.then((remove) => remove());
        // A guide started on a form the user already edited keeps those edits.
        const earlier = edits?.events() ?? [];
        edits?.clear();
        session = startGuideSession({ signal, snapshot, earlier, send: channel.send, mount: () => mountGuideSurface(signal) });
      } else if (!active && session) {
        session.stop();
        session = undefined;
      } else session?.receive(snapshot);
    };
    try {
      const first = await channel.hello();
      // A newer copy of this script started in the page meanwhile (an injection racing the registered script).
      if (signal.aborted) return;
      take(first);
    } catch (error) {
      return logError('asking for the guide state', error); // GitHub's page stays as it is, without PAT Pilot
    }
    // Without a guide, the only thing PAT Pilot does here is offer its preset on the new-token form, also when
    // GitHub arrives there by a soft navigation (plain listeners, no observers). Another app's prefill link gets
    // the review instead, a script of its own (entrypoints/prefill-review).
    const offerOnForm = () => {
      if (signal.aborted || session || removeOffer || !latest || !isNewTokenPath(location.pathname) || !findTokenForm(document)) return;
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
