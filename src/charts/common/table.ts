/**
 * A chart's data as a reader can take it away: the table shown under the chart
 * (and printed with it), the sources it is drawn from, and the same as CSV for
 * /data/charts/<chart-id>.csv. Pure: built at build time from the data module.
 */
import { citedSource } from '../../data/display';
import type { SourceId } from '../../data/sources';
import { csvFromRows } from '../../data/export';

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
}

/** The line under every chart: "Source: China News Network, 10 March 2025; … (context). Note." */
export function sourceLine({ sources, sourceNote }: Pick<SourcedTable, 'sources' | 'sourceNote'>): string {
  return `Source: ${sources.map(citedSource).join('; ')}.${sourceNote ? ` ${sourceNote}` : ''}`;
}

/** Name of the CSV column carrying the source line (charts have their own "Source" columns). */
export const sourceColumn = 'Chart source';

/** The chart's table as CSV: its columns plus the source line on every row, so each row keeps its provenance. */
export function chartCsv(sourced: SourcedTable): string {
  const source = sourceLine(sourced);
  return csvFromRows(
    [...sourced.table.columns, sourceColumn],
    sourced.table.rows.map((row) => [...row, source]),
  );
}
