/**
 * buildDataset on small made-up inputs: which written forms of a value its sentence may use, the derived
 * arithmetic and its wording, and every validation rule with an input that breaks it. The texts here are
 * invented for the test; the real data is checked in data.test.ts and validation.test.ts.
 */
import { describe, expect, test } from 'vitest';
import { buildDataset, DataError, parseChangelog, type DatasetInput, type DerivedFigure, type SourceFigure } from '../../src/data/dataset';
import { sources } from '../../src/data/sources';

/** The made-up English item: four sentences, s1 … s4. */
const sentences = {
  s1: 'On the 10th, courts concluded 120 cases.',
  s2: 'Among them, 12 cases involved wages.',
  s3: 'Five banks joined.',
  s4: 'A line without figures.',
};
const interviewText = Object.values(sentences).join(' ');

type Record = { [key: string]: unknown };

const interviewFigure = (id: string, value: number, sentence: string, extra: Record = {}): Record => ({
  id,
  label: 'A count',
  value,
  unit: 'cases',
  approximation: 'exact',
  period: '2024',
  scope: 'Courts nationwide',
  kind: 'interview',
  sourceId: 'interviewEn',
  sentence,
  ...extra,
});

/** A context figure (China Trial) whose sentence is "<id> was <written>": `notesFor` puts it in the notes. */
const contextFigure = (id: string, value: number, written: string, extra: Record = {}): Record => ({
  ...interviewFigure(id, value, `${id} was ${written}`),
  kind: 'context',
  sourceId: 'chinaTrial',
  ...extra,
});

/** Context notes holding every context figure's sentence, and any extra text. */
const notesFor = (figures: Record[], extra = ''): string =>
  [...figures.filter((f) => f.kind === 'context').map((f) => `${f.sentence as string}.`), extra].join('\n');

/** A summary of its source for each context figure, stating its sentence: where a context figure links. */
const summariesFor = (figures: Record[]): DatasetInput['passages'] =>
  figures
    .filter((f) => f?.kind === 'context' && f.sourceId !== 'interviewEn' && typeof f.id === 'string')
    .map((f) => ({ kind: 'summary', id: `c-${(f.id as string).toLowerCase()}`, sourceId: f.sourceId as never, en: `${f.sentence as string}.` }));

function build(parts: Partial<DatasetInput> & { notes?: string }) {
  const { notes, ...rest } = parts;
  const sourceFigures = rest.sourceFigures ?? [];
  return buildDataset({
    sourceFigures,
    derivedFigures: [],
    caseTypes: [],
    events: [],
    glossary: [],
    sources,
    texts: { 'interview-en': interviewText, 'context-notes': notes ?? notesFor(sourceFigures as Record[]) },
    passages: summariesFor(sourceFigures as Record[]),
    ...rest,
  });
}

/** The problems a rejected input lists (failing the test if it is accepted). */
function problems(parts: Parameters<typeof build>[0]): string[] {
  try {
    build(parts);
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return (error as DataError).problems;
  }
  throw new Error('expected the dataset to be rejected');
}

const derivedRecipe = (id: string, operation: string, inputs: string[], unit = 'cases'): Record => ({
  id,
  label: 'A computed figure',
  unit,
  operation,
  inputs,
  period: '2024',
  scope: 'Courts nationwide',
});

/** Build with source figures and one recipe, and return the derived figure. */
function derived(figures: Record[], recipe: Record, caseTypes: unknown[] = []): DerivedFigure {
  const dataset = build({ sourceFigures: figures, derivedFigures: [recipe], caseTypes });
  return dataset.byId.get(recipe.id as string) as DerivedFigure;
}

describe('DataError', () => {
  test('lists each problem on its own line under one heading', () => {
    const error = new DataError(['first problem', 'second problem']);
    expect(error.message).toBe('The data module is invalid:\n  - first problem\n  - second problem');
    expect(error.name).toBe('DataError');
    expect(error.problems).toEqual(['first problem', 'second problem']);
    expect(error).toBeInstanceOf(Error);
  });
});

