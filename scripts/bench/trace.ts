import type { CDPSession } from '@playwright/test';

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  args?: { data?: { url?: string; scriptName?: string } };
}

/** Trace events that run a script's top level or call into one of its functions (a listener, a callback). */
const SCRIPT_RUNS = new Set(['EvaluateScript', 'FunctionCall', 'v8.evaluateModule']);

/**
 * Records Chromium's timeline trace for the page until `stop()`, which returns the time (ms) spent
 * running scripts loaded from the extension: exact where ScriptDuration, the whole renderer's
 * figure, moves by tens of ms from load to load on a busy machine.
 */
export async function traceExtensionScripts(cdp: CDPSession): Promise<{ stop(): Promise<number> }> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => void events.push(...(value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline'] }, transferMode: 'ReportEvents' });
  return {
    async stop() {
      const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.end');
      await complete;
      const fromExtension = (e: TraceEvent) => (e.args?.data?.url ?? e.args?.data?.scriptName ?? '').startsWith('chrome-extension://');
      return events.filter((e) => e.ph === 'X' && SCRIPT_RUNS.has(e.name) && fromExtension(e)).reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000;
    },
  };
}
