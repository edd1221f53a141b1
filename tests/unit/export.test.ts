import { describe, expect, test } from 'vitest';
import { exportColumns, exportRows, toCsv } from '../../src/data/export';
import { figures, sources } from '../../src/data/index';
import { parseCsv } from '../helpers/csv';

describe('CSV export', () => {
  test('round-trips every row, including quotes, commas and Chinese text', () => {
    const rows = exportRows(figures, sources);
    const [header, ...body] = parseCsv(toCsv(rows));
    expect(header).toEqual([...exportColumns]);
    expect(body).toHaveLength(figures.length);
    body.forEach((cells, i) => {
      expect(cells).toEqual(exportColumns.map((c) => String(rows[i]![c])));
    });
  });

  test('carries provenance: sentence for source figures, formula for derived ones', () => {
    const rows = exportRows(figures, sources);
    const cases = rows.find((r) => r.id === 'livelihoodCases')!;
    expect(cases).toMatchObject({ kind: 'interview', approximation: 'about', source_id: 'interviewEn', source_anchor: 's1' });
    expect(String(cases.sentence)).toContain('about 640000 cases');
    expect(cases.sentence_zh).toContain('约64万件');
    const average = rows.find((r) => r.id === 'averagePerLivelihoodCase')!;
    expect(average).toMatchObject({ kind: 'derived', formula: 'livelihoodAmount ÷ livelihoodCases', sentence: '' });
  });

  test('quotes a field only when it must', () => {
    const csv = toCsv([{ ...exportRows(figures, sources)[0]!, label: 'a "quoted", field', note: 'plain' }]);
    expect(csv).toContain('"a ""quoted"", field"');
    expect(csv).toContain(',plain\r\n');
  });
});
