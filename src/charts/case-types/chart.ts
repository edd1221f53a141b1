/** The livelihood case types the report lists, as equal tiles grouped in this explainer's three families. */
import { caseTypes, caseTypeFamilies, getFigure } from '../../data/index';
import { figureText, listText } from '../../data/display';
import { formatNumber } from '../../data/format';
import { defineChart } from '../common/chart';
import { caseTypesData } from './data';
import { layoutCaseTypes } from './layout';
import { caseTypesTable } from './table';

export const caseTypesChart = defineChart({
  id: 'chart-case-types',
  data: caseTypesData,
  layout: layoutCaseTypes,
  table: caseTypesTable,
  tableOpen: true,
  text: (families) => {
    const count = figureText(getFigure('caseTypeCount'), { bare: true });
    const familyCount = formatNumber(caseTypeFamilies.length, 'caseTypes');
    const byId = new Map(caseTypes.map((t) => [t.id, t]));
    const typeText = (id: string) => {
      const type = byId.get(id)!;
      return `${type.english} (Chinese ${type.zh}; the English item says “${type.sourceEnglish}”)`;
    };
    return {
      title: `The ${count} case types`,
      caption: `The interview’s list spans ${listText(caseTypeFamilies.map((f) => f.label.toLowerCase()))}. The grouping into ${familyCount} families is this explainer’s, not the interview’s.`,
      description: `The ${count} case types the interview lists, in its order, as tiles of equal size grouped into ${familyCount} families by this explainer. ${families
        .map((f) => `${f.label}: ${f.types.map((t) => typeText(t.id)).join('; ')}`)
        .join('. ')}.`,
      sources: ['interviewEn', 'chinaNewsZh'],
      sourceNote:
        'The interview’s list ends with “etc.” and gives no numbers per type, so every tile is the same size. Precise renderings and grouping by this explainer.',
    };
  },
});
