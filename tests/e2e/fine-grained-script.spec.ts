import { expect, test } from './support';
import { contentScriptStarts, openRecorded } from './support/probes';
import { expectStep, MARKER, startFromPopup } from './guide/walk';
import { startFineGrainedGuide } from './guide/walk-fine-grained';

/**
 * One guide script at a time, the one of the guide's kind (lib/background/guide-script.ts): a tab running the
 * classic guide gets the fine-grained one when a fine-grained guide starts, the classic one stands down, and pages
 * loaded afterwards get the fine-grained script only; starting the classic guide again switches back.
 */
const DEVELOPER_SETTINGS = 'https://github.com/settings/apps';

test('switching the kind of token switches the guide script in open tabs and for new pages', async ({ driver }) => {
  const open = await openRecorded(driver, DEVELOPER_SETTINGS);
  await startFromPopup(driver, open);
  await expectStep(open, 'open-tokens-classic');
  expect(await contentScriptStarts(open)).toBe(1);

  await startFineGrainedGuide(driver, open);
  await expectStep(open, 'open-tokens-fine-grained');
  // The fine-grained script came in beside the classic one, which drew nothing more: one callout, one marker.
  expect(await contentScriptStarts(open)).toBe(2);
  expect(await open.ui.hostCount()).toBe(1);
  expect(await open.countWithAttribute(MARKER)).toBe(1);

  const later = await openRecorded(driver, DEVELOPER_SETTINGS);
  await expectStep(later, 'open-tokens-fine-grained');
  expect(await contentScriptStarts(later)).toBe(1);

  await startFromPopup(driver, later);
  await expectStep(later, 'open-tokens-fine-grained');
  // "Resume guide" resumes the running kind; only a start of the classic guide switches back.
  const popup = await driver.popup();
  await later.bringToFront();
  await popup.evaluate(() => {
    type Runtime = { runtime: { sendMessage(message: unknown): Promise<unknown> } };
    const scope = globalThis as unknown as { browser?: Runtime; chrome?: Runtime };
    void (scope.browser ?? scope.chrome)!.runtime.sendMessage({ type: 'start-guide', restart: true, tokenKind: 'classic' });
  });
  await later.bringToFront();
  await expectStep(later, 'open-tokens-classic');
  expect(await contentScriptStarts(later)).toBe(2);
  expect(await later.ui.hostCount()).toBe(1);
  expect((await driver.storage()).local.guide).toMatchObject({ active: true, tokenKind: 'classic' });
  expect(driver.pageErrors).toEqual([]);
});
