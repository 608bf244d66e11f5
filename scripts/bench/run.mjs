// Runs a TypeScript script of this project: `node scripts/bench/run.mjs scripts/bench/main.ts`.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createProjectLoader } from './loader.mjs';

const [script] = process.argv.slice(2);
if (!script) {
  console.error('usage: node scripts/bench/run.mjs <script.ts>');
  process.exit(2);
}
await createProjectLoader().import(pathToFileURL(path.resolve(script)).href);
