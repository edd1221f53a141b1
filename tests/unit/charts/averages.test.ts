import { describe, expect, test } from 'vitest';
import { layoutAverages, type AverageDatum } from '../../../src/charts/averages/layout';
import { averagesData } from '../../../src/charts/averages/data';
import { averageBars, averagesWords } from '../../../src/charts/averages/chart';
import { at, halfEm } from '../../helpers/layout';

const datum = (value: number, id = 'a'): AverageDatum => ({
  id,
  label: 'Per case',
  value,
  valueText: `${value} yuan`,
  formula: 'x ÷ y',
  colour: 'livelihood',
});

describe('layoutAverages', () => {
  test('bars are proportional to the values, the largest spanning the width', () => {
    const layout = layoutAverages([datum(80_000, 'a'), datum(20_000, 'b'), datum(40_000, 'c')], at(400));
    expect(layout.bars.map((b) => b.bar.width)).toEqual([400, 100, 200]);
    expect(layout.bars.every((b) => b.bar.x === 0)).toBe(true);
  });

  test('a value that does not fit after its bar goes inside it', () => {
    const layout = layoutAverages([datum(100, 'long'), datum(10, 'short')], at(300));
    expect(layout.bars[0]!.value).toMatchObject({ inside: true, anchor: 'end', x: 294 });
    expect(layout.bars[1]!.value).toMatchObject({ inside: false, anchor: 'start', x: 36 });
  });

  test('a value goes after its bar while bar, 6 px gap and value fit in the width (half-em measure: "45 yuan" is 49 px at 14 px)', () => {
    const [, fits] = layoutAverages([datum(100, 'max'), datum(45)], at(100, 14, 12.5, { measure: halfEm })).bars;
    expect(fits!.value).toMatchObject({ inside: false, anchor: 'start', x: 45 + 6 });
    const [, over] = layoutAverages([datum(100, 'max'), datum(46)], at(100, 14, 12.5, { measure: halfEm })).bars;
    expect(over!.value).toMatchObject({ inside: true, anchor: 'end', x: 46 - 6 });
  });

  test('bars and labels stack without overlapping', () => {
    const layout = layoutAverages(averageBars(averagesData(), averagesWords), at(300, 13.5, 12.5));
    for (let i = 1; i < layout.bars.length; i++) {
      const previous = layout.bars[i - 1]!;
      const lastFormulaLine = previous.formula.y + (previous.formula.lines.length - 1) * previous.formula.step;
      expect(layout.bars[i]!.label.y - 13.5).toBeGreaterThan(lastFormulaLine);
    }
    expect(layout.height).toBeGreaterThan(layout.bars.at(-1)!.formula.y);
  });

  test('edge cases: one item, a zero value, a very narrow width', () => {
    expect(layoutAverages([datum(5)], at(200)).bars[0]!.bar.width).toBe(200);
    const zero = layoutAverages([datum(0), datum(0, 'b')], at(200));
    expect(zero.bars.map((b) => b.bar.width)).toEqual([0, 0]);
    const narrow = layoutAverages(averageBars(averagesData(), averagesWords), at(120));
    for (const b of narrow.bars) expect(b.label.lines.length).toBeGreaterThan(1);
    expect(layoutAverages([], at(300))).toMatchObject({ bars: [], height: 0 });
  });

  test('uses the derived figures and shows their formulas', () => {
    expect(averageBars(averagesData(), averagesWords).map((d) => [d.valueText, d.formula])).toEqual([
      ['about 81,000 yuan', 'about 51.7 billion yuan ÷ about 640,000 cases'],
      ['about 24,800 yuan', '1.864 billion yuan ÷ 75,200 cases'],
      ['about 40,920 yuan', '94.5551 million yuan ÷ 2,311 people'],
    ]);
  });
});

describe('layoutAverages: each bar’s label, bar, value and formula', () => {
  const long = (value: number, id: string): AverageDatum => ({
    ...datum(value, id),
    label: 'Average amount delivered per livelihood enforcement case in 2024',
    formula: 'about 51.7 billion yuan ÷ about 640,000 cases, rounded to two significant figures',
  });
  const lastBaseline = (b: { y: number; step: number; lines: string[] }) => b.y + (b.lines.length - 1) * b.step;

  test('top to bottom: label, bar, formula, then the next bar’s label, even when the texts wrap', () => {
    const { bars, height } = layoutAverages([long(80_000, 'a'), long(20_000, 'b')], at(200, 14, 12.5, { measure: halfEm }));
    for (const b of bars) {
      expect(b.label.lines.length, 'the label wraps').toBeGreaterThan(1);
      expect(b.bar.y, b.id).toBeGreaterThan(lastBaseline(b.label));
      expect(b.formula.y - b.formula.size, b.id).toBeGreaterThanOrEqual(b.bar.y + b.bar.height);
    }
    expect(bars[1]!.label.y - bars[1]!.label.size).toBeGreaterThan(lastBaseline(bars[0]!.formula));
    expect(height).toBeGreaterThanOrEqual(lastBaseline(bars[1]!.formula));
  });

  test('the label is wrapped in bold, the formula in normal weight', () => {
    const boldWide: typeof halfEm = (text, size, weight) => halfEm(text, size) * (weight === 'bold' ? 2 : 1);
    const text = 'one two three four five six';
    const [bar] = layoutAverages([{ ...datum(10), label: text, formula: text }], at(200, 10, 10, { measure: boldWide })).bars;
    expect(bar!.label.lines.join(' ')).toBe(text);
    expect(bar!.formula.lines.join(' ')).toBe(text);
    expect(bar!.label.lines.length).toBeGreaterThan(bar!.formula.lines.length);
  });

  test('a tiny positive value still gets a visible bar; zero gets none', () => {
    const [, tiny, zero] = layoutAverages([datum(1_000_000, 'big'), datum(1, 'tiny'), datum(0, 'zero')], at(400)).bars;
    expect(tiny!.bar.width).toBeGreaterThanOrEqual(1);
    expect(zero!.bar.width).toBe(0);
  });

  test('the tooltip gives the label, then the value and the formula on two lines', () => {
    const [bar] = layoutAverages([{ ...datum(81_000), label: 'Per livelihood case', valueText: 'about 81,000 yuan', formula: 'a ÷ b' }], at(400)).bars;
    expect(bar!.tip).toEqual({ title: 'Per livelihood case', detail: 'about 81,000 yuan\na ÷ b' });
  });
});
