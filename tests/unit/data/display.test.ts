/** The display module's words for where a number comes from: source labels, provenance and approximation. */
import { describe, expect, test } from 'vitest';
import { getFigure } from '../../../src/data/index';
import { dataset } from '../../../src/data/index';
import { accentOf, approximationLabels, citedSource, computedHere, figureCitation, figureParts, figureText, inEnglishOrder, kindLabels, lowerFirst, provenance, sentenceCase, sourceLabel } from '../../../src/data/display';
import type { SourceFigure } from '../../../src/data/index';

describe('source labels', () => {
  test('a dated source reads name, date; an undated one its name alone', () => {
    expect(sourceLabel('chinaNews20250407')).toBe('China News, 7 April 2025');
    expect(sourceLabel('chinaTrial')).toBe('China Trial magazine');
  });

  test('a chart cites context sources as context, and the interview’s item plainly', () => {
    expect(citedSource('guangming20241223')).toBe('Guangming Online, 23 December 2024 (context)');
    expect(citedSource('interviewEn')).toBe('China News Network');
  });
});

describe('provenance', () => {
  test('one phrase per kind of figure, naming context inputs of a computed one', () => {
    expect(provenance(getFigure('livelihoodCases'))).toBe('from the interview');
    expect(provenance(getFigure('nationalAmountChinaTrial'))).toBe('context');
    expect(provenance(getFigure('averagePerLivelihoodCase'))).toBe('computed by this explainer');
    expect(provenance(getFigure('livelihoodShareOfNationalCases'))).toBe('computed by this explainer, with context figures');
  });

  test('approximation labels and sentence case', () => {
    expect(approximationLabels).toEqual({ exact: 'as stated', about: 'approximate', over: 'lower bound' });
    expect(sentenceCase('computed by this explainer')).toBe('Computed by this explainer');
  });
});

describe('figure parts (the opening sets the number large, its words small)', () => {
  test('a rounded amount: qualifier, digits, scale word and unit apart', () => {
    expect(figureParts(getFigure('livelihoodAmount'))).toEqual({ qualifier: 'about ', number: '51.7', scale: ' billion', unit: ' yuan' });
    expect(figureParts(getFigure('migrantWorkerAmount'), { bare: true })).toEqual({ qualifier: '', number: '1.864', scale: ' billion', unit: '' });
  });

  test('a count: no scale word; bare drops the unit', () => {
    expect(figureParts(getFigure('livelihoodCases'))).toEqual({ qualifier: 'about ', number: '640,000', scale: '', unit: ' cases' });
    expect(figureParts(getFigure('migrantWorkerCases'), { bare: true })).toEqual({ qualifier: '', number: '75,200', scale: '', unit: '' });
  });

  test('joined, the parts are the figure text of every figure, in both styles, bare or not', () => {
    for (const figure of dataset.figures) {
      for (const options of [{}, { bare: true }, { style: 'table' as const }, { style: 'table' as const, bare: true }]) {
        const { qualifier, number, scale, unit } = figureParts(figure, options);
        expect(qualifier + number + scale + unit, `${figure.id} ${JSON.stringify(options)}`).toBe(figureText(figure, options));
        expect(number, figure.id).not.toMatch(/^\s|\s$/);
      }
    }
  });
});

describe('figureText', () => {
  test('bare: the number with its qualifier and a glued %, nothing else', () => {
    // 640,000 ÷ 9,118,200 × 100 = 7.019 %, shown to two significant figures: the trailing zero stays.
    expect(figureText(getFigure('livelihoodShareOfNationalCases'), { bare: true })).toBe('about 7.0%');
    expect(figureText(getFigure('livelihoodCases'), { bare: true })).toBe('about 640,000');
    expect(figureText(getFigure('migrantWorkerCases'), { bare: true })).toBe('75,200');
    expect(figureText(getFigure('nationalAmountChinaNews'), { bare: true })).toBe('more than 2 trillion');
  });

  test('prose spells out a small count, bare or not; tables keep digits', () => {
    // The interview lists nine case types.
    expect(figureText(getFigure('caseTypeCount'))).toBe('nine case types');
    expect(figureText(getFigure('caseTypeCount'), { bare: true })).toBe('nine');
    expect(figureText(getFigure('caseTypeCount'), { bare: true, style: 'table' })).toBe('9');
    expect(figureText(getFigure('caseTypeCount'), { style: 'table' })).toBe('9 case types');
  });
});

