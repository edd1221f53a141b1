/** The case-types chart's table: shown under the chart and downloaded as CSV. */
import { caseTypes, caseTypeFamilies } from '../../data/index';
import type { ChartTable } from '../shared/table';

export function caseTypesTable(): ChartTable {
  const familyOf = new Map<string, string>(caseTypeFamilies.map((f) => [f.id, f.label]));
  return {
    caption: 'The case types, in the interview’s order, with this explainer’s families',
    columns: ['Family', 'Chinese', 'The English item says', 'Meaning'],
    rows: caseTypes.map((t) => [familyOf.get(t.family)!, t.zh, `“${t.sourceEnglish}”`, t.english]),
  };
}
