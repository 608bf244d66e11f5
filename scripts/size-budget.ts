/**
 * Deterministic size check for `npm test`: the built content script (both browsers) must stay
 * under the enforced ceiling. Run after `npm run build`; exits 1 when a build is over budget or missing.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { CONTENT_SCRIPT_BUDGET, kB } from './bench/budget';
import { contentScriptFiles, measureFiles, readManifest } from './bench/sizes';

const BUILDS = ['.output/chrome-mv3', '.output/firefox-mv2'];
const { ceilingGzip, goalGzip } = CONTENT_SCRIPT_BUDGET;

const missing = BUILDS.filter((build) => !existsSync(path.resolve(build, 'manifest.json')));
const over: string[] = [];
for (const build of BUILDS.filter((b) => !missing.includes(b))) {
  const size = measureFiles(path.resolve(build), contentScriptFiles(readManifest(path.resolve(build))));
  if (size.gzip > ceilingGzip) over.push(build);
  console.log(
    `size: ${build} content script ${kB(size.minified)} minified, ${kB(size.gzip)} gzip -9 ` +
      `(ceiling ${kB(ceilingGzip)}: ${size.gzip > ceilingGzip ? 'OVER BUDGET' : 'ok'}; goal ${kB(goalGzip)}: ${size.gzip <= goalGzip ? 'met' : 'not met'})`,
  );
}
for (const build of missing) console.error(`size: ${build} is missing; run \`npm run build\` first`);
if (over.length) {
  console.error(
    'size: the content script grew past its ceiling (scripts/bench/budget.ts). Shrink it (see what the ' +
      'change added to content-scripts/content.js), or raise the ceiling only for a deliberate feature.',
  );
}
if (missing.length || over.length) process.exit(1);
