/**
 * Livelihood and rural migrant-worker enforcement, by cases and by yuan, as two unit
 * grids side by side, each with the migrant-worker share set large above it.
 */
import { defineChart, type ChartText } from '../common/chart';
import { scaleData } from './data';
import { layoutScale, type ScaleMeasure } from './layout';
import { scaleTable } from './table';

/** The words around the grids: the text alternative gives each measure's part, its share and the whole. */
function scaleText(measures: ScaleMeasure[]): ChartText {
  const described = measures.map((m) => `${m.title}: ${m.partText}, ${m.share.qualifier}${m.share.number} of the total; ${m.totalText}.`);
  return {
    title: 'Rural migrant workers within livelihood enforcement, 2024',
    caption: 'Rural migrant workers’ share of livelihood cases was far larger than their share of the money delivered.',
    description: `Two grids of 100 squares, each square 1% of all livelihood enforcement in 2024. ${described.join(' ')}`,
    sources: ['interviewEn'],
    sourceNote: 'Shares computed by this explainer.',
  };
}

export const scale = defineChart({
  id: 'chart-scale',
  data: scaleData,
  layout: layoutScale,
  table: scaleTable,
  text: scaleText,
});
