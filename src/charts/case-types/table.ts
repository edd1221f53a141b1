/** The case-types chart's table and sources: shown under the chart and downloaded as CSV. */
import { caseTypes, caseTypeFamilies } from '../../data/index';
import type { SourcedTable } from '../shared/table';

export function caseTypesTable(): SourcedTable {
  const familyOf = new Map<string, string>(caseTypeFamilies.map((f) => [f.id, f.label]));
  return {
    sources: ['interviewEn', 'chinaNewsZh'],
    sourceNote:
      'The interview’s list ends with “etc.” and gives no numbers per type, so every tile is the same size. Precise renderings and grouping by this explainer.',
    table: {
      caption: 'The case types, in the interview’s order, with this explainer’s families',
      columns: ['Family', 'Chinese', 'The English item says', 'Meaning'],
      rows: caseTypes.map((t) => [familyOf.get(t.family)!, t.zh, `“${t.sourceEnglish}”`, t.english]),
    },
  };
}
