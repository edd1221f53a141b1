import { describe, expect, test } from 'vitest';
import { charts } from '../../../../src/charts/index';
import { averages } from '../../../../src/charts/averages/chart';
import { chartTable } from '../../../../src/charts/common/chart';
import { chartCsv, sourceColumn, sourceLine } from '../../../../src/charts/common/table';
import { csvFromRows } from '../../../../src/data/export';
import { parseCsv } from '../../../helpers/csv';

describe('chart tables', () => {
  test('the source line names each source, marks context and ends with the note', () => {
    expect(sourceLine({ sources: ['interviewEn'], sourceNote: 'Shares computed by this explainer.' })).toBe(
      // The English item is undated, so it carries no date.
      'Source: China News Network. Shares computed by this explainer.',
    );
    expect(sourceLine({ sources: ['interviewEn', 'chinaTrial'] })).toBe(
      'Source: China News Network; China Trial magazine (context).',
    );
  });

  test.each(charts.map((c) => [c.id, c] as const))('%s: the CSV is the table plus its source line on every row', (_id, chart) => {
    const sourced = chartTable(chart);
    expect(sourced.table.rows.length).toBeGreaterThan(0);
    for (const row of sourced.table.rows) expect(row).toHaveLength(sourced.table.columns.length);
    const [header, ...rows] = parseCsv(chartCsv(sourced));
    expect(header).toEqual([...sourced.table.columns, sourceColumn]);
    expect(rows).toEqual(sourced.table.rows.map((r) => [...r, sourceLine(sourced)]));
  });

  test('the averages CSV holds the worked averages', () => {
    const [, first] = parseCsv(chartCsv(chartTable(averages)));
    expect(first!.slice(0, 3)).toEqual(['Per livelihood case', 'about 81,000 yuan', 'about 51.7 billion yuan ÷ about 640,000 cases']);
  });
});

describe('csvFromRows', () => {
  test('quotes only fields with commas, quotes or line breaks, with CRLF line ends and a BOM', () => {
    expect(csvFromRows(['a', 'b'], [['1,000', 'say "hi"'], [2, 'two\nlines']])).toBe(
      '\uFEFFa,b\r\n"1,000","say ""hi"""\r\n2,"two\nlines"\r\n',
    );
  });
});
