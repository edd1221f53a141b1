import { describe, expect, test } from 'vitest';
import { gridColumns, minBar, layoutAssistance, type AssistanceData } from '../../../src/charts/assistance/layout';
import { assistanceData } from '../../../src/charts/assistance/data';
import { assistanceParts, assistanceWords } from '../../../src/charts/assistance/chart';
import { assistanceTable } from '../../../src/charts/assistance/table';

/** The real chart's parts with their words, its table's rows and its squares in words. */
const real = () => {
  const facts = assistanceData();
  const rows = assistanceTable(facts, assistanceWords).rows.map(([figure, value, how]) => ({ figure, value, how }));
  return { data: assistanceParts(facts, assistanceWords), rows, notes: { marks: assistanceWords.marks(facts) } };
};
import { getFigure } from '../../../src/data/index';
import { blockLines } from '../../../src/charts/common/text';
import { round1, textWidth } from '../../../src/lib/measure';
import { at, halfEm } from '../../helpers/layout';

const sample = (people: number, amounts: [number, number] = [94_555_100, 51_700_000_000], perSquare = 10): AssistanceData => ({
  people: { value: people, heading: `${people} people`, tip: { title: 'People', detail: 'x' } },
  perSquare,
  legend: 'Each square = 10 people',
  moneyHeading: 'Money',
  bars: [
    { id: 'a', label: 'Assistance', value: amounts[0], valueText: 'small', colour: 'assistance', tip: { title: 'a', detail: 'a' } },
    { id: 'b', label: 'Livelihood', value: amounts[1], valueText: 'big', colour: 'livelihood', tip: { title: 'b', detail: 'b' } },
  ],
  share: { label: 'share', value: { qualifier: 'about ', number: '1%' } },
});

describe('gridColumns', () => {
  test('takes the most whole groups of ten that fit, else as many squares as fit', () => {
    // 20 squares of 11 with 2 gaps and one group gap of 4: 220 + 19 × 2 + 4 = 262 ≤ 300; 30 would be 400.
    expect(gridColumns(300, 11, 2, 4)).toBe(20);
    // 40 squares of 12: 480 + 39 × 2 + 3 × 4 = 570 ≤ 640; 50 would be 714.
    expect(gridColumns(640, 12, 2, 4)).toBe(40);
    // Ten squares need 128 units: at 120, (120 + 2) ÷ 13 = 9.4, so 9.
    expect(gridColumns(120, 11, 2, 4)).toBe(9);
    expect(gridColumns(5, 11, 2, 4)).toBe(1);
  });
});

