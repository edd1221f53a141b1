import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Browser and build tests start Chromium or run whole astro builds; give them room on a busy 2-core machine.
    testTimeout: 180_000,
    hookTimeout: 60_000,
    // Chromium and nested builds compete for the two cores: run files one or two at a time.
    maxWorkers: 2,
  },
});
