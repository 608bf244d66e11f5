import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import JSZip from 'jszip';

/** Every file of a zip, by its path inside the zip (folders left out). */
export async function readZip(zipPath: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(await readFile(zipPath));
  const files = new Map<string, Buffer>();
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir) files.set(entry.name, await entry.async('nodebuffer'));
  }
  return files;
}

export async function extractZip(zipPath: string, into: string): Promise<void> {
  for (const [name, content] of await readZip(zipPath)) {
    const target = path.resolve(into, name);
    // A zip names paths; none may step outside the folder it is extracted into.
    if (!target.startsWith(path.resolve(into) + path.sep)) throw new Error(`zip entry outside the folder: ${name}`);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content);
  }
}

/** Every file under `dir`, by its path relative to `dir` with forward slashes, as in a zip. */
export async function readTree(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const absolute = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, absolute).split(path.sep).join('/'), await readFile(absolute));
  }
  return files;
}
