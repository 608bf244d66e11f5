import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs module without types, shared with scripts/bench/run.mjs
import { createProjectLoader, ROOT } from '../../scripts/bench/loader.mjs';

/**
 * `npm run bench` runs outside vitest and Playwright, whose own resolvers hide a missing alias.
 * Loading every module the benchmark runs, through the loader it uses, keeps it runnable.
 */
const MODULES: Record<string, string[]> = {
  'scripts/bench/build.ts': ['buildAll'],
  'scripts/bench/figures.ts': ['measureSizes'],
  'scripts/bench/idle.ts': ['measureIdle'],
  'scripts/bench/latency.ts': ['measureLatency'],
  'scripts/bench/clicks.ts': ['countClicks'],
  'scripts/bench/popup.ts': ['measurePopup'],
  'scripts/bench/report.ts': ['table'],
  'scripts/bench/start-guide.ts': ['measureStartGuide'],
  'scripts/bench/budget-check.ts': ['checkBudgets'],
};

describe('the benchmark loads with its own loader', () => {
  const loader = createProjectLoader();
  it.each(Object.entries(MODULES))('%s', async (file, names) => {
    const module = (await loader.import(pathToFileURL(path.join(ROOT, file)).href)) as Record<string, unknown>;
    for (const name of names) expect(typeof module[name], name).toBe('function');
  }, 60_000);
});
