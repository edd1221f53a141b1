/** The judicial assistance chart's data, from the data module only. */
import { getFigure, getSource } from '../../data/index';
import { figureParts, figureText } from '../../data/display';
import { formatFigureText, formatNumber } from '../../data/format';
import type { AssistanceData } from './layout';

/** People one square stands for: a drawing choice, stated in the legend. */
export const peoplePerSquare = 10;

const shown = (id: string) => figureText(getFigure(id), { style: 'table' });

export interface AssistanceRow {
  figure: string;
  value: string;
  how: string;
}

export function assistanceData(perSquare = peoplePerSquare): { data: AssistanceData; rows: AssistanceRow[]; notes: { eachSquare: string; marks: string; people: string } } {
  const people = getFigure('judicialAssistancePeople');
  const amount = getFigure('judicialAssistanceAmount');
  const livelihood = getFigure('livelihoodAmount');
  const average = getFigure('averageAssistancePerPerson');
  const share = getFigure('assistanceShareOfLivelihoodAmount');
  // A percentage: its text is a qualifier and a number ("about " "0.183%"), with no scale word or unit.
  const shareParts = figureParts(share);
  const interview = getSource('interviewEn');
  const source = `Source: ${interview.shortName} (interview)`;
  const formula = (id: string) => {
    const f = getFigure(id);
    return f.kind === 'derived' ? f.formulaText : '';
  };

  const full = Math.floor(people.value / perSquare);
  const remainder = people.value - full * perSquare;
  const eachSquare = `Each square = ${formatFigureText(perSquare, 'people', 'exact', { style: 'table' })}`;
  const lastSquare = remainder > 0 ? `; the last square is part-filled: ${formatFigureText(remainder, 'people', 'exact', { style: 'table' })}` : '';
  const legend = `${eachSquare}${lastSquare}`;
  const marks =
    `${formatNumber(full, 'people', { style: 'table' })} full squares` +
    (remainder > 0 ? ` and one part-filled square for ${formatFigureText(remainder, 'people', 'exact', { style: 'table' })}` : '');

  const data: AssistanceData = {
    people: {
      value: people.value,
      heading: `${shown('judicialAssistancePeople')} given judicial assistance by enforcement departments`,
      tip: { title: 'People given judicial assistance', detail: [shown('judicialAssistancePeople'), `${legend}`, source].join('\n') },
    },
    perSquare,
    legend,
    moneyHeading: 'Assistance paid, beside the livelihood amount, on one scale',
    bars: [
      {
        id: 'judicialAssistanceAmount',
        label: 'Judicial assistance paid',
        value: amount.value,
        valueText: shown('judicialAssistanceAmount'),
        note: `On average ${shown('averageAssistancePerPerson')}`,
        colour: 'assistance',
        tip: {
          title: 'Judicial assistance paid',
          detail: [shown('judicialAssistanceAmount'), `On average ${shown('averageAssistancePerPerson')} (${formula('averageAssistancePerPerson')})`, source].join('\n'),
        },
      },
      {
        id: 'livelihoodAmount',
        label: 'Amount delivered in livelihood cases',
        value: livelihood.value,
        valueText: shown('livelihoodAmount'),
        colour: 'livelihood',
        tip: {
          title: 'Amount delivered in livelihood cases',
          detail: [shown('livelihoodAmount'), `Courts nationwide, ${livelihood.period}`, source].join('\n'),
        },
      },
    ],
    share: { label: 'Assistance ÷ livelihood amount', value: { qualifier: shareParts.qualifier, number: shareParts.number } },
  };

  const rows: AssistanceRow[] = [
    { figure: people.label, value: shown('judicialAssistancePeople'), how: `${interview.shortName} (interview)` },
    { figure: amount.label, value: shown('judicialAssistanceAmount'), how: `${interview.shortName} (interview)` },
    { figure: average.label, value: shown('averageAssistancePerPerson'), how: formula('averageAssistancePerPerson') },
    { figure: livelihood.label, value: shown('livelihoodAmount'), how: `${interview.shortName} (interview)` },
    { figure: share.label, value: shown('assistanceShareOfLivelihoodAmount'), how: formula('assistanceShareOfLivelihoodAmount') },
  ];
  return { data, rows, notes: { eachSquare, marks, people: shown('judicialAssistancePeople') } };
}
