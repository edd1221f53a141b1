import { describe, expect, test } from 'vitest';
import { sortedIndexes, tableStatus, type SortableRow } from '../../../src/lib/tableSort';
import { ui } from '../../../src/i18n/ui';

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

describe('tableStatus', () => {
  test('counts the rows shown, then names the sorted column and its order in words', () => {
    expect(tableStatus(ui.en.table, 22, 22)).toBe('Showing 22 of 22 figures');
    expect(tableStatus(ui.en.table, 5, 22, { key: 'value', direction: 'descending', column: 'Value' })).toBe('Showing 5 of 22 figures, sorted by value, largest first');
    expect(tableStatus(ui.en.table, 22, 22, { key: 'kind', direction: 'ascending', column: 'Kind' })).toBe('Showing 22 of 22 figures, sorted by kind, interview first');
    expect(tableStatus(ui.en.table, 1, 22, { key: 'label', direction: 'descending', column: 'Figure' })).toBe('Showing 1 of 22 figures, sorted by figure, Z to A');
  });
});

test('in Chinese: the status in Chinese, and labels in pinyin order', () => {
  expect(tableStatus(ui.zh.table, 5, 22, { key: 'value', direction: 'descending', column: '数值' })).toBe('显示22个数字中的5个，按数值排序，从大到小');
  // 安 (ān) before 执 (zhí) before 中 (zhōng), as a Chinese reader looks them up.
  const rows = ['中国', '执结', '安全'].map((label) => ({ label, kind: 'interview', value: 0 }));
  expect(sortedIndexes(rows, 'label', 'ascending', ui.zh.table.collation).map((i) => rows[i]!.label)).toEqual(['安全', '执结', '中国']);
});
