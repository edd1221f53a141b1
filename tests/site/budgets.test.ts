/** Deterministic byte budgets of the built site (timings live in the benchmark, not here). */
import { beforeAll, expect, test } from 'vitest';
import { assertBuilt, pagePaths, readDist } from '../helpers/dist';
import { gzipBytes, pageScripts } from '../helpers/budget';

beforeAll(assertBuilt);

const kb = 1024;

test('all client JavaScript on / is at most 25 KB gzip', () => {
  const scripts = pageScripts('/');
  expect(scripts.length).toBeGreaterThan(0);
  const total = scripts.reduce((sum, s) => sum + gzipBytes(s.code), 0);
  expect(total).toBeLessThanOrEqual(25 * kb);
  // D3 is imported by module, so only the parts used ship: no whole-d3 bundle.
  expect(scripts.map((s) => s.code).join('\n')).not.toMatch(/d3-geo|geoPath|forceSimulation/);
});

test('the HTML of every page is within its budget (gzip)', () => {
  const budgets: Record<string, number> = { '/': 60 * kb, '/data/': 20 * kb };
  for (const path of pagePaths()) {
    const bytes = gzipBytes(readDist(path));
    expect(bytes, path).toBeLessThanOrEqual(budgets[path] ?? 30 * kb);
  }
});
