/**
 * Livelihood and rural migrant-worker enforcement, by cases and by yuan, as two unit
 * grids side by side, each with the migrant-worker share set large above it.
 */
import { defineChart } from '../shared/chart';
import { scaleData } from './data';
import { layoutScale } from './layout';
import { scaleTable } from './table';

export const scale = defineChart({
  id: 'chart-scale',
  data: scaleData,
  layout: layoutScale,
  table: scaleTable,
  text: (measures) => ({
    title: 'Rural migrant workers within livelihood enforcement, 2024',
    caption: 'Rural migrant workers’ share of livelihood cases was far larger than their share of the money delivered.',
    description: `Two grids of 100 squares, each square 1% of all livelihood enforcement in 2024. ${measures
      .map((m) => `${m.title}: ${m.partText}, ${m.share.qualifier}${m.share.number} of the total; ${m.totalText}.`)
      .join(' ')}`,
    sources: ['interviewEn'],
    sourceNote: 'Shares computed by this explainer.',
  }),
});
