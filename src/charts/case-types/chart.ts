/** The livelihood case types the report lists, as equal tiles grouped in this explainer's three families. */
import type { CaseType } from '../../data/schema';
import { caseTypeFamilyLabel, figureText, listText } from '../../data/display';
import { formatNumber } from '../../data/format';
import { formatNumberZh } from '../../data/formatZh';
import { defineChart, type ChartWords } from '../common/chart';
import { figureTextZh } from '../common/zh';
import { caseTypesData, type CaseTypeFamily, type CaseTypesFacts } from './data';
import { layoutCaseTypes, type FamilyDatum } from './layout';
import { caseTypesTable } from './table';

/** Every word of the case-types chart, in one language. */
export interface CaseTypesWords extends ChartWords<CaseTypesFacts> {
  /** A family's heading: "Work and wages". */
  family: (family: CaseTypeFamily) => string;
  /** A tile's words: the type's precise rendering (in English), or the report's own term (in Chinese). */
  type: (type: CaseType) => string;
  /** What the term means, in the table: its precise English rendering. */
  meaning: (type: CaseType) => string;
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
  meaning: (type) => type.english,
  detail: (type) => `Chinese: ${type.zh}\nThe English item says: ${quoted(type.sourceEnglish)}`,
  quoted,
  table: {
    caption: 'The case types, in the interview’s order: the Chinese term, the English item’s word, what the term means, and this explainer’s family',
    columns: ['Chinese', 'The English item says', 'Meaning', 'Family'],
  },
};

const familyNameZh = (family: CaseTypeFamily) => caseTypeFamilyLabel(family.id, 'zh');
const quotedZh = (words: string) => `“${words}”`;
/**
 * A type in the text alternative: the report's term, the English item's word and the precise English rendering, the
 * two English words shown as the English item and this explainer write them.
 */
const typeTextZh = (type: CaseType) => `${type.zh}（英文报道作${quotedZh(type.sourceEnglish)}，准确译法为${quotedZh(type.english)}）`;

export const caseTypesWordsZh: CaseTypesWords = {
  text: ({ count, families }) => {
    const types = figureTextZh(count);
    const familyCount = formatNumberZh(families.length);
    return {
      title: `访谈列举的${types}案件`,
      caption: `访谈列举的案件类型涵盖${families.map(({ family }) => familyNameZh(family)).join('、')}。分为${familyCount}组是本站的归纳，并非访谈原有。`,
      description: `访谈按原有顺序列举的${types}案件，以同样大小的方块表示，由本站分为${familyCount}组。${families
        .map(({ family, types: its }) => `${familyNameZh(family)}：${its.map(typeTextZh).join('；')}`)
        .join('。')}。`,
      sourceNote: '访谈列举的案件类型以“等”结尾，且未给出各类案件的数字，因此每个方块大小相同。准确译法与分组为本站所作。',
    };
  },
  family: familyNameZh,
  type: (type) => type.zh,
  meaning: (type) => type.english,
  detail: (type) => `英文报道作：${quotedZh(type.sourceEnglish)}\n准确译法：${type.english}`,
  quoted: quotedZh,
  table: {
    caption: '访谈按原有顺序列举的案件类型：中文原文、英文报道的译法、准确的英文译法，以及本站的分组',
    columns: ['中文原文', '英文报道的译法', '准确的英文译法', '分组'],
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
  words: { en: caseTypesWords, zh: caseTypesWordsZh },
  data: caseTypesData,
  sources: ['interviewEn', 'chinaNewsZh'],
  layout: (data, words, options) => layoutCaseTypes(caseTypeTiles(data, words), options),
  table: caseTypesTable,
});
