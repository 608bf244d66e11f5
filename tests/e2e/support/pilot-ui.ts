import type { PageBackend } from './backend';
import { inPageCall } from './in-page/helpers';
import { dialogName, uiText } from './in-page/queries';
import { clickTarget } from './page-input';
import { countTargets, waitForTarget } from './page-wait';
import { pollUntil } from './poll';
import type { PilotUi } from './types';

/** The guide's own surface: everything inside the open shadow root of `<pat-pilot-ui>`. */
export function createPilotUi(page: PageBackend): PilotUi {
  const text = async () => (await page.evaluateSource(inPageCall(uiText, null))) as string;
  return {
    hostCount: () => countTargets(page, 'pat-pilot-ui'),
    waitForHost: (options = {}) => waitForTarget(page, 'pat-pilot-ui', { state: 'attached', ...options }),
    text,
    async waitForText(expected, options = {}) {
      let last = '';
      await pollUntil(
        async () => {
          last = await text();
          return (typeof expected === 'string' ? last.includes(expected) : expected.test(last)) ? true : undefined;
        },
        { timeout: options.timeout, what: () => `the guide to show ${String(expected)} (it shows "${last}")` },
      );
    },
    clickButton: (name, options = {}) => clickTarget(page, { role: 'button', name }, { ...options, within: 'ui' }),
    dialogName: async () => (await page.evaluateSource(inPageCall(dialogName, null))) as string | undefined,
    waitFor: (target, options = {}) => waitForTarget(page, target, { ...options, within: 'ui' }),
    count: (target) => countTargets(page, target, 'ui'),
  };
}
