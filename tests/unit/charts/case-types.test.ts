import { describe, expect, test } from 'vitest';
import { fit, layoutCaseTypes, ruleHeight, tileCount, tilePadding, widestLine, type FamilyDatum } from '../../../src/charts/case-types/layout';
import { caseTypesData } from '../../../src/charts/case-types/data';
import { caseTypeTiles, caseTypesWords } from '../../../src/charts/case-types/chart';
import { caseTypes } from '../../../src/data/index';
import { textWidth } from '../../../src/lib/measure';
import { at, halfEm } from '../../helpers/layout';

const type = (id: string, label = id) => ({ id, label, detail: `Chinese: ${id}` });
const two: FamilyDatum[] = [
  { id: 'work', label: 'W', types: [type('a'), type('b')] },
  { id: 'family', label: 'F', types: [type('c')] },
];

describe('layoutCaseTypes', () => {
  test('stacked when columns would be too narrow: hand-worked positions', () => {
    // fontSize 10: line 13, heading block 13 + 6 = 19, tile ceil(13 + 2 × 8 + 4 (the rule)) = 33.
    // Columns would be (200 − 14) / 2 = 93 wide, under the 120 minimum, so families stack.
    const layout = layoutCaseTypes(two, at(200, 10, 9));
    expect(layout.arrangement).toBe('stacked');
    const [work, family] = layout.families;
    expect(work!.heading).toMatchObject({ x: 14, y: 10, lines: ['W'] });
    expect(work!.swatch).toEqual({ x: 0, y: 2.5, size: 8 });
    expect(work!.tiles.map((t) => [t.x, t.y, t.width, t.height])).toEqual([
      [0, 19, 200, 33],
      [0, 58, 200, 33],
    ]);
    // Text centred below the rule: 19 + 4 + (33 − 4 − 13) / 2 + 10 = 41.
    expect(work!.tiles[0]!.text).toMatchObject({ x: 8, y: 41, lines: ['a'] });
    // Next family: 91 (bottom) + 14 (gap) + 5 (half a line) = 110.
    expect(family!.heading.y).toBe(120);
    expect(family!.tiles[0]!.y).toBe(129);
    expect(layout.height).toBe(162);
  });

  test('side by side when each column keeps 12 ems: tiles start on a common line', () => {
    // (400 − 14) / 2 = 193 ≥ 120.
    const layout = layoutCaseTypes(two, at(400, 10, 9));
    expect(layout.arrangement).toBe('columns');
    expect(layout.families.map((f) => f.tiles.map((t) => [t.x, t.y, t.width]))).toEqual([
      [
        [0, 19, 193],
        [0, 58, 193],
      ],
      // Second column at 193 + 14 = 207.
      [[207, 19, 193]],
    ]);
    expect(layout.families[1]!.heading.x).toBe(207 + 14);
    expect(layout.height).toBe(91);
  });

  test('each family is one path (its swatch and its tiles’ top rules); the rural migrant workers’ tile takes the accent', () => {
    const layout = layoutCaseTypes(caseTypeTiles(caseTypesData(), caseTypesWords), at(880, 16, 15));
    const subpaths = (d: string) => d.split('M').filter(Boolean).length;
    const work = layout.families.find((f) => f.id === 'work')!;
    const accent = work.tiles.find((t) => t.accent)!;
    expect(accent.id).toBe('migrantWorkerWages');
    expect(layout.families.flatMap((f) => f.tiles).filter((t) => t.accent)).toHaveLength(1);
    // Work: the swatch and one rule (the other tile's is the accent's).
    expect(subpaths(work.rules)).toBe(1 + work.tiles.length - 1);
    expect(layout.accentRules).toBe(`M${accent.x} ${accent.y}h${accent.width}v${ruleHeight}h-${accent.width}z`);
    for (const f of layout.families.filter((f) => f.id !== 'work')) expect(subpaths(f.rules)).toBe(1 + f.tiles.length);
  });

  test('every tile is the same size, as tall as the longest label needs', () => {
    const layout = layoutCaseTypes([{ id: 'injury', label: 'I', types: [type('short', 'a'), type('long', 'compensation for personal injury in traffic accidents')] }], at(200, 10, 9));
    const heights = layout.families[0]!.tiles.map((t) => t.height);
    // The long label takes 2 lines at (200 − 16) × 0.9 wide: ceil(2 × 13 + 16 + 4) = 46.
    expect(layout.families[0]!.tiles[1]!.text.lines).toHaveLength(2);
    expect(heights).toEqual([46, 46]);
  });

  test('the real data: three families, nine tiles in the report’s order, labels inside their tiles', () => {
    for (const [width, size, arrangement] of [
      [640, 15, 'columns'],
      [300, 13.5, 'stacked'],
    ] as const) {
      const layout = layoutCaseTypes(caseTypeTiles(caseTypesData(), caseTypesWords), at(width, size, 12.5));
      expect(layout.arrangement).toBe(arrangement);
      expect(layout.families.map((f) => f.heading.lines.join(' '))).toEqual(['Work and wages', 'Family support', 'Injury and loss']);
      expect(layout.families.flatMap((f) => f.tiles.map((t) => t.id))).toEqual(caseTypes.map((t) => t.id));
      const tiles = layout.families.flatMap((f) => f.tiles);
      expect(new Set(tiles.map((t) => `${t.width}×${t.height}`)).size).toBe(1);
      expect(widestLine(layout)).toBeLessThanOrEqual((tiles[0]!.width - 2 * tilePadding) * fit);
      for (const t of tiles) expect(t.x + t.width).toBeLessThanOrEqual(width);
      expect(layout.height).toBeGreaterThanOrEqual(Math.max(...tiles.map((t) => t.y + t.height)));
    }
  });

  test('the detail gives the Chinese term and the English item’s word', () => {
    const first = caseTypeTiles(caseTypesData(), caseTypesWords)[0]!.types[0]!;
    expect(first.label).toBe('recovery of labour remuneration');
    expect(first.detail).toBe('Chinese: 追索劳动报酬\nThe English item says: “recovery of labor remuneration”');
  });

  test('edge cases: no families, one family, a family with no types, a very narrow width', () => {
    expect(layoutCaseTypes([], at(300))).toMatchObject({ families: [], height: 0 });
    const one = layoutCaseTypes([two[0]!], at(640, 10, 9));
    expect(one.arrangement).toBe('stacked');
    expect(one.families[0]!.tiles.map((t) => t.width)).toEqual([640, 640]);
    const empty = layoutCaseTypes([{ id: 'family', label: 'F', types: [] }], at(300, 10, 9));
    expect(empty.families[0]!.tiles).toEqual([]);
    expect(empty.height).toBe(19);
    const narrow = layoutCaseTypes(caseTypeTiles(caseTypesData(), caseTypesWords), at(120, 13.5, 12.5));
    expect(narrow.arrangement).toBe('stacked');
    for (const f of narrow.families) {
      for (const t of f.tiles) {
        expect(t.width).toBe(120);
        for (const line of t.text.lines) {
          // Only a single word may be wider than the tile's measure (words are never split).
          if (line.includes(' ')) expect(textWidth(line, 13.5)).toBeLessThanOrEqual((120 - 2 * tilePadding) * fit);
        }
      }
    }
    expect(Math.max(...narrow.families.flatMap((f) => f.tiles.map((t) => t.text.lines.length)))).toBeGreaterThan(2);
  });
});

