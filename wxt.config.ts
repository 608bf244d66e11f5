import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// GitHub is the only site the guide works on; nothing else is requested.
const GITHUB = 'https://github.com/*';

export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'PAT Pilot',
    description:
      "Walks you through GitHub's own settings to create a personal access token (classic), step by step.",
    permissions: ['storage'],
    // Expiry reminders are opt-in: asked for only when the user turns them on. Firefox ESR's
    // manifest schema refuses `alarms` as optional, so there reminders are checked on each wake.
    optional_permissions: browser === 'firefox' ? ['notifications'] : ['alarms', 'notifications'],
    host_permissions: [GITHUB],
    action: { default_title: 'PAT Pilot' },
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
