import { describe, expect, test } from 'vitest';
import { layoutYearEnd, wrapFactor, type YearEndData, type YearEndRowDatum } from '../../../src/charts/year-end/layout';
import { yearEndData } from '../../../src/charts/year-end/data';
import { yearEndBars, yearEndWords } from '../../../src/charts/year-end/chart';
import { textWidth } from '../../../src/lib/measure';
import { at, halfEm } from '../../helpers/layout';

const tip = { title: 't', detail: 'd' };
const row = (id: string, whole: number, first: number): YearEndRowDatum => ({
  id,
  heading: `Heading ${id}`,
  whole: { value: whole, label: `Whole ${id}` },
  first: { value: first, label: `First ${id}`, tip },
  rest: { label: `Rest ${id}`, tip },
});
const data = (...rows: YearEndRowDatum[]): YearEndData => ({ rows, note: '' });

describe('layoutYearEnd', () => {
  test('the full year spans the width; the first part is to scale, the rest fills it after a 1-unit gap', () => {
    const layout = layoutYearEnd(data(row('a', 100, 80), row('b', 50, 10)), at(400, 14));
    expect(layout.rows.map((r) => [r.first.x, r.first.width, r.rest.x, r.rest.width])).toEqual([
      [0, 320, 321, 79],
      [0, 80, 81, 319],
    ]);
    expect(layout.rows[0]!.restLabel).toMatchObject({ x: 400, anchor: 'end' });
    expect(layout.rows[0]!.firstLabel).toMatchObject({ x: 0 });
    expect(layout.rows[0]!.firstLabel.anchor).toBeUndefined();
  });

  test('the real data, wide: hand-worked segment lengths', () => {
    const layout = layoutYearEnd(yearEndBars(yearEndData(), yearEndWords), at(640, 15, 13.5));
    // 69,000 / 75,200 × 640 = 587.23, rest 640 − 587.23 − 1 = 51.77;
    // 1.72 / 1.864 × 640 = 590.56, rest 48.44.
    expect(layout.rows.map((r) => [r.first.width, r.rest.x, r.rest.width])).toEqual([
      [587.2, 588.2, 51.8],
      [590.6, 591.6, 48.4],
    ]);
  });

  test('labels sit above (mid-December) and below (after) the bar, rows stack, text fits the width', () => {
    for (const [width, size] of [[300, 13.5], [640, 15], [120, 13.5]] as const) {
      const layout = layoutYearEnd(yearEndBars(yearEndData(), yearEndWords), at(width, size, 12.5));
      const line = size * 1.3;
      let previousBottom = -Infinity;
      for (const r of layout.rows) {
        const blocks = [r.heading, r.wholeLabel, r.firstLabel];
        for (const b of blocks) {
          expect(b.y - size).toBeGreaterThan(previousBottom - 0.1);
          previousBottom = b.y + (b.lines.length - 1) * line + size * 0.3;
        }
        expect(r.first.y).toBeGreaterThan(previousBottom - 0.1);
        expect(r.restLabel.y - size).toBeGreaterThan(r.first.y + r.first.height);
        previousBottom = r.restLabel.y + (r.restLabel.lines.length - 1) * line + size * 0.3;
        // A single word longer than a very narrow width cannot wrap; every other line must fit.
        for (const b of [...blocks, r.restLabel]) for (const l of b.lines) if (l.includes(" ") || width > 200) expect(textWidth(l, size, 'bold')).toBeLessThanOrEqual(width / wrapFactor);
        expect(r.rest.x + r.rest.width).toBeCloseTo(width, 0);
      }
      expect(layout.note.y - 12.5).toBeGreaterThan(previousBottom - 0.1);
      expect(layout.height).toBeGreaterThan(layout.note.y + (layout.note.lines.length - 1) * 12.5 * 1.3);
    }
  });

  test('edge cases: zero values, one item, a very narrow width, nothing at all', () => {
    const zero = layoutYearEnd(data(row('a', 0, 0)), at(200));
    expect([zero.rows[0]!.first.width, zero.rows[0]!.rest.width]).toEqual([0, 0]);
    // Nothing by mid-December: the rest is the whole bar, with no gap.
    const none = layoutYearEnd(data(row('a', 10, 0)), at(200));
    expect([none.rows[0]!.first.width, none.rows[0]!.rest.x, none.rows[0]!.rest.width]).toEqual([0, 0, 200]);
    // Everything by mid-December (or a first count above the whole): no rest segment.
    const all = layoutYearEnd(data(row('a', 10, 12)), at(200));
    expect([all.rows[0]!.first.width, all.rows[0]!.rest.width]).toEqual([200, 0]);
    // A tiny rest stays visible and inside the width.
    const tiny = layoutYearEnd(data(row('a', 100.01, 100)), at(200));
    expect(tiny.rows[0]!.rest).toMatchObject({ x: 198, width: 2 });
    const narrow = layoutYearEnd(yearEndBars(yearEndData(), yearEndWords), at(120, 13.5, 12.5));
    for (const r of narrow.rows) {
      expect(r.firstLabel.lines.length).toBeGreaterThan(2);
      expect(r.restLabel).toMatchObject({ x: 120, anchor: 'end' });
    }
    expect(layoutYearEnd({ rows: [], note: '' }, at(300))).toMatchObject({ rows: [], height: 0 });
  });

  test('uses the data module: both parts and their sources, the rounding and the two reports', () => {
    const d = yearEndBars(yearEndData(), yearEndWords);
    expect(d.rows.map((r) => [r.whole.label, r.first.label, r.rest.label])).toEqual([
      [
        'Full year: 75,200 cases (interview)',
        'By mid-December: about 69,000 cases (context)',
        'After mid-December: about 6,000 cases (the difference)',
      ],
      [
        'Full year: 1.864 billion yuan (interview)',
        'By mid-December: 1.72 billion yuan (context)',
        'After mid-December: about 140 million yuan (the difference)',
      ],
    ]);
    expect(d.rows[0]!.rest.tip.detail).toContain('75,200 cases − about 69,000 cases = 6,200 ≈ 6,000 cases');
    expect(d.note).toContain('From two reports');
    expect(d.note).toContain('case count is rounded');
  });
});

