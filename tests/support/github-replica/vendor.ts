import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReplicaResponse } from './options';
import { REACT_BUNDLES, reactBundle } from './react-bundle';

/**
 * GitHub's own open-source front end, served from node_modules at /_replica/vendor/<name>, so replica pages
 * look and behave as github.com does with nothing fetched from the network. An allow-list: only these files
 * leave node_modules.
 */
const NODE_MODULES = join(dirname(fileURLToPath(import.meta.url)), '../../../node_modules');

const FILES: Record<string, string> = {
  'primer.css': '@primer/css/dist/primer.css',
  'primer_view_components.css': '@primer/view-components/app/assets/styles/primer_view_components.css',
  'primer_view_components.js': '@primer/view-components/app/assets/javascripts/primer_view_components.js',
  // Self-contained ES modules; each defines its element unless one of that name is defined already.
  'details-menu-element.js': '@github/details-menu-element/dist/index.js',
  'clipboard-copy-element.js': '@github/clipboard-copy-element/dist/bundle.js',
  'include-fragment-element.js': '@github/include-fragment-element/dist/bundle.js',
  'turbo.js': '@hotwired/turbo/dist/turbo.es2017-esm.js',
};

/** Built, not copied: the React parts (header menus, permission picker) and Primer React's CSS, bundled on first use. */
const BUILT: Record<string, () => string> = Object.fromEntries(REACT_BUNDLES.flatMap((name) => [
  [`${name}.js`, () => reactBundle(name).js],
  [`${name}.css`, () => reactBundle(name).css],
]));

const TYPES: Record<string, string> = { css: 'text/css; charset=utf-8', js: 'text/javascript; charset=utf-8' };

const cache = new Map<string, string>();

/** The file's answer, or undefined for a name not on the list. Cached: the files do not change during a run. */
export function vendorAsset(name: string): ReplicaResponse | undefined {
  const file = FILES[name];
  const built = BUILT[name];
  if (!file && !built) return undefined;
  let body = cache.get(name);
  if (body === undefined) {
    body = built ? built() : readFileSync(join(NODE_MODULES, file!), 'utf8');
    cache.set(name, body);
  }
  const type = TYPES[name.slice(name.lastIndexOf('.') + 1)]!;
  // Pinned by package.json, so the browser may keep them, as it keeps github.githubassets.com's: a page
  // load then costs one 1 MB stylesheet per browser session, not per page.
  return { status: 200, headers: { 'content-type': type, 'cache-control': 'max-age=31536000, immutable' }, body };
}
