/** Rural migrant-worker cases and money by mid-December 2024 and after, against the full-year totals. */
import { getSource, type Figure } from '../../data/index';
import { figureText } from '../../data/display';
import { defineChart } from '../common/chart';
import { yearEndData } from './data';
import { layoutYearEnd } from './layout';
import { yearEndTable } from './table';

export const yearEnd = defineChart({
  id: 'chart-year-end',
  data: yearEndData,
  // The note (two reports, a rounded count) is said by the source line and the text alternative, so it is not drawn twice.
  layout: ({ rows }, options) => layoutYearEnd({ rows, note: '' }, options),
  table: (data) => yearEndTable(data.figures),
  text: (data) => {
    const guangming = getSource('guangming20241223').shortName;
    const t = (figure: Figure) => figureText(figure, { style: 'table' });
    const [cases, amount] = data.figures as [(typeof data.figures)[number], (typeof data.figures)[number]];
    return {
      title: 'Before and after mid-December',
      caption: `Set against the interview's full-year totals, a mid-December report leaves ${t(cases.rest)} and ${t(amount.rest)} for the last weeks of ${cases.whole.period}.`,
      description:
        `Two bars, each the full year ${cases.whole.period} for rural migrant-worker cases, split at mid-December. ` +
        data.figures
          .map((f) => `${f.whole.label}: ${t(f.whole)} in the full year (interview), of which ${t(f.first)} by mid-December (context, ${guangming}) and ${t(f.rest)} after mid-December (the difference, computed by this explainer)`)
          .join('. ') +
        `. ${data.note}`,
      sources: ['interviewEn', 'guangming20241223'],
      sourceNote:
        'The full-year and mid-December figures come from different reports; the mid-December case count is rounded. The after-mid-December parts are differences computed by this explainer.',
    };
  },
});
