import { defineUnlistedScript } from '#imports';
import { fineGrainedFlavor } from '@/lib/fine-grained/flavor';
import { runGuideScript } from '../guide/run-script';

/**
 * The guide script of fine-grained tokens: the background registers and injects it instead of guide.js while a
 * fine-grained guide runs (lib/background/guide-script.ts). The same UI and guide as guide.js, with the
 * fine-grained tour; no preset offer (that belongs to the classic form). It answers the background's ping with
 * `fine-grained-guide.js`.
 */
export default defineUnlistedScript({
  async main() {
    await runGuideScript({ flavor: fineGrainedFlavor, name: 'fine-grained-guide.js' });
  },
});
