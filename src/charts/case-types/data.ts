/** The case-types chart's data, from the data module only. */
import { caseTypes, caseTypeFamilies, getFigure, type Figure } from '../../data/index';
import type { CaseType } from '../../data/schema';

export type CaseTypeFamily = (typeof caseTypeFamilies)[number];

export interface CaseTypesFacts {
  /** How many types the interview lists. */
  count: Figure;
  /** The families in this explainer's order, each with its types in the report's order. */
  families: { family: CaseTypeFamily; types: CaseType[] }[];
  /** Every type in the report's order, as the table lists them. */
  types: CaseType[];
  /** Rural migrant workers' own type: its rule takes the accent, as they do in every chart. */
  accent: CaseType['id'];
}

export function caseTypesData(): CaseTypesFacts {
  return {
    count: getFigure('caseTypeCount'),
    families: caseTypeFamilies.map((family) => ({ family, types: caseTypes.filter((t) => t.family === family.id) })),
    types: caseTypes,
    accent: 'migrantWorkerWages',
  };
}