describe('layoutAssistance', () => {
  test('one square per ten people, the last one part-filled', () => {
    const layout = layoutAssistance(sample(2_311), at(300, 13.5, 12.5));
    const { grid } = layout;
    // 2,311 ÷ 10 = 231.1: 231 full squares and a tenth of one more.
    expect(grid.squares).toHaveLength(232);
    expect(grid.squares.filter((s) => s.fill === 1)).toHaveLength(231);
    expect(grid.squares.at(-1)!.fill).toBe(0.1);
    // Squares of round(13.5 × 0.8) = 11, so the partial fill is 1.1 wide.
    expect(grid.size).toBe(11);
    expect(grid.partial).toMatchObject({ width: 1.1, size: 11 });
    // 20 columns (262 units) in 12 rows: 11 × 20 = 220 full rows' worth, then 12 more.
    expect([grid.columns, grid.rows]).toEqual([20, 12]);
    expect(grid.height).toBe(12 * 13 - 2);
    // Square 11 starts the second group of ten: 10 × 13 + 4 = 134. Square 21 starts row two.
    expect(grid.squares[10]!.x).toBe(134);
    expect(grid.squares[20]).toMatchObject({ x: 0, y: grid.y + 13 });
    expect(grid.path.match(/M/g)).toHaveLength(231);
  });

  test('bars share one scale: the assistance bar is a sliver, drawn at least minBar units wide', () => {
    const narrow = layoutAssistance(sample(2_311), at(300, 13.5, 12.5));
    // 300 × 94,555,100 ÷ 51,700,000,000 = 0.55 and at 640 1.17: both shown as 3, visible at any scale.
    expect(minBar).toBe(3);
    expect(narrow.bars.map((b) => b.bar.width)).toEqual([3, 300]);
    expect(layoutAssistance(sample(2_311), at(640)).bars.map((b) => b.bar.width)).toEqual([3, 640]);
    // The sliver's value sits after it; the full bar's inside it.
    expect(narrow.bars[0]!.value).toMatchObject({ x: 9, anchor: 'start', inside: false });
    expect(narrow.bars[1]!.value).toMatchObject({ x: 294, anchor: 'end', inside: true });
  });

  test('parts stack without overlapping', () => {
    const layout = layoutAssistance(real().data, at(300, 13.5, 12.5));
    const lastLegend = blockLines(layout.legend.text).at(-1)!.y;
    expect(layout.grid.y).toBeGreaterThan(lastLegend);
    expect(layout.moneyHeading.y - 13.5).toBeGreaterThan(layout.grid.y + layout.grid.height);
    const [first, second] = layout.bars;
    expect(second!.label.y - 13.5).toBeGreaterThan(blockLines(first!.note).at(-1)!.y);
    expect(layout.share.y - 12.5).toBeGreaterThan(second!.bar.y + second!.bar.height);
    // The ratio's value, set large, under its words and inside the chart.
    const value = layout.shareValue!;
    expect(value).toMatchObject({ size: 27, labelSize: 13.5, qualifier: 'about ', number: '0.183%' });
    expect(value.y - value.size).toBeGreaterThan(blockLines(layout.share).at(-1)!.y);
    expect(layout.height).toBeGreaterThanOrEqual(value.y);
  });

  test('edge cases: no one, one person, zero amounts, a very narrow width', () => {
    const none = layoutAssistance(sample(0, [0, 0]), at(300));
    expect(none.grid).toMatchObject({ squares: [], path: '', partial: null, rows: 0, height: 0 });
    expect(none.bars.map((b) => b.bar.width)).toEqual([0, 0]);

    const one = layoutAssistance(sample(1), at(300));
    expect(one.grid.squares).toEqual([{ x: 0, y: one.grid.y, fill: 0.1 }]);
    expect(one.grid.path).toBe('');
    expect(layoutAssistance(sample(1, undefined, 1), at(300)).grid.squares[0]!.fill).toBe(1);
    expect(layoutAssistance(sample(10), at(300)).grid).toMatchObject({ partial: null, rows: 1 });

    const narrow = layoutAssistance(real().data, at(120, 13.5, 12.5));
    expect(narrow.grid.columns).toBe(9);
    expect(narrow.grid.rows).toBe(26);
    for (const s of narrow.grid.squares) expect(s.x + narrow.grid.size).toBeLessThanOrEqual(120);
    // Every line that could wrap fits the width (a single long word cannot).
    const fits = (l: { x: number; text: string }, size: number, weight: 'normal' | 'bold' = 'normal') =>
      !l.text.includes(' ') || l.x + textWidth(l.text, size, weight) <= 120;
    for (const l of [narrow.heading, narrow.moneyHeading].flatMap(blockLines)) expect(fits(l, 13.5, 'bold'), l.text).toBe(true);
    for (const l of narrow.bars.flatMap((b) => blockLines(b.label))) expect(fits(l, 13.5), l.text).toBe(true);
    for (const l of [narrow.legend.text, ...narrow.bars.map((b) => b.note), narrow.share].flatMap(blockLines)) expect(fits(l, 12.5), l.text).toBe(true);
    expect(narrow.heading.lines.length).toBeGreaterThan(2);
  });

  test('uses the data module: people, amounts, average and share', () => {
    const { data, rows, notes } = real();
    expect(data.people.value).toBe(2_311);
    expect(data.legend).toBe('Each square = 10 people; the last square is part-filled: 1 person');
    expect(notes.marks).toBe('231 full squares and one part-filled square for 1 person');
    expect(data.bars.map((b) => [b.valueText, b.colour])).toEqual([
      ['94.5551 million yuan', 'assistance'],
      ['about 51.7 billion yuan', 'livelihood'],
    ]);
    expect(data.bars[0]!.note).toBe('On average about 40,920 yuan per person');
    expect(data.share).toEqual({ label: 'Assistance ÷ livelihood amount', value: { qualifier: 'about ', number: '0.183%' } });
    expect(rows.map((r) => r.value)).toEqual(['2,311 people', '94.5551 million yuan', 'about 40,920 yuan per person', 'about 51.7 billion yuan', 'about 0.183%']);
  });

  test('the share is derived: 94,555,100 ÷ 51,700,000,000 × 100 = 0.18289… ≈ 0.183 (three significant figures, as in 51.7)', () => {
    expect(getFigure('assistanceShareOfLivelihoodAmount')).toMatchObject({
      kind: 'derived',
      value: 0.183,
      approximation: 'about',
      inputs: ['judicialAssistanceAmount', 'livelihoodAmount'],
      period: '2024',
    });
  });
});

describe('gridColumns at the edges', () => {
  // Squares of 10 with gaps of 2 and a group gap of 4: ten take 10 × 10 + 9 × 2 = 118, twenty 200 + 19 × 2 + 4 = 242.
  test('twenty columns exactly fit 242, not 241', () => {
    expect(gridColumns(242, 10, 2, 4)).toBe(20);
    expect(gridColumns(241, 10, 2, 4)).toBe(10);
    expect(gridColumns(118, 10, 2, 4)).toBe(10);
  });

  test('under one group, as many squares as fit: nine take 9 × 10 + 8 × 2 = 106', () => {
    expect(gridColumns(106, 10, 2, 4)).toBe(9);
    expect(gridColumns(105, 10, 2, 4)).toBe(8);
  });
});

