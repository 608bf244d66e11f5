import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Bytes as shipped (the build minifies) and after gzip -9 of each file, summed. */
export interface SizeFigure {
  files: string[];
  minified: number;
  gzip: number;
}

interface Manifest {
  content_scripts?: Array<{ js?: string[]; css?: string[] }>;
  background?: { service_worker?: string; scripts?: string[]; page?: string };
  action?: { default_popup?: string };
  browser_action?: { default_popup?: string };
}

export function measureFiles(dir: string, files: readonly string[]): SizeFigure {
  const unique = [...new Set(files.map((file) => file.replace(/^\//, '')))];
  let minified = 0;
  let gzip = 0;
  for (const file of unique) {
    const bytes = readFileSync(path.join(dir, file));
    minified += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: unique, minified, gzip };
}

export function readManifest(dir: string): Manifest {
  return JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
}

/** Every JS and CSS file the manifest injects into github.com pages (the settings stub). */
export function manifestScriptFiles(manifest: Manifest): string[] {
  return (manifest.content_scripts ?? []).flatMap((entry) => [...(entry.js ?? []), ...(entry.css ?? [])]);
}

/** An on-demand script WXT writes, and the stylesheet it would write beside it. */
export interface OnDemandScript {
  js: string;
  css: string;
}

/**
 * Where WXT writes the runtime-registered guide scripts (GUIDE_SCRIPT_FILE and FINE_GRAINED_GUIDE_SCRIPT_FILE in
 * lib/background/guide-script.ts, checked equal by tests/unit/bench-budgets.test.ts).
 */
export const GUIDE_SCRIPT: OnDemandScript = { js: 'guide.js', css: 'guide.css' };
export const FINE_GRAINED_GUIDE_SCRIPT: OnDemandScript = { js: 'fine-grained-guide.js', css: 'fine-grained-guide.css' };
/** The preset offer on the new-token form without a guide (PRESET_OFFER_FILE in lib/background/guide-script.ts). */
export const PRESET_OFFER_SCRIPT: OnDemandScript = { js: 'preset-offer.js', css: 'preset-offer.css' };

/** A script and, when WXT emitted one, its stylesheet; the JS is listed even when missing. */
export function onDemandScriptFiles(dir: string, script: OnDemandScript): string[] {
  return [script.js, ...(existsSync(path.join(dir, script.css)) ? [script.css] : [])];
}

export function backgroundFiles(dir: string, manifest: Manifest): string[] {
  const { service_worker, scripts = [], page } = manifest.background ?? {};
  const entries = [...(service_worker ? [service_worker] : []), ...scripts];
  return page ? htmlFiles(dir, page) : withImports(dir, entries);
}

export function popupFiles(dir: string, manifest: Manifest): string[] {
  const popup = (manifest.action ?? manifest.browser_action)?.default_popup;
  return popup ? htmlFiles(dir, popup) : [];
}

/** The scripts and stylesheets an HTML page loads, with the chunks those scripts import. */
function htmlFiles(dir: string, page: string): string[] {
  const html = readFileSync(path.join(dir, page), 'utf8');
  const refs = [...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  return withImports(dir, refs);
}

/** Follows the static imports between built chunks (`from"./x.js"`, `import"./x.js"`). */
function withImports(dir: string, entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    const clean = path.posix.normalize(file.replace(/^\//, ''));
    if (seen.has(clean)) return;
    seen.add(clean);
    if (!clean.endsWith('.js')) return;
    const code = readFileSync(path.join(dir, clean), 'utf8');
    for (const match of code.matchAll(/(?:from|import)\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)) {
      visit(path.posix.join(path.posix.dirname(clean), match[1]!));
    }
  };
  entries.forEach(visit);
  return [...seen];
}
