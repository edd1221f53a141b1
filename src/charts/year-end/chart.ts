/** Rural migrant-worker cases and money by mid-December 2024 and after, against the full-year totals. */
import { getSource, type Figure, type SourceFigure } from '../../data/index';
import { computedHere, figureText, sentenceCase, sourceLabel } from '../../data/display';
import { defineChart, type ChartWords } from '../common/chart';
import { computedHereZh, contextZh, figureLabelZh, figureTextZh, formulaTextZh, periodZh, sourceLabelZh, sourceNameZh } from '../common/zh';
import { yearEndData, type YearEndMeasure } from './data';
import { layoutYearEnd, type YearEndData } from './layout';
import { yearEndTable } from './table';

type Part = 'whole' | 'first' | 'rest';

/** Every word of the year-end chart, in one language. */
export interface YearEndWords extends ChartWords<YearEndMeasure[]> {
  /** A figure's name, for a detail's title. */
  name: (figure: Figure) => string;
  /** A figure's value: "75,200 cases". */
  figure: (figure: Figure) => string;
  /** A row's heading: "Rural migrant-worker cases concluded, 2024". */
  heading: (whole: Figure) => string;
  /** Each part's label: "By mid-December: about 69,000 cases (context)". */
  labels: Record<Part, (figure: Figure) => string>;
  /** The details of the two segments: the mid-December count, then the difference. */
  firstDetail: (first: SourceFigure) => string[];
  restDetail: (measure: YearEndMeasure) => string[];
  /** Two reports, and the rounding: under the bars, or in the text alternative. */
  note: (measures: YearEndMeasure[]) => string;
  /** The table's words: its caption names the year of `whole`, the full-year figure. */
  table: { caption: (whole: Figure) => string; columns: [string, string, string]; parts: Record<Part, (first: SourceFigure) => string> };
}

const figure = (f: Figure) => figureText(f, { style: 'table' });
/** The mid-December figures' report, by its label ("Guangming Online, 23 December 2024") or its name. */
const reportOf = (first: SourceFigure) => sourceLabel(first.sourceId);
const reportName = (first: SourceFigure) => getSource(first.sourceId).shortName;
const note = (measures: YearEndMeasure[]) =>
  `From two reports: the full-year figures from the interview, the mid-December ones from ${reportOf(measures[0]!.first)}.` +
  (measures[0]!.first.approximation === 'about' ? ` The mid-December case count is rounded ("about"), so the difference is rounded too.` : '');

export const yearEndWords: YearEndWords = {
  text: (measures) => {
    const [cases, amount] = measures as [YearEndMeasure, YearEndMeasure];
    return {
      title: 'Before and after mid-December',
      caption: `Set against the interview's full-year totals, a mid-December report leaves ${figure(cases.rest)} and ${figure(amount.rest)} for the last weeks of ${cases.whole.period}.`,
      description:
        `Two bars, each the full year ${cases.whole.period} for rural migrant-worker cases, split at mid-December. ` +
        measures
          .map((m) => `${m.whole.label}: ${figure(m.whole)} in the full year (interview), of which ${figure(m.first)} by mid-December (context, ${reportName(m.first)}) and ${figure(m.rest)} after mid-December (the difference, computed by this explainer)`)
          .join('. ') +
        `. ${note(measures)}`,
      sourceNote:
        'The full-year and mid-December figures come from different reports; the mid-December case count is rounded. The after-mid-December parts are differences computed by this explainer.',
    };
  },
  name: (f) => f.label,
  figure,
  heading: (whole) => `${whole.label}, ${whole.period}`,
  labels: {
    whole: (f) => `Full year: ${figure(f)} (interview)`,
    // The report is named in the source line under the chart; the label says only that it is context.
    first: (f) => `By mid-December: ${figure(f)} (context)`,
    rest: (f) => `After mid-December: ${figure(f)} (the difference)`,
  },
  firstDetail: (first) => [figure(first), `Context, from ${reportOf(first)}`, ...(first.approximation === 'about' ? ['A rounded count ("about")'] : [])],
  restDetail: ({ first, rest }) => [
    figure(rest),
    `${sentenceCase(computedHere)}: ${rest.formulaText}`,
    `Full year from the interview; mid-December count from ${reportOf(first)} (context)`,
  ],
  note,
  table: {
    caption: (whole) => `Rural migrant-worker cases, ${whole.period}: by mid-December and after`,
    columns: ['Part of the year', 'Cases', 'Amount delivered'],
    parts: {
      whole: () => 'Full year (interview)',
      first: (first) => `By mid-December (${reportName(first)}, context)`,
      rest: () => 'After mid-December (the difference, computed by this explainer)',
    },
  },
};

