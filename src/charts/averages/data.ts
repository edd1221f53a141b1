/** The averages chart's data, from the data module only: each average's figure and the two figures it divides. */
import { getFigure, type DerivedFigure, type Figure } from '../../data/index';
import { accentOf } from '../../data/display';
import type { AverageDatum } from './layout';

/** The averages drawn, top to bottom: derived figures, each a quotient of two others. */
export const averageIds = ['averagePerLivelihoodCase', 'averagePerMigrantWorkerCase', 'averageAssistancePerPerson'] as const;
export type AverageId = (typeof averageIds)[number];

export interface AverageFacts {
  id: AverageId;
  figure: DerivedFigure;
  /** What it divides by what. */
  numerator: Figure;
  denominator: Figure;
  colour: AverageDatum['colour'];
}

export function averagesData(): AverageFacts[] {
  return averageIds.map((id) => {
    const figure = getFigure(id) as DerivedFigure;
    const [numerator, denominator] = figure.inputs.map((input) => getFigure(input));
    // Each bar in its figure's colour (accentOf), as the key figures and share cards are.
    return { id, figure, numerator: numerator!, denominator: denominator!, colour: accentOf(figure) };
  });
}
