import { describe, expect, test } from 'vitest';
import { layoutShare, wrapFactor, type ShareData, type ShareRowDatum } from '../../../src/charts/share/layout';
import { shareData } from '../../../src/charts/share/data';
import { shareBars, shareWords } from '../../../src/charts/share/chart';
import { textWidth } from '../../../src/lib/measure';
import { at, halfEm } from '../../helpers/layout';

const tip = { title: 't', detail: 'd' };
const row = (id: string, scale: string, total: number, part: number, openEnded = false, heading?: string): ShareRowDatum => ({
  id,
  heading,
  scale,
  total: { value: total, label: `Total ${id}`, openEnded, tip },
  part: { value: part, label: `Part ${id}`, tip },
});
const data = (...rows: ShareRowDatum[]): ShareData => ({ rows });

/** Every text line of a layout as [top, bottom] in SVG units, in drawing order. */
function textBands(layout: ReturnType<typeof layoutShare>) {
  const line = layout.fontSize * 1.3;
  const bands: [number, number][] = [];
  for (const r of layout.rows) {
    for (const block of [r.heading, r.totalLabel, r.partLabel]) {
      if (block) bands.push([block.y - layout.fontSize, block.y + (block.lines.length - 1) * line + layout.fontSize * 0.3]);
    }
  }
  return bands;
}

describe('layoutShare', () => {
  test('each scale spans the width; parts are proportional to their total', () => {
    const layout = layoutShare(data(row('a', 'n', 100, 25), row('b', 'y', 200, 10), row('c', 'y', 50, 10)), at(400, 14));
    expect(layout.rows.map((r) => [r.total.width, r.part.width])).toEqual([
      [400, 100],
      [400, 20],
      [100, 20],
    ]);
    expect(layout.rows.every((r) => r.total.x === 0 && r.part.x === 0 && r.part.y === r.total.y)).toBe(true);
  });

  test('a lower bound is open-ended: a dashed arrow past its end, inside the width', () => {
    // ext = min(2 × 14, 400 / 4) = 28; the 200 total sets the scale (2 units per 1).
    const layout = layoutShare(data(row('b', 'y', 200, 10), row('c', 'y', 100, 10, true)), at(400, 14));
    const open = layout.rows[1]!.open!;
    expect(layout.rows[1]!.total.width).toBe(200);
    expect(open).toMatchObject({ x1: 203, x2: 221.7 });
    expect(open.arrow).toBe(`221.7,${open.y - 6.3} 228,${open.y} 221.7,${open.y + 6.3}`);
    expect(layout.rows[0]!.open).toBeUndefined();
  });

  test('an open-ended total that is the largest leaves room for its arrow', () => {
    // Domain 100 × 400 / 372: the bar ends at 372 and the arrow at 400.
    const layout = layoutShare(data(row('c', 'y', 100, 0, true)), at(400, 14));
    expect(layout.rows[0]!.total.width).toBe(372);
    expect(layout.rows[0]!.open!.arrow.split(' ')[1]).toMatch(/^400,/);
  });

  test('the real data at phone width: hand-worked bar lengths', () => {
    const layout = layoutShare(shareBars(shareData(), shareWords), at(300, 13.5, 12.5));
    // 640,000 / 9,118,200 × 300 = 21.06; 51.7 bn / 2.3 tn × 300 = 6.74;
    // 2 tn / 2.3 tn × 300 = 260.87, arrow tip 260.87 + 27 = 287.87.
    expect(layout.rows.map((r) => [r.total.width, r.part.width])).toEqual([
      [300, 21.1],
      [300, 6.7],
      [260.9, 6.7],
    ]);
    expect(layout.rows[2]!.open!.arrow).toMatch(/ 287\.9,/);
    expect(layout.rows.map((r) => Boolean(r.open))).toEqual([false, false, true]);
  });

  test('text blocks and bars stack without overlapping, and fit the width', () => {
    for (const [width, size] of [[300, 13.5], [640, 15], [120, 13.5]] as const) {
      const layout = layoutShare(shareBars(shareData(), shareWords), at(width, size, 12.5));
      const bands = textBands(layout);
      for (let i = 1; i < bands.length; i++) expect(bands[i]![0], `${width}: band ${i}`).toBeGreaterThan(bands[i - 1]![1] - 0.1);
      for (const r of layout.rows) {
        expect(r.total.y).toBeGreaterThan(r.totalLabel.y + (r.totalLabel.lines.length - 1) * size * 1.3);
        expect(r.partLabel.y - size).toBeGreaterThan(r.total.y + r.total.height);
        for (const block of [r.heading, r.totalLabel, r.partLabel]) {
          // A single word longer than a very narrow width cannot wrap; every other line must fit.
          for (const line of block?.lines ?? []) if (line.includes(" ") || width > 200) expect(textWidth(line, size, 'bold')).toBeLessThanOrEqual(width / wrapFactor);
        }
      }
      expect(layout.height).toBeGreaterThan(bands.at(-1)![1]);
    }
  });

  test('the bars are labelled directly, so there is no legend: the first heading is at the top', () => {
    expect(layoutShare(shareBars(shareData(), shareWords), at(640, 15, 13.5)).rows[0]!.heading!.y).toBe(15);
    expect(layoutShare(shareBars(shareData(), shareWords), at(300, 13.5, 12.5)).rows[0]!.heading!.y).toBe(13.5);
  });

  test('edge cases: zero values, one item, a very narrow width, nothing at all', () => {
    const zero = layoutShare(data(row('a', 'n', 0, 0), row('b', 'y', 0, 0, true)), at(200));
    expect(zero.rows.map((r) => [r.total.width, r.part.width])).toEqual([
      [0, 0],
      [0, 0],
    ]);
    expect(zero.rows[1]!.open!.x1).toBe(3);
    const one = layoutShare(data(row('a', 'n', 10, 1)), at(200));
    expect([one.rows[0]!.total.width, one.rows[0]!.part.width]).toEqual([200, 20]);
    // A tiny non-zero part stays visible.
    expect(layoutShare(data(row('a', 'n', 1e6, 1)), at(200)).rows[0]!.part.width).toBe(2);
    const narrow = layoutShare(shareBars(shareData(), shareWords), at(120, 13.5, 12.5));
    for (const r of narrow.rows) {
      expect(r.partLabel.lines.length).toBeGreaterThan(1);
      expect(r.total.width).toBeLessThanOrEqual(120);
    }
    // ext = min(27, 30); the arrow still ends inside 120.
    expect(Number(narrow.rows[2]!.open!.arrow.split(' ')[1]!.split(',')[0])).toBeLessThanOrEqual(120);
    expect(layoutShare({ rows: [] }, at(300))).toMatchObject({ rows: [], height: 0 });
  });

  test('uses the data module: both national amounts, each with its source, never blended', () => {
    const d = shareBars(shareData(), shareWords);
    expect(d.rows.map((r) => [r.total.label, r.part.label])).toEqual([
      ['China News, 7 April 2025 (context): 9,118,200 cases', 'Livelihood (interview): about 640,000 cases, about 7.0% of all'],
      ['China Trial magazine (context): 2.3 trillion yuan', 'Livelihood (interview): about 51.7 billion yuan, about 2.2% of this total'],
      ['China News, 7 April 2025 (context): more than 2 trillion yuan', 'Livelihood (interview): about 51.7 billion yuan'],
    ]);
    expect(d.rows.map((r) => r.total.openEnded)).toEqual([false, false, true]);
    expect(d.rows[1]!.scale).toBe(d.rows[2]!.scale);
    expect(d.rows[1]!.part.tip.detail).toContain('about 51.7 billion yuan ÷ 2.3 trillion yuan × 100');
    expect(d.rows[2]!.part.tip.detail).not.toMatch(/%/);
  });
});

