/** The year-end chart's data, from the data module only. */
import { getFigure, type DerivedFigure, type Figure } from '../../data/index';
import { computedHere, figureText, sentenceCase, sourceLabel } from '../../data/display';
import type { YearEndData, YearEndRowDatum } from './layout';

const text = (figure: Figure) => figureText(figure, { style: 'table' });

/** "Guangming Online, 23 December 2024". */
const contextSource = (figure: Figure) => {
  if (figure.kind !== 'context') throw new Error(`${figure.id} is not a context figure`);
  return sourceLabel(figure.sourceId);
};

const measures = [
  { id: 'cases', whole: 'migrantWorkerCases', first: 'migrantWorkerCasesMidDecember', rest: 'migrantWorkerCasesAfterMidDecember' },
  { id: 'amount', whole: 'migrantWorkerAmount', first: 'migrantWorkerAmountMidDecember', rest: 'migrantWorkerAmountAfterMidDecember' },
] as const;

export interface YearEndChartData extends YearEndData {
  /** The figures drawn, per row, for the description and the table. */
  figures: { whole: Figure; first: Figure; rest: DerivedFigure }[];
}

export function yearEndData(): YearEndChartData {
  const figures = measures.map((m) => ({
    whole: getFigure(m.whole),
    first: getFigure(m.first),
    rest: getFigure(m.rest) as DerivedFigure,
  }));
  const rows: YearEndRowDatum[] = measures.map((m, i) => {
    const { whole, first, rest } = figures[i]!;
    const firstSource = contextSource(first);
    return {
      id: m.id,
      heading: `${whole.label}, ${whole.period}`,
      whole: { value: whole.value, label: `Full year: ${text(whole)} (interview)` },
      first: {
        value: first.value,
        // The report is named in the source line under the chart; the label says only that it is context.
        label: `By mid-December: ${text(first)} (context)`,
        tip: {
          title: first.label,
          detail: [
            text(first),
            `Context, from ${firstSource}`,
            ...(first.approximation === 'about' ? ['A rounded count ("about")'] : []),
          ].join('\n'),
        },
      },
      rest: {
        label: `After mid-December: ${text(rest)} (the difference)`,
        tip: {
          title: rest.label,
          detail: [text(rest), `${sentenceCase(computedHere)}: ${rest.formulaText}`, `Full year from the interview; mid-December count from ${firstSource} (context)`].join('\n'),
        },
      },
    };
  });
  const firstSource = contextSource(figures[0]!.first);
  const casesRounded = figures[0]!.first.approximation === 'about';
  return {
    rows,
    figures,
    note:
      `From two reports: the full-year figures from the interview, the mid-December ones from ${firstSource}.` +
      (casesRounded ? ` The mid-December case count is rounded ("about"), so the difference is rounded too.` : ''),
  };
}
