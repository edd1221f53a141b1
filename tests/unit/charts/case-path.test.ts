import { describe, expect, test } from 'vitest';
import { layoutCasePath, type PathNode } from '../../../src/charts/case-path/layout';
import { casePathData, pathEdges } from '../../../src/charts/case-path/data';
import { casePathNodes, casePathSteps, casePathWords } from '../../../src/charts/case-path/chart';

const pathNodes = casePathNodes(casePathData(), casePathWords);
import { at, halfEm } from '../../helpers/layout';

const node = (id: string, col: number, row: number, label = id): PathNode => ({
  id,
  label,
  cell: { col, row },
  branch: false,
});

const overlaps = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('layoutCasePath', () => {
  test('boxes share the width by column, with a gap between them', () => {
    // Two columns in 300 with a 20 gap: boxes of (300 − 20) ÷ 2 = 140, the second starting at 160.
    const layout = layoutCasePath({ nodes: [node('a', 0, 0), node('b', 1, 0)], edges: [{ from: 'a', to: 'b' }] }, at(300, 10, 10, { variant: 'narrow' }));
    expect(layout.nodes.map((n) => [n.x, n.width])).toEqual([
      [0, 140],
      [160, 140],
    ]);
    // One line of 10 × 1.25 plus 2 × 8 padding.
    expect(layout.nodes[0]!.height).toBe(28.5);
    // Same row: an arrow from a's right edge to b's left edge, at mid-height.
    expect(layout.edges[0]!.d).toBe('M140,14.3L160,14.3');
  });

  test('a row takes its tallest box’s height, and rows stack with a gap', () => {
    const layout = layoutCasePath({ nodes: [node('a', 0, 0, 'one'), node('b', 1, 0, 'a label long enough to wrap onto several lines here'), node('c', 0, 1)], edges: [{ from: 'a', to: 'c' }] }, at(300, 10, 10, { variant: 'narrow' }));
    const [a, b, c] = layout.nodes;
    expect(a!.height).toBe(b!.height);
    expect(b!.label.lines.length).toBeGreaterThan(1);
    expect(c!.y).toBeCloseTo(a!.height + 18, 5); // 1.8 × 10 between rows
    // Same column: straight down from a's foot to c's head.
    expect(layout.edges[0]!.d).toBe(`M70,${a!.height}L70,${c!.y}`);
  });

  test('the real path: no boxes overlap and everything fits, at a phone’s width and a wider one', () => {
    for (const width of [300, 640]) {
      const layout = layoutCasePath({ nodes: pathNodes, edges: pathEdges }, at(width, 13.5, 12.5, { variant: 'narrow' }));
      expect(layout.nodes).toHaveLength(7);
      expect(layout.edges).toHaveLength(6);
      for (const n of layout.nodes) {
        expect(n.x + n.width).toBeLessThanOrEqual(width + 0.1);
        expect(n.y + n.height).toBeLessThanOrEqual(layout.height + 0.1);
      }
      for (let i = 0; i < layout.nodes.length; i++)
        for (let j = i + 1; j < layout.nodes.length; j++) expect(overlaps(layout.nodes[i]!, layout.nodes[j]!)).toBe(false);
    }
  });

  test('every step names a box, and the step texts render figures from the data module', () => {
    const ids = new Set(pathNodes.map((n) => n.id));
    const steps = casePathSteps(casePathData(), casePathWords);
    for (const s of steps) expect(ids.has(s.node), s.node).toBe(true);
    expect(steps.find((s) => s.node === 'payout')!.text).toContain('about 51.7 billion yuan');
    expect(steps.find((s) => s.node === 'assistance')!.text).toContain('2,311 people with 94.5551 million yuan');
  });

  test('edge cases: no nodes, one node, a very narrow width, an edge to an unknown node', () => {
    expect(layoutCasePath({ nodes: [], edges: [] }, at(300, 14, 12.5, { variant: 'narrow' }))).toMatchObject({ nodes: [], edges: [], height: 0 });
    const one = layoutCasePath({ nodes: [node('a', 0, 0, 'Rapid filing')], edges: [] }, at(300, 10, 10, { variant: 'narrow' }));
    expect(one.nodes[0]).toMatchObject({ x: 0, width: 300 });
    const narrow = layoutCasePath({ nodes: pathNodes, edges: pathEdges }, at(120, 13.5, 12.5, { variant: 'narrow' }));
    expect(Math.max(...narrow.nodes.map((n) => n.label.lines.length))).toBeGreaterThan(2);
    expect(() => layoutCasePath({ nodes: [node('a', 0, 0)], edges: [{ from: 'a', to: 'zz' }] }, at(300, 14, 12.5, { variant: 'narrow' }))).toThrow('unknown node');
  });
});

