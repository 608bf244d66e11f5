/**
 * `npm run bench`: builds the extension, then measures sizes against their budgets, idle cost with
 * no guide, "Start guide" to the first highlight in an open tab, highlight latency,
 * clicks to a token and popup render time in headless Chromium against the GitHub replica.
 * Prints a table and the JSON (also written to .output/bench.json). Timings are reported,
 * never asserted; `--no-build` reuses the builds in .output.
 */
import { writeFileSync } from 'node:fs';
import { BUILDS, buildAll } from './build';
import { countClicks } from './clicks';
import { measureSizes } from './figures';
import { measureIdle } from './idle';
import { measureLatency } from './latency';
import { measurePopup } from './popup';
import { measureStartGuide } from './start-guide';
import { table, type BenchResult } from './report';

const started = performance.now();
const step = async <T>(name: string, run: () => T | Promise<T>): Promise<T> => {
  process.stderr.write(`bench: ${name}…`);
  const begun = performance.now();
  const result = await run();
  process.stderr.write(` ${Math.round((performance.now() - begun) / 1000)} s\n`);
  return result;
};

if (!process.argv.includes('--no-build')) await step('building', buildAll);
const result: BenchResult = {
  sizes: await step('sizes', () => measureSizes({ 'chrome-mv3': BUILDS.chrome, 'firefox-mv2': BUILDS.firefox })),
  idle: await step('idle cost, no guide (Chromium)', () => measureIdle(BUILDS.chrome)),
  startGuide: await step('"Start guide" to the first highlight (Chromium)', () => measureStartGuide(BUILDS.chrome)),
  latency: await step('highlight latency (Chromium)', () => measureLatency(BUILDS.chrome)),
  clicks: await step('clicks to a token (Chromium, e2e build)', countClicks),
  popup: await step('popup render (Chromium)', () => measurePopup(BUILDS.chrome)),
};
const json = JSON.stringify({ ...result, node: process.version, seconds: Math.round((performance.now() - started) / 1000) }, null, 2);
writeFileSync('.output/bench.json', `${json}\n`);
console.log(`${table(result)}\n\n${json}`);
