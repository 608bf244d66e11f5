import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractZip, readTree, readZip } from '../../scripts/store/zip-files';

/**
 * What addons.mozilla.org asks of a bundled extension: its sources rebuild to the very files
 * published, and its linter finds nothing. The zips are made as `npm run zip:firefox` makes
 * them, with the project's own config, only into a folder of this test's own.
 *
 * The rebuild links the project's node_modules instead of running `npm ci`: the first test
 * proves the zip's package.json and lockfile are the ones node_modules was installed from, so a
 * fresh install would give the same tree; skipping it keeps the test to seconds, not a minute.
 */
const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'node_modules/.bin');
const { name, version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };

/** A shell's environment: vitest's NODE_ENV=test would make Vite build with development JSX. */
const BUILD_ENV = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !/^(NODE_ENV|MODE|TEST|VITEST.*)$/.test(key)),
);

let work: string;
const zipPath = (kind: 'firefox' | 'sources') => path.join(work, 'zips', `${name}-${version}-${kind}.zip`);
const sourcesDir = () => path.join(work, 'sources');

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'pat-pilot-store-'));
  const zip = `import { zip } from 'wxt'; await zip({ browser: 'firefox', outDir: ${JSON.stringify(path.join(work, 'zips'))} });`;
  execFileSync(process.execPath, ['--input-type=module', '-e', zip], { cwd: ROOT, env: BUILD_ENV, stdio: 'pipe' });
  await extractZip(zipPath('sources'), sourcesDir());
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(sourcesDir(), 'node_modules'), 'dir');
}, 120_000);

afterAll(() => work && rmSync(work, { recursive: true, force: true }));

describe('the sources zip', () => {
  it('carries the package manifest and lockfile the dependencies were installed from', async () => {
    const sources = await readZip(zipPath('sources'));
    for (const file of ['package.json', 'package-lock.json']) {
      expect(sources.get(file)?.toString('utf8'), file).toBe(readFileSync(path.join(ROOT, file), 'utf8'));
    }
  });

  it('rebuilds with `npm run build:firefox` to the published extension, file for file', async () => {
    const build = spawnSync('npm', ['run', 'build:firefox'], { cwd: sourcesDir(), env: BUILD_ENV, encoding: 'utf8' });
    expect(build.status, build.stderr || build.stdout).toBe(0);
    const rebuilt = await readTree(path.join(sourcesDir(), '.output/firefox-mv2'));
    const published = await readZip(zipPath('firefox'));
    expect([...rebuilt.keys()].sort()).toEqual([...published.keys()].sort());
    const differing = [...published].filter(([file, content]) => !content.equals(rebuilt.get(file)!)).map(([file]) => file);
    expect(differing).toEqual([]);
  }, 120_000);
});

describe('the Firefox zip', () => {
  it('ships no path of the machine that built it (a development build would)', async () => {
    const published = await readZip(zipPath('firefox'));
    const leaking = [...published].filter(([, content]) => content.includes(ROOT)).map(([file]) => file);
    expect(leaking).toEqual([]);
  });

  it('passes web-ext lint (as the store runs it) with no errors, warnings or notices', async () => {
    const published = path.join(work, 'published');
    await extractZip(zipPath('firefox'), published);
    const lint = spawnSync(path.join(BIN, 'web-ext'), ['lint', '--source-dir', published, '--output', 'json'], { encoding: 'utf8' });
    const report = JSON.parse(lint.stdout) as { summary: Record<'errors' | 'warnings' | 'notices', number>; warnings: Array<{ message: string; file: string }> };
    expect(report.warnings.map((w) => `${w.file}: ${w.message}`)).toEqual([]);
    expect(report.summary).toEqual({ errors: 0, warnings: 0, notices: 0 });
  }, 120_000);
});
