/**
 * The least the chosen stack costs in a content script: each library the guide is built on,
 * used once the way the guide uses it, bundled and minified with nothing of ours. Set against the
 * size goal, it shows how much of the budget is left for the guide itself. Run from the project root.
 */
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const PARTS = {
  'Preact + hooks': `
    import { h, render } from 'preact';
    import { useState } from 'preact/hooks';
    function Card() { const [n, setN] = useState(0); return h('button', { onClick: () => setN(n + 1) }, n); }
    render(h(Card, null), document.body);`,
  'zod/mini (one object schema)': `
    import * as z from 'zod/mini';
    const guide = z.object({ active: z.boolean(), step: z.optional(z.string()), at: z.number() });
    console.log(guide.safeParse(globalThis.stored));`,
  "WXT's content-script context + shadow-root UI": `
    import { ContentScriptContext } from 'wxt/utils/content-script-context';
    import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
    const ctx = new ContentScriptContext('content', {});
    void createShadowRootUi(ctx, { name: 'pat-pilot-ui', position: 'inline', anchor: 'html', onMount: () => {} });`,
  "WXT's storage item": `
    import { storage } from '@wxt-dev/storage';
    void storage.defineItem('local:guide', { fallback: 0, version: 1 }).getValue();`,
};

export interface FloorSize {
  minified: number;
  gzip: number;
}

export interface StackFloor extends FloorSize {
  parts: Record<string, FloorSize>;
}

export async function measureStackFloor(): Promise<StackFloor> {
  const parts: Record<string, FloorSize> = {};
  for (const [name, source] of Object.entries(PARTS)) parts[name] = await bundleSize(source);
  return { ...(await bundleSize(Object.values(PARTS).join('\n'))), parts };
}

async function bundleSize(source: string): Promise<FloorSize> {
  const result = await build({
    stdin: { contents: source, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    logLevel: 'error',
  });
  const code = result.outputFiles[0]!.contents;
  return { minified: code.length, gzip: gzipSync(code, { level: 9 }).length };
}
