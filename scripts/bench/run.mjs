// Runs a TypeScript script of this project on Node 20, with the `@/` alias the sources use:
// `node scripts/bench/run.mjs scripts/bench/main.ts`. jiti transpiles without adding helpers
// to functions, so functions handed to a browser page arrive there as written.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createJiti } from 'jiti';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const [script] = process.argv.slice(2);
if (!script) {
  console.error('usage: node scripts/bench/run.mjs <script.ts>');
  process.exit(2);
}
const jiti = createJiti(import.meta.url, { alias: { '@': root }, fsCache: false, moduleCache: true });
await jiti.import(pathToFileURL(path.resolve(script)).href);
