/** The case-types chart's data, from the data module only. */
import { caseTypes, caseTypeFamilies } from '../../data/index';
import type { FamilyDatum } from './layout';

/** The families in this explainer's order, each with its types in the report's order. */
export function caseTypesData(): FamilyDatum[] {
  return caseTypeFamilies.map((family) => ({
    id: family.id,
    label: family.label,
    types: caseTypes
      .filter((t) => t.family === family.id)
      .map((t) => ({
        id: t.id,
        english: t.english,
        detail: `Chinese: ${t.zh}\nThe English item says: “${t.sourceEnglish}”`,
        accent: t.id === 'migrantWorkerWages',
      })),
  }));
}