describe('a value and the ways its sentence may write it', () => {
  const accepted = (value: number, written: string) => {
    const figure = contextFigure('amount', value, written);
    expect(() => build({ sourceFigures: [figure] }), `${value} as "${written}"`).not.toThrow();
  };
  const rejected = (value: number, written: string) => {
    const figure = contextFigure('amount', value, written);
    expect(problems({ sourceFigures: [figure] }), `${value} as "${written}"`).toEqual([
      `src/data/figures.ts: figure "amount": field "value": ${value} is not written in its sentence`,
    ]);
  };

  test.each([
    [640_000, '640000 cases'],
    [9_118_200, '9,118,200 cases'],
    [3.5, 'up 3.5% year on year'],
    [2.3e12, '2.3 trillion yuan'],
    [1e12, '1 trillion yuan'],
    [1e12, '1000 billion yuan'],
    [1e9, '1 billion yuan'],
    [1.864e9, '1.864 billion yuan'],
    [1e6, '1 million yuan'],
    [94_555_100, '94.5551 million yuan'],
    [2.3e12, '2.3万亿元'],
    [1e12, '1万亿元'],
    [5.17e10, '517亿元'],
    [1e8, '1亿元'],
    [75_200, '7.52万件'],
    [1e4, '1万件'],
    [0, 'zero cases'],
    [1, 'one bank'],
    [2, 'two banks'],
    [3, 'three banks'],
    [4, 'four banks'],
    [5, 'five banks'],
    [6, 'six banks'],
    [7, 'seven banks'],
    [8, 'eight banks'],
    [9, 'nine outlets'],
  ])('%d may be written "%s"', accepted);

  test.each([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])('%d is not found in a sentence without it', (value) => {
    rejected(value, 'a number of banks');
  });

  test.each([
    [640_000, '650000 cases'],
    [5e11, '0.5 trillion yuan'],
    [5e8, '0.5 billion yuan'],
    [5e5, '0.5 million yuan'],
    [5e11, '0.5万亿元'],
    [5e7, '0.5亿元'],
    [5e3, '0.5万件'],
    [5, 'Five banks'],
    [6, 'five banks'],
  ])('%d may not be written "%s"', rejected);

  test('a Chinese sentence must write the value too', () => {
    const zh = (text: string) => contextFigure('cases', 75_200, '75,200 cases', { sentenceZh: { sourceId: 'chinaNewsZh', text } });
    const ok = zh('执结案件7.52万件');
    expect(() => build({ sourceFigures: [ok], notes: notesFor([ok], '执结案件7.52万件。') })).not.toThrow();
    const wrong = zh('执结案件7.53万件');
    expect(problems({ sourceFigures: [wrong], notes: notesFor([wrong], '执结案件7.53万件。') })).toEqual([
      'src/data/figures.ts: figure "cases": field "value": 75200 is not written in its Chinese sentence',
    ]);
    // A Chinese sentence not in the notes is reported once, as not found, not also as not stating the value.
    const missing = zh('执结案件7.52万件');
    expect(problems({ sourceFigures: [missing] })).toEqual([
      'src/data/figures.ts: figure "cases": field "sentenceZh.text": not found verbatim in the shipped source text "context-notes"',
    ]);
  });

  test('a sentence not in the source is not also checked for its value', () => {
    const figure = interviewFigure('cases', 130, 'Courts concluded many cases.');
    expect(problems({ sourceFigures: [figure] })).toEqual([
      'src/data/figures.ts: figure "cases": field "sentence": not found verbatim in the shipped source text "interview-en"',
      'src/data/figures.ts: figure "cases": field "sentence": spans more than one sentence of the source',
    ]);
  });

  test('a sentence not in the source is reported once, as not found', () => {
    const figure = interviewFigure('cases', 130, 'Courts concluded 130 cases.');
    expect(problems({ sourceFigures: [figure] })).toEqual([
      'src/data/figures.ts: figure "cases": field "sentence": not found verbatim in the shipped source text "interview-en"',
      'src/data/figures.ts: figure "cases": field "sentence": spans more than one sentence of the source',
    ]);
  });
});

