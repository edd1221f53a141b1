/** People given judicial assistance as a unit chart, and the money paid beside the livelihood amount. */
import type { Figure } from '../../data/index';
import type { SourceRecord } from '../../data/schema';
import { figureParts, figureText } from '../../data/display';
import { formatFigureText, formatNumber } from '../../data/format';
import { defineChart, type ChartWords } from '../common/chart';
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
  words: assistanceWords,
  data: () => assistanceData(),
  sources: ['interviewEn'],
  layout: (data, words, options) => layoutAssistance(assistanceParts(data, words), options),
  table: assistanceTable,
});
