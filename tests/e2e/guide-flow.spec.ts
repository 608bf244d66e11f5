import { expect, test } from './support';
import type { ReplicaOptions } from './support/replica';
import { copyAndFinish, expectStep, readForm, startFromPopup, walkForm, walkToForm } from './guide/walk';

/**
 * The whole tour, step by step with real clicks, once per GitHub header generation; each row
 * also varies the expiration widget, sudo, the sidebar group and soft or full navigation.
 */
const LAYOUTS: Array<Partial<ReplicaOptions>> = [
  { header: 'v1', expiration: 'select', sudo: 'none', navigation: 'full', patGroup: 'expanded' },
  { header: 'v2', expiration: 'action-menu', sudo: 'same-url', navigation: 'soft', patGroup: 'expanded' },
  { header: 'v2-lazy', expiration: 'action-menu', sudo: 'redirect', navigation: 'full', patGroup: 'collapsed' },
  { header: 'v3', expiration: 'select', sudo: 'none', navigation: 'soft', patGroup: 'collapsed' },
  { header: 'v4', expiration: 'action-menu', sudo: 'none', navigation: 'full', patGroup: 'expanded' },
  { header: 'v5', expiration: 'action-menu', sudo: 'same-url', navigation: 'soft', patGroup: 'collapsed' },
];

for (const layout of LAYOUTS) {
  const name = Object.values(layout).join(', ');
  test.describe(`guided flow (${name})`, () => {
    test.use({ replica: { ...layout, existingNotes: ['laptop', 'ci'] } });

    test('walks from the dashboard to a copied token', async ({ driver }) => {
      const page = await driver.newPage();
      await page.goto('https://github.com/');
      await startFromPopup(driver, page);
      await walkToForm(page, { collapsedGroup: layout.patGroup === 'collapsed', sudo: layout.sudo !== 'none' });
      await expectStep(page, 'fill-note');

      const form = await readForm(page);
      expect(form.note).not.toBe('');
      expect(['laptop', 'ci']).not.toContain(form.note);
      expect(form.expiration).toBe('30');
      expect(form.scopes).toEqual(expect.arrayContaining(['repo', 'admin:repo_hook', 'delete_repo']));

      await walkForm(page);
      await copyAndFinish(page);

      const [created] = driver.replica.createdTokens;
      expect(created).toMatchObject({ note: form.note, expiration: '30' });
      expect(created!.scopes).toEqual(expect.arrayContaining(['repo', 'admin:repo_hook', 'delete_repo']));
      const storage = JSON.stringify(await driver.storage());
      expect(storage).not.toContain(created!.token);
      expect(driver.blockedRequests).toEqual([]);
      expect(driver.pageErrors).toEqual([]);
    });
  });
}
