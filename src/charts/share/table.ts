/** The share chart's table and sources: shown under the chart and downloaded as CSV. */
import { getSource, type Figure } from '../../data/index';
import { citedSource, computedHere, figureText, sentenceCase } from '../../data/display';
import type { SourcedTable } from '../shared/table';
import type { ShareChartData } from './data';

export function shareTable(figures: ShareChartData['figures']): SourcedTable {
  const f = figures;
  const source = (figure: Figure) =>
    figure.kind === 'derived' ? sentenceCase(computedHere) : figure.kind === 'context' ? citedSource(figure.sourceId) : 'Interview';
  return {
    sources: ['interviewEn', 'chinaNews20250407', 'chinaTrial'],
    sourceNote: `Context: the national totals come from other reports; the two amount totals differ and are shown separately. Shares computed by this explainer; the amount share uses the ${getSource('chinaTrial').shortName} total.`,
    table: {
      caption: `Livelihood cases against national totals, ${f.livelihoodCases.period}`,
      columns: ['Figure', 'Value', 'Source'],
      rows: [f.nationalCases, f.livelihoodCases, f.caseShare, f.chinaTrial, f.chinaNews, f.livelihoodAmount, f.amountShare].map(
        (figure) => [figure.label, figureText(figure, { style: 'table' }), source(figure)],
      ),
    },
  };
}