describe('layoutCasePath: arrows, labels and rows', () => {
  const ends = (d: string) => {
    const n = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
    return { from: [n[0]!, n[1]!], to: [n.at(-2)!, n.at(-1)!] };
  };
  /** Points are written to one decimal. */
  const expectEnds = (actual: ReturnType<typeof ends>, expected: { from: number[]; to: number[] }) => {
    [...actual.from, ...actual.to].forEach((v, i) => expect(v).toBeCloseTo([...expected.from, ...expected.to][i]!, 0));
  };
  const options = at(300, 10, 10, { variant: 'narrow', measure: halfEm });
  const grid = () => [node('a', 0, 0), node('b', 1, 0), node('c', 0, 1), node('d', 1, 1), node('e', 0, 2)];

  test('an arrow runs from the side facing its target to the side facing back, in every direction', () => {
    const layout = layoutCasePath(
      {
        nodes: grid(),
        edges: [
          { from: 'b', to: 'a' },
          { from: 'c', to: 'a' },
          { from: 'a', to: 'd' },
          { from: 'd', to: 'e' },
        ],
      },
      options,
    );
    const box = Object.fromEntries(layout.nodes.map((n) => [n.id, n]));
    const [left, up, diagonal, back] = layout.edges.map((e) => ends(e.d));
    const { a, b, c, d, e } = box as Record<string, (typeof layout.nodes)[0]>;
    // Right to left along a row: from b's left edge to a's right edge.
    expectEnds(left!, { from: [b!.x, b!.y + b!.height / 2], to: [a!.x + a!.width, a!.y + a!.height / 2] });
    // Up a column: from c's head to a's foot.
    expectEnds(up!, { from: [c!.x + c!.width / 2, c!.y], to: [a!.x + a!.width / 2, a!.y + a!.height] });
    // Diagonal: leaves a's foot, arrives at d's head.
    expectEnds(diagonal!, { from: [a!.x + a!.width / 2, a!.y + a!.height], to: [d!.x + d!.width / 2, d!.y] });
    expectEnds(back!, { from: [d!.x + d!.width / 2, d!.y + d!.height], to: [e!.x + e!.width / 2, e!.y] });
  });

  test('a diagonal arrow bends halfway between the rows', () => {
    const layout = layoutCasePath({ nodes: grid(), edges: [{ from: 'a', to: 'd' }] }, options);
    const [a, , , d] = layout.nodes;
    const ys = layout.edges[0]!.d.match(/-?\d+(\.\d+)?/g)!.map(Number).filter((_, i) => i % 2 === 1);
    // Every point of the bend lies between a's foot and d's head, and it passes their midpoint.
    for (const y of ys) {
      expect(y).toBeGreaterThanOrEqual(a!.y + a!.height);
      expect(y).toBeLessThanOrEqual(d!.y);
    }
    const mid = (a!.y + a!.height + d!.y) / 2;
    expect(Math.min(...ys.map((y) => Math.abs(y - mid)))).toBeLessThan(1);
  });

  test('labels are wrapped in bold inside their box, centred in its height', () => {
    const boldWide: typeof halfEm = (text, size, weight) => halfEm(text, size) * (weight === 'bold' ? 2 : 1);
    const long = 'a label long enough to wrap onto several lines';
    const layout = layoutCasePath({ nodes: [node('a', 0, 0, 'short'), node('b', 1, 0, long)], edges: [] }, at(300, 10, 10, { variant: 'narrow', measure: boldWide }));
    const [a, b] = layout.nodes;
    for (const n of [a!, b!]) {
      expect(n.label.x).toBeGreaterThan(n.x);
      for (const line of n.label.lines) expect(n.label.x + boldWide(line, 10, 'bold'), line).toBeLessThanOrEqual(n.x + n.width);
      expect(n.label.y - 10).toBeGreaterThanOrEqual(n.y);
      expect(n.label.y + (n.label.lines.length - 1) * n.label.step).toBeLessThanOrEqual(n.y + n.height);
    }
    // Wrapped in bold (twice as wide here) the long label takes more lines than in normal weight: 46 × 5 = 230 over 4 lines at 124 wide.
    expect(b!.label.lines.length).toBeGreaterThanOrEqual(4);
    // The one-line label is centred: the middle of its line (0.35 em above the baseline) at the box's middle.
    expect(Math.abs(a!.label.y - 3.5 - (a!.y + a!.height / 2))).toBeLessThan(2);
  });

  test('each row is as tall as its own tallest box, and the chart as tall as the rows', () => {
    const long = 'a label long enough to wrap onto several lines here, and then some more words after that';
    const layout = layoutCasePath({ nodes: [node('a', 0, 0), node('b', 0, 1, long), node('c', 0, 2)], edges: [] }, options);
    const [a, b, c] = layout.nodes;
    expect(a!.height).toBeLessThan(b!.height);
    expect(c!.height).toBe(a!.height);
    expect(b!.y).toBeGreaterThan(a!.y + a!.height);
    expect(c!.y).toBeGreaterThan(b!.y + b!.height);
    expect(layout.height).toBeGreaterThanOrEqual(c!.y + c!.height);
    expect(layout.height).toBeLessThan(c!.y + c!.height + 1);
  });
});
