/**
 * Deterministic size check for `npm test` and `npm run size`: in both builds the settings stub and
 * each guide script (classic, fine-grained) must be within their budgets (scripts/bench/budget.ts). Run after `npm run build`
 * from the project root; exits 1 when a script is over budget or a build or script is missing.
 */
import path from 'node:path';
import { checkBudgets } from './bench/budget-check';

const BUILDS = { 'chrome-mv3': '.output/chrome-mv3', 'firefox-mv2': '.output/firefox-mv2' };

const verdicts = checkBudgets(Object.fromEntries(Object.entries(BUILDS).map(([name, dir]) => [name, path.resolve(dir)])));
for (const { ok, message } of verdicts) (ok ? console.log : console.error)(`size: ${message}`);
const failures = verdicts.filter((v) => !v.ok);
if (failures.some((v) => v.size)) {
  console.error(
    'size: a script grew past its budget (scripts/bench/budget.ts). Shrink it: the stub runs on every ' +
      'settings page, a guide script on every github.com page while a guide of its kind runs.',
  );
}
if (failures.length > 0) {
  console.error(`size: FAILED, ${failures.length} of ${verdicts.length} checks`);
  process.exit(1);
}
