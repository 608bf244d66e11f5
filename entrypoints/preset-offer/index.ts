import { defineUnlistedScript } from '#imports';
import { startScriptLife } from '@/lib/guide/script-life';
import { openChannel } from '@/lib/guide/channel';
import { createPresetOffer } from '@/lib/guide/preset-offer';
import { type FormEdits, recordFormEdits } from '@/lib/guide/form-edits';
import { handOverFormEdits } from '@/lib/guide/form-edits-handover';
import type { GuideSnapshot } from '@/lib/guide/snapshot';
import { findTokenForm } from '@/lib/github/find';
import { isNewTokenPath } from '@/lib/github/urls';
import { NAVIGATION_EVENTS } from '@/lib/dom/watch-page';
import { logError } from '@/lib/log';
import { showPresetOffer } from './surface';

/**
 * The preset offer on the new-token form without a guide, injected by the background when the settings stub
 * reaches the form and no guide runs, so the guide scripts do not carry it. It starts as a guide script does
 * (lib/guide/script-life.ts): a guide script starting in the page ends it, and it then hands the user's edits of
 * the form over to that script (lib/guide/form-edits-handover.ts), so the guide keeps them. It does not answer the
 * background's ping, so a guide started here still gets its guide script.
 */
export default defineUnlistedScript({
  async main() {
    const signal = startScriptLife();
    let latest: GuideSnapshot | undefined;
    let offered = false;
    let edits: FormEdits | undefined;
    signal.addEventListener('abort', () => handOverFormEdits(edits?.events() ?? []), { once: true });
    const channel = openChannel(signal, (snapshot) => {
      if (!latest || snapshot.revision > latest.revision) latest = snapshot;
    });
    // Also when GitHub arrives at the form by a soft navigation (plain listeners, no observers).
    const offerOnForm = () => {
      if (signal.aborted || offered || !latest || latest.state.active || !isNewTokenPath(location.pathname) || !findTokenForm(document)) return;
      offered = true;
      edits = recordFormEdits(signal);
      showPresetOffer(signal, createPresetOffer(latest, edits)).catch((error: unknown) => {
        logError('offer on the token form', error); // the form stays GitHub's own, as without PAT Pilot
      });
    };
    try {
      const first = await channel.hello();
      if (!latest || first.revision > latest.revision) latest = first;
    } catch (error) {
      logError('asking for the guide state', error); // GitHub's page stays as it is, without PAT Pilot
      return;
    }
    for (const type of NAVIGATION_EVENTS) (type === 'popstate' ? window : document).addEventListener(type, offerOnForm, { signal });
    offerOnForm();
  },
});
