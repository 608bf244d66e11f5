import { kB } from './budget';
import type { ClickFigures } from './clicks';
import type { Verdict } from './budget-check';
import type { SizeFigures } from './figures';
import type { IdleFigures, IdleLoad } from './idle';
import type { LatencyFigures } from './latency';
import type { PopupFigures } from './popup';
import type { StartGuideFigures } from './start-guide';
import { round } from './stats';

export interface BenchResult {
  sizes: SizeFigures;
  idle: IdleFigures[];
  startGuide: StartGuideFigures;
  latency: LatencyFigures;
  clicks: ClickFigures[];
  popup: PopupFigures;
}

type Row = [figure: string, value: string, note: string];

/** One frame at 60 Hz: the highlight's goal at the median. */
const FRAME_MS = 1000 / 60;

const ms = (value: number) => `${round(value)} ms`;
const size = (s: { minified: number; gzip: number }) => `${kB(s.minified)} min, ${kB(s.gzip)} gz`;
const delta = (withExt: number, without: number, unit = '') => `${round(withExt - without)}${unit} (${round(withExt)} vs ${round(without)})`;

function sizeRows({ budgeted, builds, budgets }: SizeFigures): Row[] {
  const budgetRows = budgeted.map(({ build, script, size: measured, limit, ok, message }): Row => [
    `${build}: ${budgets[script].label}`,
    measured ? size(measured) : 'MISSING',
    measured ? `budget ≤ ${kB(limit)} gz: ${ok ? 'met' : 'NOT met'}; ${measured.files.join(', ')}` : message,
  ]);
  const otherRows = Object.entries(builds).flatMap(([name, b]): Row[] => [
    [`${name}: popup JS+CSS`, size(b.popup), b.popup.files.join(', ')],
    [`${name}: background JS`, size(b.background), b.background.files.join(', ')],
  ]);
  return [...budgetRows, ...otherRows];
}

/** `stub` is the manifest's script as built: its size is part of its cost where it runs. */
function idleRows({ name, note, loads, idleWindowMs, with: w, without }: IdleFigures, stub: Verdict | undefined): Row[] {
  const observers = (s: IdleLoad, ...names: string[]) => names.reduce((sum, n) => sum + (s.observers[`extension:${n}`] ?? 0) + (s.observers[`page:${n}`] ?? 0), 0);
  const at = `idle ${name}:`;
  return [
    [`${at} extension worlds / scripts`, `${w.extensionWorlds} / ${w.extensionScripts.length}`,
      `isolated worlds of the extension, scripts parsed there${w.extensionScripts.length ? `: ${w.extensionScripts.join(', ')}` : ''}${note ? `; ${note}` : ''}`],
    ...(w.extensionScripts.length > 0 && stub?.size ? [[`${at} stub shipped`, size(stub.size), `${stub.build} ${stub.size.files.join(', ')}, parsed on every load`] as Row] : []),
    [`${at} extension script time`, `${w.extensionScriptMs} ms`, `EvaluateScript + FunctionCall of extension URLs in the timeline trace, load and ${idleWindowMs / 1000} s after, median of ${loads} loads`],
    [`${at} JS event listeners added`, delta(w.listeners, without.listeners), 'with vs without extension, CDP JSEventListeners'],
    [`${at} DOM nodes added`, delta(w.domNodes, without.domNodes), 'open shadow roots included'],
    [`${at} MutationObservers added`, delta(observers(w, 'MutationObserver'), observers(without, 'MutationObserver')), 'live objects, page + extension worlds'],
    [`${at} Resize/IntersectionObservers added`, delta(observers(w, 'ResizeObserver', 'IntersectionObserver'), observers(without, 'ResizeObserver', 'IntersectionObserver')), ''],
    [`${at} script time during load`, delta(w.loadScriptMs, without.loadScriptMs, ' ms'), `ScriptDuration of the whole page, median of ${loads} loads (machine noise)`],
    [`${at} script time after load`, delta(w.idleScriptMs, without.idleScriptMs, ' ms'), `ScriptDuration in the ${idleWindowMs / 1000} s after load`],
  ];
}

function startRows(s: StartGuideFigures): Row[] {
  const { median, p95, min, max } = s.firstHighlightMs;
  return [
    ['"Start guide" → first highlight: median', ms(median), `goal ≤ ${s.goalMs} ms: ${s.goalMet ? 'met' : 'NOT met'}; ${s.trials} trials, open dashboard tab, step ${s.step}`],
    ['"Start guide" → first highlight: p95', ms(p95), `min ${ms(min)}, max ${ms(max)}; popup click → marker, one clock (timeOrigin + now)`],
  ];
}

function latencyRows(l: LatencyFigures): Row[] {
  return [
    ['highlight latency: median', ms(l.placedMs.median),
      `one frame (${ms(FRAME_MS)}): ${l.placedMs.median <= FRAME_MS ? 'met' : 'NOT met'}; ${l.trials} trials, step ${l.step}; insertion → marker + ring on the target`],
    ['highlight latency: p95 / max', `${ms(l.placedMs.p95)} / ${ms(l.placedMs.max)}`, `ring drawn in the first frame showing the target: ${l.sameFrame}/${l.trials}`],
    ['active guide: extension MutationObservers', String(l.activeExtensionMutationObservers), 'control for the idle count'],
  ];
}

export function table(result: BenchResult): string {
  const rows: Row[] = [
    ...sizeRows(result.sizes),
    ...result.idle.flatMap((idle) => idleRows(idle, result.sizes.budgeted.find((v) => v.script === 'stub'))),
    ...startRows(result.startGuide),
    ...latencyRows(result.latency),
    ...result.clicks.map((c): Row => [`clicks to a token: ${c.path} path`, String(c.clicks), `toolbar → token with ${c.scopes.join(', ')}`]),
    ['popup: first render (median)', ms(result.popup.firstRenderMs), `Preact's first render into #app, ${result.popup.loads} loads`],
    ['popup: first contentful paint', ms(result.popup.firstContentfulPaintMs), 'the HTML has no content of its own'],
    ['popup: all sections drawn', ms(result.popup.completeMs), 'settings read, fast path shown'],
  ];
  const widths = [0, 1].map((i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map(([a, b, c]) => `${a.padEnd(widths[0]!)}  ${b.padEnd(widths[1]!)}  ${c}`.trimEnd()).join('\n');
}
