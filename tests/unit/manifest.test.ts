import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GUIDE_SCRIPT_FILE, PREFILL_REVIEW_FILE } from '@/lib/background/guide-script';

/**
 * The release manifests hold exactly the permissions README.md promises. This test builds nothing:
 * it reads what `npm run build` wrote (`npm test` builds before it runs the unit tests), so it
 * checks the very files that are zipped and published.
 */
const ROOT = path.resolve(__dirname, '../..');

/** What README.md says, word for word (line breaks aside), next to the manifests that keep it. */
const PROMISES = [
  'The extension asks for the `storage`, `scripting` and `activeTab` permissions and for access to `https://github.com/*` only ' +
    '(Firefox also holds `alarms`, for expiry reminders: its manifest cannot make it optional, and it comes with no install prompt).',
  'Showing a reminder needs the `notifications` permission (and `alarms` in Chrome), which the extension asks for ' +
    'only from its options page or the popup\'s "Allow reminder notifications" button; without it, nothing beyond `storage`, ' +
    '`scripting`, `activeTab`, `https://github.com/*` and the hosts you added (plus `alarms` in Firefox) is ever granted.',
];

const GITHUB = 'https://github.com/*';
/** Enterprise hosts are requested one origin at a time, when the user adds one; none is granted at install. */
const ANY_HTTPS_HOST = 'https://*/*';

interface Manifest {
  manifest_version: number;
  version: string;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[]; js: string[] }[];
}

/** What each browser is granted at install, and what it may ask for later. */
const EXPECTED = {
  // Chrome MV3: hosts apart from API permissions; both reminder permissions optional.
  'chrome-mv3': { permissions: ['activeTab', 'scripting', 'storage'], optional: ['alarms', 'notifications'], hosts: [GITHUB], optionalHosts: [ANY_HTTPS_HOST] },
  // Firefox MV2: hosts are listed among the permissions; `alarms` held from install.
  'firefox-mv2': { permissions: ['activeTab', 'alarms', 'scripting', 'storage', GITHUB], optional: ['notifications', ANY_HTTPS_HOST], hosts: [], optionalHosts: [] },
} as const;

const normalized = (text: string) => text.replace(/\s+/g, ' ');

function readRelease(target: keyof typeof EXPECTED): Manifest {
  const file = path.join(ROOT, '.output', target, 'manifest.json');
  if (!existsSync(file)) {
    throw new Error(`${path.relative(ROOT, file)} is missing: run \`npm run build\` first (\`npm test\` does).`);
  }
  return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
}

const sorted = (list: readonly string[] | undefined) => [...(list ?? [])].sort();

describe('the release manifests and README.md', () => {
  it('README.md still says what these expectations quote', () => {
    const readme = normalized(readFileSync(path.join(ROOT, 'README.md'), 'utf8'));
    for (const promise of PROMISES) expect(readme).toContain(promise);
  });

  describe.each(Object.keys(EXPECTED) as (keyof typeof EXPECTED)[])('%s', (target) => {
    const expected = EXPECTED[target];

    it('is a release build of this version', () => {
      const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
      expect(readRelease(target).version).toBe(version);
    });

    it('holds exactly the permissions README.md states, and asks only for the reminder ones and added hosts later', () => {
      const manifest = readRelease(target);
      expect(sorted(manifest.permissions)).toEqual(sorted(expected.permissions));
      expect(sorted(manifest.optional_permissions)).toEqual(sorted(expected.optional));
      expect(sorted(manifest.host_permissions)).toEqual(sorted(expected.hosts));
      expect(sorted(manifest.optional_host_permissions)).toEqual(sorted(expected.optionalHosts));
    });

    it('grants no host but github.com at install: enterprise hosts are only ever optional', () => {
      const manifest = readRelease(target);
      const installed = [...(manifest.permissions ?? []), ...(manifest.host_permissions ?? []), ...(manifest.content_scripts ?? []).flatMap((script) => script.matches)];
      expect(installed.filter((entry) => entry.includes('://')).every((pattern) => pattern.startsWith('https://github.com/'))).toBe(true);
    });

    it("runs only the settings stub on GitHub's settings pages from the manifest; the guide script is registered at runtime", () => {
      const scripts = readRelease(target).content_scripts;
      expect(scripts).toEqual([expect.objectContaining({ matches: ['https://github.com/settings/*'], js: ['settings-stub.js'] })]);
    });

    it('ships the guide script and the prefill review where the background registers and injects them from', () => {
      for (const file of [GUIDE_SCRIPT_FILE, PREFILL_REVIEW_FILE]) expect(existsSync(path.join(ROOT, '.output', target, file)), file).toBe(true);
    });
  });
});
