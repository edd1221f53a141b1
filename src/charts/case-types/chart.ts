/** The livelihood case types the report lists, as equal tiles grouped in this explainer's three families. */
import type { CaseType } from '../../data/schema';
import { figureText, listText } from '../../data/display';
import { formatNumber } from '../../data/format';
import { defineChart, type ChartWords } from '../common/chart';
import { caseTypesData, type CaseTypeFamily, type CaseTypesFacts } from './data';
import { layoutCaseTypes, type FamilyDatum } from './layout';
import { caseTypesTable } from './table';

/** Every word of the case-types chart, in one language. */
export interface CaseTypesWords extends ChartWords<CaseTypesFacts> {
  /** A family's heading: "Work and wages". */
  family: (family: CaseTypeFamily) => string;
  /** A tile's words: the type's precise rendering. */
  type: (type: CaseType) => string;
  /** A tile's detail: its Chinese term and the English item's word. */
  detail: (type: CaseType) => string;
  /** The English item's own word, quoted. */
  quoted: (words: string) => string;
  table: { caption: string; columns: [string, string, string, string] };
}

const quoted = (words: string) => `“${words}”`;
const familyName = (family: CaseTypeFamily) => family.label;
/** A type in the text alternative: its rendering, its Chinese and the English item's word. */
const typeText = (type: CaseType) => `${type.english} (Chinese ${type.zh}; the English item says ${quoted(type.sourceEnglish)})`;

export const caseTypesWords: CaseTypesWords = {
  text: ({ count, families }) => {
    const types = figureText(count, { bare: true });
    const familyCount = formatNumber(families.length, 'caseTypes');
    return {
      title: `The ${types} case types`,
      caption: `The interview’s list spans ${listText(families.map(({ family }) => familyName(family).toLowerCase()))}. The grouping into ${familyCount} families is this explainer’s, not the interview’s.`,
      description: `The ${types} case types the interview lists, in its order, as tiles of equal size grouped into ${familyCount} families by this explainer. ${families
        .map(({ family, types: its }) => `${familyName(family)}: ${its.map(typeText).join('; ')}`)
        .join('. ')}.`,
      sourceNote:
        'The interview’s list ends with “etc.” and gives no numbers per type, so every tile is the same size. Precise renderings and grouping by this explainer.',
    };
  },
  family: familyName,
  type: (type) => type.english,
  detail: (type) => `Chinese: ${type.zh}\nThe English item says: ${quoted(type.sourceEnglish)}`,
  quoted,
  table: {
    caption: 'The case types, in the interview’s order: the Chinese term, the English item’s word, what the term means, and this explainer’s family',
    columns: ['Chinese', 'The English item says', 'Meaning', 'Family'],
  },
};

/** The families and their tiles with their words, as the layout draws them. */
export const caseTypeTiles = ({ families, accent }: CaseTypesFacts, words: CaseTypesWords): FamilyDatum[] =>
  families.map(({ family, types }) => ({
    id: family.id,
    label: words.family(family),
    types: types.map((t) => ({ id: t.id, label: words.type(t), detail: words.detail(t), accent: t.id === accent })),
  }));

export const caseTypesChart = defineChart({
  id: 'chart-case-types',
  tableOpen: true,
  words: caseTypesWords,
  data: caseTypesData,
  sources: ['interviewEn', 'chinaNewsZh'],
  layout: (data, words, options) => layoutCaseTypes(caseTypeTiles(data, words), options),
  table: caseTypesTable,
});
