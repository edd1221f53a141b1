import { describe, expect, test } from 'vitest';
import { layoutScale, type ScaleMeasure } from '../../../src/charts/scale/layout';
import { scaleData } from '../../../src/charts/scale/data';
import { blockLines } from '../../../src/charts/shared/text';
import { at, halfEm } from './options';

const measure = (ratio: number, key: ScaleMeasure['key'] = 'cases'): ScaleMeasure => ({
  key,
  title: 'By cases',
  ratio,
  partText: 'Part: 1 case',
  totalText: 'Total: 10 cases',
});

type Squares = { squares: { x: number; y: number; size: number }[] };
/** The grid's right edge and foot, from its squares. */
const gridRight = (p: Squares) => Math.max(...p.squares.map((s) => s.x + s.size));
const gridBottom = (p: Squares) => Math.max(...p.squares.map((s) => s.y + s.size));
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

describe('layoutScale: where things go', () => {
  const long = 'Rural migrant workers: a legend line long enough to wrap onto a second and a third line';
  const panelAt = (width: number, m: Partial<ScaleMeasure> = {}, measure = halfEm) =>
    layoutScale([{ ...measure0(), ...m }], at(width, 14, 12.5, { measure })).panels[0]!;
  const measure0 = () => measure(0.1);
  const bottomOf = (block: { y: number; step: number; lines: string[] }) => block.y + (block.lines.length - 1) * block.step;

  test.each([300, 640])('at %d px the squares make a 10 × 10 grid in reading order, none overlapping', (width) => {
    const { squares, title } = panelAt(width);
    const xs = [...new Set(squares.map((s) => s.x))];
    const ys = [...new Set(squares.map((s) => s.y))];
    expect(xs).toHaveLength(10);
    expect(ys).toHaveLength(10);
    squares.forEach((s, i) => {
      expect(s.x, `square ${i}`).toBe(xs[i % 10]);
      expect(s.y, `square ${i}`).toBe(ys[Math.floor(i / 10)]);
    });
    for (let i = 1; i < 10; i++) {
      expect(xs[i]!, 'columns left to right, apart').toBeGreaterThan(xs[i - 1]! + squares[0]!.size);
      expect(ys[i]!, 'rows top to bottom, apart').toBeGreaterThan(ys[i - 1]! + squares[0]!.size);
    }
    expect(xs[0]).toBe(0);
    expect(Math.max(...squares.map((s) => s.x + s.size))).toBeLessThanOrEqual(width);
    // The grid starts below the title's baseline.
    expect(ys[0]!).toBeGreaterThan(title.y);
  });

  test('the title and the legend texts are the measure’s, the part first', () => {
    const panel = panelAt(640, { title: 'By number of cases', partText: 'Part: 75,200 cases', totalText: 'Total: 640,000 cases' });
    expect(panel.title).toMatchObject({ x: 0, text: 'By number of cases' });
    expect(panel.title.y).toBeGreaterThan(0);
    expect(panel.legend.map((r) => [r.kind, r.text, r.label.lines.join(' ')])).toEqual([
      ['part', 'Part: 75,200 cases', 'Part: 75,200 cases'],
      ['total', 'Total: 640,000 cases', 'Total: 640,000 cases'],
    ]);
    expect(panel.note.lines.join(' ')).toBe('Each square is 1% of the total.');
  });

  test('the part row is measured in bold, the total row in normal weight', () => {
    // A measure under which bold is twice as wide: the same text wraps onto more lines in the part row.
    const boldWide: typeof halfEm = (text, size, weight) => halfEm(text, size) * (weight === 'bold' ? 2 : 1);
    const panel = panelAt(640, { partText: long, totalText: long }, boldWide);
    expect(panel.legend[0]!.label.lines.length).toBeGreaterThan(panel.legend[1]!.label.lines.length);
  });

  test.each([300, 640])('at %d px each legend row has its swatch level with its first line and its text after the swatch, within the width', (width) => {
    const panel = panelAt(width, { partText: long, totalText: long });
    const gridTop = panel.squares[0]!.y;
    for (const row of panel.legend) {
      expect(row.swatch.y).toBeLessThan(row.label.y);
      expect(row.swatch.y + row.swatch.size).toBeGreaterThan(row.label.y - row.label.size);
      expect(row.swatch.y).toBeGreaterThanOrEqual(gridTop);
      expect(row.label.x).toBeGreaterThanOrEqual(row.swatch.x + row.swatch.size);
      for (const line of row.label.lines) expect(row.label.x + halfEm(line, 14), line).toBeLessThanOrEqual(width);
    }
    // The total row starts below the last line of the part row, and the note below both, aligned with the swatches.
    const [part, total] = panel.legend as [(typeof panel.legend)[0], (typeof panel.legend)[0]];
    expect(total.swatch.y).toBeGreaterThan(bottomOf(part.label));
    expect(panel.note.y).toBeGreaterThan(bottomOf(total.label));
    expect(panel.note.x).toBe(part.swatch.x);
    for (const line of panel.note.lines) expect(panel.note.x + halfEm(line, 12.5), line).toBeLessThanOrEqual(width);
  });

  test('the height holds the grid when the legend is short, and the note when the legend is long', () => {
    const short = layoutScale([measure(0.1)], at(640, 14, 12.5, { measure: halfEm }));
    expect(short.height).toBeGreaterThanOrEqual(Math.max(...short.panels[0]!.squares.map((s) => s.y + s.size)));
    const tall = layoutScale([{ ...measure(0.1), partText: long.repeat(4), totalText: long.repeat(4) }], at(640, 14, 12.5, { measure: halfEm }));
    const note = tall.panels[0]!.note;
    expect(tall.height).toBeGreaterThanOrEqual(bottomOf(note));
    const stacked = layoutScale([measure(0.1)], at(300, 14, 12.5, { measure: halfEm }));
    expect(stacked.height).toBeGreaterThanOrEqual(bottomOf(stacked.panels[0]!.note));
  });
});

describe('layoutScale: the breakpoint and the stacked grid', () => {
  test('the legend goes beside the grid from 480 px, under it below that', () => {
    const beside = layoutScale([measure(0.1)], at(480)).panels[0]!;
    const under = layoutScale([measure(0.1)], at(479)).panels[0]!;
    expect(beside.legend[0]!.swatch.x).toBeGreaterThan(gridRight(beside));
    expect(under.legend[0]!.swatch.x).toBe(0);
    expect(under.legend[0]!.swatch.y).toBeGreaterThan(gridBottom(under));
  });

  test('stacked on a narrow screen, the grid is as wide as the chart', () => {
    for (const width of [150, 200, 250]) {
      const { squares } = layoutScale([measure(0.1)], at(width)).panels[0]!;
      expect(Math.max(...squares.map((s) => s.x + s.size)), String(width)).toBeCloseTo(width, 0);
    }
  });
});
