/**
 * A chart's data as a reader can take it away: the table shown under the chart
 * (and printed with it), the sources it is drawn from, and the same as CSV for
 * /data/charts/<chart-id>.csv. Pure: built at build time from the data module.
 */
import type { SourceId } from '../../data/sources';
import { csvFromRows } from '../../data/export';
import { defaultLocale, type Locale } from '../../lib/locale';
import { frameWords } from './frame';

export interface ChartTable {
  caption: string;
  columns: string[];
  /** Cells as displayed; the first cell of each row is its header. */
  rows: string[][];
  /** Indexes of columns holding numbers (right-aligned, tabular). */
  numeric?: number[];
}

/** A chart's table with its provenance: its table.ts builds the table, its text names the sources (chartTable). */
export interface SourcedTable {
  table: ChartTable;
  /** Sources of the figures drawn. */
  sources: SourceId[];
  /** What the sources alone do not say (what this explainer computed or drew). */
  sourceNote?: string;
  /** The edition its words are in: English unless said. */
  locale?: Locale;
}

/** The line under every chart, in its edition: "Source: China News Network, 10 March 2025; … (context). Note.", "来源：…（背景）。…" */
export function sourceLine({ sources, sourceNote, locale = defaultLocale }: Pick<SourcedTable, 'sources' | 'sourceNote' | 'locale'>): string {
  return frameWords[locale].sourceLine(sources, sourceNote);
}

/** Name of the English CSV column carrying the source line (frameWords gives each edition's). */
export const sourceColumn = frameWords.en.sourceColumn;

/** The chart's table as CSV: its columns plus the source line on every row, so each row keeps its provenance. */
export function chartCsv(sourced: SourcedTable): string {
  const source = sourceLine(sourced);
  return csvFromRows(
    [...sourced.table.columns, frameWords[sourced.locale ?? defaultLocale].sourceColumn],
    sourced.table.rows.map((row) => [...row, source]),
  );
}
