/**
 * `npm run demo`: the release build in Debian's Chromium, with github.com answered by the test
 * replica, so anyone can walk the whole guide without a GitHub account and without a real token.
 * It reuses the e2e harness's launch, so the demo and the tests see the same browser set-up.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { openChromium } from '../tests/e2e/support/chromium';
import { createGitHubReplica, LOGIN, type GitHubReplica } from '../tests/e2e/support/replica';
import { parseDemoOptions, USAGE } from './demo-options';

// Its own mode, so it never races a release build or a test build for the same folder; it differs
// from the release build by that name alone.
const EXTENSION_DIR = path.resolve('.output/chrome-mv3-demo');

const NO_DISPLAY = `npm run demo opens a browser window, and there is no display here (neither DISPLAY nor WAYLAND_DISPLAY is set).
Run it from a desktop session, point DISPLAY at an X server (e.g. DISPLAY=:0), or use a virtual one:
  xvfb-run -a npm run demo          (Debian: apt-get install xvfb)`;

function main(): Promise<void> | void {
  let replicaOptions;
  try {
    replicaOptions = parseDemoOptions(process.argv.slice(2));
  } catch (error) {
    return fail(`${(error as Error).message}\n${USAGE}`);
  }
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return fail(NO_DISPLAY);
  // Always the current sources: a stale build would demo something else.
  const build = spawnSync(path.resolve('node_modules/.bin/wxt'), ['build', '--mode', 'demo'], { stdio: 'inherit' });
  if (build.status !== 0) return fail('npm run demo: the build failed (see above).');
  return run(createGitHubReplica(replicaOptions));
}

/** Ctrl-C needs no handler here: Playwright's launcher closes the browser and exits (status 130). */
async function run(replica: GitHubReplica): Promise<void> {
  const log = { blockedRequests: [], pageErrors: [], consoleErrors: [] };
  const session = await openChromium(EXTENSION_DIR, replica, log, { headless: false, viewport: null });
  const { context, extensionId } = session;
  const closed = new Promise<void>((resolve) => context.once('close', () => resolve()));
  const github = context.pages()[0] ?? (await context.newPage());
  await github.goto('https://github.com/');
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await github.bringToFront();
  console.log(instructions(replica.options.header));

  await closed;
  await session.close();
  console.log(`Demo over: ${replica.createdTokens.length} pretend token(s) made, none of them real.`);
}

function instructions(header: string): string {
  return `
PAT Pilot demo: github.com in this browser is a local replica (GitHub header ${header}); nothing reaches the network.
- The "PAT Pilot" tab next to GitHub's is the toolbar popup: press "Start guide" there
  (the real popup is in the toolbar's puzzle-piece menu too).
- You are signed in as @${LOGIN}; if GitHub asks you to confirm access, any password works.
- The token it shows at the end is made up and works nowhere.
Close the browser or press Ctrl-C here to stop.`;
}

function fail(message: string): void {
  console.error(message);
  process.exitCode = 1;
}

await main();
