import { describe, expect, test } from 'vitest';
import { sortedIndexes, type SortableRow } from '../../src/lib/tableSort';

// Worked by hand: indexes 0–4 in page order.
const rows: SortableRow[] = [
  { label: 'cases', kind: 'interview', value: 640000 },
  { label: 'Amount', kind: 'interview', value: 51.7e9 },
  { label: 'banks', kind: 'context', value: 21 },
  { label: 'average', kind: 'derived', value: 81000 },
  { label: 'Agencies', kind: 'context', value: 16 },
];

describe('sortedIndexes', () => {
  test('sorts values as numbers, not as text', () => {
    expect(sortedIndexes(rows, 'value', 'ascending')).toEqual([4, 2, 3, 0, 1]);
    expect(sortedIndexes(rows, 'value', 'descending')).toEqual([1, 0, 3, 2, 4]);
  });

  test('sorts labels alphabetically, ignoring case', () => {
    expect(sortedIndexes(rows, 'label', 'ascending')).toEqual([4, 1, 3, 2, 0]);
    expect(sortedIndexes(rows, 'label', 'descending')).toEqual([0, 2, 3, 1, 4]);
  });

  test('sorts kinds interview, context, derived, keeping page order within a kind in both directions', () => {
    expect(sortedIndexes(rows, 'kind', 'ascending')).toEqual([0, 1, 2, 4, 3]);
    expect(sortedIndexes(rows, 'kind', 'descending')).toEqual([3, 2, 4, 0, 1]);
  });

  test('leaves the rows themselves alone', () => {
    const copy = structuredClone(rows);
    sortedIndexes(rows, 'value', 'descending');
    expect(rows).toEqual(copy);
  });
});
