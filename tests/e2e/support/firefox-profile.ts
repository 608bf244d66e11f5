import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface FirefoxProfile {
  dir: string;
  /** The add-on id from the manifest; undefined without the extension. */
  extensionId: string | undefined;
}

/**
 * Preferences for an add-on installed from the profile: ESR installs it unsigned when told so, and
 * with no scope auto-disabled it starts enabled, without the "a program added an add-on" question.
 * Restored tabs load at once, as Chromium's do, so the driver finds them as pages.
 */
export const FIREFOX_PROFILE_PREFS = {
  'xpinstall.signatures.required': false,
  'extensions.autoDisableScopes': 0,
  'browser.sessionstore.restore_on_demand': false,
};

/**
 * A new profile with the unpacked extension installed permanently: a proxy file in `extensions/`,
 * named after the add-on's id, holds the directory's path. Firefox installs it at its first start
 * and keeps it, with its internal UUID, storage and granted permissions, across restarts, which a
 * temporary add-on (BiDi's webExtension.install) would not survive.
 */
export function createFirefoxProfile(extensionDir: string | undefined): FirefoxProfile {
  const dir = mkdtempSync(path.join(tmpdir(), 'pat-pilot-firefox-'));
  if (!extensionDir) return { dir, extensionId: undefined };
  const extensionId = geckoId(extensionDir);
  mkdirSync(path.join(dir, 'extensions'));
  writeFileSync(path.join(dir, 'extensions', extensionId), realpathSync(extensionDir));
  return { dir, extensionId };
}

/**
 * Puppeteer writes its preferences into user.js and, in a profile it did not create, backs up
 * prefs.js and user.js to put them back when the browser exits. That would undo what Firefox wrote
 * during the run (the add-on's UUID among it); a user's profile keeps it. Called once launched.
 */
export function keepWhatFirefoxWrites(profile: FirefoxProfile): void {
  for (const file of ['prefs.js.puppeteer', 'user.js.puppeteer']) rmSync(path.join(profile.dir, file), { force: true });
}

function geckoId(extensionDir: string): string {
  type Gecko = { gecko?: { id?: string } };
  const manifest = JSON.parse(readFileSync(path.join(extensionDir, 'manifest.json'), 'utf8')) as { browser_specific_settings?: Gecko };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${extensionDir}/manifest.json has no browser_specific_settings.gecko.id, which a permanent install needs`);
  return id;
}