describe('source figures', () => {
  test('an interview figure is anchored to the sentence that states it', () => {
    const dataset = build({ sourceFigures: [interviewFigure('wageCases', 12, 'Among them, 12 cases involved wages.')] });
    expect((dataset.byId.get('wageCases') as SourceFigure).sourceAnchor).toBe('s2');
  });

  test('an interview figure quoting across two sentences is rejected', () => {
    const figure = interviewFigure('cases', 120, 'concluded 120 cases. Among them');
    expect(problems({ sourceFigures: [figure] })).toEqual([
      'src/data/figures.ts: figure "cases": field "sentence": spans more than one sentence of the source',
    ]);
  });

  test('a context figure is anchored to the passage or summary of its own source that states it', () => {
    const figure = contextFigure('banks', 21, '21 banks');
    const passages: DatasetInput['passages'] = [
      { kind: 'summary', id: 'c-other', sourceId: 'courtDaily20210526', en: 'banks was 21 banks.' },
      { kind: 'summary', id: 'c-banks', sourceId: 'chinaTrial', en: 'banks was 21 banks.' },
    ];
    const dataset = build({ sourceFigures: [figure], passages });
    expect((dataset.byId.get('banks') as SourceFigure).sourceAnchor).toBe('c-banks');
    expect(problems({ sourceFigures: [figure], passages: [passages![0]!] })).toEqual([
      'src/data/figures.ts: figure "banks": field "sentence": in no passage or summary of source "chinaTrial" in src/data/passages.ts',
    ]);
  });

  test('a context figure’s Chinese wording is in the Chinese of the passage it links to', () => {
    const notes = '21家银行。22家银行。';
    const figure = contextFigure('banks', 21, '21 banks', { sentenceZh: { sourceId: 'chinaTrial', text: '21家银行' } });
    const passage = (zh: string) => [{ kind: 'passage' as const, id: 'c-banks', sourceId: 'chinaTrial' as const, zh: [zh], en: 'banks was 21 banks' }];
    expect((build({ sourceFigures: [figure], notes, passages: passage('21家银行。') }).byId.get('banks') as SourceFigure).sourceAnchor).toBe('c-banks');
    expect(problems({ sourceFigures: [figure], notes, passages: passage('22家银行。') })).toEqual([
      'src/data/figures.ts: figure "banks": field "sentenceZh.text": not in the Chinese of its passage "c-banks"',
    ]);
  });

  test('the kind must match the source’s role, both ways', () => {
    expect(problems({ sourceFigures: [interviewFigure('cases', 120, sentences.s1, { kind: 'context' })] })).toEqual([
      'src/data/figures.ts: figure "cases": field "kind": "context" does not match source "interviewEn", which is primary',
    ]);
    const figure = contextFigure('banks', 21, '21 banks', { kind: 'interview' });
    expect(problems({ sourceFigures: [figure] })).toContain(
      'src/data/figures.ts: figure "banks": field "kind": "interview" does not match source "chinaTrial", which is context',
    );
  });

  test('a record that is not an object, or has no string id, is named by its position', () => {
    const found = problems({ sourceFigures: [interviewFigure('cases', 120, sentences.s1), 'not a figure', { id: 5 }, null], notes: '' });
    expect(found.some((p) => p.startsWith('src/data/figures.ts: figure #4: field "(record)": '))).toBe(true);
    expect(found.some((p) => p.startsWith('src/data/figures.ts: figure #2: field "(record)": '))).toBe(true);
    expect(found.some((p) => p.startsWith('src/data/figures.ts: figure #3: field "id": '))).toBe(true);
    expect(found).toContain('src/data/figures.ts: figure #3: field "label": Required');
  });

  test('a nested field is named by its path', () => {
    const figure = contextFigure('banks', 21, '21 banks', { sentenceZh: { sourceId: 'chinaNewsZh' } });
    expect(problems({ sourceFigures: [figure] })).toEqual(['src/data/figures.ts: figure "banks": field "sentenceZh.text": Required']);
  });

  test('figures come out in their order: source figures, then derived ones', () => {
    const figures = [contextFigure('amount', 120, '120 yuan', { unit: 'yuan' }), contextFigure('cases', 4, '4 cases')];
    const dataset = build({ sourceFigures: figures, derivedFigures: [derivedRecipe('average', 'divide', ['amount', 'cases'], 'yuanPerCase')] });
    expect(dataset.figures.map((f) => f.id)).toEqual(['amount', 'cases', 'average']);
    expect(dataset.byId.get('amount')).toBe(dataset.figures[0]);
  });
});

