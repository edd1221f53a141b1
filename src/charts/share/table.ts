/** The share chart's table: shown under the chart and downloaded as CSV. */
import type { Figure } from '../../data/index';
import { citedSource, computedHere, figureText, sentenceCase } from '../../data/display';
import type { ChartTable } from '../common/table';
import type { ShareChartData } from './data';

export function shareTable(figures: ShareChartData['figures']): ChartTable {
  const f = figures;
  const source = (figure: Figure) =>
    figure.kind === 'derived' ? sentenceCase(computedHere) : figure.kind === 'context' ? citedSource(figure.sourceId) : 'Interview';
  return {
    caption: `Livelihood cases against national totals, ${f.livelihoodCases.period}`,
    columns: ['Figure', 'Value', 'Source'],
    rows: [f.nationalCases, f.livelihoodCases, f.caseShare, f.chinaTrial, f.chinaNews, f.livelihoodAmount, f.amountShare].map(
      (figure) => [figure.label, figureText(figure, { style: 'table' }), source(figure)],
    ),
  };
}
