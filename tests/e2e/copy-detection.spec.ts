import { expect, test, type Driver, type DriverPage } from './support';
import { expectStep } from './guide/walk';

/** A token generated through the fast path; its page is left at the copy-token step. */
async function tokenPage(driver: Driver): Promise<DriverPage> {
  await (await driver.popup()).click({ role: 'button', name: 'Open the prefilled form' });
  const page = await driver.waitForPage((url) => url.startsWith('https://github.com/settings/tokens/new?'));
  await page.bringToFront();
  await expectStep(page, 'fill-note');
  await page.click({ role: 'button', name: 'Generate token' });
  await expectStep(page, 'copy-token');
  return page;
}

const copiedState = async (driver: Driver) => ((await driver.storage()).local.guide as { copied?: boolean }).copied;

/** Time for a copy the guide would count to reach storage, had it counted it. */
const settle = (page: DriverPage) => page.waitForDomIdle(700);

test('copying part of the token does not count; copying all of it by keyboard does', async ({ driver }) => {
  const page = await tokenPage(driver);
  const selectToken = (from: number, trimEnd: number) =>
    page.evaluate(
      ([start, end]) => {
        const text = document.querySelector('#new-oauth-token')!.firstChild as Text;
        getSelection()!.setBaseAndExtent(text, start, text, text.length - end);
      },
      [from, trimEnd] as const,
    );
  for (const [from, trimEnd] of [[0, 1], [1, 0], [4, 10]] as const) {
    await selectToken(from, trimEnd);
    await page.press('Control+c');
    await settle(page);
    await expectStep(page, 'copy-token');
    expect(await copiedState(driver)).toBe(false);
  }
  await selectToken(0, 0);
  await page.press('Control+c');
  await expectStep(page, 'store-token', { marks: false });
  expect(await copiedState(driver)).toBe(true);
});

test("a copy-button event no press of the user caused does not count; the user's click does", async ({ driver }) => {
  const page = await tokenPage(driver);
  await page.evaluate(() => {
    const button = document.querySelector('clipboard-copy[for="new-oauth-token"]')!;
    button.dispatchEvent(new CustomEvent('clipboard-copy', { bubbles: true }));
    document.dispatchEvent(new Event('copy', { bubbles: true }));
  });
  await settle(page);
  await expectStep(page, 'copy-token');
  expect(await copiedState(driver)).toBe(false);
  await page.click({ role: 'button', name: 'Copy token' });
  await expectStep(page, 'store-token', { marks: false });
  expect(await copiedState(driver)).toBe(true);
});
