/** Livelihood cases and money as a part of all enforcement in 2024, against each report's national total. */
import { getSource, type Figure } from '../../data/index';
import { figureText, sourceLabel } from '../../data/display';
import { defineChart } from '../common/chart';
import { shareData } from './data';
import { layoutShare } from './layout';
import { shareTable } from './table';

export const share = defineChart({
  id: 'chart-share',
  data: shareData,
  layout: layoutShare,
  table: (data) => shareTable(data.figures),
  text: ({ figures: f }) => {
    const t = (figure: Figure) => figureText(figure, { style: 'table' });
    const trial = sourceLabel('chinaTrial');
    const news = sourceLabel('chinaNews20250407');
    const year = f.livelihoodCases.period;
    return {
      title: 'Livelihood cases in all enforcement of 2024',
      caption: `Livelihood cases were a small part of all enforcement in ${year}: ${t(f.caseShare)} of the cases concluded and, against the ${getSource('chinaTrial').shortName} total, ${t(f.amountShare)} of the money delivered.`,
      description:
        `Part-to-whole bars. Grey bars are context: national totals for all enforcement in ${year} from other reports; ` +
        `blue parts are the livelihood cases from the interview. ` +
        `Cases concluded: ${t(f.nationalCases)} in all (${news}), of which livelihood cases ${t(f.livelihoodCases)}, ${t(f.caseShare)}. ` +
        `Amount delivered, shown against each report's total separately: ${t(f.chinaTrial)} (${trial}), of which livelihood cases ${t(f.livelihoodAmount)}, ${t(f.amountShare)}; ` +
        `${t(f.chinaNews)} (${news}, drawn as an open-ended bar because it is a lower bound), of which livelihood cases ${t(f.livelihoodAmount)}; no share is computed against this total.`,
      sources: ['interviewEn', 'chinaNews20250407', 'chinaTrial'],
      sourceNote: `Context: the national totals come from other reports; the two amount totals differ and are shown separately. Shares computed by this explainer; the amount share uses the ${getSource('chinaTrial').shortName} total.`,
    };
  },
});
