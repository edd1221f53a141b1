/** People given judicial assistance as a unit chart, and the money paid beside the livelihood amount. */
import { defineChart } from '../common/chart';
import { assistanceData } from './data';
import { layoutAssistance } from './layout';
import { assistanceTable } from './table';

export const assistance = defineChart({
  id: 'chart-assistance',
  data: () => assistanceData(),
  layout: ({ data }, options) => layoutAssistance(data, options),
  table: ({ rows }) => assistanceTable(rows),
  text: ({ data, notes }) => {
    const [paid, livelihood] = data.bars as [(typeof data.bars)[number], (typeof data.bars)[number]];
    return {
      title: 'Judicial assistance',
      caption: `Enforcement departments gave judicial assistance to ${notes.people} and paid them ${paid.valueText}: a sliver beside the amount delivered in livelihood cases, ${livelihood.valueText}, though the interview does not link the two.`,
      description:
        `Unit chart and bar chart. ${data.people.heading}, drawn as squares (${notes.eachSquare.toLowerCase()}): ${notes.marks}. ` +
        `Bars on one scale: ${paid.label.toLowerCase()}, ${paid.valueText} (${paid.note!.toLowerCase()}); ` +
        `${livelihood.label.toLowerCase()}, ${livelihood.valueText}. ${data.share!.label}: ${data.share!.value.qualifier}${data.share!.value.number}, computed by this explainer; ` +
        `the assistance bar is a sliver. The interview does not say the assistance was paid in livelihood cases: the bars only set the two amounts side by side.`,
      sources: ['interviewEn'],
      sourceNote:
        'The average and the percentage are computed by this explainer. The interview does not say the assistance was paid in livelihood cases; the bars only compare the two amounts.',
    };
  },
});
