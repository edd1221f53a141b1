/** Livelihood cases and money as a part of all enforcement in 2024, against each report's national total. */
import { getSource, type Figure, type SourceFigure } from '../../data/index';
import { citedSource, computedHere, figureText, sentenceCase, sourceLabel } from '../../data/display';
import { defineChart, type ChartWords } from '../common/chart';
import { citedSourceZh, computedHereZh, contextZh, figureLabelZh, figureTextZh, formulaTextZh, periodZh, sourceLabelZh, sourceNameZh } from '../common/zh';
import { shareData, type ShareChartData, type SharedBarId, type ShareScale } from './data';
import { layoutShare, type ShareData } from './layout';
import { shareTable } from './table';

/** Every word of the share chart, in one language. */
export interface ShareWords extends ChartWords<ShareChartData> {
  /** A figure's name, for a detail's title and the table: "All enforcement cases concluded (China News)". */
  name: (figure: Figure) => string;
  /** A figure's value: "9,118,200 cases", "about 7.0%". */
  figure: (figure: Figure) => string;
  /** Where a figure comes from, for a detail's line: "Context, from China Trial magazine". */
  source: (figure: Figure) => string;
  /** The heading over each group of bars on one scale. */
  headings: Record<ShareScale, string>;
  /** A total's label: "China Trial magazine (context): 2.3 trillion yuan". */
  total: (total: SourceFigure) => string;
  /** A part's label, with its share where one is computed: "Livelihood (interview): about 640,000 cases, about 7.0% of all". */
  part: (part: string, share?: string) => string;
  /** The part's share of its bar's total: in the label ("about 7.0% of all") and in the detail. */
  shares: Record<SharedBarId, { label: (share: string) => string; detail: (share: string) => string }>;
  /** The table's words: its caption names the year of `livelihood`, the livelihood cases' figure. */
  table: { caption: (livelihood: Figure) => string; columns: [string, string, string]; source: (figure: Figure) => string };
}

const figure = (f: Figure) => figureText(f, { style: 'table' });
const trialName = getSource('chinaTrial').shortName;

export const shareWords: ShareWords = {
  text: ({ figures: f }) => {
    const trial = sourceLabel('chinaTrial');
    const news = sourceLabel('chinaNews20250407');
    const year = f.livelihoodCases.period;
    return {
      title: 'Livelihood cases in all enforcement of 2024',
      caption: `Livelihood cases were a small part of all enforcement in ${year}: ${figure(f.caseShare)} of the cases concluded and, against the ${trialName} total, ${figure(f.amountShare)} of the money delivered.`,
      description:
        `Part-to-whole bars. Grey bars are context: national totals for all enforcement in ${year} from other reports; ` +
        `blue parts are the livelihood cases from the interview. ` +
        `Cases concluded: ${figure(f.nationalCases)} in all (${news}), of which livelihood cases ${figure(f.livelihoodCases)}, ${figure(f.caseShare)}. ` +
        `Amount delivered, shown against each report's total separately: ${figure(f.chinaTrial)} (${trial}), of which livelihood cases ${figure(f.livelihoodAmount)}, ${figure(f.amountShare)}; ` +
        `${figure(f.chinaNews)} (${news}, drawn as an open-ended bar because it is a lower bound), of which livelihood cases ${figure(f.livelihoodAmount)}; no share is computed against this total.`,
      sourceNote: `Context: the national totals come from other reports; the two amount totals differ and are shown separately. Shares computed by this explainer; the amount share uses the ${trialName} total.`,
    };
  },
  name: (f) => f.label,
  figure,
  source: (f) => {
    if (f.kind === 'derived') return `${sentenceCase(computedHere)}: ${f.formulaText}`;
    return f.kind === 'context' ? `Context, from ${sourceLabel(f.sourceId)}` : `Interview: ${getSource(f.sourceId).shortName}`;
  },
  headings: { cases: 'Cases concluded, all enforcement', yuan: 'Amount delivered, all enforcement: two reported totals' },
  total: (total) => `${sourceLabel(total.sourceId)} (context): ${figure(total)}`,
  part: (part, share) => `Livelihood (interview): ${part}${share === undefined ? '' : `, ${share}`}`,
  shares: {
    cases: { label: (share) => `${share} of all`, detail: (share) => `${share} of all enforcement cases concluded` },
    'amount-china-trial': { label: (share) => `${share} of this total`, detail: (share) => `${share} of the ${trialName} total` },
  },
  table: {
    caption: (livelihood) => `Livelihood cases against national totals, ${livelihood.period}`,
    columns: ['Figure', 'Value', 'Source'],
    source: (f) => (f.kind === 'derived' ? sentenceCase(computedHere) : f.kind === 'context' ? citedSource(f.sourceId) : 'Interview'),
  },
};

