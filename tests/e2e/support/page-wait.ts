import type { PageBackend } from './backend';
import { inPageCall } from './in-page/helpers';
import { locate, type Located } from './in-page/queries';
import { pollUntil } from './poll';
import { describeTarget, toQuery } from './target';
import type { Scope, Target, WaitOptions } from './types';

export async function countTargets(page: PageBackend, target: Target, within: Scope = 'page'): Promise<number> {
  const arg = { query: toQuery(target), within, point: false };
  return ((await page.evaluateSource(inPageCall(locate, arg))) as Located).attached;
}

/** Waits for the target to be visible (default), attached, or gone (detached or hidden). */
export async function waitForTarget(page: PageBackend, target: Target, options: WaitOptions = {}): Promise<void> {
  const { within = 'page', state = 'visible', timeout } = options;
  const arg = { query: toQuery(target), within, point: false };
  let last: Located | undefined;
  await pollUntil(
    async () => {
      last = (await page.evaluateSource(inPageCall(locate, arg))) as Located;
      const reached = state === 'visible' ? last.visible > 0 : state === 'attached' ? last.attached > 0 : last.visible === 0;
      return reached ? true : undefined;
    },
    {
      timeout,
      what: () => `${describeTarget(target)} in ${within} to be ${state} (attached ${last?.attached}, visible ${last?.visible})`,
    },
  );
}
