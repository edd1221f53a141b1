import { defineConfig } from 'vitest/config';

// The unit tests only, for `npm run mutation` (stryker.config.mjs): the site, build and browser suites need a
// built dist/ or Chromium, which a mutant of a pure module never reaches.
export default defineConfig({
  test: { include: ['tests/unit/**/*.test.ts'] },
});
