/**
 * Livelihood and rural migrant-worker enforcement, by cases and by yuan, as two unit
 * grids side by side, each with the migrant-worker share set large above it.
 */
import { getFigure, type Figure } from '../../data/index';
import { figureParts, figureText } from '../../data/display';
import { defineChart, type ChartWords } from '../common/chart';
import { figurePartsZh, figureTextZh, periodZh } from '../common/zh';
import type { QualifiedNumber } from '../common/text';
import { scaleData, type ScaleFacts, type ScaleKey } from './data';
import { layoutScale, type ScaleMeasure } from './layout';
import { scaleTable } from './table';

/** Every word of the scale chart, in one language. */
export interface ScaleWords extends ChartWords<ScaleFacts[]> {
  /** Each grid's title. */
  measures: Record<ScaleKey, string>;
  /** Whose squares the legend names: the migrant-worker part, then the whole. */
  part: string;
  total: string;
  /** A figure as the legend and the table write it: "75,200 cases", "about 12%". */
  figure: (figure: Figure) => string;
  /** A share set large, its qualifier apart: "about " and "12%". */
  share: (share: Figure) => QualifiedNumber;
  /** A legend row: "Rural migrant workers: 75,200 cases". */
  legend: (name: string, figure: string) => string;
  /** A part and its share of the whole: "75,200 cases, about 12% of the total". */
  ofTotal: (part: string, share: string) => string;
  /** Under both grids: what a square stands for. */
  note: string;
  table: { caption: string; columns: [string, string, string, string] };
}

const part = 'Rural migrant workers';
const total = 'All livelihood cases';
const figure = (f: Figure) => figureText(f, { style: 'table' });
const legend = (name: string, text: string) => `${name}: ${text}`;
const ofTotal = (text: string, share: string) => `${text}, ${share} of the total`;
const measures: ScaleWords['measures'] = { cases: 'By number of cases', yuan: 'By amount delivered (yuan)' };

export const scaleWords: ScaleWords = {
  text: (data) => ({
    title: 'Rural migrant workers within livelihood enforcement, 2024',
    caption: 'Rural migrant workers’ share of livelihood cases was far larger than their share of the money delivered.',
    // Each measure's part, its share and the whole.
    description: `Two grids of 100 squares, each square 1% of all livelihood enforcement in 2024. ${data
      .map((m) => `${measures[m.key]}: ${ofTotal(legend(part, figure(m.part)), figure(m.share))}; ${legend(total, figure(m.total))}.`)
      .join(' ')}`,
    sourceNote: 'Shares computed by this explainer.',
  }),
  measures,
  part,
  total,
  figure,
  share: (share) => {
    // A percentage: its text is a qualifier and a number, with no scale word or unit.
    const { qualifier, number } = figureParts(share);
    return { qualifier, number };
  },
  legend,
  ofTotal,
  note: 'Each square is 1% of the total.',
  table: { caption: 'Livelihood and rural migrant-worker enforcement, 2024', columns: ['Measure', part, 'Share of the total', total] },
};

const partZh = '涉农民工案件';
const totalZh = '全部涉民生案件';
const legendZh = (name: string, text: string) => `${name}：${text}`;
const ofTotalZh = (text: string, share: string) => `${text}，占总数的${share}`;
const measuresZh: ScaleWords['measures'] = { cases: '按案件数', yuan: '按执行到位金额（元）' };
const yearOf = (data: ScaleFacts[]) => periodZh(data[0]!.part);

export const scaleWordsZh: ScaleWords = {
  text: (data) => ({
    title: `${yearOf(data)}涉民生案件执行中的涉农民工案件`,
    caption: '涉农民工案件在涉民生案件中的件数占比，远高于其在执行到位金额中的占比。',
    description: `两个网格，各有100个方格，每个方格代表${yearOf(data)}全部涉民生案件执行的1%。${data
      .map((m) => `${measuresZh[m.key]}：${ofTotalZh(legendZh(partZh, figureTextZh(m.part)), figureTextZh(m.share))}；${legendZh(totalZh, figureTextZh(m.total))}。`)
      .join('')}`,
    sourceNote: '占比由本站计算。',
  }),
  measures: measuresZh,
  part: partZh,
  total: totalZh,
  figure: figureTextZh,
  share: figurePartsZh,
  legend: legendZh,
  ofTotal: ofTotalZh,
  note: '每个方格代表总数的1%。',
  table: {
    caption: `${periodZh(getFigure('migrantWorkerCases'))}涉民生案件与涉农民工案件的执行情况`,
    columns: ['指标', partZh, '占总数的比例', totalZh],
  },
};

/** A legend row's words and its detail: the name as its title, the figure (with the part's share) as the detail. */
export const legendRow = (words: ScaleWords, name: string, text: string, share?: string): ScaleMeasure['legend']['part'] => ({
  text: words.legend(name, text),
  tip: { title: name, detail: share === undefined ? text : words.ofTotal(text, share) },
});

/** Each measure with its words, as the layout draws it. */
export const scaleMeasures = (data: ScaleFacts[], words: ScaleWords): ScaleMeasure[] =>
  data.map((m) => ({
    key: m.key,
    title: words.measures[m.key],
    ratio: m.ratio,
    share: words.share(m.share),
    legend: {
      part: legendRow(words, words.part, words.figure(m.part), words.figure(m.share)),
      total: legendRow(words, words.total, words.figure(m.total)),
    },
  }));

export const scale = defineChart({
  id: 'chart-scale',
  words: { en: scaleWords, zh: scaleWordsZh },
  data: scaleData,
  sources: ['interviewEn'],
  layout: (data, words, options) => layoutScale(scaleMeasures(data, words), words.note, options),
  table: scaleTable,
});
