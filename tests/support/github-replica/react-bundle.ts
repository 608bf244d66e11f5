import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

/**
 * The React parts of replica pages, written with @primer/react as github.com's are: the 2024–26 header menus
 * (react/header-menus.jsx) and the fine-grained form's permission picker (react/permission-picker.jsx). Each is
 * bundled with esbuild the first time a page asks for it, kept in memory and in .output/replica-react/, named by
 * a hash of the sources and the installed versions, so later test runs and processes start without building.
 */
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const SOURCES = join(ROOT, 'tests/fixtures/github/react');
const CACHE = join(ROOT, '.output/replica-react');
const PACKAGES = ['react', 'react-dom', '@primer/react', '@primer/octicons-react', 'esbuild'];
/** Bumped when the build options below change, so an older cached bundle is not reused. */
const BUILD_VERSION = '3';

export const REACT_BUNDLES = ['header-menus', 'permission-picker'] as const;
export type ReactBundleName = (typeof REACT_BUNDLES)[number];
export type ReactBundle = { js: string; css: string };
const bundles = new Map<ReactBundleName, ReactBundle>();

/** Every source of the folder counts: the bundles share modules (partials.jsx). */
function cacheKey(name: ReactBundleName): string {
  const hash = createHash('sha256').update(BUILD_VERSION).update(name);
  for (const file of readdirSync(SOURCES).sort()) hash.update(file).update(readFileSync(join(SOURCES, file)));
  for (const name of PACKAGES) hash.update(readFileSync(join(ROOT, 'node_modules', name, 'package.json')));
  return hash.digest('hex').slice(0, 16);
}

function build(name: ReactBundleName): ReactBundle {
  const { outputFiles } = buildSync({
    entryPoints: [join(SOURCES, `${name}.jsx`)], bundle: true, format: 'esm', minify: true, write: false, outdir: CACHE,
    // React's JSX runtime, not the project's Preact one from tsconfig.json.
    jsx: 'automatic', jsxImportSource: 'react', tsconfigRaw: {},
    define: { 'process.env.NODE_ENV': '"production"' }, logLevel: 'error',
  });
  const text = (extension: string) => outputFiles.find((file) => file.path.endsWith(extension))?.text ?? '';
  return { js: text('.js'), css: text('.css') };
}

export function reactBundle(name: ReactBundleName): ReactBundle {
  let bundle = bundles.get(name);
  if (bundle) return bundle;
  const base = join(CACHE, `${name}-${cacheKey(name)}`);
  try {
    bundle = { js: readFileSync(`${base}.js`, 'utf8'), css: readFileSync(`${base}.css`, 'utf8') };
  } catch {
    bundle = build(name);
    mkdirSync(CACHE, { recursive: true });
    writeFileSync(`${base}.js`, bundle.js);
    writeFileSync(`${base}.css`, bundle.css);
  }
  bundles.set(name, bundle);
  return bundle;
}