describe('derived figures: the arithmetic and how it reads', () => {
  test('an exact division that needs no rounding', () => {
    // 120 ÷ 4 = 30, and 4 has one significant figure, so 30 is shown as it is.
    const figure = derived(
      [contextFigure('amount', 120, '120 yuan', { unit: 'yuan' }), contextFigure('cases', 4, '4 cases')],
      derivedRecipe('average', 'divide', ['amount', 'cases'], 'yuanPerCase'),
    );
    expect(figure).toMatchObject({
      kind: 'derived',
      label: 'A computed figure',
      period: '2024',
      value: 30,
      exactValue: 30,
      approximation: 'exact',
      significantDigits: 1,
      formula: 'amount ÷ cases',
      formulaText: '120 yuan ÷ 4 cases = 30 yuan per case',
      roundingNote: 'Rounded to 1 significant figures, as precise as the less precise input.',
      usesContext: true,
    });
  });

  test('a division rounded to the less precise input reads "about", with the unrounded result', () => {
    // 100,000 ÷ 3 = 33,333.33…; both have one significant figure, so it is shown as 30,000.
    const figure = derived(
      [contextFigure('amount', 100_000, '100,000 yuan', { unit: 'yuan' }), contextFigure('cases', 3, '3 cases')],
      derivedRecipe('average', 'divide', ['amount', 'cases'], 'yuanPerCase'),
    );
    expect(figure.exactValue).toBeCloseTo(33_333.333333, 5);
    expect(figure).toMatchObject({
      value: 30_000,
      approximation: 'about',
      significantDigits: 1,
      formulaText: '100,000 yuan ÷ 3 cases = 33,333.333 ≈ 30,000 yuan per case',
    });
  });

  test('the unrounded result is shown to eight significant figures', () => {
    // 7 ÷ 3 = 2.33333…: eight figures are 2.3333333; one figure (as 7 and 3 have) is 2.
    const figure = derived(
      [contextFigure('amount', 7, '7 yuan', { unit: 'yuan' }), contextFigure('cases', 3, '3 cases')],
      derivedRecipe('average', 'divide', ['amount', 'cases'], 'yuanPerCase'),
    );
    expect(figure.formulaText).toBe('7 yuan ÷ 3 cases = 2.3333333 ≈ 2 yuan per case');
  });

  test('the less precise input sets the significant figures, not the more precise one', () => {
    // 125 (three figures) ÷ 5 (one) = 25, shown to one figure: 30.
    const figure = derived(
      [contextFigure('amount', 125, '125 yuan', { unit: 'yuan' }), contextFigure('cases', 5, '5 cases')],
      derivedRecipe('average', 'divide', ['amount', 'cases'], 'yuanPerCase'),
    );
    expect(figure).toMatchObject({ value: 30, exactValue: 25, significantDigits: 1, approximation: 'about' });
    expect(figure.formulaText).toBe('125 yuan ÷ 5 cases = 25 ≈ 30 yuan per case');
    const reversed = derived(
      [contextFigure('cases', 5, '5 cases'), contextFigure('amount', 125, '125 yuan', { unit: 'yuan' })],
      derivedRecipe('ratio', 'divide', ['cases', 'amount'], 'items'),
    );
    // 5 ÷ 125 = 0.04, one figure either way.
    expect(reversed).toMatchObject({ value: 0.04, significantDigits: 1 });
  });

  test('a share is the division times 100, and says so', () => {
    const figure = derived(
      [interviewFigure('wageCases', 12, sentences.s2), interviewFigure('cases', 120, sentences.s1)],
      derivedRecipe('wageShare', 'share', ['wageCases', 'cases'], 'percent'),
    );
    expect(figure).toMatchObject({
      value: 10,
      exactValue: 10,
      approximation: 'exact',
      significantDigits: 2,
      formula: 'wageCases ÷ cases × 100',
      formulaText: '12 cases ÷ 120 cases × 100 = 10%',
      usesContext: false,
    });
  });

  test('an approximate input makes the result approximate even when the arithmetic is exact', () => {
    const figure = derived(
      [interviewFigure('wageCases', 12, sentences.s2, { approximation: 'about' }), interviewFigure('cases', 120, sentences.s1)],
      derivedRecipe('wageShare', 'share', ['wageCases', 'cases'], 'percent'),
    );
    expect(figure).toMatchObject({ value: 10, approximation: 'about', formulaText: 'about 12 cases ÷ 120 cases × 100 = 10%' });
  });

  test('one context input marks the result as context', () => {
    const figure = derived(
      [interviewFigure('wageCases', 12, sentences.s2), contextFigure('allCases', 48, '48 cases')],
      derivedRecipe('wageShare', 'share', ['wageCases', 'allCases'], 'percent'),
    );
    expect(figure).toMatchObject({ value: 25, usesContext: true });
  });

  test('a difference is rounded to the place of the less precise input', () => {
    // 75,200 − about 69,000 = 6,200; 69,000 is known to the thousand, so about 6,000.
    const figure = derived(
      [contextFigure('yearEnd', 75_200, '75,200 cases'), contextFigure('midDecember', 69_000, 'about 69,000 cases', { approximation: 'about' })],
      derivedRecipe('lateCases', 'subtract', ['yearEnd', 'midDecember']),
    );
    expect(figure).toMatchObject({
      value: 6_000,
      exactValue: 6_200,
      approximation: 'about',
      significantDigits: undefined,
      formula: 'yearEnd − midDecember',
      formulaText: '75,200 cases − about 69,000 cases = 6,200 ≈ 6,000 cases',
      roundingNote: 'Rounded to the nearest 1,000, the precision of the less precise input.',
    });
  });

  test('an exact difference of exact inputs is exact', () => {
    const figure = derived(
      [contextFigure('all', 12, '12 cases'), contextFigure('some', 4, '4 cases')],
      derivedRecipe('rest', 'subtract', ['all', 'some']),
    );
    expect(figure).toMatchObject({
      value: 8,
      exactValue: 8,
      approximation: 'exact',
      formulaText: '12 cases − 4 cases = 8 cases',
      roundingNote: 'Rounded to the nearest 1, the precision of the less precise input.',
    });
  });

  test('a count of case types counts them', () => {
    const caseType = (id: string) => ({ id, zh: '案件', sourceEnglish: 'cases', english: 'Cases', family: 'work' });
    const figure = derived([], derivedRecipe('caseTypeCount', 'countCaseTypes', [], 'caseTypes'), [caseType('wages'), caseType('alimony')]);
    expect(figure).toMatchObject({
      kind: 'derived',
      value: 2,
      exactValue: 2,
      approximation: 'exact',
      formula: 'count(caseTypes)',
      formulaText: "Counted from the interview's list of case types: 2",
      roundingNote: 'A count; not rounded.',
      usesContext: false,
    });
    expect(figure.significantDigits).toBeUndefined();
  });
});

