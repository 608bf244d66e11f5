import type { Driver, DriverPage, Target } from '../../tests/e2e/support';

/** One click of the walk: where it landed and on what. */
export interface Click {
  where: 'toolbar' | 'popup' | 'page' | 'callout';
  what: string;
}

const describe = (target: Target | RegExp | string) =>
  typeof target === 'string' || target instanceof RegExp ? String(target) : `${target.role} ${String(target.name ?? '')}`.trim();

/** The same page, recording every click it performs (fields are clicked before typing, so they count). */
export function countingPage(page: DriverPage, where: Click['where'], clicks: Click[]): DriverPage {
  const record = (target: Target | RegExp | string, within?: string) =>
    clicks.push({ where: within === 'ui' ? 'callout' : where, what: describe(target) });
  return {
    ...page,
    ui: {
      ...page.ui,
      clickButton: async (name, options) => (await page.ui.clickButton(name, options), void record(name, 'ui')),
    },
    click: async (target, options) => (await page.click(target, options), void record(target, options?.within)),
    fill: async (target, text, options) => (await page.fill(target, text, options), void record(target, options?.within)),
    type: async (target, text, options) => (await page.type(target, text, options), void record(target, options?.within)),
  };
}

/** The same driver, whose popup and found pages count their clicks. */
export function countingDriver(driver: Driver, clicks: Click[]): Driver {
  return {
    ...driver,
    popup: async () => countingPage(await driver.popup(), 'popup', clicks),
    newPage: async () => countingPage(await driver.newPage(), 'page', clicks),
    waitForPage: async (predicate, options) => countingPage(await driver.waitForPage(predicate, options), 'page', clicks),
  };
}
