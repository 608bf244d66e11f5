import { defineConfig, type Entrypoint } from 'wxt';
import type { InlineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { preactWithoutInnerHtml } from './scripts/store/preact-without-inner-html';

// github.com is the only site granted at install. A company's GitHub (Enterprise Server on its own host,
// GHE.com) is asked for one origin at a time, when the user adds it (lib/hosts.ts); the pattern below only
// says such a request may be made, and grants nothing by itself.
const GITHUB = 'https://github.com/*';
const ANY_HTTPS_HOST = 'https://*/*';

/**
 * The one script in the manifest: a stub on the settings pages (entrypoints/settings-stub.ts). The
 * guide script is registered at runtime only while a guide runs (lib/background/guide-script.ts).
 */
const SETTINGS_STUB = { name: 'settings-stub', matches: ['https://github.com/settings/*'] };
/** Scripts that run in GitHub's pages: the stub, the guide scripts, the preset offer and the prefill review (entrypoints/). */
const PAGE_SCRIPTS = [SETTINGS_STUB.name, 'guide', 'fine-grained-guide', 'preset-offer', 'prefill-review'];
const REMINDER_PERMISSIONS = ['alarms', 'notifications'];

/**
 * The scripts in GitHub's pages (the settings stub and the guide script) use only i18n and the runtime, whose
 * promise forms Chrome (MV3) and Firefox both provide natively, so they ship without the polyfill
 * (9.6 kB minified). Popup, options and background keep it.
 */
function withoutPolyfillInContentScripts(entrypoints: readonly Entrypoint[], config: InlineConfig) {
  const alias = config.resolve?.alias;
  const inPages = (entry: Entrypoint) => entry.type === 'content-script' || PAGE_SCRIPTS.includes(entry.name);
  if (!entrypoints.every(inPages) || !alias || Array.isArray(alias)) return;
  delete (alias as Record<string, string>)['wxt/browser'];
}

export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  vite: () => ({ plugins: [preact(), preactWithoutInnerHtml()] }),
  // Store sources are what rebuilds the extension; pictures for the README are not.
  zip: { excludeSources: ['docs/**'] },
  hooks: {
    'vite:build:extendConfig': withoutPolyfillInContentScripts,
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.content_scripts = [
        ...(manifest.content_scripts ?? []),
        { matches: SETTINGS_STUB.matches, js: [`${SETTINGS_STUB.name}.js`], run_at: 'document_idle' },
      ];
    },
  },
  manifest: ({ browser }) => ({
    // Texts live in locales/*.yml; the browser picks the user's language, English otherwise.
    default_locale: 'en',
    name: '__MSG_extension_name__',
    description: '__MSG_extension_description__',
    // Expiry reminders are opt-in: notifications are asked for only when the user turns them on.
    // Firefox ESR's manifest schema refuses `alarms` as optional, and its background page never
    // restarts by itself, so there `alarms` (no install warning in Firefox) is held from the start.
    // E2E builds declare the same: their only difference is in lib/e2e-build.ts.
    // `scripting` registers the guide script on github.com only while a guide runs, and brings it to
    // the github.com tabs already open (lib/background/guide-script.ts); nothing else runs there.
    // `activeTab` lets the popup see the address of the tab it was opened on, and so offer to add a
    // `*.ghe.com` host the user is on; it grants nothing until the toolbar button is clicked, and no prompt.
    ...(browser === 'firefox'
      ? { permissions: ['storage', 'scripting', 'alarms', 'activeTab'], optional_permissions: ['notifications', ANY_HTTPS_HOST] }
      : { permissions: ['storage', 'scripting', 'activeTab'], optional_permissions: REMINDER_PERMISSIONS, optional_host_permissions: [ANY_HTTPS_HOST] }),
    host_permissions: [GITHUB],
    // Named explicitly so Firefox's toolbar button uses the product icon too.
    action: { default_title: '__MSG_extension_actionTitle__', default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' } },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'pat-pilot@pat-pilot.dev',
          strict_min_version: '142.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
