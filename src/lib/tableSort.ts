/**
 * The order of the /data/ table's rows for a sort key and direction: pure, so it is
 * tested without a browser; the page's <figures-table> only moves rows into this order.
 */
export type SortKey = 'label' | 'kind' | 'value';
export type SortDirection = 'ascending' | 'descending';

export interface SortableRow {
  label: string;
  kind: string;
  value: number;
}

/** Kinds in the order the page lists them: what the interview says first, then context, then this site's arithmetic. */
const kindOrder = ['interview', 'context', 'derived'];

const compare: Record<SortKey, (a: SortableRow, b: SortableRow) => number> = {
  label: (a, b) => a.label.localeCompare(b.label, 'en', { sensitivity: 'base' }),
  kind: (a, b) => kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind),
  value: (a, b) => a.value - b.value,
};

/** Indexes of `rows` in sorted order; ties keep their original order in either direction. */
export function sortedIndexes(rows: readonly SortableRow[], key: SortKey, direction: SortDirection): number[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return rows
    .map((_, i) => i)
    .sort((i, j) => sign * compare[key](rows[i]!, rows[j]!) || i - j);
}

const orderWords: Record<SortKey, Record<SortDirection, string>> = {
  label: { ascending: 'A to Z', descending: 'Z to A' },
  kind: { ascending: 'interview first', descending: 'derived first' },
  value: { ascending: 'smallest first', descending: 'largest first' },
};

/** The sentence under the table's controls: how many rows show and, once sorted, by which column (its header text). */
export function tableStatus(shown: number, total: number, sort?: { key: SortKey; direction: SortDirection; column: string }): string {
  const sorted = sort ? `, sorted by ${sort.column.toLowerCase()}, ${orderWords[sort.key][sort.direction]}` : '';
  return `Showing ${shown} of ${total} figures${sorted}`;
}
