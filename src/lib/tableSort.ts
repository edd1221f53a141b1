/**
 * The order of the /data/ table's rows for a sort key and direction: pure, so it is
 * tested without a browser; the page's <figures-table> only moves rows into this order.
 */
export type SortKey = 'label' | 'kind' | 'value';
export type SortDirection = 'ascending' | 'descending';

/**
 * The words of the table's status sentence, in the page's language (the page writes them into its element):
 * `showing` with {shown} and {total}, `sorted` with {column} and {order}; `collation` orders the labels.
 */
export interface TableWords {
  showing: string;
  sorted: string;
  orders: Record<SortKey, Record<SortDirection, string>>;
  /** The Intl locale labels sort in ('zh-CN' orders Chinese by pinyin). */
  collation: string;
}

export interface SortableRow {
  label: string;
  kind: string;
  value: number;
}

/** Kinds in the order the page lists them: what the interview says first, then context, then this site's arithmetic. */
const kindOrder = ['interview', 'context', 'derived'];

const comparing = (collation: string): Record<SortKey, (a: SortableRow, b: SortableRow) => number> => ({
  label: (a, b) => a.label.localeCompare(b.label, collation, { sensitivity: 'base' }),
  kind: (a, b) => kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind),
  value: (a, b) => a.value - b.value,
});

/** Indexes of `rows` in sorted order, labels in `collation`'s order; ties keep their original order in either direction. */
export function sortedIndexes(rows: readonly SortableRow[], key: SortKey, direction: SortDirection, collation = 'en'): number[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const compare = comparing(collation)[key];
  return rows
    .map((_, i) => i)
    .sort((i, j) => sign * compare(rows[i]!, rows[j]!) || i - j);
}

/** The sentence under the table's controls: how many rows show and, once sorted, by which column (its header text). */
export function tableStatus(words: TableWords, shown: number, total: number, sort?: { key: SortKey; direction: SortDirection; column: string }): string {
  const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name]));
  const sorted = sort ? fill(words.sorted, { column: sort.column.toLowerCase(), order: words.orders[sort.key][sort.direction] }) : '';
  return fill(words.showing, { shown, total }) + sorted;
}
