/** The scale chart's table: shown under the chart and downloaded as CSV. */
import type { ChartTable } from '../common/table';
import type { ScaleWords } from './chart';
import type { ScaleFacts } from './data';

export function scaleTable(data: ScaleFacts[], words: ScaleWords): ChartTable {
  return {
    ...words.table,
    rows: data.map((m) => {
      const { qualifier, number } = words.share(m.share);
      return [words.measures[m.key], words.figure(m.part), `${qualifier}${number}`, words.figure(m.total)];
    }),
  };
}
