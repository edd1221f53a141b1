/** The year-end chart's data, from the data module only. */
import { getFigure, type DerivedFigure, type Figure, type SourceFigure } from '../../data/index';

const measures = [
  { id: 'cases', whole: 'migrantWorkerCases', first: 'migrantWorkerCasesMidDecember', rest: 'migrantWorkerCasesAfterMidDecember' },
  { id: 'amount', whole: 'migrantWorkerAmount', first: 'migrantWorkerAmountMidDecember', rest: 'migrantWorkerAmountAfterMidDecember' },
] as const;

/** A measure's year: the full-year figure (interview), the count by mid-December (context) and the difference. */
export interface YearEndMeasure {
  id: (typeof measures)[number]['id'];
  whole: Figure;
  first: SourceFigure;
  rest: DerivedFigure;
}

/** A mid-December figure: from a context report, which the words name. */
const contextFigure = (id: string): SourceFigure => {
  const figure = getFigure(id);
  if (figure.kind !== 'context') throw new Error(`${figure.id} is not a context figure`);
  return figure;
};

export function yearEndData(): YearEndMeasure[] {
  return measures.map((m) => ({
    id: m.id,
    whole: getFigure(m.whole),
    first: contextFigure(m.first),
    rest: getFigure(m.rest) as DerivedFigure,
  }));
}