const trialNameZh = sourceNameZh('chinaTrial');

export const shareWordsZh: ShareWords = {
  text: ({ figures: f }) => {
    const trial = sourceLabelZh('chinaTrial');
    const news = sourceLabelZh('chinaNews20250407');
    const year = periodZh(f.livelihoodCases);
    const figure = figureTextZh;
    return {
      title: `${year}全部执行案件中的涉民生案件`,
      caption: `${year}，涉民生案件只占全部执行的一小部分：占执结案件的${figure(f.caseShare)}；以${trialNameZh}的总额计，占执行到位金额的${figure(f.amountShare)}。`,
      description:
        `部分与整体条形图。灰色条形是${contextZh}：其他报道给出的${year}全国全部执行总数；` +
        `蓝色部分是访谈中的涉民生案件。` +
        `执结案件：共${figure(f.nationalCases)}（${news}），其中涉民生案件${figure(f.livelihoodCases)}，占${figure(f.caseShare)}。` +
        `执行到位金额，分别与各报道的总额对比：${figure(f.chinaTrial)}（${trial}），其中涉民生案件${figure(f.livelihoodAmount)}，占${figure(f.amountShare)}；` +
        `${figure(f.chinaNews)}（${news}，因是下限，画成开放的条形），其中涉民生案件${figure(f.livelihoodAmount)}；未按这一总额计算占比。`,
      sourceNote: `${contextZh}：全国总数来自其他报道；两个金额总数不同，分别列出。占比由本站计算；金额占比采用${trialNameZh}的总额。`,
    };
  },
  name: figureLabelZh,
  figure: figureTextZh,
  source: (f) => {
    if (f.kind === 'derived') return `${computedHereZh}：${formulaTextZh(f)}`;
    return f.kind === 'context' ? `${contextZh}，来自${sourceLabelZh(f.sourceId)}` : `访谈：${sourceNameZh(f.sourceId)}`;
  },
  headings: { cases: '执结案件：全部执行', yuan: '执行到位金额：全部执行，两个报道的总额' },
  total: (total) => `${sourceLabelZh(total.sourceId)}（${contextZh}）：${figureTextZh(total)}`,
  part: (part, share) => `涉民生案件（访谈）：${part}${share === undefined ? '' : `，${share}`}`,
  shares: {
    cases: { label: (share) => `占全部的${share}`, detail: (share) => `占全部执结案件的${share}` },
    'amount-china-trial': { label: (share) => `占该总额的${share}`, detail: (share) => `占${trialNameZh}总额的${share}` },
  },
  table: {
    caption: (livelihood) => `${periodZh(livelihood)}涉民生案件与全国总数`,
    columns: ['数字', '数值', '来源'],
    source: (f) => (f.kind === 'derived' ? computedHereZh : f.kind === 'context' ? citedSourceZh(f.sourceId) : '访谈'),
  },
};

/** Each bar with its words, as the layout draws it: a heading over each scale's first bar, every mark with its detail. */
export function shareBars({ bars }: ShareChartData, words: ShareWords): ShareData {
  /** A mark's detail: its figure's name, then its value and where it comes from, then any more lines. */
  const tip = (f: Figure, more: string[] = []) => ({ title: words.name(f), detail: [words.figure(f), words.source(f), ...more].join('\n') });
  return {
    rows: bars.map((b, i) => {
      const share = b.share && { text: words.figure(b.share.figure), words: words.shares[b.share.id], source: words.source(b.share.figure) };
      return {
        id: b.id,
        ...(b.scale !== bars[i - 1]?.scale && { heading: words.headings[b.scale] }),
        scale: b.scale,
        total: { value: b.total.value, label: words.total(b.total), openEnded: b.total.approximation === 'over', tip: tip(b.total) },
        part: {
          value: b.part.value,
          label: words.part(words.figure(b.part), share?.words.label(share.text)),
          tip: tip(b.part, share ? [share.words.detail(share.text), share.source] : []),
        },
      };
    }),
  };
}

export const share = defineChart({
  id: 'chart-share',
  words: { en: shareWords, zh: shareWordsZh },
  data: shareData,
  sources: ['interviewEn', 'chinaNews20250407', 'chinaTrial'],
  layout: (data, words, options) => layoutShare(shareBars(data, words), options),
  table: shareTable,
});