describe('derived figures: bad recipes', () => {
  const figures = [contextFigure('amount', 120, '120 yuan', { unit: 'yuan' }), contextFigure('cases', 4, '4 cases')];
  const rejectedRecipe = (recipe: Record, extra: Record[] = []) =>
    problems({ sourceFigures: [...figures, ...extra], derivedFigures: [derivedRecipe('average', 'divide', ['amount', 'cases']), recipe] });

  test('unknown inputs are all named', () => {
    expect(rejectedRecipe(derivedRecipe('bad', 'divide', ['amount', 'nope', 'gone']))).toEqual([
      'src/data/derived.ts: derived figure "bad": field "inputs": unknown or invalid source figure id "nope", "gone"',
    ]);
  });

  test('a derived figure cannot be the input of another', () => {
    expect(rejectedRecipe(derivedRecipe('bad', 'divide', ['average', 'cases']))).toEqual([
      'src/data/derived.ts: derived figure "bad": field "inputs": unknown or invalid source figure id "average"',
    ]);
  });

  test('an operation takes its number of inputs', () => {
    expect(rejectedRecipe(derivedRecipe('bad', 'divide', ['amount']))).toEqual([
      'src/data/derived.ts: derived figure "bad": field "inputs": "divide" takes 2 inputs, got 1',
    ]);
    expect(rejectedRecipe(derivedRecipe('bad', 'subtract', ['amount', 'cases', 'amount']))).toEqual([
      'src/data/derived.ts: derived figure "bad": field "inputs": "subtract" takes 2 inputs, got 3',
    ]);
    expect(rejectedRecipe(derivedRecipe('bad', 'countCaseTypes', ['cases']))).toEqual([
      'src/data/derived.ts: derived figure "bad": field "inputs": "countCaseTypes" takes 0 inputs, got 1',
    ]);
  });

  test('a "more than" figure cannot be computed with', () => {
    const over = contextFigure('overCases', 5, 'more than 5 cases', { approximation: 'over' });
    expect(rejectedRecipe(derivedRecipe('bad', 'share', ['cases', 'overCases'], 'percent'), [over])).toEqual([
      'src/data/derived.ts: derived figure "bad": field "inputs": a "more than" figure cannot be used in arithmetic',
    ]);
  });

  test('a derived id may not repeat a source figure’s', () => {
    expect(rejectedRecipe(derivedRecipe('cases', 'divide', ['amount', 'cases']))).toEqual([
      'src/data/derived.ts: figure "cases": field "id": duplicate id',
    ]);
  });
});

describe('case types', () => {
  const caseType = (id: string, extra: Record = {}) => ({ id, zh: '案件', sourceEnglish: 'cases', english: 'Cases', family: 'work', ...extra });

  test('are kept in their order, and a bad one is named in caseTypes.ts', () => {
    expect(build({ caseTypes: [caseType('wages'), caseType('alimony')] }).caseTypes.map((t) => t.id)).toEqual(['wages', 'alimony']);
    expect(problems({ caseTypes: [caseType('wages', { family: 'other' })] })).toEqual([
      expect.stringMatching(/^src\/data\/caseTypes\.ts: case type "wages": field "family": /),
    ]);
  });
});

