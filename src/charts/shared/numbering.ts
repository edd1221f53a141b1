/**
 * Figure numbers: "Figure N" before each chart's title, numbered in the order the charts appear on `/`
 * (the sections in reading order, each section's MDX from top to bottom), so a section page shows the
 * number the chart has on `/`. Pure: the sections' MDX in, numbers out; figureNumbers() in
 * figureNumbers.ts reads the sections once per build.
 */

/** "chart-case-path" → "CasePathChart": the MDX component of a chart (src/charts/components.ts). */
export const componentName = (id: string): string =>
  `${id.replace(/^chart-/, '').replace(/(^|-)(\w)/g, (_, _dash, c: string) => c.toUpperCase())}Chart`;

/**
 * Each chart's number, 1 up, by first appearance in `bodies` (the sections' MDX, in reading order). Throws
 * naming the chart when a chart of `ids` appears in no section, or appears twice: its number would be unclear.
 */
export function numberFigures(bodies: string[], ids: string[]): Map<string, number> {
  const byName = new Map(ids.map((id) => [componentName(id), id]));
  const numbers = new Map<string, number>();
  for (const body of bodies) {
    for (const [, name] of body.matchAll(/<([A-Z]\w*Chart)\b/g)) {
      const id = byName.get(name!);
      if (!id) continue;
      if (numbers.has(id)) throw new Error(`${id}: <${name} /> is placed twice in the sections, so it has no one figure number`);
      numbers.set(id, numbers.size + 1);
    }
  }
  const missing = ids.filter((id) => !numbers.has(id));
  if (missing.length) throw new Error(`${missing.join(', ')}: in no section, so without a figure number (place <${componentName(missing[0]!)} /> in a section's MDX)`);
  return numbers;
}

/** The figure's label: "Figure 3". */
export const figureLabel = (n: number): string => `Figure ${n}`;
