/** The share chart's data, from the data module only. */
import { getFigure, getSource, type DerivedFigure, type Figure } from '../../data/index';
import { computedHere, figureText, sentenceCase, sourceLabel } from '../../data/display';
import type { ShareData, ShareRowDatum } from './layout';

const text = (id: string) => figureText(getFigure(id), { style: 'table' });

/** Where a figure comes from, for a tooltip line. */
function sourceLine(figure: Figure): string {
  if (figure.kind === 'derived') return `${sentenceCase(computedHere)}: ${figure.formulaText}`;
  return figure.kind === 'context' ? `Context, from ${sourceLabel(figure.sourceId)}` : `Interview: ${getSource(figure.sourceId).shortName}`;
}

export interface ShareChartData extends ShareData {
  /** The figures drawn, for the description and the table. */
  figures: {
    nationalCases: Figure;
    livelihoodCases: Figure;
    caseShare: DerivedFigure;
    chinaTrial: Figure;
    chinaNews: Figure;
    livelihoodAmount: Figure;
    amountShare: DerivedFigure;
  };
}

export function shareData(): ShareChartData {
  const nationalCases = getFigure('nationalCasesConcluded');
  const chinaTrial = getFigure('nationalAmountChinaTrial');
  const chinaNews = getFigure('nationalAmountChinaNews');
  const caseShare = getFigure('livelihoodShareOfNationalCases') as DerivedFigure;
  const amountShare = getFigure('livelihoodShareOfNationalAmount') as DerivedFigure;
  const lCases = getFigure('livelihoodCases');
  const lAmount = getFigure('livelihoodAmount');
  const cases = text('livelihoodCases');
  const amount = text('livelihoodAmount');
  const share = (f: DerivedFigure) => figureText(f, { style: 'table' });

  const totalRow = (figure: Figure, label: string) => ({
    value: figure.value,
    label,
    openEnded: figure.approximation === 'over',
    tip: { title: figure.label, detail: [text(figure.id), sourceLine(figure)].join('\n') },
  });

  const rows: ShareRowDatum[] = [
    {
      id: 'cases',
      heading: 'Cases concluded, all enforcement',
      scale: 'cases',
      total: totalRow(nationalCases, `${sourceLabel('chinaNews20250407')} (context): ${text(nationalCases.id)}`),
      part: {
        value: lCases.value,
        label: `Livelihood (interview): ${cases}, ${share(caseShare)} of all`,
        tip: {
          title: lCases.label,
          detail: [cases, sourceLine(lCases), `${share(caseShare)} of all enforcement cases concluded`, sourceLine(caseShare)].join('\n'),
        },
      },
    },
    {
      id: 'amount-china-trial',
      heading: 'Amount delivered, all enforcement: two reported totals',
      scale: 'yuan',
      total: totalRow(chinaTrial, `${sourceLabel('chinaTrial')} (context): ${text(chinaTrial.id)}`),
      part: {
        value: lAmount.value,
        label: `Livelihood (interview): ${amount}, ${share(amountShare)} of this total`,
        tip: {
          title: lAmount.label,
          detail: [amount, sourceLine(lAmount), `${share(amountShare)} of the ${getSource('chinaTrial').shortName} total`, sourceLine(amountShare)].join('\n'),
        },
      },
    },
    {
      id: 'amount-china-news',
      scale: 'yuan',
      total: totalRow(chinaNews, `${sourceLabel('chinaNews20250407')} (context): ${text(chinaNews.id)}`),
      part: {
        value: lAmount.value,
        label: `Livelihood (interview): ${amount}`,
        tip: { title: lAmount.label, detail: [amount, sourceLine(lAmount)].join('\n') },
      },
    },
  ];

  return {
    rows,
    figures: { nationalCases, livelihoodCases: lCases, caseShare, chinaTrial, chinaNews, livelihoodAmount: lAmount, amountShare },
  };
}
