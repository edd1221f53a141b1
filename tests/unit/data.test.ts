import { readFileSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { caseTypes, dataset, events, figures, getCitable, getFigure, sources } from '../../src/data/index';
import type { DerivedFigure, SourceFigure } from '../../src/data/index';
import { normalizeQuote, sourceTexts, splitSentences } from '../../src/data/sourceText';
import { figureText } from '../../src/data/display';

const root = join(import.meta.dirname, '..', '..');
const sourceFigures = figures.filter((f): f is SourceFigure => f.kind !== 'derived');
const derived = figures.filter((f): f is DerivedFigure => f.kind === 'derived');

describe('the shipped source texts', () => {
  test('are byte-for-byte the verified copies (and the shared originals, where present)', () => {
    const sums = readFileSync(join(root, 'src/data/source-texts/SHA256SUMS'), 'utf8').trim().split('\n');
    expect(sums).toHaveLength(2);
    for (const line of sums) {
      const [hash, name] = line.split(/\s+/) as [string, string];
      const shipped = readFileSync(join(root, 'src/data/source-texts', name));
      expect(createHash('sha256').update(shipped).digest('hex'), name).toBe(hash);
      const shared = join(root, '..', 'shared', 'source', name);
      if (existsSync(shared)) expect(shipped.equals(readFileSync(shared)), `${name} differs from ../shared/source`).toBe(true);
    }
  });

  test('split into sentences without breaking at "etc."', () => {
    const sentences = splitSentences(sourceTexts['interview-en']);
    expect(sentences[0]!.text.startsWith('On the 10th, Huang Wenjun, Director of the Executive Bureau')).toBe(true);
    const list = sentences.find((s) => s.text.startsWith('This is because'))!;
    expect(list.text).toContain('benefits, etc. involve thousands of households');
    expect(new Set(sentences.map((s) => s.anchor)).size).toBe(sentences.length);
    // Sentences rejoin to the whole text: nothing is dropped.
    expect(sentences.map((s) => s.text).join(' ').replace(/\s+/g, '')).toBe(sourceTexts['interview-en'].replace(/\s+/g, ''));
  });
});

describe('interview figures', () => {
  // The six numbers of the interview, as the issue and the source state them.
  test.each([
    ['livelihoodCases', 640_000, 'cases', 'about'],
    ['livelihoodAmount', 51_700_000_000, 'yuan', 'about'],
    ['migrantWorkerCases', 75_200, 'cases', 'exact'],
    ['migrantWorkerAmount', 1_864_000_000, 'yuan', 'exact'],
    ['judicialAssistancePeople', 2_311, 'people', 'exact'],
    ['judicialAssistanceAmount', 94_555_100, 'yuan', 'exact'],
  ])('%s is %d %s (%s)', (id, value, unit, approximation) => {
    const figure = getFigure(id);
    expect(figure).toMatchObject({ value, unit, approximation, kind: 'interview', sourceId: 'interviewEn' });
  });

  test('each sentence occurs verbatim in the English item and has an anchor to it', () => {
    const sentences = splitSentences(sourceTexts['interview-en']);
    for (const f of sourceFigures.filter((f) => f.kind === 'interview')) {
      expect(sourceTexts['interview-en'], f.id).toContain(f.sentence);
      expect(sentences.find((s) => s.anchor === f.sourceAnchor)?.text, f.id).toContain(f.sentence);
    }
  });

  test('approximate figures are the ones the source qualifies with "about"', () => {
    for (const f of sourceFigures.filter((f) => f.kind === 'interview')) {
      const qualified = /\babout (\d|the)|approximately \d/.test(f.sentence) && /(about|approximately) (640000|51\.7)/.test(f.sentence);
      if (f.id.startsWith('livelihood')) expect(qualified, f.id).toBe(true);
      expect(f.approximation === 'about', f.id).toBe(f.id.startsWith('livelihood'));
    }
  });
});

describe('context figures', () => {
  test('each is stated in its passage or summary, and its Chinese, where given, is the notes’ word for word', () => {
    const notesNoBreaks = normalizeQuote(sourceTexts['context-notes']).replace(/\s+/g, '');
    for (const f of sourceFigures.filter((f) => f.kind === 'context')) {
      const home = getCitable(f.sourceAnchor!);
      expect([home.kind, home.sourceId], f.id).toEqual([expect.stringMatching(/^(passage|summary)$/), f.sourceId]);
      expect(home.text, f.id).toContain(f.sentence);
      if (f.sentenceZh) {
        expect(notesNoBreaks, f.id).toContain(normalizeQuote(f.sentenceZh.text));
        if (home.kind === 'passage') expect(home.zh.join(''), f.id).toContain(f.sentenceZh.text);
      }
    }
  });

  test('cite a context source, never the interview item', () => {
    const roles = new Map(sources.map((s) => [s.id, s.role]));
    for (const f of sourceFigures) expect(roles.get(f.sourceId), f.id).toBe(f.kind === 'interview' ? 'primary' : 'context');
  });

  test('the two disagreeing national totals are both kept, each with its source', () => {
    expect(getFigure('nationalAmountChinaTrial')).toMatchObject({ value: 2.3e12, approximation: 'exact', sourceId: 'chinaTrial' });
    expect(getFigure('nationalAmountChinaNews')).toMatchObject({ value: 2e12, approximation: 'over', sourceId: 'chinaNews20250407' });
  });
});

describe('derived figures', () => {
  // Expected values worked by hand from the source numbers, with the rounding rule
  // "no more significant figures than the least precise input" (about 640,000 has two).
  test.each([
    ['averagePerLivelihoodCase', 81_000, 'about 81,000 yuan per case'],
    ['averagePerMigrantWorkerCase', 24_800, 'about 24,800 yuan per case'],
    ['averageAssistancePerPerson', 40_920, 'about 40,920 yuan per person'],
    ['migrantWorkerShareOfLivelihoodCases', 12, 'about 12%'],
    ['migrantWorkerShareOfLivelihoodAmount', 3.61, 'about 3.61%'],
    ['livelihoodShareOfNationalCases', 7, 'about 7.0%'],
    ['livelihoodShareOfNationalAmount', 2.2, 'about 2.2%'],
    ['migrantWorkerCasesAfterMidDecember', 6_000, 'about 6,000 cases'],
    ['migrantWorkerAmountAfterMidDecember', 140_000_000, 'about 140 million yuan'],
    ['caseTypeCount', 9, '9 case types'],
  ])('%s = %d', (id, value, text) => {
    const figure = getFigure(id);
    expect(figure.kind).toBe('derived');
    expect(figure.value).toBe(value);
    expect(figureText(figure, { style: 'table' })).toBe(text);
  });

  test('each recomputes from its inputs and is rounded by at most half its last digit', () => {
    for (const f of derived.filter((f) => f.operation !== 'countCaseTypes')) {
      const [a, b] = f.inputs.map((id) => getFigure(id).value) as [number, number];
      const expected = f.operation === 'divide' ? a / b : f.operation === 'share' ? (a / b) * 100 : a - b;
      expect(f.exactValue, f.id).toBeCloseTo(expected, 9);
      // Differences round to the place of the less precise input: about 69,000 (thousands), 1.72 billion (ten millions).
      const differencePlace: Record<string, number> = { migrantWorkerCasesAfterMidDecember: 1e3, migrantWorkerAmountAfterMidDecember: 1e7 };
      const lastDigit = f.significantDigits
        ? 10 ** (Math.floor(Math.log10(Math.abs(f.value))) - f.significantDigits + 1)
        : differencePlace[f.id]!;
      expect(Math.abs(f.value - expected), f.id).toBeLessThanOrEqual(lastDigit / 2 + 1e-9);
      expect(f.formula, f.id).toContain(f.inputs[0]);
      expect(f.formulaText, f.id).toMatch(/[÷−]/);
    }
  });

  test('a derived figure that uses a context figure is marked as context', () => {
    expect(getFigure('livelihoodShareOfNationalCases')).toMatchObject({ usesContext: true });
    expect(getFigure('averagePerLivelihoodCase')).toMatchObject({ usesContext: false });
  });

  test('shows its working', () => {
    expect(getFigure('averagePerLivelihoodCase')).toMatchObject({
      formula: 'livelihoodAmount ÷ livelihoodCases',
      formulaText: 'about 51.7 billion yuan ÷ about 640,000 cases = 80,781.25 ≈ 81,000 yuan per case',
    });
  });
});

describe('case types and events', () => {
  test('the case types are the report’s, in its order', () => {
    expect(caseTypes).toHaveLength(9);
    const notes = sourceTexts['context-notes'].replace(/\s*\n\s*/g, '');
    expect(notes).toContain(`${caseTypes.map((t) => t.zh).join('、')}等案件`);
    let from = 0;
    for (const t of caseTypes) {
      const at = sourceTexts['interview-en'].indexOf(t.sourceEnglish, from);
      expect(at, t.sourceEnglish).toBeGreaterThan(-1);
      from = at;
    }
  });

  test('events are in date order and quote their sources', () => {
    const dates = events.map((e) => e.date);
    expect([...dates].sort()).toEqual(dates);
    expect(events.find((e) => e.id === 'interview')?.date).toBe('2025-03-10');
  });

  test('the dataset holds every figure once', () => {
    expect(dataset.byId.size).toBe(figures.length);
    expect(sourceFigures.length).toBeGreaterThanOrEqual(7);
    expect(derived.length).toBeGreaterThanOrEqual(5);
  });
});
