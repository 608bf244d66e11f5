import { defineContentScript } from '#imports';
import { readGuideState, watchGuideState } from '@/lib/storage';
import { startGuideSession, type GuideSession } from '@/lib/guide/session';
import type { GuideState } from '@/lib/guide/schema';

export default defineContentScript({
  matches: ['https://github.com/*'],
  runAt: 'document_idle',
  async main(ctx) {
    // Idle cost: one storage read and one storage listener. No DOM, no observers until a guide is active.
    let session: GuideSession | undefined;
    const apply = (state: GuideState) => {
      if (state.active && !session) session = startGuideSession(ctx, state);
      else if (!state.active && session) {
        session.stop();
        session = undefined;
      } else session?.receive(state);
    };
    ctx.onInvalidated(watchGuideState(apply));
    apply(await readGuideState());
  },
});
