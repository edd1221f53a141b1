import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The five tiers of tests, one Vitest project each, slowest first (docs/testing.md says what each holds):
 * `engines` drives Firefox and WebKit beside Chromium, `build` runs whole astro builds, `browser` drives
 * Chromium, `site` reads the built dist/, and `unit` needs neither a build nor a browser (`npm run test:unit`,
 * the fast loop).
 */
const tiers = ['engines', 'build', 'browser', 'site', 'unit'] as const;

/**
 * Vitest hands files to its two workers in order, so the slow tiers start first and the short unit files
 * fill the gaps at the end. Within a tier Vitest's own order stands: failed first, then slowest last time,
 * or on a fresh clone (no results cached) largest first.
 */
class SlowTiersFirst extends BaseSequencer {
  async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (spec: TestSpecification) => tiers.indexOf(spec.project.name as (typeof tiers)[number]);
    const ordered = await super.sort(files);
    return ordered.map((spec, i) => ({ spec, i })).sort((a, b) => rank(a.spec) - rank(b.spec) || a.i - b.i).map(({ spec }) => spec);
  }
}

export default defineConfig({
  test: {
    // Browser and build tests start Chromium or run whole astro builds; give them room on a busy 2-core machine.
    testTimeout: 180_000,
    hookTimeout: 60_000,
    // Chromium and nested builds compete for the two cores: run files one or two at a time.
    maxWorkers: 2,
    sequence: { sequencer: SlowTiersFirst },
    projects: tiers.map((name) => ({ extends: true, test: { name, include: [`tests/${name}/**/*.test.ts`] } })),
  },
});
