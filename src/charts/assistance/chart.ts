/** People given judicial assistance as a unit chart, and the money paid beside the livelihood amount. */
import type { Figure } from '../../data/index';
import type { SourceRecord } from '../../data/schema';
import { figureParts, figureText } from '../../data/display';
import { formatFigureText, formatNumber } from '../../data/format';
import { formatFigureTextZh, formatNumberZh } from '../../data/formatZh';
import type { SourceId } from '../../data/sources';
import { defineChart, type ChartWords } from '../common/chart';
import { figureLabelZh, figurePartsZh, figureTextZh, formulaTextZh, periodZh, sourceNameZh } from '../common/zh';
import type { QualifiedNumber } from '../common/text';
import { assistanceData, type AssistanceBarId, type AssistanceFacts } from './data';
import { layoutAssistance, type AssistanceData } from './layout';
import { assistanceTable } from './table';

/** Every word of the judicial assistance chart, in one language. */
export interface AssistanceWords extends ChartWords<AssistanceFacts> {
  /** A figure's name and its value: "People given judicial assistance", "2,311 people". */
  name: (figure: Figure) => string;
  figure: (figure: Figure) => string;
  /** The unit chart's heading, from the number of people, and its detail's title. */
  people: { heading: (people: string) => string; name: string };
  /** What a square stands for (and the part-filled last one), and the squares in words. */
  legend: (data: AssistanceFacts) => string;
  marks: (data: AssistanceFacts) => string;
  /** The last line of every detail: the interview as the source. */
  source: (interview: SourceRecord) => string;
  moneyHeading: string;
  /** Each amount's bar: its label (and its detail's title), the line its detail adds, and the note under it, if any. */
  bars: Record<AssistanceBarId, { label: string; detail: (amount: Figure, data: AssistanceFacts) => string; note: ((data: AssistanceFacts) => string) | null }>;
  /** The ratio of the two amounts under the bars: its words, and its value set large. */
  share: { label: string; value: (share: Figure) => QualifiedNumber };
  table: { caption: string; columns: [string, string, string]; how: (figure: Figure, interview: SourceRecord) => string };
}

const shown = (figure: Figure) => figureText(figure, { style: 'table' });
const people = (count: number) => formatFigureText(count, 'people', 'exact', { style: 'table' });
const eachSquare = ({ perSquare }: AssistanceFacts) => `Each square = ${people(perSquare)}`;
const marks = ({ full, remainder }: AssistanceFacts) =>
  `${formatNumber(full, 'people', { style: 'table' })} full squares` + (remainder > 0 ? ` and one part-filled square for ${people(remainder)}` : '');
const average = (data: AssistanceFacts) => `On average ${shown(data.average)}`;
const bars: AssistanceWords['bars'] = {
  judicialAssistanceAmount: { label: 'Judicial assistance paid', detail: (_, data) => `${average(data)} (${data.average.formulaText})`, note: average },
  livelihoodAmount: { label: 'Amount delivered in livelihood cases', detail: (amount) => `Courts nationwide, ${amount.period}`, note: null },
};
const interviewName = (interview: SourceRecord) => `${interview.shortName} (interview)`;
const peopleHeading = (count: string) => `${count} given judicial assistance by enforcement departments`;
const ratio = 'Assistance ÷ livelihood amount';

export const assistanceWords: AssistanceWords = {
  text: (data) => {
    const [paid, livelihood] = data.bars.map((b) => shown(b.figure));
    return {
      title: 'Judicial assistance',
      caption: `Enforcement departments gave judicial assistance to ${shown(data.people)} and paid them ${paid}: a sliver beside the amount delivered in livelihood cases, ${livelihood}, though the interview does not link the two.`,
      description:
        `Unit chart and bar chart. ${peopleHeading(shown(data.people))}, drawn as squares (${eachSquare(data).toLowerCase()}): ${marks(data)}. ` +
        `Bars on one scale: ${bars.judicialAssistanceAmount.label.toLowerCase()}, ${paid} (${average(data).toLowerCase()}); ` +
        `${bars.livelihoodAmount.label.toLowerCase()}, ${livelihood}. ${ratio}: ${shown(data.share)}, computed by this explainer; ` +
        `the assistance bar is a sliver. The interview does not say the assistance was paid in livelihood cases: the bars only set the two amounts side by side.`,
      sourceNote:
        'The average and the percentage are computed by this explainer. The interview does not say the assistance was paid in livelihood cases; the bars only compare the two amounts.',
    };
  },
  name: (figure) => figure.label,
  figure: shown,
  people: { heading: peopleHeading, name: 'People given judicial assistance' },
  legend: (data) => `${eachSquare(data)}${data.remainder > 0 ? `; the last square is part-filled: ${people(data.remainder)}` : ''}`,
  marks,
  source: (interview) => `Source: ${interviewName(interview)}`,
  moneyHeading: 'Assistance paid, beside the livelihood amount, on one scale',
  bars,
  share: {
    label: ratio,
    value: (share) => {
      // A percentage: its text is a qualifier and a number ("about " "0.183%"), with no scale word or unit.
      const { qualifier, number } = figureParts(share);
      return { qualifier, number };
    },
  },
  table: {
    caption: 'Judicial assistance figures, and the livelihood amount beside them',
    columns: ['Figure', 'Value', 'Source or formula'],
    how: (figure, interview) => (figure.kind === 'derived' ? figure.formulaText : interviewName(interview)),
  },
};

