import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

/**
 * The 2024–26 header menus are React with @primer/react (react/header-menus.jsx), bundled here with esbuild the
 * first time a page asks for them. The bundle is kept in memory and in .output/replica-react/, named by a hash of
 * the source and the installed versions, so later test runs and processes start without building.
 */
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const ENTRY = join(ROOT, 'tests/fixtures/github/react/header-menus.jsx');
const CACHE = join(ROOT, '.output/replica-react');
const PACKAGES = ['react', 'react-dom', '@primer/react', '@primer/octicons-react', 'esbuild'];
/** Bumped when the build options below change, so an older cached bundle is not reused. */
const BUILD_VERSION = '2';

export type ReactBundle = { js: string; css: string };
let bundle: ReactBundle | undefined;

function cacheKey(): string {
  const hash = createHash('sha256').update(BUILD_VERSION).update(readFileSync(ENTRY));
  for (const name of PACKAGES) hash.update(readFileSync(join(ROOT, 'node_modules', name, 'package.json')));
  return hash.digest('hex').slice(0, 16);
}

function build(): ReactBundle {
  const { outputFiles } = buildSync({
    entryPoints: [ENTRY], bundle: true, format: 'esm', minify: true, write: false, outdir: CACHE,
    // React's JSX runtime, not the project's Preact one from tsconfig.json.
    jsx: 'automatic', jsxImportSource: 'react', tsconfigRaw: {},
    define: { 'process.env.NODE_ENV': '"production"' }, logLevel: 'error',
  });
  const text = (extension: string) => outputFiles.find((file) => file.path.endsWith(extension))?.text ?? '';
  return { js: text('.js'), css: text('.css') };
}

export function reactBundle(): ReactBundle {
  if (bundle) return bundle;
  const base = join(CACHE, cacheKey());
  try {
    bundle = { js: readFileSync(`${base}.js`, 'utf8'), css: readFileSync(`${base}.css`, 'utf8') };
  } catch {
    bundle = build();
    mkdirSync(CACHE, { recursive: true });
    writeFileSync(`${base}.js`, bundle.js);
    writeFileSync(`${base}.css`, bundle.css);
  }
  return bundle;
}
