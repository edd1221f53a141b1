/** The glossary: every entry complete, its words found in the sources, case types derived from caseTypes.ts. */
import { describe, expect, test } from 'vitest';
import { caseTypes, getTerm, glossary } from '../../src/data/index';
import { datasetInput, problemsAfter as problemsAfterInput } from '../helpers/dataset';
import { buildDataset } from '../../src/data/dataset';
import { sources } from '../../src/data/sources';
import { occursVerbatim, sourceTexts } from '../../src/data/sourceText';

const byId = new Map(glossary.map((e) => [e.id, e]));

describe('glossary entries', () => {
  test('has the required terms, with the Chinese the brief names', () => {
    const required = {
      enforcement: '执行',
      enforcementBureau: '执行局',
      livelihoodCases: '民生案件',
      ruralMigrantWorkers: '农民工',
      totalToTotal: '总对总',
      pointToPoint: '点对点',
      inspectionAndControl: '查控',
      judicialAssistance: '司法救助',
      typicalCases: '典型案例',
      amountDelivered: '执行到位金额',
      concluded: '执结',
    };
    for (const [id, zh] of Object.entries(required)) expect(byId.get(id)?.zh, id).toBe(zh);
    expect(glossary).toHaveLength(Object.keys(required).length + caseTypes.length);
  });

  test('every entry has every field, non-empty, and a unique camelCase id', () => {
    for (const e of glossary) {
      expect(e.id).toMatch(/^[a-z][A-Za-z]*$/);
      for (const field of ['zh', 'pinyin', 'english', 'explanation'] as const) expect(e[field].trim(), `${e.id}.${field}`).not.toBe('');
      expect(e.sourceEnglish === null || e.sourceEnglish.trim() !== '', e.id).toBe(true);
      expect(e.zh, e.id).toMatch(/^[\u3400-\u9fff]+$/);
      expect(e.pinyin, e.id).toMatch(/[āáǎàēéěèīíǐìōóǒòūúǔù]/);
    }
    expect(byId.size).toBe(glossary.length);
  });

  test('explanations are one or two sentences and type no number (years aside)', () => {
    for (const e of glossary) {
      const sentences = e.explanation.split(/(?<=[.!?”])\s+(?=[A-Z“])/);
      expect(sentences.length, e.id).toBeLessThanOrEqual(2);
      expect(e.explanation.replace(/\b20\d\d\b/g, ''), e.id).not.toMatch(/\d/);
    }
  });

  test('every Chinese term occurs in the context notes', () => {
    for (const e of glossary) expect(occursVerbatim(e.zh, sourceTexts['context-notes']), `${e.id}: ${e.zh}`).toBe(true);
  });

  test('every English item word occurs in the interview, verbatim', () => {
    for (const e of glossary.filter((e) => e.sourceEnglish !== null)) {
      expect(sourceTexts['interview-en'], e.id).toContain(e.sourceEnglish);
    }
    // Spot checks by hand: the words the translation notes are about.
    expect(getTerm('enforcement').sourceEnglish).toBe('execution');
    expect(getTerm('elderSupport').sourceEnglish).toBe('alimony');
    expect(getTerm('concluded').sourceEnglish).toBe('will handle');
  });

  test('the nine case-type entries are the case types, in order, with the same words', () => {
    const caseTypeEntries = glossary.filter((e) => caseTypes.some((t) => t.id === e.id));
    expect(caseTypeEntries).toHaveLength(9);
    expect(caseTypeEntries.map(({ id, zh, sourceEnglish, english }) => ({ id, zh, sourceEnglish, english }))).toEqual(
      caseTypes.map(({ id, zh, sourceEnglish, english }) => ({ id, zh, sourceEnglish, english })),
    );
    expect(getTerm('elderSupport')).toMatchObject({ zh: '赡养费', pinyin: 'shànyǎngfèi', english: 'support owed to elderly parents' });
  });

  test('getTerm names an unknown id and the file asking', () => {
    expect(() => getTerm('enforcment', '/sections/x/')).toThrow('Unknown glossary term id "enforcment" in /sections/x/');
  });
});

describe('glossary validation', () => {
  const problemsAfter = (change: (entries: Record<string, unknown>[]) => void): string =>
    problemsAfterInput((input) => change(input.glossary as Record<string, unknown>[]));
  const entry = (entries: Record<string, unknown>[], id: string) => entries.find((e) => e.id === id)!;

  test('accepts the real glossary', () => {
    expect(() => buildDataset(datasetInput())).not.toThrow();
  });

  test('rejects Chinese that is not in the context notes, naming file, id and field', () => {
    const message = problemsAfter((g) => (entry(g, 'inspectionAndControl').zh = '查控系统案件'));
    expect(message).toContain(
      'src/data/glossary.ts: glossary entry "inspectionAndControl": field "zh": not found verbatim in the shipped source text "context-notes"',
    );
  });

  test('rejects an English item word the item does not use', () => {
    const message = problemsAfter((g) => (entry(g, 'enforcementBureau').sourceEnglish = 'Enforcement Bureau'));
    expect(message).toContain(
      'src/data/glossary.ts: glossary entry "enforcementBureau": field "sourceEnglish": not found verbatim in the shipped source text "interview-en"',
    );
  });

  test('accepts null where the item has no word, but not a missing field', () => {
    expect(() => buildDataset({ ...datasetInput(), glossary: datasetInput().glossary.map((e) => ({ ...(e as object), sourceEnglish: null })) })).not.toThrow();
    const message = problemsAfter((g) => delete entry(g, 'typicalCases').sourceEnglish);
    expect(message).toContain('src/data/glossary.ts: glossary entry "typicalCases": field "sourceEnglish": Required');
  });

  test('rejects Chinese in a translation note that the notes do not have', () => {
    const message = problemsAfter((g) => (entry(g, 'livelihoodCases').translationNote = 'The report’s phrase is 涉民生执行案件.'));
    expect(message).toContain('glossary entry "livelihoodCases": field "translationNote": not found verbatim in the shipped source text "context-notes"');
  });

  test('rejects pinyin without tone marks, an empty explanation and a duplicate id', () => {
    const message = problemsAfter((g) => {
      entry(g, 'concluded').pinyin = 'zhijie';
      entry(g, 'judicialAssistance').explanation = ' ';
      g.push({ ...entry(g, 'enforcement') });
    });
    expect(message).toContain('glossary entry "concluded": field "pinyin": must carry tone marks');
    expect(message).toContain('glossary entry "judicialAssistance": field "explanation": must not be empty');
    expect(message).toContain('src/data/glossary.ts: glossary entry "enforcement": field "id": duplicate id');
  });
});
