/** The year-end chart's table: shown under the chart and downloaded as CSV. */
import { getSource, type Figure } from '../../data/index';
import { figureText } from '../../data/display';
import type { ChartTable } from '../common/table';
import type { YearEndChartData } from './data';

export function yearEndTable(figures: YearEndChartData['figures']): ChartTable {
  const guangming = getSource('guangming20241223').shortName;
  const t = (figure: Figure) => figureText(figure, { style: 'table' });
  const [cases, amount] = figures as [(typeof figures)[number], (typeof figures)[number]];
  return {
    caption: `Rural migrant-worker cases, ${cases.whole.period}: by mid-December and after`,
    columns: ['Part of the year', 'Cases', 'Amount delivered'],
    rows: [
      ['Full year (interview)', t(cases.whole), t(amount.whole)],
      [`By mid-December (${guangming}, context)`, t(cases.first), t(amount.first)],
      ['After mid-December (the difference, computed by this explainer)', t(cases.rest), t(amount.rest)],
    ],
  };
}
