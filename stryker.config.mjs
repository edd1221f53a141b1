// @ts-check
/**
 * `npm run mutation`: Stryker mutates the pure modules (the data module, src/lib, the integrations, the share card,
 * the MDX helpers and the chart layouts) and runs the unit tests against each mutant; a surviving mutant is behaviour no test pins down.
 * Not part of `npm test` (it takes long); the report is in reports/mutation/.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  // Not the chart pages' browser scripts (src/charts/common/chart-figure.ts, download.ts): they need a real DOM and are
  // tested in Chromium by tests/browser/, which Stryker does not run, so every mutant of theirs would be "no coverage".
  mutate: [
    'src/data/**/*.ts',
    'src/lib/**/*.ts',
    '!src/lib/live.ts',
    'src/integrations/**/*.ts',
    'src/share/**/*.ts',
    'src/mdx/*.ts',
    'src/charts/*/layout.ts',
    'src/charts/common/*.ts',
    '!src/charts/common/chart-figure.ts',
    '!src/charts/common/download.ts',
    '!src/**/*.d.ts',
  ],
  // Build-time integrations write files and spawn nothing testable in-process.
  ignorePatterns: ['dist', 'deploy', 'bench-results.json', 'scripts/bench/node_modules'],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 85, low: 75, break: null },
  concurrency: 2,
  tempDirName: '.stryker-tmp',
};
