/**
 * How each chart in index.ts is drawn: by the <Name>Svg.astro in its folder, inside ChartFrame; a chart
 * with parts of its own (CasePath's walk) has a <Name>.astro there that wraps ChartFrame, and that is
 * used instead (it learns its edition from the page's address). The prose places a chart with
 * <Chart id="chart-…" /> (src/mdx/components/Chart.astro), in the edition of the page.
 */
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import type { Locale } from '../lib/locale';
import { getChart } from './index';
import type { LocalChart } from './common/chart';

type Module = { default: AstroComponentFactory };
const svgs = import.meta.glob<Module>('./*/*Svg.astro', { eager: true });
const frames = import.meta.glob<Module>(['./*/*.astro', '!./*/*Svg.astro', '!./common/*'], { eager: true });

/** "case-path" → "CasePath". */
const pascal = (folder: string): string => folder.replace(/(^|-)(\w)/g, (_, _dash, c: string) => c.toUpperCase());

/**
 * A chart's own frame component, or its definition in `locale`'s edition and its Svg for ChartFrame; an unknown id or
 * a missing Svg throws, naming it.
 */
export function chartView(id: string, locale: Locale): { own: AstroComponentFactory } | { chart: LocalChart<any, any>; svg: AstroComponentFactory } {
  const chart = getChart(id);
  if (!chart) throw new Error(`Unknown chart id "${id}"`);
  const folder = id.replace(/^chart-/, '');
  const own = frames[`./${folder}/${pascal(folder)}.astro`];
  if (own) return { own: own.default };
  const svg = svgs[`./${folder}/${pascal(folder)}Svg.astro`]?.default;
  if (!svg) throw new Error(`${id}: no src/charts/${folder}/${pascal(folder)}Svg.astro to draw it`);
  return { chart: chart.in(locale), svg };
}
