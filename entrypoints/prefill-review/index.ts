import { defineUnlistedScript } from '#imports';
import { startScriptLife } from '@/lib/guide/script-life';
import { openChannel } from '@/lib/guide/channel';
import { createPrefillReviewPanel } from '@/lib/guide/prefill-review-panel';
import { findTokenForm } from '@/lib/github/find';
import { asksForScopes, isNewTokenPath } from '@/lib/github/urls';
import { logError } from '@/lib/log';
import { showPrefillReview } from './surface';

/**
 * The review of another app's prefill link (`/settings/tokens/new?scopes=…`), injected by the background when the
 * settings stub reports such a link and no guide runs. It changes the form only through the user's buttons. A
 * guide started on this page brings the guide script, whose start ends this one (lib/guide/script-life.ts).
 */
export default defineUnlistedScript({
  async main() {
    const signal = startScriptLife('prefill-review');
    let remove: Promise<() => void> | undefined;
    // A guide that starts while the review shows takes the page over: the review steps aside at once.
    const channel = openChannel(signal, ({ state }) => state.active && void remove?.then((close) => close()));
    try {
      const { state, plan } = await channel.hello();
      if (signal.aborted || state.active || !isNewTokenPath(location.pathname) || !asksForScopes(location.search) || !findTokenForm(document)) return;
      remove = showPrefillReview(signal, createPrefillReviewPanel(plan), plan);
      await remove;
    } catch (error) {
      logError('prefill link review', error); // the form stays GitHub's own, as without PAT Pilot
    }
  },
});
