/** Average yuan per livelihood case, per migrant-worker case and per assisted person, with formulas. */
import type { DerivedFigure, Figure } from '../../data/index';
import { figureText } from '../../data/display';
import { defineChart, type ChartWords } from '../common/chart';
import { figureTextZh, periodZh } from '../common/zh';
import { averagesData, type AverageFacts, type AverageId } from './data';
import { layoutAverages, type AverageDatum } from './layout';
import { averagesTable } from './table';

/** Every word of the averages chart, in one language. */
export interface AveragesWords extends ChartWords<AverageFacts[]> {
  /** Each bar's label. */
  labels: Record<AverageId, string>;
  /** A bar's value: "about 81,000 yuan". */
  value: (average: DerivedFigure) => string;
  /** How it was computed: "about 51.7 billion yuan ÷ about 640,000 cases". */
  formula: (numerator: Figure, denominator: Figure) => string;
  table: { caption: string; columns: [string, string, string] };
}

const shown = (figure: Figure) => figureText(figure, { style: 'table' });
const labels: AveragesWords['labels'] = {
  averagePerLivelihoodCase: 'Per livelihood case',
  averagePerMigrantWorkerCase: 'Per rural migrant-worker case',
  averageAssistancePerPerson: 'Per person given judicial assistance',
};
// The label says what it is per, so the value drops it.
const value = (average: DerivedFigure) => shown(average).replace(/ per (case|person)$/, '');
const formula = (numerator: Figure, denominator: Figure) => `${shown(numerator)} ÷ ${shown(denominator)}`;

export const averagesWords: AveragesWords = {
  text: (data) => ({
    title: 'Average amount per case and per person, 2024',
    caption:
      'A rural migrant-worker case delivered far less on average than a livelihood case overall; judicial assistance per person sits in between.',
    description: `Bar chart of averages computed by this explainer. ${data.map((d) => `${labels[d.id]}: ${value(d.figure)} (${formula(d.numerator, d.denominator)})`).join('. ')}.`,
    sourceNote: "Averages computed by this explainer from the interview's figures.",
  }),
  labels,
  value,
  formula,
  table: { caption: 'Averages and how they were computed', columns: ['Average', 'Value', 'Formula'] },
};

const labelsZh: AveragesWords['labels'] = {
  averagePerLivelihoodCase: '每件涉民生案件',
  averagePerMigrantWorkerCase: '每件涉农民工案件',
  averageAssistancePerPerson: '每名获司法救助者',
};
// The label says what it is per, so the value drops it: 约8.1万元/件 → 约8.1万元.
const valueZh = (average: DerivedFigure) => figureTextZh(average).replace(/\/[件人]$/, '');
const formulaZh = (numerator: Figure, denominator: Figure) => `${figureTextZh(numerator)} ÷ ${figureTextZh(denominator)}`;

export const averagesWordsZh: AveragesWords = {
  text: (data) => ({
    title: `${periodZh(data[0]!.figure)}案均与人均金额`,
    caption: '涉农民工案件的案均执行到位金额远低于涉民生案件的总体水平；人均司法救助金额介于两者之间。',
    description: `本站计算的平均值条形图。${data.map((d) => `${labelsZh[d.id]}：${valueZh(d.figure)}（${formulaZh(d.numerator, d.denominator)}）`).join('。')}。`,
    sourceNote: '平均值由本站根据访谈中的数字计算。',
  }),
  labels: labelsZh,
  value: valueZh,
  formula: formulaZh,
  table: { caption: '平均值及其算式', columns: ['平均值', '数值', '算式'] },
};

/** Each average with its words: what the layout draws and the table lists. */
export const averageBars = (data: AverageFacts[], words: AveragesWords): AverageDatum[] =>
  data.map(({ id, figure, numerator, denominator, colour }) => ({
    id,
    label: words.labels[id],
    value: figure.value,
    valueText: words.value(figure),
    formula: words.formula(numerator, denominator),
    colour,
  }));

export const averages = defineChart({
  id: 'chart-averages',
  words: { en: averagesWords, zh: averagesWordsZh },
  data: averagesData,
  sources: ['interviewEn'],
  layout: (data, words, options) => layoutAverages(averageBars(data, words), options),
  table: (data, words) => averagesTable(averageBars(data, words), words.table),
});
