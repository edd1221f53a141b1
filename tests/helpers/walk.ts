/**
 * The case path's scroll walk (src/charts/case-path/) as a test reads it, in any engine: what it shows now and
 * whether that is readable. Shared by case-path.test.ts (Chromium) and engines.test.ts (Firefox and WebKit too).
 */
import { expect } from 'vitest';

/** The boxes of the walk's diagram, in the order of its steps. */
export const nodesInOrder = ['filing', 'search', 'enforcement', 'payout', 'sanctions', 'crackdown', 'assistance'];

/**
 * What the walk shows now: the current step and box, the diagram's and the current step's boxes in the viewport.
 * Runs in the page (self-contained, as drivers send it as text).
 */
export function walkState() {
  const walk = document.querySelector('case-path-chart')!;
  const box = (el: Element | null | undefined) => {
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
  };
  const diagram = [...walk.querySelectorAll('.chart-variant')].find((v) => v.getBoundingClientRect().height > 0);
  const current = walk.querySelector<HTMLElement>('.case-steps li.is-current');
  return {
    step: current?.id ?? null,
    node: [...diagram!.querySelectorAll<SVGGElement>('g.node.is-current')].map((g) => g.dataset.node),
    diagram: box(diagram),
    current: box(current),
    viewport: innerHeight,
    sideways: document.documentElement.scrollWidth > innerWidth,
    figure: walk.querySelector('figure')!.getBoundingClientRect().width,
  };
}

export type WalkState = ReturnType<typeof walkState>;
export type Layout = 'beside' | 'above';
/** Beside the steps from a 50rem (800 px) figure, above them below that (case-path.css). */
export const layoutOf = (s: WalkState): Layout => (s.figure >= 800 ? 'beside' : 'above');

/**
 * The diagram is whole in the viewport, and the current step is in view and not under it: wholly when it was
 * scrolled to (landed), or at least partly while the page scrolls (it slides under the diagram as it is read).
 */
export function expectReadable(s: WalkState, layout: Layout, label: string, landed = true) {
  expect(s.diagram!.top, `${label}: diagram top`).toBeGreaterThanOrEqual(0);
  expect(s.diagram!.bottom, `${label}: diagram bottom`).toBeLessThanOrEqual(s.viewport);
  expect(s.current!.top, `${label}: step in view`).toBeGreaterThanOrEqual(0);
  expect(s.current!.top, `${label}: step in view`).toBeLessThan(s.viewport);
  if (layout === 'beside') expect(s.current!.left, `${label}: step beside the diagram`).toBeGreaterThanOrEqual(s.diagram!.right);
  else if (landed) expect(s.current!.top, `${label}: step below the diagram`).toBeGreaterThanOrEqual(s.diagram!.bottom);
  else expect(s.current!.bottom, `${label}: step partly below the diagram`).toBeGreaterThanOrEqual(s.diagram!.bottom + 40);
  expect(s.sideways, `${label}: no sideways scroll`).toBe(false);
}
