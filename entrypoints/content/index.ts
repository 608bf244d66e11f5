import { defineContentScript } from '#imports';
import { readGuideState, watchGuideState } from '@/lib/storage';

export default defineContentScript({
  matches: ['https://github.com/*'],
  runAt: 'document_idle',
  async main(ctx) {
    // Idle cost: one storage read and one storage listener; no DOM, no observers.
    const state = await readGuideState();
    const stop = watchGuideState(() => {});
    ctx.onInvalidated(stop);
    void state;
  },
});
