/** The averages chart's data, from the data module only. */
import { getFigure, type DerivedFigure } from '../../data/index';
import { accentOf, figureText } from '../../data/display';
import type { AverageDatum } from './layout';

const averages = [
  { id: 'averagePerLivelihoodCase', label: 'Per livelihood case' },
  { id: 'averagePerMigrantWorkerCase', label: 'Per rural migrant-worker case' },
  { id: 'averageAssistancePerPerson', label: 'Per person given judicial assistance' },
] as const;

export function averagesData(): AverageDatum[] {
  return averages.map(({ id, label }) => {
    const figure = getFigure(id) as DerivedFigure;
    const [numerator, denominator] = figure.inputs.map((input) => figureText(getFigure(input), { style: 'table' }));
    return {
      id,
      label,
      value: figure.value,
      valueText: figureText(figure, { style: 'table' }).replace(/ per (case|person)$/, ''),
      formula: `${numerator} ÷ ${denominator}`,
      // Each bar in its figure's colour (accentOf), as the key figures and share cards are.
      colour: accentOf(figure),
    };
  });
}
