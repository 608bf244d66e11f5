import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs module without types, shared with scripts/bench/run.mjs
import { createProjectLoader, ROOT } from '../../scripts/bench/loader.mjs';
import type { IdleFigures, IdlePage } from '../../scripts/bench/idle';

/**
 * The idle benchmark on the release build, one load per page: where no extension script runs (the
 * goal on the dashboard and a repository page) it reports none instead of failing, and on a settings
 * page it sees the stub.
 * Needs `npm run build` (npm test builds before the unit tests).
 */
describe('idle benchmark', () => {
  it('reports no extension script on the dashboard and a repository page, and the stub on /settings/profile', async () => {
    const loader = createProjectLoader();
    const load = (file: string) => loader.import(pathToFileURL(path.join(ROOT, file)).href) as Promise<Record<string, unknown>>;
    const { measureIdle, IDLE_PAGES } = (await load('scripts/bench/idle.ts')) as {
      measureIdle(dir: string, pages: readonly IdlePage[], loads: number): Promise<IdleFigures[]>;
      IDLE_PAGES: readonly IdlePage[];
    };
    const [dashboard, repository, settings] = await measureIdle(path.join(ROOT, '.output/chrome-mv3'), IDLE_PAGES, 1);
    for (const page of [dashboard!, repository!]) {
      expect(page.with, page.name).toMatchObject({ extensionWorlds: 0, extensionScripts: [], extensionScriptMs: 0 });
      expect(page.with.listeners, page.name).toBe(page.without.listeners);
    }
    expect(settings!.with).toMatchObject({ extensionWorlds: 1, extensionScripts: ['/settings-stub.js'] });
    expect(settings!.with.extensionScriptMs).toBeGreaterThan(0);
    expect(settings!.without.extensionWorlds).toBe(0);
  }, 120_000);
});
