import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The extension starts, as for a new user, without its optional permissions, and asks for them
 * from a click in its own pages. Neither browser under automation shows that prompt where a test
 * can answer it: headless Chromium opens an invisible dialog that waits for ever, and Firefox asks
 * in its toolbar, out of WebDriver BiDi's reach. So the harness answers "Allow" in advance, each
 * browser in the one way it offers; the request itself still needs the click, as for a user.
 */

/**
 * Chromium does not ask again for optional permissions a user approved before: it keeps them in
 * the profile as "runtime granted", apart from the active ones. A new profile that lists them
 * there starts without them active (`permissions.contains` is false) and grants them, without the
 * dialog, when the extension requests them. Every optional API permission of the manifest is
 * listed; of the optional host permissions only `hosts` (match patterns, e.g.
 * 'https://github.example.com/*'), so a test says which sites its user would allow. `profile` is a
 * new, empty profile directory.
 */
export function allowOptionalPermissions(profile: string, extensionDir: string, hosts: readonly string[] = []): void {
  const manifest = JSON.parse(readFileSync(path.join(extensionDir, 'manifest.json'), 'utf8')) as { optional_permissions?: string[] };
  mkdirSync(path.join(profile, 'Default'));
  const granted = { api: manifest.optional_permissions ?? [], explicit_host: [...hosts] };
  const settings = { [unpackedExtensionId(extensionDir)]: { runtime_granted_permissions: granted } };
  writeFileSync(path.join(profile, 'Default', 'Preferences'), JSON.stringify({ extensions: { settings } }));
}

/** Chromium's id for an unpacked extension: the SHA-256 of its absolute path, 32 hex digits written a–p. */
export function unpackedExtensionId(extensionDir: string): string {
  const hex = createHash('sha256').update(realpathSync(extensionDir)).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

/**
 * Firefox grants an extension's optional permissions without its prompt while this pref is false:
 * host permissions too, every one the manifest lists (it has no per-site answer to set in advance).
 */
export const FIREFOX_ALLOW_OPTIONAL_PERMISSIONS = { 'extensions.webextOptionalPermissionPrompts': false };
