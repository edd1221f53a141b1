/** The judicial assistance chart's data, from the data module only. */
import { getFigure, getSource, type DerivedFigure, type Figure } from '../../data/index';
import type { SourceRecord } from '../../data/schema';
import type { AssistanceBarDatum } from './layout';

/** People one square stands for: a drawing choice, stated in the legend. */
export const peoplePerSquare = 10;

/** The two amounts, on one scale. */
export type AssistanceBarId = 'judicialAssistanceAmount' | 'livelihoodAmount';

export interface AssistanceFacts {
  people: Figure;
  /** The assistance paid and, beside it, the livelihood amount. */
  bars: { id: AssistanceBarId; figure: Figure; colour: AssistanceBarDatum['colour'] }[];
  /** The average paid per person, and the assistance as a share of the livelihood amount. */
  average: DerivedFigure;
  share: DerivedFigure;
  /** The interview, every figure's source. */
  interview: SourceRecord;
  /** People per square, the whole squares and the people left for the last, part-filled one. */
  perSquare: number;
  full: number;
  remainder: number;
}

export function assistanceData(perSquare = peoplePerSquare): AssistanceFacts {
  const people = getFigure('judicialAssistancePeople');
  const full = Math.floor(people.value / perSquare);
  return {
    people,
    bars: [
      { id: 'judicialAssistanceAmount', figure: getFigure('judicialAssistanceAmount'), colour: 'assistance' },
      { id: 'livelihoodAmount', figure: getFigure('livelihoodAmount'), colour: 'livelihood' },
    ],
    average: getFigure('averageAssistancePerPerson') as DerivedFigure,
    share: getFigure('assistanceShareOfLivelihoodAmount') as DerivedFigure,
    interview: getSource('interviewEn'),
    perSquare,
    full,
    remainder: people.value - full * perSquare,
  };
}
