/**
 * Figure numbers: "Figure N" before each chart's title, numbered in the order the charts appear on /
 * (the sections in reading order, each section's <Chart id> in the order remarkKnownIds records them),
 * so a section page shows the number the chart has on /. Pure: figureNumbers() in sections.ts reads the sections.
 */

/**
 * Each chart's number, 1 up, by first appearance in `placed` (each section's chart ids, in reading order).
 * Throws naming the chart when a chart of `ids` is placed in no section, or in two: its number would be unclear.
 */
export function numberFigures(placed: readonly (readonly string[])[], ids: readonly string[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const id of placed.flat()) {
    if (numbers.has(id)) throw new Error(`${id}: <Chart id="${id}" /> is placed twice in the sections, so it has no one figure number`);
    numbers.set(id, numbers.size + 1);
  }
  const missing = ids.filter((id) => !numbers.has(id));
  if (missing.length) throw new Error(`${missing.join(', ')}: in no section, so without a figure number (place <Chart id="${missing[0]}" /> in a section's MDX)`);
  return numbers;
}