describe('sources', () => {
  const source = (extra: Record = {}): Record => ({
    id: 'dailyReport',
    title: 'A report',
    publisher: 'A daily',
    shortName: 'The daily',
    language: 'zh',
    role: 'context',
    quotedIn: 'context-notes',
    ...extra,
  });
  /** The real sources and, last, the record under test. */
  const withSource = (extra: Record) => [...sources, source(extra)];
  const label = (extra: Record) => build({ sources: withSource(extra) }).sources.at(-1)!.dateLabel;

  test('a full date gives the label; a year alone gives the year', () => {
    expect(label({ date: '2021-05-26' })).toBe('26 May 2021');
    expect(label({ date: '2018' })).toBe('2018');
  });

  test('a derived label stands where a written one would, after the date (figures.json lists the fields in order)', () => {
    const listed = build({ sources: withSource({ date: '2021-05-26' }) }).sources.at(-1)!;
    expect(Object.keys(listed)).toEqual(['id', 'title', 'publisher', 'shortName', 'date', 'dateLabel', 'language', 'role', 'quotedIn']);
  });

  test('a year alone or no date may say it in words', () => {
    expect(label({ date: '2018', dateLabel: 'about 2018' })).toBe('about 2018');
    expect(label({ dateLabel: 'undated (n.d.)' })).toBe('undated (n.d.)');
  });

  test('a bad record is named by file, id and field', () => {
    expect(problems({ sources: withSource({ date: '2021-02-30' }) })).toEqual([
      'src/data/sources.ts: source "dailyReport": field "date": must be YYYY or a real date written YYYY-MM-DD',
    ]);
    expect(problems({ sources: withSource({ date: '2021-05-26', publisher: undefined, language: 'fr' }) })).toEqual([
      'src/data/sources.ts: source "dailyReport": field "publisher": Required',
      expect.stringMatching(/^src\/data\/sources\.ts: source "dailyReport": field "language": /),
    ]);
    expect(problems({ sources: [...withSource({ date: '2021-05-26' }), source({ date: '2021-05-27' })] })).toEqual([
      'src/data/sources.ts: source "dailyReport": field "id": duplicate id',
    ]);
  });

  test('a bad source stops the checks of the records that cite it', () => {
    const badTrial = sources.map((s) => (s.id === 'chinaTrial' ? { ...s, dateLabel: undefined } : s));
    expect(problems({ sources: badTrial, sourceFigures: [contextFigure('banks', 21, '21 banks')] })).toEqual([
      'src/data/sources.ts: source "chinaTrial": field "dateLabel": Required where there is no date: say what is known of it',
    ]);
  });

  test('a label is written only where the date cannot give it, and never contradicts the date', () => {
    expect(problems({ sources: withSource({ date: '2021-05-26', dateLabel: '26 May 2021' }) })).toEqual([
      'src/data/sources.ts: source "dailyReport": field "dateLabel": derived from the date ("26 May 2021"); give one only for a year or no date',
    ]);
    expect(problems({ sources: withSource({ date: '2018', dateLabel: 'about 2019' }) })).toEqual([
      'src/data/sources.ts: source "dailyReport": field "dateLabel": must name the year of the date (2018)',
    ]);
    expect(problems({ sources: withSource({}) })).toEqual([
      'src/data/sources.ts: source "dailyReport": field "dateLabel": Required where there is no date: say what is known of it',
    ]);
  });
});

describe('the order of the sources does not matter', () => {
  test('the English item’s sentences are credited to the primary source wherever it is listed', () => {
    const dataset = build({ sources: [...sources].reverse() });
    expect(dataset.citable.get('s1')!.sourceId).toBe('interviewEn');
  });
});

describe('events', () => {
  const event = (id: string, sentence: string, extra: Record = {}): Record => ({
    id,
    date: '2025-03-10',
    label: 'Something happened.',
    sourceId: 'interviewEn',
    sentence,
    ...extra,
  });

  test('are checked against their own source’s text', () => {
    const figures = [interviewFigure('cases', 120, sentences.s1)];
    const dataset = build({ sourceFigures: figures, events: [event('interview', sentences.s1, { figures: ['cases'] })] });
    expect(dataset.events).toEqual([{ ...event('interview', sentences.s1, { figures: ['cases'] }), dateLabel: '10 March 2025' }]);
    // The same sentence credited to a context source must be in the context notes.
    expect(problems({ sourceFigures: figures, events: [event('interview', sentences.s1, { sourceId: 'chinaTrial' })] })).toEqual([
      'src/data/events.ts: event "interview": field "sentence": not found verbatim in the shipped source text "context-notes"',
    ]);
  });

  test('take their label from the date; only a year may give one, to say "about"', () => {
    const labels = build({
      events: [event('day', sentences.s1), event('year', sentences.s2, { date: '2012' }), event('about', sentences.s3, { date: '2018', dateLabel: 'about 2018' })],
    }).events.map((e) => e.dateLabel);
    expect(labels).toEqual(['10 March 2025', '2012', 'about 2018']);
    expect(problems({ events: [event('day', sentences.s1, { dateLabel: '11 March 2025' })] })).toEqual([
      'src/data/events.ts: event "day": field "dateLabel": derived from the date ("10 March 2025"); give one only for a year or no date',
    ]);
    expect(problems({ events: [event('day', sentences.s1, { date: '2025-02-29' })] })).toEqual([
      'src/data/events.ts: event "day": field "date": must be YYYY or a real date written YYYY-MM-DD',
    ]);
  });

  test('name known figures only, and have unique ids', () => {
    expect(problems({ events: [event('first', sentences.s1, { figures: ['nope', 'gone'] }), event('first', sentences.s2)] })).toEqual([
      'src/data/events.ts: event "first": field "figures": unknown figure id "nope", "gone"',
      'src/data/events.ts: event "first": field "id": duplicate id',
    ]);
  });
});

