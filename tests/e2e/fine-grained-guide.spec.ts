import { expect, test, type Driver } from './support';
import { copyAndFinish, expectStep } from './guide/walk';
import { openFineGrainedFastPath, startFineGrainedGuide, walkFineGrainedForm, walkToFineGrainedForm } from './guide/walk-fine-grained';

const local = async (driver: Driver) => (await driver.storage()).local as { guide?: Record<string, unknown>; reminders?: object[] };

/** The form as GitHub would post it (never the token: the form holds none). */
const formValues = (page: Awaited<ReturnType<Driver['newPage']>>) =>
  page.evaluate(() => {
    const form = document.querySelector('form#new_user_programmatic_access')!;
    const value = (selector: string) => form.querySelector<HTMLInputElement>(selector)?.value ?? '';
    return {
      name: value('#user_programmatic_access_name'),
      expiration: value('[name="user_programmatic_access[default_expires_at]"]'),
      access: form.querySelector<HTMLInputElement>('input[name="install_target"]:checked')?.value,
    };
  });

test.describe('the fine-grained guide, taught', () => {
  test.use({ replica: { sudo: 'same-url', patGroup: 'collapsed', navigation: 'soft', existingFineGrainedNames: ['older'] } });

  test('walks every fine-grained step to a copied token, with its reminder set', async ({ driver }) => {
    await driver.allowReminders();
    const page = await driver.newPage();
    await page.goto('https://github.com/');
    await startFineGrainedGuide(driver, page);
    await walkToFineGrainedForm(page, { collapsedGroup: true, sudo: true });
    await walkFineGrainedForm(page, 'laptop push');

    await expectStep(page, 'fg-copy-token');
    const tokenId = await page.evaluate(() => document.querySelector('.access-token.new-token')?.getAttribute('data-id'));
    expect(tokenId).toMatch(/^\d+$/);
    await copyAndFinish(page, 'fg-copy-token');

    const [created] = driver.replica.createdFineGrainedTokens;
    expect(created).toMatchObject({ name: 'laptop push', installTarget: 'selected', repositories: ['hello-world'] });
    expect(created!.permissions).toMatchObject({ contents: 'write' });
    await expect.poll(async () => (await local(driver)).reminders).toEqual([
      expect.objectContaining({ note: 'laptop push', tokenId, tokenKind: 'fine-grained', notified: false }),
    ]);
    const dump = JSON.stringify(await driver.storage());
    expect(dump).not.toContain(created!.token);
    expect(driver.blockedRequests).toEqual([]);
    expect(driver.pageErrors).toEqual([]);
  });
});

test.describe('the fine-grained fast path', () => {
  test('lands on a form matching the plan: no difference is reported', async ({ driver }) => {
    const page = await openFineGrainedFastPath(driver, 'https');
    await expectStep(page, 'fg-name');
    const plan = (await local(driver)).guide?.fineGrainedPlan as { name: string };
    expect(await formValues(page)).toEqual({ name: plan.name, expiration: '30', access: 'selected' });
    await page.ui.waitForText('PAT Pilot chose "Only select repositories"');
    expect(await page.ui.text()).not.toContain('differs from what you asked for');
    expect(driver.pageErrors).toEqual([]);
  });
});

test.describe('the fine-grained fast path when GitHub ignores a parameter', () => {
  test.use({ replica: { fineGrainedIgnoredParams: ['expires_in', 'contents'] } });

  test('reports each difference in plain words', async ({ driver }) => {
    // Settings of version 3 (lib/settings/schema.ts) with a fine-grained token expiring after 7 days.
    await driver.setStorage('sync', {
      settings: {
        presetId: 'recommended', customScopes: [], noteTemplate: 'PAT Pilot {date} {time}', expiration: { kind: 'preset', days: 30 },
        reminders: { enabled: false, daysBefore: 3 }, tokenKind: 'classic', kindChoice: { purpose: null, facts: [] },
        fineGrained: { presetId: 'https', customPermissions: [], expiration: { kind: 'preset', days: 7 } },
      },
      settings$: { v: 3 },
    });
    const page = await openFineGrainedFastPath(driver, 'https');
    await expectStep(page, 'fg-name');
    await page.ui.waitForText('The form differs from what you asked for:');
    const text = await page.ui.text();
    expect(text).toContain('the expiration is 30 days, not 7 days');
    expect(text).toContain('Contents (Read and write) is missing');
    expect(driver.pageErrors).toEqual([]);
  });
});
