import { describe, expect, it } from 'vitest';
import { table, type BenchResult } from '../../scripts/bench/report';
import { SIZE_BUDGETS } from '../../scripts/bench/budget';
import type { IdleLoad } from '../../scripts/bench/idle';

const figure = (gzip: number, file: string) => ({ files: [file], minified: gzip * 3, gzip });
const idle = (load: Partial<IdleLoad>): IdleLoad => ({
  domNodes: 327, observers: {}, extensionWorlds: 0, extensionScripts: [], extensionScriptMs: 0, loadScriptMs: 150, idleScriptMs: 0, listeners: 390, ...load,
});

function result(startMedianMs: number): BenchResult {
  return {
    sizes: {
      budgets: SIZE_BUDGETS,
      budgeted: [
        { build: 'chrome-mv3', script: 'stub', limit: 1_500, size: figure(588, 'settings-stub.js'), ok: true, message: '' },
        { build: 'chrome-mv3', script: 'guide', limit: 20_000, ok: false, message: 'chrome-mv3: guide script (on demand), JS+CSS is missing: guide.js' },
      ],
      builds: { 'chrome-mv3': { popup: figure(30_000, 'popup.js'), background: figure(20_000, 'background.js') } },
    },
    idle: [
      { name: 'dashboard', page: 'https://github.com/', note: '', loads: 3, idleWindowMs: 1000, with: idle({}), without: idle({}) },
      { name: 'settings/profile', page: 'https://github.com/settings/profile', note: '', loads: 3, idleWindowMs: 1000,
        with: idle({ extensionWorlds: 1, extensionScripts: ['/settings-stub.js'], extensionScriptMs: 1.9, listeners: 397 }), without: idle({}) },
    ],
    startGuide: { page: 'https://github.com/', step: 'open-user-menu', trials: 20, firstHighlightMs: { median: startMedianMs, p95: 240, min: 90, max: 300 }, samples: [], goalMs: 150, goalMet: startMedianMs <= 150 },
    latency: { page: 'https://github.com/', step: 'open-user-menu', trials: 60, placedMs: { median: 9.8, p95: 20, max: 40 }, sameFrame: 60, activeExtensionMutationObservers: 2 },
    clicks: [{ path: 'fast', clicks: 3, steps: [], scopes: ['repo'] }],
    popup: { loads: 10, firstRenderMs: 76, firstContentfulPaintMs: 92, completeMs: 111 },
  };
}

const row = (text: string, start: string) => text.split('\n').find((line) => line.startsWith(start)) ?? '';

describe('the benchmark table', () => {
  it('shows each budget, and a missing script as missing', () => {
    const text = table(result(120));
    expect(row(text, 'chrome-mv3: settings stub')).toMatch(/0\.6 kB gz\s+budget ≤ 1\.5 kB gz: met/);
    expect(row(text, 'chrome-mv3: guide script')).toMatch(/MISSING\s+chrome-mv3: guide script .*is missing/);
  });

  it('shows the idle figures side by side, and the stub where it runs', () => {
    const text = table(result(120));
    expect(row(text, 'idle dashboard: extension worlds / scripts')).toMatch(/0 \/ 0/);
    expect(row(text, 'idle dashboard: JS event listeners added')).toMatch(/0 \(390 vs 390\)/);
    expect(text).not.toContain('idle dashboard: stub shipped');
    expect(row(text, 'idle settings/profile: extension worlds / scripts')).toMatch(/1 \/ 1 .*\/settings-stub\.js/);
    expect(row(text, 'idle settings/profile: stub shipped')).toMatch(/0\.6 kB gz/);
    expect(row(text, 'idle settings/profile: JS event listeners added')).toMatch(/7 \(397 vs 390\)/);
  });

  it('says whether "Start guide" to the first highlight met its 150 ms goal', () => {
    expect(row(table(result(120)), '"Start guide" → first highlight: median')).toMatch(/120 ms\s+goal ≤ 150 ms: met/);
    expect(row(table(result(151)), '"Start guide" → first highlight: median')).toMatch(/151 ms\s+goal ≤ 150 ms: NOT met/);
    expect(row(table(result(120)), 'highlight latency: median')).toMatch(/one frame \(16\.7 ms\): met/);
  });
});