describe('glossary entries', () => {
  const notes = '执行 (enforcement) and 结案 (concluding a case).';
  const entry = (extra: Record = {}): Record => ({
    id: 'enforcement',
    zh: '执行',
    pinyin: 'zhíxíng',
    sourceEnglish: 'courts',
    english: 'enforcement',
    explanation: 'Carrying out a judgment.',
    ...extra,
  });
  const rejectedEntry = (extra: Record) => problems({ glossary: [entry(extra)], notes });

  test('a valid entry is kept as given', () => {
    const dataset = build({ glossary: [entry({ explanation: 'Also written 执行; see 结案.', context: { sources: ['chinaTrial'], text: 'More.' } })], notes });
    expect(dataset.glossary.map((e) => e.id)).toEqual(['enforcement']);
    expect(build({ glossary: [entry({ sourceEnglish: null })], notes }).glossary[0]!.sourceEnglish).toBeNull();
  });

  test('its Chinese, its English item word and the Chinese in its notes are checked verbatim', () => {
    expect(rejectedEntry({ zh: '执结' })).toEqual([
      'src/data/glossary.ts: glossary entry "enforcement": field "zh": not found verbatim in the shipped source text "context-notes"',
    ]);
    expect(rejectedEntry({ sourceEnglish: 'tribunals' })).toEqual([
      'src/data/glossary.ts: glossary entry "enforcement": field "sourceEnglish": not found verbatim in the shipped source text "interview-en"',
    ]);
    expect(rejectedEntry({ explanation: 'Written 执行 or 查控.' })).toEqual([
      'src/data/glossary.ts: glossary entry "enforcement": field "explanation": not found verbatim in the shipped source text "context-notes"',
    ]);
    expect(rejectedEntry({ translationNote: 'Not 执行案件.' })).toEqual([
      'src/data/glossary.ts: glossary entry "enforcement": field "translationNote": not found verbatim in the shipped source text "context-notes"',
    ]);
  });

  test('context is credited to context sources only', () => {
    expect(rejectedEntry({ context: { sources: ['chinaTrial', 'interviewEn'], text: 'More.' } })).toEqual([
      'src/data/glossary.ts: glossary entry "enforcement": field "context.sources": "interviewEn" is not a context source',
    ]);
  });

  test('ids are unique', () => {
    expect(problems({ glossary: [entry(), entry({ english: 'execution' })], notes })).toEqual([
      'src/data/glossary.ts: glossary entry "enforcement": field "id": duplicate id',
    ]);
  });
});