describe('inEnglishOrder', () => {
  test('sorts by English headword, case and quotation marks aside, without changing its input', () => {
    const entries = [{ english: 'Zeta' }, { english: '“Total to total”' }, { english: 'Alpha' }, { english: 'alpha' }, { english: 'bank' }];
    const copy = structuredClone(entries);
    // Equal apart from case: kept in their given order.
    expect(inEnglishOrder(entries).map((e) => e.english)).toEqual(['Alpha', 'alpha', 'bank', '“Total to total”', 'Zeta']);
    expect(entries).toEqual(copy);
  });
});

describe('labels for the data page', () => {
  test('each kind of figure in one word, and the phrase for a computed one', () => {
    expect(kindLabels).toEqual({ interview: 'Interview', context: 'Context', derived: 'Derived' });
    expect(computedHere).toBe('computed by this explainer');
  });
});

describe('figureCitation (the source cell of /data/)', () => {
  const sourceFigure = (id: string): SourceFigure => {
    const figure = getFigure(id);
    if (figure.kind === 'derived') throw new Error(`${id} is derived`);
    return figure;
  };
  const cite = (id: string) => figureCitation(sourceFigure(id));

  test('an interview figure links to its sentence; the item is undated; the Chinese comes from the Chinese report', () => {
    expect(cite('livelihoodCases')).toEqual({ href: '/source/#s1', text: 'China News Network, sentence 1', after: '; Chinese: China News Service' });
    // Sentence 16 has no known Chinese wording.
    expect(cite('typicalWageCasesReleased')).toEqual({ href: '/source/#s16', text: 'China News Network, sentence 16', after: '' });
  });

  test('a context figure links to its passage or summary, then its source’s date; Chinese from that same source goes unsaid', () => {
    expect(cite('nationalCasesConcluded')).toEqual({ href: '/source/#c-news-national', text: 'China News, the passage', after: ', 7 April 2025' });
    expect(cite('networkAgencies')).toEqual({ href: '/source/#c-spc-network', text: "Supreme People's Court, the summary", after: ', about 2018' });
    // China Trial magazine is undated.
    expect(cite('nationalAmountGrowth')).toEqual({ href: '/source/#c-trial-national-detail', text: 'China Trial magazine, the summary', after: '' });
  });

  test('a figure with no place in its source links to the source’s entry on /source/', () => {
    const unplaced = { ...sourceFigure('nationalCasesConcluded'), sourceAnchor: undefined };
    expect(figureCitation(unplaced)).toEqual({ href: '/source/#source-chinaNews20250407', text: 'China News', after: ', 7 April 2025' });
  });
});

describe('accentOf', () => {
  test('a figure takes the colour its record names, and the livelihood colour otherwise', () => {
    expect(accentOf(getFigure('migrantWorkerCases'))).toBe('migrant');
    expect(accentOf(getFigure('averagePerMigrantWorkerCase'))).toBe('migrant');
    expect(accentOf(getFigure('judicialAssistanceAmount'))).toBe('assistance');
    expect(accentOf(getFigure('livelihoodCases'))).toBe('livelihood');
    expect(accentOf(getFigure('nationalCasesConcluded'))).toBe('livelihood');
  });
});

describe('lowerFirst', () => {
  test('lowers only the first letter, so names inside a label keep their capitals', () => {
    expect(lowerFirst('Banking institutions linked to the "total to total" system')).toBe('banking institutions linked to the "total to total" system');
    expect(lowerFirst('By 2021')).toBe('by 2021');
    expect(lowerFirst('')).toBe('');
  });
});
