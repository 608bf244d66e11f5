import { defineConfig, type Entrypoint } from 'wxt';
import type { InlineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { preactWithoutInnerHtml } from './scripts/store/preact-without-inner-html';

// GitHub is the only site the guide works on; nothing else is requested.
const GITHUB = 'https://github.com/*';
const REMINDER_PERMISSIONS = ['alarms', 'notifications'];

/**
 * The content script runs on every github.com page and uses only storage, i18n and the runtime,
 * whose promise forms Chrome (MV3) and Firefox both provide natively, so it ships without the
 * polyfill (9.6 kB minified). Popup, options and background keep it.
 */
function withoutPolyfillInContentScripts(entrypoints: readonly Entrypoint[], config: InlineConfig) {
  const alias = config.resolve?.alias;
  if (!entrypoints.every((entry) => entry.type === 'content-script') || !alias || Array.isArray(alias)) return;
  delete (alias as Record<string, string>)['wxt/browser'];
}

export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  vite: () => ({ plugins: [preact(), preactWithoutInnerHtml()] }),
  // Store sources are what rebuilds the extension; pictures for the README are not.
  zip: { excludeSources: ['docs/**'] },
  hooks: { 'vite:build:extendConfig': withoutPolyfillInContentScripts },
  manifest: ({ browser }) => ({
    // Texts live in locales/*.yml; the browser picks the user's language, English otherwise.
    default_locale: 'en',
    name: '__MSG_extension_name__',
    description: '__MSG_extension_description__',
    // Expiry reminders are opt-in: notifications are asked for only when the user turns them on.
    // Firefox ESR's manifest schema refuses `alarms` as optional, and its background page never
    // restarts by itself, so there `alarms` (no install warning in Firefox) is held from the start.
    // E2E builds declare the same: their only difference is in lib/e2e-build.ts.
    ...(browser === 'firefox'
      ? { permissions: ['storage', 'alarms'], optional_permissions: ['notifications'] }
      : { permissions: ['storage'], optional_permissions: REMINDER_PERMISSIONS }),
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