describe('citable sentences, passages and summaries', () => {
  const notes = 'The first passage, 2014. 第二段:执结。';
  const summary = (id: string, en = 'The first passage.', sourceId = 'chinaTrial') => ({ kind: 'summary', id, sourceId, en }) as never;
  const passage = (id: string, zh = ['第二段：执结。'], en = 'The second part: concluded.', sourceId = 'chinaNewsZh') =>
    ({ kind: 'passage', id, sourceId, zh, en }) as never;

  test('every sentence of the English item is citable by its anchor, with its Chinese wording where given', () => {
    const dataset = build({ notes, passages: [summary('c-first'), passage('c-second')], sentenceChinese: { s2: ['c-second'] } });
    expect([...dataset.citable.keys()]).toEqual(['s1', 's2', 's3', 's4', 'c-first', 'c-second']);
    expect(dataset.citable.get('s1')).toEqual({ id: 's1', kind: 'sentence', sourceId: 'interviewEn', text: sentences.s1, zh: [], chinese: [] });
    expect(dataset.citable.get('s2')!.chinese).toEqual(['c-second']);
    expect(dataset.citable.get('c-first')).toEqual({ id: 'c-first', kind: 'summary', sourceId: 'chinaTrial', text: 'The first passage.', zh: [], chinese: [] });
    expect(dataset.citable.get('c-second')).toEqual({
      id: 'c-second',
      kind: 'passage',
      sourceId: 'chinaNewsZh',
      text: 'The second part: concluded.',
      zh: ['第二段：执结。'],
      chinese: [],
    });
  });

  test.each(['c-First', 'first', 'c-', 'c-first-', 'c--first', 'xc-first', 'c-first passage', 'c-first_two'])(
    'a passage id "%s" is rejected',
    (id) => {
      expect(problems({ notes, passages: [summary(id)] })).toEqual([
        `src/data/passages.ts: summary "${id}": field "id": must be c- and lower-case words joined by hyphens`,
      ]);
    },
  );

  test('passage ids may have several words and digits', () => {
    expect(() => build({ notes, passages: [summary('c-zh-figures-2024')] })).not.toThrow();
  });

  test('a passage id is used once', () => {
    expect(problems({ notes, passages: [summary('c-first'), passage('c-first')] })).toEqual([
      'src/data/passages.ts: passage "c-first": field "id": duplicate id',
    ]);
  });

  test('a passage or summary belongs to a context source', () => {
    expect(problems({ notes, passages: [summary('c-first', 'The first passage.', 'interviewEn')] })).toEqual([
      'src/data/passages.ts: summary "c-first": field "sourceId": "interviewEn" is not a context source',
    ]);
    expect(problems({ notes, passages: [passage('c-first', ['第二段：执结。'], 'Concluded.', 'nowhere')] })).toEqual([
      'src/data/passages.ts: passage "c-first": field "sourceId": "nowhere" is not a context source',
    ]);
  });

  test('a passage’s Chinese is the notes’ word for word, the width of , : ( ) and the shape of quotation marks aside', () => {
    expect(() => build({ notes: `${notes} 推进"切实"(一)`, passages: [passage('c-first', ['推进“切实”（一）'])] })).not.toThrow();
    expect(problems({ notes, passages: [passage('c-first', ['第二段：执结。', '第三段。'])] })).toEqual([
      'src/data/passages.ts: passage "c-first": field "zh.1": not found verbatim in the shipped source text "context-notes"',
    ]);
    expect(problems({ notes, passages: [passage('c-first', ['第二段；执结。'])] })).toEqual([
      'src/data/passages.ts: passage "c-first": field "zh.0": not found verbatim in the shipped source text "context-notes"',
    ]);
  });

  test('a passage without the report’s Chinese wording cannot be a passage: it is a summary', () => {
    expect(problems({ notes, passages: [passage('c-first', [])] })).toEqual([
      'src/data/passages.ts: passage "c-first": field "zh": a passage gives the report\'s Chinese wording; with none, make it a summary',
    ]);
  });

  test('a passage’s translation is English: its Chinese goes in zh', () => {
    expect(problems({ notes, passages: [passage('c-first', ['第二段：执结。'], 'The second part (执结).')] })).toEqual([
      'src/data/passages.ts: passage "c-first": field "en": the translation is English; the Chinese goes in "zh"',
    ]);
  });

  test('a summary’s Chinese terms and numbers, and a translation’s numbers, are the notes’ own', () => {
    expect(() => build({ notes, passages: [summary('c-first', 'Concluded (执结) in 2014.')] })).not.toThrow();
    expect(problems({ notes, passages: [summary('c-first', 'Concluded (结案) in 2014.')] })).toEqual([
      'src/data/passages.ts: summary "c-first": field "en": not found verbatim in the shipped source text "context-notes"',
    ]);
    expect(problems({ notes, passages: [summary('c-first', 'Concluded in 2015.'), passage('c-second', ['执结。'], 'Concluded 1,200 cases.')] })).toEqual([
      'src/data/passages.ts: summary "c-first": field "en": the number 2015 is not in the context notes',
      'src/data/passages.ts: passage "c-second": field "en": the number 1,200 is not in the context notes',
    ]);
  });

  test('Chinese wordings name a real sentence and real passages, never a summary', () => {
    expect(
      problems({ notes, passages: [passage('c-first'), summary('c-summary')], sentenceChinese: { s5: ['c-first'], s1: ['c-first', 'c-none', 'c-summary'] } }),
    ).toEqual([
      'src/data/passages.ts: sentenceChinese: no sentence "s5" in the English item',
      'src/data/passages.ts: sentenceChinese "s1": unknown passage "c-none"',
      'src/data/passages.ts: sentenceChinese "s1": "c-summary" is a summary, not a passage of Chinese wording',
    ]);
  });

  test('unused sentences name real sentences and are kept with their reasons', () => {
    const unusedSentences = [{ anchor: 's4', reason: 'Says nothing.' }];
    expect(build({ unusedSentences }).unusedSentences).toEqual(unusedSentences);
    expect(build({}).unusedSentences).toEqual([]);
    expect(problems({ unusedSentences: [{ anchor: 's9', reason: 'Gone.' }] })).toEqual([
      'src/data/passages.ts: unusedSentences: no sentence "s9" in the English item',
    ]);
  });
});

describe('parseChangelog', () => {
  test('returns the entries, newest first', () => {
    const entries = [
      { date: '2027-01-06', summary: 'B.' },
      { date: '2027-01-05', summary: 'A.' },
    ];
    expect(parseChangelog(entries)).toEqual(entries);
  });

  test('compares each entry with the one just above it', () => {
    let error: unknown;
    try {
      parseChangelog([
        { date: '2027-01-07', summary: 'C.' },
        { date: '2027-01-05', summary: 'A.' },
        { date: '2027-01-06', summary: 'B.' },
      ]);
    } catch (e) {
      error = e;
    }
    expect((error as DataError).problems).toEqual([
      'src/data/changelog.ts: entry #3: field "date": 2027-01-06 is later than the entry above it (2027-01-05); list entries newest first',
    ]);
  });
});
