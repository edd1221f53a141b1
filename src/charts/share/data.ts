/** The share chart's data, from the data module only. */
import { getFigure, type DerivedFigure, type Figure, type SourceFigure } from '../../data/index';

/** The bars, top to bottom: a national total (context), the livelihood part and, where one is computed, its share. */
const bars = [
  { id: 'cases', scale: 'cases', total: 'nationalCasesConcluded', part: 'livelihoodCases', share: 'livelihoodShareOfNationalCases' },
  { id: 'amount-china-trial', scale: 'yuan', total: 'nationalAmountChinaTrial', part: 'livelihoodAmount', share: 'livelihoodShareOfNationalAmount' },
  // A lower bound: no share is computed against it.
  { id: 'amount-china-news', scale: 'yuan', total: 'nationalAmountChinaNews', part: 'livelihoodAmount' },
] as const;

export type ShareScale = (typeof bars)[number]['scale'];
/** The bars that give the part's share of their total. */
export type SharedBarId = Extract<(typeof bars)[number], { share: string }>['id'];

export interface ShareBarFacts {
  id: (typeof bars)[number]['id'];
  /** Bars on one scale compare; each scale is a group under its own heading. */
  scale: ShareScale;
  /** Reported by a source (never derived): its label names that source. */
  total: SourceFigure;
  part: Figure;
  share?: { id: SharedBarId; figure: DerivedFigure };
}

export interface ShareChartData {
  bars: ShareBarFacts[];
  /** The figures drawn, for the words around the chart and the table. */
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
  const derived = (id: string) => getFigure(id) as DerivedFigure;
  return {
    bars: bars.map((b) => ({
      id: b.id,
      scale: b.scale,
      total: getFigure(b.total) as SourceFigure,
      part: getFigure(b.part),
      ...('share' in b && { share: { id: b.id, figure: derived(b.share) } }),
    })),
    figures: {
      nationalCases: getFigure('nationalCasesConcluded'),
      livelihoodCases: getFigure('livelihoodCases'),
      caseShare: derived('livelihoodShareOfNationalCases'),
      chinaTrial: getFigure('nationalAmountChinaTrial'),
      chinaNews: getFigure('nationalAmountChinaNews'),
      livelihoodAmount: getFigure('livelihoodAmount'),
      amountShare: derived('livelihoodShareOfNationalAmount'),
    },
  };
}
