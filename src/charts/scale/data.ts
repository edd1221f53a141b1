/** The scale chart's data, from the data module only. */
import { getFigure } from '../../data/index';
import { figureParts, figureText } from '../../data/display';
import type { ScaleMeasure } from './layout';

export function scaleData(): ScaleMeasure[] {
  const measure = (key: ScaleMeasure['key'], title: string, totalId: string, partId: string, shareId: string): ScaleMeasure => {
    const total = getFigure(totalId);
    const part = getFigure(partId);
    const { qualifier, number } = figureParts(getFigure(shareId));
    return {
      key,
      title,
      ratio: part.value / total.value,
      share: { qualifier, number },
      partText: `Rural migrant workers: ${figureText(part, { style: 'table' })}`,
      totalText: `All livelihood cases: ${figureText(total, { style: 'table' })}`,
    };
  };
  return [
    measure('cases', 'By number of cases', 'livelihoodCases', 'migrantWorkerCases', 'migrantWorkerShareOfLivelihoodCases'),
    measure('yuan', 'By amount delivered (yuan)', 'livelihoodAmount', 'migrantWorkerAmount', 'migrantWorkerShareOfLivelihoodAmount'),
  ];
}
