import { defineContentScript } from '#imports';
import { readGuideState, watchGuideState } from '@/lib/storage';
import { startGuideSession, type GuideSession } from '@/lib/guide/session';
import { offerPreset } from '@/lib/guide/apply-offer';
import { type FormEdits, recordFormEdits } from '@/lib/guide/form-edits';
import type { GuideState } from '@/lib/guide/schema';
import { findTokenForm } from '@/lib/github/find';
import { isNewTokenPath } from '@/lib/github/urls';
import { NAVIGATION_EVENTS } from '@/lib/dom/watch-page';
import { logError } from '@/lib/log';

export default defineContentScript({
  matches: ['https://github.com/*'],
  runAt: 'document_idle',
  // GitHub's own message listeners should never see us: WXT's custom DOM event is enough for its bookkeeping.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    // Idle cost: one storage read and one storage listener. No DOM, no observers until a guide is active.
    let session: GuideSession | undefined;
    let removeOffer: Promise<() => void> | undefined;
    let edits: FormEdits | undefined;
    const apply = (state: GuideState) => {
      if (state.active && !session) {
        void removeOffer?.then((remove) => remove());
        // A guide started on a form the user already edited keeps those edits.
        session = startGuideSession(ctx, edits?.applyTo(state) ?? state);
        edits?.clear();
      } else if (!state.active && session) {
        session.stop();
        session = undefined;
      } else session?.receive(state);
    };
    ctx.onInvalidated(watchGuideState(apply));
    apply(await readGuideState());
    // Without a guide, the only thing PAT Pilot does is offer its preset on the new-token form,
    // also when GitHub arrives there by a soft navigation (plain listeners, no observers).
    const offerOnForm = () => {
      if (session || !isNewTokenPath(location.pathname) || !findTokenForm(document)) return;
      edits ??= recordFormEdits(ctx.signal);
      removeOffer ??= offerPreset(ctx, edits).catch((error: unknown) => {
        logError('preset offer', error); // the form stays GitHub's own, as without PAT Pilot
        return () => {};
      });
    };
    for (const type of NAVIGATION_EVENTS) ctx.addEventListener(type === 'popstate' ? window : document, type, offerOnForm);
    offerOnForm();
  },
});
