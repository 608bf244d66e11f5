import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

interface Manifest {
  manifest_version: number;
  optional_permissions?: string[];
  optional_host_permissions?: string[];
}

/**
 * Copies an unpacked build to `dir` (e.g. a test's outputPath) with `origins` (match patterns) added to its
 * manifest's optional host permissions, where each manifest version keeps them (MV3 `optional_host_permissions`,
 * MV2 `optional_permissions`): for testing a request for a host the build does not declare (yet). Returns `dir`.
 */
export function withOptionalHosts(extensionDir: string, origins: readonly string[], dir: string): string {
  cpSync(extensionDir, dir, { recursive: true });
  const file = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
  const key = manifest.manifest_version >= 3 ? 'optional_host_permissions' : 'optional_permissions';
  manifest[key] = [...(manifest[key] ?? []), ...origins];
  writeFileSync(file, JSON.stringify(manifest, null, 2));
  return dir;
}
