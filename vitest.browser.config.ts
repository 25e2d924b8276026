import { defineConfig } from 'vitest/config';

// Real Chromium with the built extension (run through `npm run test:browser`, which builds first).
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
