/** Average yuan per livelihood case, per migrant-worker case and per assisted person, with formulas. */
import { defineChart } from '../common/chart';
import { averagesData } from './data';
import { layoutAverages } from './layout';
import { averagesTable } from './table';

export const averages = defineChart({
  id: 'chart-averages',
  data: averagesData,
  layout: layoutAverages,
  table: averagesTable,
  text: (data) => ({
    title: 'Average amount per case and per person, 2024',
    caption:
      'A rural migrant-worker case delivered far less on average than a livelihood case overall; judicial assistance per person sits in between.',
    description: `Bar chart of averages computed by this explainer. ${data.map((d) => `${d.label}: ${d.valueText} (${d.formula})`).join('. ')}.`,
    sources: ['interviewEn'],
    sourceNote: "Averages computed by this explainer from the interview's figures.",
  }),
});
