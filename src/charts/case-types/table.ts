/** The case-types chart's table: read with the chart (open under it: `tableOpen`) and downloaded as CSV. */
import type { ChartTable } from '../common/table';
import type { CaseTypesWords } from './chart';
import type { CaseTypesFacts } from './data';

export function caseTypesTable({ families, types }: CaseTypesFacts, words: CaseTypesWords): ChartTable {
  const familyOf = new Map(families.map(({ family }) => [family.id, words.family(family)]));
  return {
    ...words.table,
    rows: types.map((t) => [t.zh, words.quoted(t.sourceEnglish), words.meaning(t), familyOf.get(t.family)!]),
  };
}
