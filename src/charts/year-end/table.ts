/** The year-end chart's table and sources: shown under the chart and downloaded as CSV. */
import { getSource, type Figure } from '../../data/index';
import { figureText } from '../../data/display';
import type { SourcedTable } from '../shared/table';
import type { YearEndChartData } from './data';

export function yearEndTable(figures: YearEndChartData['figures']): SourcedTable {
  const guangming = getSource('guangming20241223').shortName;
  const t = (figure: Figure) => figureText(figure, { style: 'table' });
  const [cases, amount] = figures as [(typeof figures)[number], (typeof figures)[number]];
  return {
    sources: ['interviewEn', 'guangming20241223'],
    sourceNote:
      'The full-year and mid-December figures come from different reports; the mid-December case count is rounded. The after-mid-December parts are differences computed by this explainer.',
    table: {
      caption: `Rural migrant-worker cases, ${cases.whole.period}: by mid-December and after`,
      columns: ['Part of the year', 'Cases', 'Amount delivered'],
      rows: [
        ['Full year (interview)', t(cases.whole), t(amount.whole)],
        [`By mid-December (${guangming}, context)`, t(cases.first), t(amount.first)],
        ['After mid-December (the difference, computed by this explainer)', t(cases.rest), t(amount.rest)],
      ],
    },
  };
}
