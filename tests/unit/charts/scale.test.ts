import { describe, expect, test } from 'vitest';
import { layoutScale, type ScaleMeasure } from '../../../src/charts/scale/layout';
import { scaleData } from '../../../src/charts/scale/data';
import { blockLines } from '../../../src/charts/shared/text';
import { at } from './options';

const measure = (ratio: number, key: ScaleMeasure['key'] = 'cases'): ScaleMeasure => ({
  key,
  title: 'By cases',
  ratio,
  partText: 'Part: 1 case',
  totalText: 'Total: 10 cases',
});

const filled = (squares: { partFill: number }[]) => Math.round(squares.reduce((s, q) => s + q.partFill, 0) * 100) / 100;

describe('layoutScale', () => {
  test('a grid of 100 squares fills the migrant-worker share first, with a partial square for the remainder', () => {
    // 75,200 ÷ 640,000 = 11.75% → 11 full squares and three quarters of the 12th.
    const [panel] = layoutScale([measure(75_200 / 640_000)], at(300)).panels;
    expect(panel!.squares).toHaveLength(100);
    expect(panel!.squares.slice(0, 11).every((s) => s.partFill === 1)).toBe(true);
    expect(panel!.squares[11]!.partFill).toBe(0.75);
    expect(panel!.squares.slice(12).every((s) => s.partFill === 0)).toBe(true);
  });

  test('draws the grid as two paths: every square and the total swatch, then the part of each square and the part swatch', () => {
    const [panel] = layoutScale([measure(0.115)], at(300)).panels;
    const subpaths = (d: string) => d.split('M').filter(Boolean).map((p) => p.match(/-?[\d.]+/g)!.map(Number));
    const total = subpaths(panel!.paths.total);
    const part = subpaths(panel!.paths.part);
    // 100 squares and the swatch; 11 whole squares, half of the 12th, and the swatch.
    expect(total).toHaveLength(101);
    expect(part).toHaveLength(13);
    const [x, y, w] = part[11]!;
    const square = panel!.squares[11]!;
    expect([x, y]).toEqual([square.x, square.y]);
    expect(w).toBeCloseTo(square.size / 2, 1);
    const swatch = panel!.legend.find((r) => r.kind === 'part')!.swatch;
    expect(part[12]!.slice(0, 3)).toEqual([swatch.x, swatch.y, swatch.size]);
  });

  test('the real data: cases 11.75 squares, yuan 3.6 squares', () => {
    const [cases, yuan] = scaleData();
    expect(cases!.ratio * 100).toBeCloseTo(11.75, 10);
    expect(yuan!.ratio * 100).toBeCloseTo(3.6054, 3);
    expect(cases!.partText).toBe('Rural migrant workers: 75,200 cases, about 12% of the total');
    expect(yuan!.totalText).toBe('All livelihood cases: about 51.7 billion yuan');
  });

  test('every panel has the same height, so switching never moves the page', () => {
    const layout = layoutScale([measure(0.1), { ...measure(0.5, 'yuan'), partText: 'A much longer legend line that wraps onto more lines than the first one does' }], at(300));
    expect(layout.panels).toHaveLength(2);
    expect(layout.height).toBeGreaterThan(0);
    for (const p of layout.panels) {
      const lowest = Math.max(...p.squares.map((s) => s.y + s.size), ...p.legend.flatMap((r) => blockLines(r.label).map((l) => l.y)));
      expect(lowest).toBeLessThanOrEqual(layout.height);
    }
  });

  test('stacks the legend under the grid when narrow and beside it when wide', () => {
    const narrow = layoutScale([measure(0.1)], at(300)).panels[0]!;
    const wide = layoutScale([measure(0.1)], at(640)).panels[0]!;
    const gridBottom = (p: typeof narrow) => Math.max(...p.squares.map((s) => s.y + s.size));
    const gridRight = (p: typeof narrow) => Math.max(...p.squares.map((s) => s.x + s.size));
    expect(narrow.legend[0]!.swatch.y).toBeGreaterThan(gridBottom(narrow));
    expect(wide.legend[0]!.swatch.x).toBeGreaterThan(gridRight(wide));
  });

  test('edge cases: a zero share, a whole share, an out-of-range ratio, a very narrow width', () => {
    expect(filled(layoutScale([measure(0)], at(300)).panels[0]!.squares)).toBe(0);
    expect(filled(layoutScale([measure(1)], at(300)).panels[0]!.squares)).toBe(100);
    expect(filled(layoutScale([measure(1.5)], at(300)).panels[0]!.squares)).toBe(100);
    const tiny = layoutScale([measure(0.25)], at(120)).panels[0]!;
    expect(Math.max(...tiny.squares.map((s) => s.x + s.size))).toBeLessThanOrEqual(120);
    expect(tiny.legend[0]!.label.lines.length).toBeGreaterThan(1);
    expect(layoutScale([], at(300))).toMatchObject({ panels: [], height: 4 });
  });
});
