/** The share chart's table: shown under the chart and downloaded as CSV. */
import type { ChartTable } from '../common/table';
import type { ShareWords } from './chart';
import type { ShareChartData } from './data';

export function shareTable({ figures: f }: ShareChartData, words: ShareWords): ChartTable {
  return {
    caption: words.table.caption(f.livelihoodCases),
    columns: words.table.columns,
    rows: [f.nationalCases, f.livelihoodCases, f.caseShare, f.chinaTrial, f.chinaNews, f.livelihoodAmount, f.amountShare].map((figure) => [
      words.name(figure),
      words.figure(figure),
      words.table.source(figure),
    ]),
  };
}
