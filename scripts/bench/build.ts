import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const BUILDS = {
  chrome: path.resolve('.output/chrome-mv3'),
  firefox: path.resolve('.output/firefox-mv2'),
  /** Same code; the background opens the popup in a tab, which the click walk needs (no toolbar when headless). */
  chromeE2e: path.resolve('.output/chrome-mv3-e2e'),
} as const;

const COMMANDS = [['build'], ['build', '-b', 'firefox'], ['build', '--mode', 'e2e']];

/** Builds what the benchmark measures; WXT's output is shown only when a build fails. */
export function buildAll(): void {
  const wxt = path.resolve('node_modules/.bin/wxt');
  for (const args of COMMANDS) {
    const run = spawnSync(wxt, args, { encoding: 'utf8' });
    if (run.status !== 0) {
      process.stderr.write(run.stdout + run.stderr);
      throw new Error(`wxt ${args.join(' ')} failed`);
    }
  }
}
