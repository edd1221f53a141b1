import { describe, expect, test } from 'vitest';
import { exportColumns, exportRows, toCsv } from '../../../src/data/export';
import { figures, sentenceIs, sources } from '../../../src/data/index';
import { parseCsv } from '../../helpers/csv';

describe('CSV export', () => {
  test('round-trips every row, including quotes, commas and Chinese text', () => {
    const rows = exportRows(figures, sources, sentenceIs);
    const [header, ...body] = parseCsv(toCsv(rows));
    expect(header).toEqual([...exportColumns]);
    expect(body).toHaveLength(figures.length);
    body.forEach((cells, i) => {
      expect(cells).toEqual(exportColumns.map((c) => String(rows[i]![c])));
    });
  });

  test('carries provenance: sentence for source figures, formula for derived ones', () => {
    const rows = exportRows(figures, sources, sentenceIs);
    const cases = rows.find((r) => r.id === 'livelihoodCases')!;
    expect(cases).toMatchObject({ kind: 'interview', approximation: 'about', source_id: 'interviewEn', source_anchor: 's1' });
    expect(String(cases.sentence)).toContain('about 640000 cases');
    expect(cases.sentence_zh).toContain('约64万件');
    const average = rows.find((r) => r.id === 'averagePerLivelihoodCase')!;
    expect(average).toMatchObject({ kind: 'derived', formula: 'livelihoodAmount ÷ livelihoodCases', sentence: '' });
  });

  test('quotes a field only when it must', () => {
    const csv = toCsv([{ ...exportRows(figures, sources, sentenceIs)[0]!, label: 'a "quoted", field', note: 'plain' }]);
    expect(csv).toContain('"a ""quoted"", field"');
    expect(csv).toContain(',plain\r\n');
  });
});

describe('export rows, column by column', () => {
  const row = (id: string) => exportRows(figures, sources, sentenceIs).find((r) => r.id === id)!;

  test('a context figure: its source named, dated and quoted in both languages, no arithmetic', () => {
    // From src/data/figures.ts and src/data/sources.ts: China News, 7 April 2025.
    expect(row('nationalAmountChinaNews')).toEqual({
      id: 'nationalAmountChinaNews',
      kind: 'context',
      label: 'Amount delivered through all enforcement (China News)',
      value: 2_000_000_000_000,
      unit: 'yuan',
      approximation: 'over',
      display: 'more than 2 trillion yuan',
      period: '2024',
      scope: 'All enforcement cases, courts nationwide',
      source_id: 'chinaNews20250407',
      source: 'China News: [Report on nationwide enforcement in 2024]',
      source_date: '2025-04-07',
      sentence: 'concluded 9,118,200 enforcement cases, and the amount delivered through enforcement was over 2 trillion yuan',
      sentence_is: 'translation',
      sentence_zh: '2024年，全国法院共执结911.82万件案件，执行到位金额超过2万亿元',
      source_anchor: expect.stringMatching(/^c-/),
      formula: '',
      formula_text: '',
      rounding: '',
      note: 'Differs from the 2.3 trillion yuan in China Trial; the site shows each with its source.',
    });
  });

  test('an interview figure from the undated English item, without a Chinese wording', () => {
    expect(row('judicialAssistancePeople')).toMatchObject({
      kind: 'interview',
      display: '2,311 people',
      source_id: 'interviewEn',
      source: 'China News Network, reproduced by an outlook new era site: [English news item reporting an interview with Huang Wenjun (New Society)]',
      source_date: '',
      sentence_is: 'source',
      sentence_zh: '',
      source_anchor: expect.stringMatching(/^s\d+$/),
      formula: '',
    });
  });

  test('a derived figure: no source or sentence, its formula, working and rounding; no note is an empty cell', () => {
    // 1,864,000,000 ÷ 75,200 = 24,787.234…; 75,200 has three significant figures, so about 24,800.
    expect(row('averagePerMigrantWorkerCase')).toEqual({
      id: 'averagePerMigrantWorkerCase',
      kind: 'derived',
      label: 'Average amount delivered per rural migrant-worker case',
      value: 24_800,
      unit: 'yuanPerCase',
      approximation: 'about',
      display: 'about 24,800 yuan per case',
      period: '2024',
      scope: 'Courts nationwide',
      source_id: '',
      source: '',
      source_date: '',
      sentence: '',
      sentence_is: '',
      sentence_zh: '',
      source_anchor: '',
      formula: 'migrantWorkerAmount ÷ migrantWorkerCases',
      formula_text: '1.864 billion yuan ÷ 75,200 cases = 24,787.234 ≈ 24,800 yuan per case',
      rounding: 'Rounded to 3 significant figures, as precise as the less precise input.',
      note: '',
    });
  });

  test('the display column keeps digits, as a table does', () => {
    expect(row('caseTypeCount').display).toBe('9 case types');
  });
});