const peopleZh = (count: number) => formatFigureTextZh(count, 'people', 'exact');
const eachSquareZh = ({ perSquare }: AssistanceFacts) => `每个方格 = ${peopleZh(perSquare)}`;
const marksZh = ({ full, remainder }: AssistanceFacts) => `${formatNumberZh(full)}个整方格` + (remainder > 0 ? `，以及一个代表${peopleZh(remainder)}的部分填充方格` : '');
// Per person, so the value drops its "/人": 约4.092万元/人 → 人均约4.092万元.
const averageZh = (data: AssistanceFacts) => `人均${figureTextZh(data.average).replace(/\/人$/, '')}`;
const barsZh: AssistanceWords['bars'] = {
  judicialAssistanceAmount: { label: '发放的司法救助金额', detail: (_, data) => `${averageZh(data)}（${formulaTextZh(data.average)}）`, note: averageZh },
  livelihoodAmount: { label: '涉民生案件执行到位金额', detail: (amount) => `全国法院，${periodZh(amount)}`, note: null },
};
const interviewNameZh = (interview: SourceRecord) => `${sourceNameZh(interview.id as SourceId)}（访谈）`;
const peopleHeadingZh = (count: string) => `${count}获执行部门司法救助`;
const ratioZh = '司法救助金额 ÷ 涉民生案件执行到位金额';

export const assistanceWordsZh: AssistanceWords = {
  text: (data) => {
    const [paid, livelihood] = data.bars.map((b) => figureTextZh(b.figure));
    return {
      title: '司法救助',
      caption: `执行部门向${figureTextZh(data.people)}提供司法救助，发放${paid}：与涉民生案件执行到位金额${livelihood}相比微乎其微，不过访谈并未把两者联系起来。`,
      description:
        `方格图和条形图。${peopleHeadingZh(figureTextZh(data.people))}，以方格表示（${eachSquareZh(data)}）：${marksZh(data)}。` +
        `同一比例尺上的条形：${barsZh.judicialAssistanceAmount.label}，${paid}（${averageZh(data)}）；` +
        `${barsZh.livelihoodAmount.label}，${livelihood}。${ratioZh}：${figureTextZh(data.share)}，由本站计算；` +
        `司法救助的条形极短。访谈并未说司法救助是在涉民生案件中发放的：条形只是把两个金额并列。`,
      sourceNote: '平均值和百分比由本站计算。访谈并未说司法救助是在涉民生案件中发放的；条形只是对比两个金额。',
    };
  },
  name: figureLabelZh,
  figure: figureTextZh,
  people: { heading: peopleHeadingZh, name: '获司法救助的人' },
  legend: (data) => `${eachSquareZh(data)}${data.remainder > 0 ? `；最后一个方格部分填充：${peopleZh(data.remainder)}` : ''}`,
  marks: marksZh,
  source: (interview) => `来源：${interviewNameZh(interview)}`,
  moneyHeading: '同一比例尺上的两个金额',
  bars: barsZh,
  share: { label: ratioZh, value: figurePartsZh },
  table: {
    caption: '司法救助的数字，以及与之对照的涉民生案件执行到位金额',
    columns: ['数字', '数值', '来源或算式'],
    how: (figure, interview) => (figure.kind === 'derived' ? formulaTextZh(figure) : interviewNameZh(interview)),
  },
};

/** The chart's parts with their words, as the layout draws them: the people as squares, then the two amounts and their ratio. */
export function assistanceParts(data: AssistanceFacts, words: AssistanceWords): AssistanceData {
  const source = words.source(data.interview);
  const people = words.figure(data.people);
  return {
    people: { value: data.people.value, heading: words.people.heading(people), tip: { title: words.people.name, detail: [people, words.legend(data), source].join('\n') } },
    perSquare: data.perSquare,
    legend: words.legend(data),
    moneyHeading: words.moneyHeading,
    bars: data.bars.map(({ id, figure, colour }) => {
      const { label, detail, note } = words.bars[id];
      const valueText = words.figure(figure);
      return { id, label, value: figure.value, valueText, ...(note && { note: note(data) }), colour, tip: { title: label, detail: [valueText, detail(figure, data), source].join('\n') } };
    }),
    share: { label: words.share.label, value: words.share.value(data.share) },
  };
}

export const assistance = defineChart({
  id: 'chart-assistance',
  words: { en: assistanceWords, zh: assistanceWordsZh },
  data: () => assistanceData(),
  sources: ['interviewEn'],
  layout: (data, words, options) => layoutAssistance(assistanceParts(data, words), options),
  table: assistanceTable,
});