const figureZh = figureTextZh;
const reportOfZh = (first: SourceFigure) => sourceLabelZh(first.sourceId);
const reportNameZh = (first: SourceFigure) => sourceNameZh(first.sourceId);
/** Mid-December, as the Chinese report words it (截至12月中旬: by mid-December). */
const midDecember = '12月中旬';
const noteZh = (measures: YearEndMeasure[]) =>
  `来自两份报道：全年数字来自访谈，${midDecember}的数字来自${reportOfZh(measures[0]!.first)}。` +
  (measures[0]!.first.approximation === 'about' ? `${midDecember}的案件数是约数（“约”），因此差值也是约数。` : '');

export const yearEndWordsZh: YearEndWords = {
  text: (measures) => {
    const [cases, amount] = measures as [YearEndMeasure, YearEndMeasure];
    const year = periodZh(cases.whole);
    return {
      title: `${midDecember}前后`,
      caption: `以访谈给出的全年总数对照一份${midDecember}的报道，${year}最后几周余下${figureZh(cases.rest)}和${figureZh(amount.rest)}。`,
      description:
        `两个条形，各表示${year}全年的涉农民工案件数字，在${midDecember}处分开。` +
        measures
          .map((m) => `${figureLabelZh(m.whole)}：全年${figureZh(m.whole)}（访谈），其中截至${midDecember}${figureZh(m.first)}（${contextZh}，${reportNameZh(m.first)}），${midDecember}之后${figureZh(m.rest)}（差值，${computedHereZh}）`)
          .join('。') +
        `。${noteZh(measures)}`,
      sourceNote: `全年数字与${midDecember}的数字来自不同报道；${midDecember}的案件数是约数。${midDecember}之后的部分是本站计算的差值。`,
    };
  },
  name: figureLabelZh,
  figure: figureZh,
  heading: (whole) => `${periodZh(whole)}${figureLabelZh(whole)}`,
  labels: {
    whole: (f) => `全年：${figureZh(f)}（访谈）`,
    // The report is named in the source line under the chart; the label says only that it is context.
    first: (f) => `截至${midDecember}：${figureZh(f)}（${contextZh}）`,
    rest: (f) => `${midDecember}之后：${figureZh(f)}（差值）`,
  },
  firstDetail: (first) => [figureZh(first), `${contextZh}，来自${reportOfZh(first)}`, ...(first.approximation === 'about' ? ['约数（“约”）'] : [])],
  restDetail: ({ first, rest }) => [figureZh(rest), `${computedHereZh}：${formulaTextZh(rest)}`, `全年数字来自访谈；${midDecember}的数字来自${reportOfZh(first)}（${contextZh}）`],
  note: noteZh,
  table: {
    caption: (whole) => `${periodZh(whole)}涉农民工案件：${midDecember}之前与之后`,
    columns: ['时段', '案件数', '执行到位金额'],
    parts: {
      whole: () => '全年（访谈）',
      first: (first) => `截至${midDecember}（${reportNameZh(first)}，${contextZh}）`,
      rest: () => `${midDecember}之后（差值，${computedHereZh}）`,
    },
  },
};

/** Each measure's bar with its words, and the note, as the layout draws them. */
export const yearEndBars = (measures: YearEndMeasure[], words: YearEndWords): YearEndData => ({
  rows: measures.map((m) => ({
    id: m.id,
    heading: words.heading(m.whole),
    whole: { value: m.whole.value, label: words.labels.whole(m.whole) },
    first: { value: m.first.value, label: words.labels.first(m.first), tip: { title: words.name(m.first), detail: words.firstDetail(m.first).join('\n') } },
    rest: { label: words.labels.rest(m.rest), tip: { title: words.name(m.rest), detail: words.restDetail(m).join('\n') } },
  })),
  note: words.note(measures),
});

export const yearEnd = defineChart({
  id: 'chart-year-end',
  words: { en: yearEndWords, zh: yearEndWordsZh },
  data: yearEndData,
  sources: ['interviewEn', 'guangming20241223'],
  // The note (two reports, a rounded count) is said by the source line and the text alternative, so it is not drawn twice.
  layout: (data, words, options) => layoutYearEnd({ ...yearEndBars(data, words), note: '' }, options),
  table: yearEndTable,
});
