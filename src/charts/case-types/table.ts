/** The case-types chart's table: read with the chart (open under it: `tableOpen`) and downloaded as CSV. */
import { caseTypes, caseTypeFamilies } from '../../data/index';
import type { ChartTable } from '../common/table';

export function caseTypesTable(): ChartTable {
  const familyOf = new Map<string, string>(caseTypeFamilies.map((f) => [f.id, f.label]));
  return {
    caption: 'The case types, in the interview’s order: the Chinese term, the English item’s word, what the term means, and this explainer’s family',
    columns: ['Chinese', 'The English item says', 'Meaning', 'Family'],
    rows: caseTypes.map((t) => [t.zh, `“${t.sourceEnglish}”`, t.english, familyOf.get(t.family)!]),
  };
}
