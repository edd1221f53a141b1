/**
 * The chart components MDX uses, one per chart in index.ts: chart-case-path is
 * <CasePathChart />. A chart is drawn by the <Name>Svg.astro in its folder, inside
 * ChartFrame; a chart with parts of its own (CasePath's walk) has
 * a <Name>.astro there that wraps ChartFrame, and that is used instead.
 */
import { createComponent, render, renderComponent } from 'astro/compiler-runtime';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import ChartFrame from './shared/ChartFrame.astro';
import { charts } from './index';
import { componentName } from './shared/numbering';

type Module = { default: AstroComponentFactory };
const svgs = import.meta.glob<Module>('./*/*Svg.astro', { eager: true });
const frames = import.meta.glob<Module>(['./*/*.astro', '!./*/*Svg.astro', '!./shared/*'], { eager: true });

/** "case-path" → "CasePath". */
const pascal = (name: string): string => componentName(`chart-${name}`).slice(0, -'Chart'.length);

function component(id: string): AstroComponentFactory {
  const folder = id.replace(/^chart-/, '');
  const own = frames[`./${folder}/${pascal(folder)}.astro`];
  if (own) return own.default;
  const svg = svgs[`./${folder}/${pascal(folder)}Svg.astro`]?.default;
  if (!svg) throw new Error(`${id}: no src/charts/${folder}/${pascal(folder)}Svg.astro to draw it`);
  const chart = charts.find((c) => c.id === id)!;
  // ChartFrame with this chart's definition and Svg, as a component MDX places without props.
  return createComponent((result) => render`${renderComponent(result, 'ChartFrame', ChartFrame, { chart, svg })}`);
}

export const chartComponents: Record<string, AstroComponentFactory> = Object.fromEntries(
  charts.map((c) => [componentName(c.id), component(c.id)]),
);
