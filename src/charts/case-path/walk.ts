/**
 * The scroll walk's pure logic (<case-path-chart>, case-path-chart.ts): which step is current, and which step a
 * link names. No DOM here, so tests/unit/charts/case-path-walk.test.ts can check it.
 */

/**
 * The current step: the first whose box reaches below the reading line (the steps in order, true where a
 * step intersects the viewport under the line); when none does (the walk is above the line or not yet in
 * view), the previous one stays.
 */
export function currentStep(belowLine: readonly boolean[], previous: number): number {
  const first = belowLine.indexOf(true);
  return first < 0 ? previous : first;
}

/** The step (0-based) a location hash names, "#chart-case-path-step-3" → 2, or -1 for any other hash. */
export function stepFromHash(hash: string, chartId: string, count: number): number {
  const match = new RegExp(`^#${chartId}-step-(\\d+)$`).exec(hash);
  const n = match ? Number(match[1]) : 0;
  return n >= 1 && n <= count ? n - 1 : -1;
}
