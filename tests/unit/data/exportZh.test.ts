/** The figures' downloads in the Chinese edition: Chinese headers and words, the same data. */
import { describe, expect, test } from 'vitest';
import { exportColumns, exportHeaders, exportRows, toCsv } from '../../../src/data/export';
import { figures, sentenceIs, sources } from '../../../src/data/index';
import { parseCsv } from '../../helpers/csv';

describe('the Chinese CSV', () => {
  const rows = exportRows(figures, sources, sentenceIs, 'zh');

  test('is headed in Chinese, one header per column, with a BOM so spreadsheets read it as UTF-8', () => {
    const csv = toCsv(rows, 'zh');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, ...body] = parseCsv(csv);
    expect(header).toEqual(exportHeaders('zh'));
    expect(header).toHaveLength(exportColumns.length);
    expect(new Set(header).size).toBe(header!.length);
    for (const h of header!) expect(h, h).toMatch(/[\u3400-\u9fff]/);
    expect(body).toHaveLength(figures.length);
    expect(exportHeaders()).toEqual([...exportColumns]);
  });

  test('gives each figure its Chinese words beside the same values, codes and source sentence', () => {
    const english = exportRows(figures, sources, sentenceIs);
    const cases = rows.find((r) => r.id === 'livelihoodCases')!;
    expect(cases).toMatchObject({ label: '执结的涉民生案件', display: '约64万件', period: '2024年', scope: '全国法院', kind: 'interview', unit: 'cases', approximation: 'about' });
    const sameData = ['id', 'kind', 'value', 'unit', 'approximation', 'source_id', 'source_date', 'sentence', 'sentence_is', 'sentence_zh', 'source_anchor', 'formula'] as const;
    rows.forEach((row, i) => {
      for (const column of sameData) expect(row[column], `${row.id} ${column}`).toEqual(english[i]![column]);
    });
    expect(rows.find((r) => r.id === 'averagePerLivelihoodCase')).toMatchObject({ formula_text: '约517亿元 ÷ 约64万件 = 8.078125万 ≈ 8.1万元/件' });
    expect(rows.find((r) => r.id === 'nationalCasesConcluded')!.source).toBe('China News：［关于2024年全国法院执行工作的报道］');
  });
});
