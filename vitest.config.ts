import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The files that take longest, longest first (measured on the 2-core machine). Vitest hands files to its two
 * workers in order, so starting these first lets the short site and unit files fill the gaps at the end; left to
 * itself on a fresh clone (no results cached) Vitest orders by file size, which started the per-page gate, a short
 * file and the longest run, last, and the whole run waited a minute for it alone.
 */
const longestFirst = [
  'tests/browser/engines.test.ts',
  'tests/browser/reading.test.ts',
  'tests/browser/case-path.test.ts',
  'tests/browser/accessibility.test.ts',
  'tests/browser/page-gate.test.ts',
  'tests/browser/charts.test.ts',
  'tests/browser/data-table.test.ts',
  'tests/build/stable-slugs.test.ts',
  'tests/build/failing-build.test.ts',
  'tests/browser/panels.test.ts',
  'tests/browser/citations.test.ts',
  'tests/browser/pages.test.ts',
  'tests/browser/chart-downloads.test.ts',
  'tests/browser/opening.test.ts',
  'tests/browser/statements.test.ts',
  'tests/browser/security.test.ts',
  'tests/browser/print.test.ts',
  'tests/browser/chart-controls.test.ts',
  'tests/site/nginx.test.ts',
];

class LongestFirst extends BaseSequencer {
  async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (spec: TestSpecification) => {
      const i = longestFirst.findIndex((path) => spec.moduleId.endsWith(`/${path}`));
      return i < 0 ? longestFirst.length : i;
    };
    // Every other file keeps Vitest's order (failed, then slowest last time, then largest first).
    const rest = await super.sort(files);
    return rest.map((spec, i) => ({ spec, i })).sort((a, b) => rank(a.spec) - rank(b.spec) || a.i - b.i).map(({ spec }) => spec);
  }
}

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Browser and build tests start Chromium or run whole astro builds; give them room on a busy 2-core machine.
    testTimeout: 180_000,
    hookTimeout: 60_000,
    // Chromium and nested builds compete for the two cores: run files one or two at a time.
    maxWorkers: 2,
    sequence: { sequencer: LongestFirst },
  },
});
