import { describe, expect, test } from 'vitest';
import { layoutScale, type ScaleMeasure, type ScalePanel } from '../../../src/charts/scale/layout';
import { scaleData } from '../../../src/charts/scale/data';
import { legendRow, scaleMeasures, scaleWords } from '../../../src/charts/scale/chart';
import { blockLines } from '../../../src/charts/common/text';
import { at, halfEm } from '../../helpers/layout';

/** The legend's texts, given whole; their details are chart.ts's (legendRow). */
type More = Partial<ScaleMeasure> & { partText?: string; totalText?: string };
const row = (text: string) => ({ text, tip: { title: text, detail: '' } });
const measure = (ratio: number, key: ScaleMeasure['key'] = 'cases', { partText = 'Part: 1 case', totalText = 'Total: 10 cases', ...more }: More = {}): ScaleMeasure => ({
  key,
  title: 'By cases',
  ratio,
  share: { qualifier: 'about ', number: '10%' },
  legend: { part: row(partText), total: row(totalText) },
  ...more,
});
const pair = (more: More = {}) => [measure(0.12), measure(0.036, 'yuan', more)];
const { note } = scaleWords;

/** The grid's edges, from its squares. */
const gridLeft = (p: ScalePanel) => Math.min(...p.squares.map((s) => s.x));
const gridRight = (p: ScalePanel) => Math.max(...p.squares.map((s) => s.x + s.size));
const gridTop = (p: ScalePanel) => Math.min(...p.squares.map((s) => s.y));
const gridBottom = (p: ScalePanel) => Math.max(...p.squares.map((s) => s.y + s.size));
const filled = (squares: { partFill: number }[]) => Math.round(squares.reduce((s, q) => s + q.partFill, 0) * 100) / 100;
const bottomOf = (block: { y: number; step: number; lines: string[] }) => block.y + (block.lines.length - 1) * block.step;

