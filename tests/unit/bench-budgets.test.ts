import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FINE_GRAINED_GUIDE_SCRIPT_FILE, GUIDE_SCRIPT_FILE } from '@/lib/background/guide-script';
import { FINE_GRAINED_GUIDE_SCRIPT, GUIDE_SCRIPT } from '../../scripts/bench/sizes';

/**
 * `npm run size:check` (part of `npm test`) on made-up builds: random bytes do not compress, so a
 * file of n bytes is a little over n bytes at gzip -9 and lands on a chosen side of a budget.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const BUILDS = ['chrome-mv3', 'firefox-mv2'];
const made: string[] = [];

interface FakeBuild {
  stub?: number;
  guide?: number;
  guideCss?: number;
  fineGrained?: number;
  fineGrainedCss?: number;
}

function project(builds: Record<string, FakeBuild | 'missing'>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'size-check-'));
  made.push(root);
  for (const [name, build] of Object.entries(builds)) {
    if (build === 'missing') continue;
    const dir = path.join(root, '.output', name);
    mkdirSync(path.join(dir, 'content-scripts'), { recursive: true });
    const injected = build.stub === undefined ? [] : [{ matches: ['https://github.com/settings/*'], js: ['settings-stub.js'] }];
    writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ content_scripts: injected }));
    if (build.stub !== undefined) writeFileSync(path.join(dir, 'settings-stub.js'), randomBytes(build.stub));
    if (build.guide !== undefined) writeFileSync(path.join(dir, GUIDE_SCRIPT.js), randomBytes(build.guide));
    if (build.guideCss !== undefined) writeFileSync(path.join(dir, GUIDE_SCRIPT.css), randomBytes(build.guideCss));
    if (build.fineGrained !== undefined) writeFileSync(path.join(dir, FINE_GRAINED_GUIDE_SCRIPT.js), randomBytes(build.fineGrained));
    if (build.fineGrainedCss !== undefined) writeFileSync(path.join(dir, FINE_GRAINED_GUIDE_SCRIPT.css), randomBytes(build.fineGrainedCss));
  }
  return root;
}

function sizeCheck(cwd: string) {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts/bench/run.mjs'), path.join(ROOT, 'scripts/size-budget.ts')], { cwd, encoding: 'utf8' });
  return { status: run.status, out: run.stdout + run.stderr };
}

const both = (build: FakeBuild | 'missing') => Object.fromEntries(BUILDS.map((name) => [name, build]));
const WITHIN: FakeBuild = { stub: 1_000, guide: 15_000, fineGrained: 15_000 };

afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('npm run size:check', () => {
  it('measures the files the background registers and injects', () => {
    expect(GUIDE_SCRIPT.js).toBe(GUIDE_SCRIPT_FILE);
    expect(FINE_GRAINED_GUIDE_SCRIPT.js).toBe(FINE_GRAINED_GUIDE_SCRIPT_FILE);
  });

  it('passes when the stub and both guide scripts are within budget in both builds', () => {
    const { status, out } = sizeCheck(project(both(WITHIN)));
    expect(out).toMatch(/chrome-mv3: settings stub .*budget 1\.5 kB: ok/);
    expect(out).toMatch(/firefox-mv2: guide script .*budget 20\.0 kB: ok/);
    expect(out).toMatch(/chrome-mv3: fine-grained guide script .*budget 20\.0 kB: ok/);
    expect(out).toMatch(/firefox-mv2: fine-grained guide script .*budget 20\.0 kB: ok/);
    expect(status).toBe(0);
  });

  it('fails when the fine-grained guide script with its CSS is over 20 kB gz in one build', () => {
    const { status, out } = sizeCheck(project({ 'chrome-mv3': WITHIN, 'firefox-mv2': { ...WITHIN, fineGrained: 15_000, fineGrainedCss: 5_500 } }));
    expect(out).toMatch(/firefox-mv2: fine-grained guide script .*OVER BUDGET.*fine-grained-guide\.js, fine-grained-guide\.css/);
    expect(out).toMatch(/chrome-mv3: fine-grained guide script .*ok/);
    expect(status).toBe(1);
  });

  it('fails when the fine-grained guide script is missing from a build', () => {
    const { status, out } = sizeCheck(project({ 'chrome-mv3': { ...WITHIN, fineGrained: undefined }, 'firefox-mv2': WITHIN }));
    expect(out).toMatch(/chrome-mv3: fine-grained guide script .*is missing: fine-grained-guide\.js/);
    expect(status).toBe(1);
  });

  it('fails when the stub is over 1.5 kB gz in one build', () => {
    const { status, out } = sizeCheck(project({ 'chrome-mv3': WITHIN, 'firefox-mv2': { ...WITHIN, stub: 1_600 } }));
    expect(out).toMatch(/firefox-mv2: settings stub .*OVER BUDGET/);
    expect(out).toMatch(/grew past its budget/);
    expect(status).toBe(1);
  });

  it('fails when the guide script with its CSS is over 20 kB gz', () => {
    const { status, out } = sizeCheck(project({ 'chrome-mv3': { ...WITHIN, guide: 15_000, guideCss: 5_500 }, 'firefox-mv2': WITHIN }));
    expect(out).toMatch(/chrome-mv3: guide script .*OVER BUDGET.*guide\.js, guide\.css/);
    expect(status).toBe(1);
  });

  it('fails when a build, the guide script or the stub is missing', () => {
    expect(sizeCheck(project({ 'chrome-mv3': WITHIN, 'firefox-mv2': 'missing' }))).toMatchObject({ status: 1, out: expect.stringMatching(/firefox-mv2 is missing.*npm run build/) });
    expect(sizeCheck(project({ 'chrome-mv3': { stub: 1_000 }, 'firefox-mv2': WITHIN }))).toMatchObject({ status: 1, out: expect.stringMatching(/chrome-mv3: guide script .*is missing: guide\.js/) });
    expect(sizeCheck(project({ 'chrome-mv3': WITHIN, 'firefox-mv2': { guide: 15_000 } }))).toMatchObject({ status: 1, out: expect.stringMatching(/firefox-mv2: no settings stub/) });
  });
}, 60_000);
