/**
 * A chart, defined once: its id, its data, how it is laid out, its table and its words, one words object per
 * edition. ChartFrame renders a definition in one edition (`chart.in(locale)`) in both layouts; src/charts/index.ts
 * lists every definition, for the MDX components and for /data/charts/<id>.csv. Pure: no rendering here.
 */
import type { ChartTable, SourcedTable } from './table';
import { cjkTextWidth, textWidth, type Measure } from '../../lib/measure';
import { defaultLocale, type Locale } from '../../lib/locale';
import type { SourceId } from '../../data/sources';
import { cjkMetrics, latinMetrics, type TextMetrics } from './text';
import { fontSizes, layoutWidths, type Variant } from '../../styles/tokens';

/** What a layout is given, beside the data: the width it fills, its font sizes and how to measure text. */
export interface LayoutOptions {
  width: number;
  variant: Variant;
  fontSize: number;
  smallSize: number;
  /** Label widths; the calibrated textWidth unless a test passes a simpler one. */
  measure?: Measure;
  /** How the font sets lines vertically (leading, ascent): Latin unless said. */
  metrics?: TextMetrics;
}

/** The words around a chart, all derived from its data: above it, in its text alternative and in its source line. */
export interface ChartText extends Pick<SourcedTable, 'sources' | 'sourceNote'> {
  title: string;
  /** The one point the chart makes, in a sentence. */
  caption: string;
  /** The text alternative: every value the chart shows, in words. */
  description: string;
}

/** A mark's tooltip (data-tip, data-tip-detail; chart-figure.ts shows it). */
export interface Tip {
  title: string;
  /** Lines separated by "\n". */
  detail: string;
}

/** A rectangle a layout places. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What every layout gives the frame: the size of its <svg> (ChartSvg's viewBox). */
export interface ChartSize {
  width: number;
  height: number;
}

/** A table's own words: its caption and column headers (its cells come from the data and the chart's words). */
export type TableWords = Pick<ChartTable, 'caption' | 'columns'>;

/** What a chart's definition shares however it is written: its id and how the frame shows it. */
interface ChartBase<Data> {
  /** Stable anchor id, e.g. "chart-scale": names the figure, its CSV, its snapshots and its MDX component. */
  id: `chart-${string}`;
  /** The chart's facts, from the data module: numbers, ids, figures; no words. */
  data: () => Data;
  /**
   * A table read with the chart, not only a fallback for it (the case types' Chinese terms and their meanings):
   * open under the chart on screen, its rows labelled cards on phones. Otherwise it waits behind "Show the data".
   */
  tableOpen?: boolean;
  /** The layouts ChartFrame draws: `chartLayouts` (phone and wide) unless a chart needs only one. */
  layouts?: readonly Variant[];
}

/**
 * Every word a reader sees in one chart, in one language. Each chart's words type (its `<Name>Words`) extends this
 * with the words in its marks and its table, so a second language is a second object of that type, and a missing
 * key (or a missing language) fails astro check.
 */
export interface ChartWords<Data> {
  /** The words around the chart, written from its data: ChartText but its sources, which are ids, not words. */
  text: (data: Data) => Omit<ChartText, 'sources'>;
}

/**
 * A chart as its chart.ts writes it: all its words in `words`, one object per edition, which layout and table are
 * given, so another language is another words object and nothing else changes.
 */
export interface ChartSpec<Data, Layout extends ChartSize, Words extends ChartWords<Data>> extends ChartBase<Data> {
  words: Record<Locale, Words>;
  /** The sources of the figures drawn, the same in every language. */
  sources: SourceId[] | ((data: Data) => SourceId[]);
  layout: (data: Data, words: Words, options: LayoutOptions) => Layout;
  table: (data: Data, words: Words) => ChartTable;
}

/** A chart in one edition, as the frame and the CSV route use it: its spec with that edition's words given. */
export interface LocalChart<Data = unknown, Layout extends ChartSize = ChartSize, Words = unknown> extends ChartBase<Data> {
  locale: Locale;
  words: Words;
  layout: (data: Data, options: LayoutOptions) => Layout;
  table: (data: Data) => ChartTable;
  text: (data: Data) => ChartText;
}

/** A chart in every edition: its words per locale, and `in(locale)`, the chart in one of them. */
export interface ChartDefinition<Data = unknown, Layout extends ChartSize = ChartSize, Words = unknown> extends ChartBase<Data> {
  words: Record<Locale, Words>;
  in: (locale: Locale) => LocalChart<Data, Layout, Words>;
}

/** A chart's definition from its spec: each function given the edition's words, so chart.ts is type-checked against the spec. */
export function defineChart<Data, Layout extends ChartSize, Words extends ChartWords<Data>>(spec: ChartSpec<Data, Layout, Words>): ChartDefinition<Data, Layout, Words> {
  const { words: editions, layout, table, sources, ...chart } = spec;
  return {
    ...chart,
    words: editions,
    in: (locale) => {
      const words = editions[locale];
      return {
        ...chart,
        locale,
        words,
        layout: (data, options) => layout(data, words, options),
        table: (data) => table(data, words),
        text: (data) => ({ ...words.text(data), sources: typeof sources === 'function' ? sources(data) : sources }),
      };
    },
  };
}

/**
 * Props of every <Name>Svg.astro: the marks of one layout variant of one chart (ChartFrame draws the <svg> around them).
 * ChartFrame calls the component through an untyped factory, so each reads its props `as ChartSvgProps<ItsLayout>`.
 */
export interface ChartSvgProps<Layout> {
  /** The figure id. */
  chart: string;
  variant: Variant;
  layout: Layout;
}

/** The layouts a chart is drawn in unless its definition says otherwise: the phone one and the wide one. */
export const chartLayouts = Object.keys(layoutWidths) as readonly Variant[];

/** How each edition's chart text is measured: in its font, a CJK one for Chinese (full-width quotation marks, text-autospace). */
export const measures: Record<Locale, Measure> = { en: textWidth, zh: cjkTextWidth };

/** How each edition's font sets lines: a CJK font's taller ascent and descent need more leading. */
export const metrics: Record<Locale, TextMetrics> = { en: latinMetrics, zh: cjkMetrics };

/** The options every chart is laid out with, per variant and edition. */
export const layoutOptions = (variant: Variant, locale: Locale = defaultLocale): LayoutOptions => ({
  width: layoutWidths[variant],
  variant,
  fontSize: fontSizes[variant].label,
  smallSize: fontSizes[variant].small,
  measure: measures[locale],
  metrics: metrics[locale],
});

/** The chart's table with its source line, from its own data, in one edition (for the CSV; the page shows the same). */
export function chartTable(chart: ChartDefinition<any, any>, locale: Locale = defaultLocale): SourcedTable {
  const local = chart.in(locale);
  const data = local.data();
  const { sources, sourceNote } = local.text(data);
  return { table: local.table(data), sources, sourceNote, locale };
}