describe('layoutScale', () => {
  test('a grid of 100 squares fills the migrant-worker share first, with a partial square for the remainder', () => {
    // 75,200 ÷ 640,000 = 11.75% → 11 full squares and three quarters of the 12th.
    const [panel] = layoutScale([measure(75_200 / 640_000)], note, at(300)).panels;
    expect(panel!.squares).toHaveLength(100);
    expect(panel!.squares.slice(0, 11).every((s) => s.partFill === 1)).toBe(true);
    expect(panel!.squares[11]!.partFill).toBe(0.75);
    expect(panel!.squares.slice(12).every((s) => s.partFill === 0)).toBe(true);
  });

  test('draws the grid as two paths: every square and the total swatch, then the part of each square and the part swatch', () => {
    const [panel] = layoutScale([measure(0.115)], note, at(300)).panels;
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
    const totalSwatch = panel!.legend.find((r) => r.kind === 'total')!.swatch;
    expect(totalSwatch.y).toBeGreaterThan(swatch.y);
    expect(total[100]!.slice(0, 3)).toEqual([totalSwatch.x, totalSwatch.y, totalSwatch.size]);
  });

  test('squares are 2 px apart in a grid of 200 px or more, 1 px in a smaller one', () => {
    const gapOf = (width: number) => {
      const [a, b] = layoutScale([measure(0.1)], note, at(width)).panels[0]!.squares;
      return Math.round((b!.x - a!.x - a!.size) * 10) / 10;
    };
    expect(gapOf(280)).toBe(2);
    expect(gapOf(200)).toBe(2);
    expect(gapOf(199)).toBe(1);
  });

  test('the real data: cases 11.75 squares, yuan 3.6 squares, each share as its figure gives it', () => {
    const [cases, yuan] = scaleMeasures(scaleData(), scaleWords);
    expect(cases!.ratio * 100).toBeCloseTo(11.75, 10);
    expect(yuan!.ratio * 100).toBeCloseTo(3.6054, 3);
    expect(cases!.share).toEqual({ qualifier: 'about ', number: '12%' });
    expect(yuan!.share).toEqual({ qualifier: 'about ', number: '3.61%' });
    expect(cases!.legend.part.text).toBe('Rural migrant workers: 75,200 cases');
    expect(yuan!.legend.total.text).toBe('All livelihood cases: about 51.7 billion yuan');
  });

  test.each([358, 880])('at %d px the two measures sit side by side, in order, their grids level and apart', (width) => {
    const [cases, yuan] = layoutScale(pair(), note, at(width)).panels as [ScalePanel, ScalePanel];
    expect([cases.key, yuan.key]).toEqual(['cases', 'yuan']);
    expect(cases.x).toBe(0);
    expect(gridLeft(yuan)).toBe(yuan.x);
    expect(gridLeft(yuan)).toBeGreaterThan(gridRight(cases) + 10);
    expect(gridRight(yuan)).toBeLessThanOrEqual(width);
    expect(gridTop(yuan)).toBe(gridTop(cases));
    expect(gridBottom(yuan)).toBe(gridBottom(cases));
    // Each column is half the chart, less the gutter.
    expect(cases.width).toBe(yuan.width);
    expect(cases.width * 2).toBeLessThan(width);
    expect(cases.width * 2).toBeGreaterThan(width - 40);
  });

  test('a grid is as wide as its column, up to 280 px', () => {
    // Within a pixel: a square's size is rounded down to a tenth.
    const column = (358 - 21) / 2;
    expect(gridRight(layoutScale(pair(), note, at(358)).panels[0]!)).toBeGreaterThan(column - 1);
    expect(gridRight(layoutScale(pair(), note, at(358)).panels[0]!)).toBeLessThanOrEqual(column);
    expect(gridRight(layoutScale(pair(), note, at(880)).panels[0]!)).toBeGreaterThan(279);
    expect(gridRight(layoutScale(pair(), note, at(880)).panels[0]!)).toBeLessThanOrEqual(280);
  });

  test('the grids line up under titles that wrap to different lengths', () => {
    const long = 'A title long enough to wrap onto a second and a third line here';
    const [a, b] = layoutScale(pair({ title: long }), note, at(358, 14, 12.5, { measure: halfEm })).panels as [ScalePanel, ScalePanel];
    expect(b.title.lines.length).toBeGreaterThan(a.title.lines.length);
    expect(gridTop(a)).toBe(gridTop(b));
    // The share sits below the longer title, above the grid.
    expect(b.share.y - b.share.size).toBeGreaterThan(bottomOf(b.title));
    expect(b.share.y).toBeLessThan(gridTop(b));
  });

  test('the share is set at twice the label size, on the column’s left edge, with its qualifier', () => {
    const [cases, yuan] = layoutScale(pair(), note, at(880, 16)).panels as [ScalePanel, ScalePanel];
    expect(cases.share).toMatchObject({ x: 0, size: 32, qualifier: 'about ', number: '10%' });
    expect(yuan.share.x).toBe(yuan.x);
    expect(cases.share.y).toBeGreaterThan(bottomOf(cases.title));
  });

  test('a share too long for its column is set smaller (bigNumber), never below the label size', () => {
    const long = { qualifier: 'about ', number: '1234567.8%' };
    const sizeAt = (width: number) => layoutScale([measure(0.1, 'cases', { share: long })], note, at(width, 14, 12.5, { measure: halfEm })).panels[0]!.share.size;
    expect(sizeAt(400)).toBe(28);
    expect(sizeAt(42 + 105)).toBe(21);
    expect(sizeAt(60)).toBe(14);
  });

  test('edge cases: a zero share, a whole share, an out-of-range ratio, a very narrow width, no measures', () => {
    expect(filled(layoutScale([measure(0)], note, at(300)).panels[0]!.squares)).toBe(0);
    expect(filled(layoutScale([measure(1)], note, at(300)).panels[0]!.squares)).toBe(100);
    expect(filled(layoutScale([measure(1.5)], note, at(300)).panels[0]!.squares)).toBe(100);
    const tiny = layoutScale([measure(0.25), measure(0.5, 'yuan')], note, at(160)).panels;
    expect(gridRight(tiny[1]!)).toBeLessThanOrEqual(160);
    expect(tiny[0]!.legend[0]!.label.lines.length).toBeGreaterThan(1);
    const none = layoutScale([], note, at(300));
    expect(none.panels).toEqual([]);
    expect(none.height).toBeGreaterThan(0);
  });
});

