/** The year-end chart's table: shown under the chart and downloaded as CSV. */
import type { ChartTable } from '../common/table';
import type { YearEndWords } from './chart';
import type { YearEndMeasure } from './data';

export function yearEndTable(measures: YearEndMeasure[], words: YearEndWords): ChartTable {
  const [cases, amount] = measures as [YearEndMeasure, YearEndMeasure];
  const { caption, columns, parts } = words.table;
  return {
    caption: caption(cases.whole),
    columns,
    rows: (['whole', 'first', 'rest'] as const).map((part) => [parts[part](cases.first), words.figure(cases[part]), words.figure(amount[part])]),
  };
}
