/** Every chart on / has its data as /data/charts/<chart-id>.csv, equal to the table shown with it. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { getChart } from '../../src/charts/index';
import { chartTable } from '../../src/charts/common/chart';
import { sourceColumn, sourceLine } from '../../src/charts/common/table';
import { parseCsv } from '../helpers/csv';
import { assertBuilt, page, readDist, distDir } from '../helpers/dist';

beforeAll(assertBuilt);

const figures = () => page('/').querySelectorAll('figure.chart');
const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('chart CSV downloads', () => {
  test('each chart links to its CSV, which holds the rows of the table shown with the chart', () => {
    for (const figure of figures()) {
      const id = figure.id;
      const link = figure.querySelector('.chart-downloads a');
      expect(link?.getAttribute('href'), id).toBe(`/data/charts/${id}.csv`);
      expect(link?.hasAttribute('download'), id).toBe(true);
      expect(existsSync(join(distDir, 'data', 'charts', `${id}.csv`)), id).toBe(true);

      const [header, ...rows] = parseCsv(readDist(`/data/charts/${id}.csv`));
      const chart = getChart(id);
      expect(chart, `${id} is in src/charts/index.ts`).toBeDefined();
      const sourced = chartTable(chart!);
      const source = clean(figure.querySelector('.chart-source')!.text);
      expect(sourceLine(sourced), id).toBe(source);
      expect(header, id).toEqual([...sourced.table.columns, sourceColumn]);
      expect(rows, id).toEqual(sourced.table.rows.map((r) => [...r, source]));

      // The same rows as the HTML table, cell for cell.
      const shown = figure.querySelectorAll('details.chart-data tbody tr').map((tr) => tr.querySelectorAll('th, td').map((c) => clean(c.text)));
      expect(rows.map((r) => r.slice(0, -1).map(clean)), id).toEqual(shown);
    }
  });

  test('every chart has the two image buttons in its HTML (shown only with JavaScript: see tests/browser/chart-downloads.test.ts)', () => {
    for (const figure of figures()) {
      const formats = figure.querySelectorAll('.chart-downloads button[data-export]').map((b) => b.getAttribute('data-export'));
      expect(formats, figure.id).toEqual(['svg', 'png']);
    }
  });
});
