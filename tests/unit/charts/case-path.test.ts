import { describe, expect, test } from 'vitest';
import { layoutCasePath, type PathNode } from '../../../src/charts/case-path/layout';
import { pathEdges, pathNodes, pathSteps } from '../../../src/charts/case-path/data';
import { at } from './options';

const node = (id: string, col: number, row: number, label = id): PathNode => ({
  id,
  label,
  narrow: { col, row },
  wide: { col, row },
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

  test('the real path: no boxes overlap and everything fits, in both layouts', () => {
    for (const [variant, width] of [['narrow', 300], ['wide', 640]] as const) {
      const layout = layoutCasePath({ nodes: pathNodes, edges: pathEdges }, at(width, 13.5, 12.5, { variant }));
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
    const steps = pathSteps();
    for (const s of steps) expect(ids.has(s.node), s.node).toBe(true);
    expect(steps.find((s) => s.node === 'payout')!.text).toContain('about 51.7 billion yuan');
    expect(steps.find((s) => s.node === 'assistance')!.text).toContain('2,311 people with 94.5551 million yuan');
  });

  test('edge cases: no nodes, one node, a very narrow width, an edge to an unknown node', () => {
    expect(layoutCasePath({ nodes: [], edges: [] }, at(300, 14, 12.5, { variant: 'narrow' }))).toMatchObject({ nodes: [], edges: [], height: 0 });
    const one = layoutCasePath({ nodes: [node('a', 0, 0, 'Rapid filing')], edges: [] }, at(300, 10, 10, { variant: 'wide' }));
    expect(one.nodes[0]).toMatchObject({ x: 0, width: 300 });
    const narrow = layoutCasePath({ nodes: pathNodes, edges: pathEdges }, at(120, 13.5, 12.5, { variant: 'narrow' }));
    expect(Math.max(...narrow.nodes.map((n) => n.label.lines.length))).toBeGreaterThan(2);
    expect(() => layoutCasePath({ nodes: [node('a', 0, 0)], edges: [{ from: 'a', to: 'zz' }] }, at(300, 14, 12.5, { variant: 'narrow' }))).toThrow('unknown node');
  });
});
