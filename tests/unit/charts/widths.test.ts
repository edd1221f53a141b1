/** charts.css repeats three numbers from widths.ts (CSS cannot import them); they must agree. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { layoutWidths, wideFrom } from '../../../src/charts/shared/widths';

const css = readFileSync(join(import.meta.dirname, '../../../src/charts/shared/charts.css'), 'utf8');

test('each variant’s canvas is capped at its layout width, so the SVG never scales up', () => {
  for (const [variant, width] of Object.entries(layoutWidths)) {
    const rule = css.match(new RegExp(`\\.chart-${variant} \\.chart-canvas \\{\\s*max-width: (\\d+)px;`));
    expect(Number(rule?.[1]), variant).toBe(width);
  }
});

test('the wide layout shows from wideFrom px of chart width', () => {
  const queries = [...css.matchAll(/@container \(min-width: (\d+)px\)/g)].map((m) => Number(m[1]));
  expect(queries.length).toBeGreaterThan(0);
  expect(new Set(queries)).toEqual(new Set([wideFrom]));
});
