import { kB } from './budget';
import type { ClickFigures } from './clicks';
import type { SizeFigures } from './figures';
import type { IdleFigures } from './idle';
import type { LatencyFigures } from './latency';
import type { PopupFigures } from './popup';
import type { StackFloor } from './stack-floor';
import { round } from './stats';

export interface BenchResult {
  sizes: SizeFigures;
  stackFloor: StackFloor;
  idle: IdleFigures;
  latency: LatencyFigures;
  clicks: ClickFigures[];
  popup: PopupFigures;
}

type Row = [figure: string, value: string, note: string];

const ms = (value: number) => `${round(value)} ms`;
const size = (s: { minified: number; gzip: number }) => `${kB(s.minified)} min, ${kB(s.gzip)} gz`;
const delta = (withExt: number, without: number, unit = '') => `${round(withExt - without)}${unit} (${round(withExt)} vs ${round(without)})`;

function sizeRows({ budget, builds }: SizeFigures): Row[] {
  return Object.entries(builds).flatMap(([name, b]): Row[] => [
    [`${name}: content script JS+CSS`, size(b.content),
      `goal ≤ ${kB(budget.goalGzip)} gz: ${b.content.gzip <= budget.goalGzip ? 'met' : 'NOT met'}; enforced ceiling ${kB(budget.ceilingGzip)}: ${b.content.gzip <= budget.ceilingGzip ? 'ok' : 'OVER'}`],
    [`${name}: popup JS+CSS`, size(b.popup), b.popup.files.join(', ')],
    [`${name}: background JS`, size(b.background), b.background.files.join(', ')],
  ]);
}

function floorRows(floor: StackFloor, goalGzip: number): Row[] {
  return [
    ['the stack alone, as a content script', size(floor), `${Math.round((100 * floor.gzip) / goalGzip)}% of the goal before any guide code`],
    ...Object.entries(floor.parts).map(([name, part]): Row => [`  ${name}`, size(part), 'bundled alone']),
  ];
}

function idleRows({ with: w, without, loads }: IdleFigures): Row[] {
  const mo = (s: typeof w, name: string) => (s.observers[`extension:${name}`] ?? 0) + (s.observers[`page:${name}`] ?? 0);
  return [
    ['idle: DOM nodes added', delta(w.domNodes, without.domNodes), 'with vs without extension, open shadow roots included'],
    ['idle: MutationObservers added', delta(mo(w, 'MutationObserver'), mo(without, 'MutationObserver')), 'live objects in page + extension worlds (CDP Runtime.queryObjects)'],
    ['idle: Resize/IntersectionObservers added', delta(mo(w, 'ResizeObserver') + mo(w, 'IntersectionObserver'), mo(without, 'ResizeObserver') + mo(without, 'IntersectionObserver')), ''],
    ['idle: JS event listeners added', delta(w.listeners, without.listeners), 'CDP Performance.getMetrics JSEventListeners'],
    ['idle: script time during page load', delta(w.loadScriptMs, without.loadScriptMs, ' ms'), `ScriptDuration, median of ${loads} loads`],
    ['idle: script time in 2 s after load', delta(w.idleScriptMs, without.idleScriptMs, ' ms'), 'ScriptDuration, no guide active'],
  ];
}

function latencyRows(l: LatencyFigures): Row[] {
  return [
    ['highlight latency: median', ms(l.placedMs.median), `${l.trials} trials, step ${l.step}; insertion → marker + ring on the target`],
    ['highlight latency: p95 / max', `${ms(l.placedMs.p95)} / ${ms(l.placedMs.max)}`, `ring drawn in the first frame showing the target: ${l.sameFrame}/${l.trials}`],
    ['active guide: extension MutationObservers', String(l.activeExtensionMutationObservers), 'control for the idle count'],
  ];
}

export function table(result: BenchResult): string {
  const rows: Row[] = [
    ...sizeRows(result.sizes),
    ...floorRows(result.stackFloor, result.sizes.budget.goalGzip),
    ...idleRows(result.idle),
    ...latencyRows(result.latency),
    ...result.clicks.map((c): Row => [`clicks to a token: ${c.path} path`, String(c.clicks), `toolbar → token with ${c.scopes.join(', ')}`]),
    ['popup: first render (median)', ms(result.popup.firstRenderMs), `Preact's first render into #app, ${result.popup.loads} loads`],
    ['popup: first contentful paint', ms(result.popup.firstContentfulPaintMs), 'the HTML has no content of its own'],
    ['popup: all sections drawn', ms(result.popup.completeMs), 'settings read, fast path shown'],
  ];
  const widths = [0, 1].map((i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map(([a, b, c]) => `${a.padEnd(widths[0]!)}  ${b.padEnd(widths[1]!)}  ${c}`.trimEnd()).join('\n');
}