describe('layoutScale: legends, note and height', () => {
  const long = 'Rural migrant workers: a legend line long enough to wrap onto a second and a third line';

  test.each([358, 880])('at %d px the squares make a 10 × 10 grid in reading order, none overlapping, below the title', (width) => {
    for (const { squares, title } of layoutScale(pair(), note, at(width)).panels) {
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
      expect(ys[0]!).toBeGreaterThan(title.y);
    }
  });

  test('the title and the legend texts are the measure’s, the part first; the note is said once', () => {
    const layout = layoutScale([measure(0.1, 'cases', { title: 'By number of cases', partText: 'Part: 75,200 cases', totalText: 'Total: 640,000 cases' })], note, at(640));
    const panel = layout.panels[0]!;
    expect(panel.title.lines).toEqual(['By number of cases']);
    expect(panel.title.x).toBe(0);
    expect(panel.legend.map((r) => [r.kind, r.text, r.label.lines.join(' ')])).toEqual([
      ['part', 'Part: 75,200 cases', 'Part: 75,200 cases'],
      ['total', 'Total: 640,000 cases', 'Total: 640,000 cases'],
    ]);
    expect(layout.note.lines.join(' ')).toBe('Each square is 1% of the total.');
  });

  test('each legend row carries its detail; the part’s adds its share', () => {
    const legend = { part: legendRow(scaleWords, 'Rural migrant workers', '75,200 cases', 'about 12%'), total: legendRow(scaleWords, 'Total', '10 cases') };
    const [part, total] = layoutScale([measure(0.1, 'cases', { legend })], note, at(640)).panels[0]!.legend;
    expect(part!.tip).toEqual({ title: 'Rural migrant workers', detail: '75,200 cases, about 12% of the total' });
    expect(total!.tip).toEqual({ title: 'Total', detail: '10 cases' });
  });

  test('a title is measured in bold', () => {
    const boldWide: typeof halfEm = (text, size, weight) => halfEm(text, size) * (weight === 'bold' ? 2 : 1);
    // 18 characters: 126 units at 14 px by halfEm, 252 in bold; a 200-unit column holds it only in normal weight.
    const [panel] = layoutScale([measure(0.1, 'cases', { title: 'By number of cases' })], note, at(200, 14, 12.5, { measure: boldWide })).panels;
    expect(panel!.title.lines.length).toBe(2);
  });

  test('a detail keeps every colon after the first', () => {
    const legend = { part: legendRow(scaleWords, 'Part', '1 case: 10%', 'about 10%'), total: row('Total: 10 cases') };
    const [part] = layoutScale([measure(0.1, 'cases', { legend })], note, at(640)).panels[0]!.legend;
    expect(part!.tip).toEqual({ title: 'Part', detail: '1 case: 10%, about 10% of the total' });
  });

  test('the part row is measured in bold, the total row in normal weight', () => {
    // A measure under which bold is twice as wide: the same text wraps onto more lines in the part row.
    const boldWide: typeof halfEm = (text, size, weight) => halfEm(text, size) * (weight === 'bold' ? 2 : 1);
    const panel = layoutScale([measure(0.1, 'cases', { partText: long, totalText: long })], note, at(640, 14, 12.5, { measure: boldWide })).panels[0]!;
    expect(panel.legend[0]!.label.lines.length).toBeGreaterThan(panel.legend[1]!.label.lines.length);
  });

  test.each([358, 880])('at %d px each legend row sits under its grid, its swatch level with its first line, its text within its column', (width) => {
    const layout = layoutScale(pair({ partText: long, totalText: long }), note, at(width, 14, 12.5, { measure: halfEm }));
    for (const panel of layout.panels) {
      for (const row of panel.legend) {
        expect(row.swatch.y).toBeGreaterThan(gridBottom(panel));
        expect(row.swatch.x).toBe(panel.x);
        expect(row.swatch.y).toBeLessThan(row.label.y);
        expect(row.swatch.y + row.swatch.size).toBeGreaterThan(row.label.y - row.label.size);
        expect(row.label.x).toBeGreaterThanOrEqual(row.swatch.x + row.swatch.size);
        for (const line of row.label.lines) expect(row.label.x + halfEm(line, 14), line).toBeLessThanOrEqual(panel.x + panel.width + 0.1);
      }
      const [part, total] = panel.legend as [(typeof panel.legend)[0], (typeof panel.legend)[0]];
      expect(total.swatch.y).toBeGreaterThan(bottomOf(part.label));
    }
  });

  test('the note sits under both columns’ legends, and the height holds it', () => {
    const layout = layoutScale(pair({ totalText: long.repeat(3) }), note, at(358, 14, 12.5, { measure: halfEm }));
    const lowest = Math.max(...layout.panels.flatMap((p) => p.legend.flatMap((r) => blockLines(r.label).map((l) => l.y))));
    expect(layout.note.x).toBe(0);
    expect(layout.note.y - layout.note.size).toBeGreaterThan(lowest);
    expect(layout.height).toBeGreaterThanOrEqual(bottomOf(layout.note));
    // The longer yuan legend sets the note's place for both.
    const short = layoutScale(pair(), note, at(358, 14, 12.5, { measure: halfEm }));
    expect(layout.note.y).toBeGreaterThan(short.note.y);
  });
});