describe('layoutCaseTypes: arrangement edge, headings, tiles', () => {
  const lastBaseline = (b: { y: number; step: number; lines: string[] }) => b.y + (b.lines.length - 1) * b.step;

  test('columns from exactly 12 ems a column: (254 − 14) ÷ 2 = 120 at 10 px', () => {
    expect(layoutCaseTypes(two, at(254, 10, 9)).arrangement).toBe('columns');
    expect(layoutCaseTypes(two, at(253, 10, 9)).arrangement).toBe('stacked');
  });

  test('stacked: each family’s tiles start just under its own heading, however many lines it has', () => {
    const families: FamilyDatum[] = [
      { id: 'work', label: 'Work and wages, with a heading long enough to wrap over several lines', types: [type('a')] },
      { id: 'family', label: 'F', types: [type('c')] },
    ];
    const layout = layoutCaseTypes(families, at(200, 10, 9, { measure: halfEm }));
    const [work, family] = layout.families;
    expect(work!.heading.lines.length).toBeGreaterThan(1);
    const gapUnder = (f: typeof work) => f!.tiles[0]!.y - lastBaseline(f!.heading);
    expect(gapUnder(work)).toBeGreaterThan(0);
    expect(gapUnder(family)).toBeCloseTo(gapUnder(work), 0);
  });

  test('headings are wrapped in bold beside their swatch, within the column', () => {
    const boldWide: typeof halfEm = (text, size, weight) => halfEm(text, size) * (weight === 'bold' ? 2 : 1);
    const families: FamilyDatum[] = [
      { id: 'work', label: 'Work and wages in the report', types: [type('a')] },
      { id: 'family', label: 'Family support', types: [type('c')] },
    ];
    const layout = layoutCaseTypes(families, at(300, 10, 9, { measure: boldWide }));
    expect(layout.arrangement).toBe('columns');
    for (const f of layout.families) {
      const column = f.tiles[0]!;
      expect(f.heading.x).toBeGreaterThan(f.swatch.x + f.swatch.size);
      for (const line of f.heading.lines) expect(f.heading.x + boldWide(line, 10, 'bold'), line).toBeLessThanOrEqual(column.x + column.width);
    }
    expect(layout.families[0]!.heading.lines.length).toBeGreaterThan(1);
  });

  test('a tile’s tooltip gives its English name and its detail', () => {
    const [work] = layoutCaseTypes(two, at(200, 10, 9)).families;
    expect(work!.tiles[0]!.tip).toEqual({ title: 'a', detail: 'Chinese: a' });
  });

  test('widestLine and tileCount', () => {
    const layout = layoutCaseTypes([{ id: 'work', label: 'W', types: [type('a', 'Wages'), type('b', 'Medical damages')] }], at(400, 10, 9));
    expect(widestLine(layout)).toBe(textWidth('Medical damages', 10));
    expect(tileCount(layout)).toBe(2);
    const empty = layoutCaseTypes([], at(400, 10, 9));
    expect(widestLine(empty)).toBe(0);
    expect(tileCount(empty)).toBe(0);
  });
});
