/** Courts, the two inspection and control systems, and the property they reach, with dated context. */
import { listText } from '../../data/display';
import { defineChart } from '../common/chart';
import { networkData } from './data';
import { layoutNetwork } from './layout';
import { networkTable } from './table';

export const network = defineChart({
  id: 'chart-network',
  data: networkData,
  layout: ({ data }, options) => layoutNetwork(data, options),
  table: networkTable,
  text: ({ data, contextSources }) => {
    const listed = listText(data.property.map((p) => p.label.toLowerCase()));
    return {
      title: 'The inspection-and-control network',
      caption: `Courts search for the property of the person enforced against, “such as” ${listed} (the interview’s list ends “etc.”), through the two systems it names: “total to total” and point-to-point.`,
      description:
        `Node-link diagram. Courts link to the two inspection and control systems the interview names: ` +
        `“total to total”, drawn with a single link on to the property, ` +
        `and point-to-point, drawn with several thin links (People’s Court Daily, as context, calls the first a network system and the second provincial). ` +
        `Both lead to the property of the person enforced against that the interview names, such as ${listed} (its list ends “etc.”). ` +
        `Context from other sources, marked as context: ${data.annotations.map((a) => `${a.date} (${a.about}): ${a.text}`).join(' ')}`,
      sources: ['interviewEn', ...contextSources],
      sourceNote: 'The two systems and the property are the interview’s; the words network and provincial, and the dated notes in grey, are context from the other sources.',
    };
  },
});
