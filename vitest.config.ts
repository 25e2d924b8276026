import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    // The real-browser suite has its own config (vitest.browser.config.ts) and needs a build first.
    exclude: ['tests/browser/**', 'node_modules/**'],
  },
});
