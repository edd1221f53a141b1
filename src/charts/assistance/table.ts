/** The judicial assistance chart's table: shown under the chart and downloaded as CSV. */
import type { ChartTable } from '../common/table';
import type { AssistanceWords } from './chart';
import type { AssistanceFacts } from './data';

export function assistanceTable(data: AssistanceFacts, words: AssistanceWords): ChartTable {
  const [amount, livelihood] = data.bars.map((b) => b.figure);
  return {
    caption: words.table.caption,
    columns: words.table.columns,
    rows: [data.people, amount!, data.average, livelihood!, data.share].map((f) => [words.name(f), words.figure(f), words.table.how(f, data.interview)]),
  };
}
