// Loads this project's TypeScript on Node 20 with the `@/` and `#i18n` aliases the sources use
// (as .wxt/tsconfig.json maps them). jiti transpiles without adding helpers to functions, so
// functions handed to a browser page arrive there as written.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createJiti } from 'jiti';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export function createProjectLoader() {
  const alias = { '@': ROOT, '#i18n': path.join(ROOT, '.wxt/i18n/index.ts') };
  return createJiti(import.meta.url, { alias, fsCache: false, moduleCache: true });
}