describe('layoutAssistance: the parts in order', () => {
  const wordy = (): AssistanceData => ({
    ...sample(2311),
    people: { value: 2311, heading: 'People who received judicial assistance from the enforcement departments of courts at all levels in 2024', tip: { title: 'People', detail: 'x' } },
    legend: 'Each square stands for ten people who received judicial assistance, and the last one for the one person left over',
    moneyHeading: 'The assistance paid, beside the amount delivered in livelihood cases across the country',
    bars: [
      { ...sample(1).bars[0]!, label: 'Judicial assistance paid by the enforcement departments, in yuan', note: 'A note under the first bar, long enough to wrap onto a second line here' },
      { ...sample(1).bars[1]!, label: 'Amount delivered in livelihood cases nationwide, in yuan' },
    ],
    share: { label: 'The assistance is a small share of the livelihood amount, as the two bars show side by side', value: { qualifier: '', number: '1%' } },
  });
  const lastBaseline = (b: { y: number; step: number; lines: string[] }) => b.y + (b.lines.length - 1) * b.step;
  const topOf = (b: { y: number; size: number }) => b.y - b.size;

  test('top to bottom: heading, legend, grid, money heading, then each bar’s label, bar and note, then the share', () => {
    const l = layoutAssistance(wordy(), at(300, 10, 10, { measure: halfEm }));
    expect(l.heading.lines.length).toBeGreaterThan(1);
    expect(l.legend.text.lines.length).toBeGreaterThan(1);
    expect(topOf(l.legend.text)).toBeGreaterThan(lastBaseline(l.heading));
    expect(l.grid.y).toBeGreaterThan(lastBaseline(l.legend.text));
    expect(topOf(l.moneyHeading)).toBeGreaterThan(l.grid.y + l.grid.height);
    let above = lastBaseline(l.moneyHeading);
    for (const b of l.bars) {
      expect(topOf(b.label), b.id).toBeGreaterThan(above);
      expect(b.bar.y, b.id).toBeGreaterThan(lastBaseline(b.label));
      if (b.note.lines.length) {
        expect(topOf(b.note), b.id).toBeGreaterThanOrEqual(b.bar.y + b.bar.height);
        above = lastBaseline(b.note);
      } else above = b.bar.y + b.bar.height;
    }
    expect(l.bars[1]!.note.lines).toEqual([]);
    expect(topOf(l.share)).toBeGreaterThan(above);
    expect(l.shareValue!.y - l.shareValue!.size).toBeGreaterThan(lastBaseline(l.share));
    expect(l.height).toBeGreaterThanOrEqual(l.shareValue!.y);
  });

  test('without a share there is no ratio line and no value', () => {
    const l = layoutAssistance({ ...sample(20), share: undefined }, at(300, 10, 10, { measure: halfEm }));
    expect(l.share.lines).toEqual([]);
    expect(l.shareValue).toBeNull();
    const withShare = layoutAssistance(sample(20), at(300, 10, 10, { measure: halfEm }));
    expect(withShare.height).toBeGreaterThan(l.height + 20);
  });

  test('headings are wrapped in bold', () => {
    const boldWide: typeof halfEm = (text, size, weight) => halfEm(text, size) * (weight === 'bold' ? 2 : 1);
    const text = 'one two three four five six seven eight nine';
    const data = { ...sample(20), people: { ...sample(20).people, heading: text }, moneyHeading: text, share: { label: text, value: { qualifier: '', number: '1%' } } };
    const l = layoutAssistance(data, at(300, 10, 10, { measure: boldWide }));
    expect(l.heading.lines.length).toBeGreaterThan(l.share.lines.length);
    expect(l.moneyHeading.lines.length).toBeGreaterThan(l.share.lines.length);
  });

  test('the legend square sits level with the first line of its text, which starts after it and fits the width', () => {
    const l = layoutAssistance(wordy(), at(300, 10, 10, { measure: halfEm }));
    const { square, text } = l.legend;
    expect(text.x).toBeGreaterThan(square.x + square.size);
    const lineMiddle = text.y - 10 * 0.35;
    expect(square.y).toBeLessThan(lineMiddle);
    expect(square.y + square.size).toBeGreaterThan(lineMiddle);
    for (const line of text.lines) expect(text.x + halfEm(line, 10) * 1.1, line).toBeLessThanOrEqual(300);
  });

  test('the grid is as wide as its widest row of squares, groups of ten included; full squares make one path', () => {
    const l = layoutAssistance(sample(2311), at(300, 10, 10));
    const { squares, size, width, path, partial } = l.grid;
    expect(width).toBeCloseTo(Math.max(...squares.map((s) => s.x)) + size, 5);
    const full = squares.filter((s) => s.fill === 1);
    expect(full).toHaveLength(231);
    expect(path.match(new RegExp(`M[\\d.]+ [\\d.]+h${size}v${size}h-${size}z`, 'g'))).toHaveLength(231);
    expect(path).toMatch(new RegExp(`^(M[\\d.]+ [\\d.]+h${size}v${size}h-${size}z)+$`));
    expect(path.startsWith(`M${full[0]!.x} ${full[0]!.y}h`)).toBe(true);
    // 2,311 people at ten a square: 231 full squares and one a tenth filled.
    expect(partial).toMatchObject({ x: squares.at(-1)!.x, y: squares.at(-1)!.y, width: round1(size * 0.1) });
  });
});
