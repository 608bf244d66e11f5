import type { PageBackend } from './backend';
import { stayedAfter } from './dialogs';
import { inPageCall } from './in-page/helpers';
import { countAttribute, domIdle } from './in-page/queries';
import { moveInHistory } from './navigation';
import { chooseOption, clickTarget, pressKey, typeInto } from './page-input';
import { countTargets, waitForTarget } from './page-wait';
import { createPilotUi } from './pilot-ui';
import { DEFAULT_TIMEOUT, pollUntil } from './poll';
import type { DriverPage } from './types';

const wrappers = new WeakMap<PageBackend, DriverPage>();

/** One DriverPage per tab, whatever the browser. */
export function driverPage(page: PageBackend): DriverPage {
  let wrapper = wrappers.get(page);
  if (!wrapper) wrappers.set(page, (wrapper = createDriverPage(page)));
  return wrapper;
}

function call<R, A>(fn: (arg: A) => R | Promise<R>, arg: A | undefined): string {
  return `(${fn.toString()})(${arg === undefined ? '' : JSON.stringify(arg)})`;
}

function createDriverPage(page: PageBackend): DriverPage {
  const evaluate = async <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A) => (await page.evaluateSource(call(fn, arg))) as R;
  return {
    ui: createPilotUi(page),
    url: async () => ((await page.evaluateSource('document.URL').catch(() => undefined)) as string | undefined) ?? page.nativeUrl(),
    goto: (url) => page.goto(url),
    reload: () => moveInHistory(page, 'reload'),
    back: () => moveInHistory(page, 'back'),
    forward: () => moveInHistory(page, 'forward'),
    click: (target, options) => clickTarget(page, target, options),
    fill: (target, text, options) => typeInto(page, target, text, true, options),
    type: (target, text, options) => typeInto(page, target, text, false, options),
    selectOption: (target, value, options) => chooseOption(page, target, value, options),
    press: (key) => pressKey(page, key),
    waitFor: (target, options) => waitForTarget(page, target, options),
    count: (target, options = {}) => countTargets(page, target, options.within),
    countWithAttribute: async (name) => (await page.evaluateSource(inPageCall(countAttribute, name))) as number,
    waitForFunction: (fn, arg, options = {}) =>
      pollUntil(async () => (await evaluate(fn, arg)) || undefined, { timeout: options.timeout, what: () => `waitForFunction(${fn.toString().replace(/\s+/g, ' ').slice(0, 100)})` }),
    async waitForDomIdle(quietMs = 500) {
      const quiet = await page.evaluateSource(inPageCall(domIdle, { quietMs, capMs: DEFAULT_TIMEOUT }));
      if (!quiet) throw new Error(`The DOM kept changing for ${DEFAULT_TIMEOUT} ms`);
    },
    evaluate,
    addInitScript: (fn, arg) => page.addInitScript(call(fn, arg)),
    screenshot: (path) => page.screenshot(path),
    bringToFront: () => page.bringToFront(),
    answerDialogs: (answer) => void (page.dialogs.answer = answer),
    dialogs: () => [...page.dialogs.seen],
    close: (options = {}) => (options.runBeforeUnload ? closeAsUser(page) : page.close()),
    isClosed: () => page.isClosed(),
  };
}

/** Done when the tab is gone, or when it asked before leaving and was told to stay. */
async function closeAsUser(page: PageBackend): Promise<void> {
  const since = page.dialogs.seen.length;
  await page.close(true);
  await pollUntil(async () => (page.isClosed() || stayedAfter(page.dialogs, since) ? true : undefined), {
    what: () => 'the tab to close or to ask before leaving',
  });
}
