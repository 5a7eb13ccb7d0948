import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Generous bounds against hangs only; speed is measured by `npm run bench`, never asserted here.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
