/** The scale chart's data, from the data module only: per measure, the migrant-worker part, the whole and the share. */
import { getFigure, type Figure } from '../../data/index';

export type ScaleKey = 'cases' | 'yuan';

export interface ScaleFacts {
  key: ScaleKey;
  part: Figure;
  total: Figure;
  /** The part's share as its figure gives it (rounded). */
  share: Figure;
  /** Part ÷ whole, from the figures themselves (not the rounded share). */
  ratio: number;
}

const measure = (key: ScaleKey, totalId: string, partId: string, shareId: string): ScaleFacts => {
  const total = getFigure(totalId);
  const part = getFigure(partId);
  return { key, part, total, share: getFigure(shareId), ratio: part.value / total.value };
};

export function scaleData(): ScaleFacts[] {
  return [
    measure('cases', 'livelihoodCases', 'migrantWorkerCases', 'migrantWorkerShareOfLivelihoodCases'),
    measure('yuan', 'livelihoodAmount', 'migrantWorkerAmount', 'migrantWorkerShareOfLivelihoodAmount'),
  ];
}