describe('layoutYearEnd: rows, weights and the note', () => {
  const lastBaseline = (b: { y: number; step: number; lines: string[] }) => b.y + (b.lines.length - 1) * b.step;
  const bottomOf = (b: { y: number; step: number; lines: string[]; size: number }) => lastBaseline(b) + b.size * 0.3;

  test('the first row starts at the top; later rows start a gap below the row before', () => {
    const layout = layoutYearEnd(data(row('a', 100, 80), row('b', 50, 10), row('c', 10, 5)), at(400, 10, 10));
    const [a, b, c] = layout.rows;
    expect(a!.heading.y - a!.heading.size).toBe(0);
    expect(b!.heading.y - 10).toBeGreaterThan(bottomOf(a!.restLabel) + 1);
    expect(c!.heading.y - 10).toBeGreaterThan(bottomOf(b!.restLabel) + 1);
    // The same gap each time.
    expect(c!.heading.y - bottomOf(b!.restLabel)).toBeCloseTo(b!.heading.y - bottomOf(a!.restLabel), 5);
  });

  test('a heading is wrapped in bold, the labels in normal weight', () => {
    const boldWide: typeof halfEm = (text, size, weight) => halfEm(text, size) * (weight === 'bold' ? 2 : 1);
    const words = 'one two three four five six seven eight';
    const [r] = layoutYearEnd(data({ ...row('a', 100, 80), heading: words, whole: { value: 100, label: words } }), at(200, 10, 10, { measure: boldWide })).rows;
    expect(r!.heading.lines.length).toBeGreaterThan(r!.wholeLabel.lines.length);
    expect(r!.wholeLabel.lines.join(' ')).toBe(words);
  });

  test('the note comes a gap below the last row; without one it is empty', () => {
    const withNote = layoutYearEnd({ rows: [row('a', 100, 80)], note: 'Mid-December is the Guangming count.' }, at(400, 10, 10));
    expect(withNote.note.lines).toEqual(['Mid-December is the Guangming count.']);
    expect(withNote.note.x).toBe(0);
    expect(withNote.note.y - 10).toBeGreaterThan(bottomOf(withNote.rows[0]!.restLabel) + 1);
    expect(withNote.height).toBeGreaterThanOrEqual(bottomOf(withNote.note));
    const without = layoutYearEnd(data(row('a', 100, 80)), at(400, 10, 10));
    expect(without.note.lines).toEqual([]);
    expect(without.note.x).toBe(0);
    expect(Number.isFinite(without.note.y)).toBe(true);
  });
});