describe('layoutShare: headings and labels', () => {
  const lastBaseline = (b: { y: number; step: number; lines: string[] }) => b.y + (b.lines.length - 1) * b.step;

  test('the first heading is at the top; later headings come a gap below the row before', () => {
    const layout = layoutShare(data(row('a', 'n', 100, 25, false, 'Cases'), row('b', 'n', 100, 25, false, 'Yuan')), at(400, 10, 10));
    const [a, b] = layout.rows;
    expect(a!.heading!.y).toBe(10);
    const aBottom = lastBaseline(a!.partLabel) + 3;
    expect(b!.heading!.y - 10).toBeGreaterThan(aBottom + 1);
    // Each bar below its total label, the part label below the bar.
    for (const r of layout.rows) {
      expect(r.totalLabel.y - 10).toBeGreaterThan(lastBaseline(r.heading!));
      expect(r.total.y).toBeGreaterThan(lastBaseline(r.totalLabel));
      expect(r.partLabel.y - 10).toBeGreaterThanOrEqual(r.total.y + r.total.height);
    }
  });

  test('headings are wrapped in bold, labels in normal weight', () => {
    const boldWide: typeof halfEm = (text, size, weight) => halfEm(text, size) * (weight === 'bold' ? 2 : 1);
    const words = 'one two three four five six seven eight nine ten';
    const r: ShareRowDatum = { ...row('a', 'n', 100, 25, false, words), total: { ...row('a', 'n', 100, 25).total, label: words }, part: { ...row('a', 'n', 100, 25).part, label: words } };
    const [marks] = layoutShare(data(r), at(200, 10, 10, { measure: boldWide })).rows;
    expect(marks!.heading!.lines.length).toBeGreaterThan(marks!.totalLabel.lines.length);
    expect(marks!.totalLabel.lines).toEqual(marks!.partLabel.lines);
  });

  test('the open end is drawn through the middle of its bar', () => {
    const [r] = layoutShare(data(row('c', 'y', 100, 10, true)), at(400, 14)).rows;
    expect(r!.open!.y).toBeCloseTo(r!.total.y + r!.total.height / 2, 0);
  });
});
