/** The averages chart's data, from the data module only. */
import { getFigure, type DerivedFigure } from '../../data/index';
import { figureText } from '../../data/display';
import type { AverageDatum } from './layout';

const averages = [
  { id: 'averagePerLivelihoodCase', label: 'Per livelihood case', colour: 'livelihood' },
  { id: 'averagePerMigrantWorkerCase', label: 'Per rural migrant-worker case', colour: 'migrant' },
  { id: 'averageAssistancePerPerson', label: 'Per person given judicial assistance', colour: 'assistance' },
] as const;

export function averagesData(): AverageDatum[] {
  return averages.map(({ id, label, colour }) => {
    const figure = getFigure(id) as DerivedFigure;
    const [numerator, denominator] = figure.inputs.map((input) => figureText(getFigure(input), { style: 'table' }));
    return {
      id,
      label,
      value: figure.value,
      valueText: figureText(figure, { style: 'table' }).replace(/ per (case|person)$/, ''),
      formula: `${numerator} ÷ ${denominator}`,
      colour,
    };
  });
}
