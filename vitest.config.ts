import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/dom/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['tests/setup/i18n.ts', 'tests/setup/fake-scripting.ts'],
    mockReset: true,
    restoreMocks: true,
  },
});
