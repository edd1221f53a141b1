/**
 * Every chart is in the static HTML of / and of its section page (so it shows
 * with JavaScript off and in print), complete with its parts, and each SVG
 * matches its committed snapshot at both layout widths (one test per SVG).
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { assertBuilt, page, sectionsFromContent } from '../helpers/dist';
import { getChart } from '../../src/charts/index';
import { caseTypes } from '../../src/data/index';
import { chartLayouts } from '../../src/charts/common/chart';

beforeAll(assertBuilt);

const root = () => page('/');
const chartIds = () => root().querySelectorAll('figure.chart').map((f) => f.id);

/** Stable text for a snapshot: one tag per line, build-specific attributes dropped, numbers rounded. */
export function normaliseSvg(svg: HTMLElement): string {
  const geometry = /(\s(?:x|y|dx|dy|x1|x2|y1|y2|cx|cy|r|width|height|d|points|transform|viewBox)=")([^"]*)"/g;
  return svg.outerHTML
    .replace(/\s+data-astro-cid-[\w-]+(="[^"]*")?/g, '')
    .replace(geometry, (_, name: string, value: string) =>
      `${name}${value.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10))}"`,
    )
    .replace(/>\s*</g, '>\n<')
    .concat('\n');
}

const snapshotDir = join(import.meta.dirname, '__snapshots__');
/** The committed snapshots: <chart id>-<variant>.svg. */
const snapshotNames = readdirSync(snapshotDir)
  .filter((f) => f.endsWith('.svg') && !f.endsWith('-changed.svg'))
  .map((f) => f.slice(0, -'.svg'.length))
  .sort();

/** Every chart SVG on /, by its snapshot name. */
const builtSvgs = () =>
  new Map(
    root()
      .querySelectorAll('figure.chart')
      .flatMap((figure) =>
        figure.querySelectorAll('svg.chart-svg').map((svg) => {
          const name = `${figure.id}-${svg.getAttribute('data-variant')}`;
          return [name, svg] as const;
        }),
      ),
  );

describe('charts in the built site', () => {
  test('there are charts on /', () => {
    expect(chartIds().length).toBeGreaterThanOrEqual(1);
  });

  test('every colour class a mark uses is defined in the page (a misspelt one would paint black)', () => {
    const css = root().querySelectorAll('head style').map((s) => s.rawText).join('\n');
    const used = new Set(root().querySelectorAll('svg.chart-svg [class]').flatMap((el) => el.classList.value.filter((c) => /^(fill|stroke)-/.test(c))));
    expect(used.size).toBeGreaterThan(5);
    for (const name of used) expect(css, name).toContain(`.${name}{`);
  });

  test('no label is written on a context mark (its grey is for marks only, 3:1 against the page)', () => {
    const n = (el: HTMLElement, name: string) => Number(el.getAttribute(name));
    let checked = 0;
    for (const svg of root().querySelectorAll('svg.chart-svg')) {
      const grey = svg.querySelectorAll('rect.fill-context');
      for (const text of svg.querySelectorAll('text.on-bar')) {
        checked++;
        const [x, y] = [n(text, 'x'), n(text, 'y')];
        const under = grey.filter((r) => x >= n(r, 'x') && x <= n(r, 'x') + n(r, 'width') && y >= n(r, 'y') && y <= n(r, 'y') + n(r, 'height'));
        expect(under.length, `"${text.text}" on a context bar`).toBe(0);
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  test('each chart is complete: title, caption, source line, description, table and its layouts', () => {
    for (const figure of root().querySelectorAll('figure.chart')) {
      const id = figure.id;
      expect(figure.querySelector('figcaption .chart-title')?.text.trim(), id).toBeTruthy();
      expect(figure.querySelector('figcaption .chart-caption')?.text.trim(), id).toBeTruthy();
      expect(figure.querySelector('.chart-source')?.text, id).toMatch(/^\s*Source: \S/);
      const description = figure.getElementById(`${id}-desc`);
      expect(description?.text.length, id).toBeGreaterThan(40);
      const table = figure.querySelector('details.chart-data table');
      expect(table?.querySelectorAll('tbody tr').length, id).toBeGreaterThan(0);
      const svgs = figure.querySelectorAll('svg.chart-svg');
      // Both layouts, unless the definition names one (the case path's column).
      expect(new Set(svgs.map((s) => s.getAttribute('data-variant'))), id).toEqual(new Set(getChart(id)!.layouts ?? chartLayouts));
      for (const svg of svgs) {
        expect(svg.getAttribute('role')).toBe('img');
        expect(svg.getAttribute('aria-labelledby')).toContain(`${id}-title`);
        expect(svg.getAttribute('aria-describedby')).toBe(`${id}-desc`);
        expect(svg.querySelectorAll('text').length, id).toBeGreaterThan(0);
      }
    }
  });

  test('a table read with its chart is open, its cells labelled for phone cards; the others wait behind their summary', () => {
    const open = root().querySelectorAll('figure.chart').filter((f) => getChart(f.id)!.tableOpen);
    expect(open.map((f) => f.id)).toEqual(['chart-case-types']);
    for (const figure of root().querySelectorAll('figure.chart')) {
      const details = figure.querySelector('details.chart-data')!;
      const table = details.querySelector('table')!;
      const columns = table.querySelectorAll('thead th').map((th) => th.text);
      if (getChart(figure.id)!.tableOpen) {
        expect(details.hasAttribute('open'), figure.id).toBe(true);
        expect(table.classList.contains('stack-table'), figure.id).toBe(true);
        for (const row of table.querySelectorAll('tbody tr')) {
          expect(row.querySelectorAll('td').map((td) => td.getAttribute('data-label')), figure.id).toEqual(columns.slice(1));
        }
      } else {
        expect(details.hasAttribute('open'), figure.id).toBe(false);
        expect(table.querySelectorAll('[data-label]'), figure.id).toHaveLength(0);
      }
    }
  });

  test('the case types are tabled once on /: each Chinese term heads one row, in the figure', () => {
    const rows = root().querySelectorAll('#livelihood-cases table tbody th[scope="row"]');
    expect(rows.map((th) => th.text.trim())).toEqual(caseTypes.map((t) => t.zh));
    expect(root().querySelectorAll('#livelihood-cases table')).toHaveLength(1);
  });

  test('each chart is also on the page of the section it explains, and only there', () => {
    const sections = sectionsFromContent();
    for (const id of chartIds()) {
      const onPages = sections.filter((s) => page(`/sections/${s.slug}/`).getElementById(id));
      expect(onPages.length, id).toBe(1);
      const sectionOnRoot = root().getElementById(onPages[0]!.slug);
      expect(sectionOnRoot?.getElementById(id), `${id} sits in #${onPages[0]!.slug} on /`).toBeTruthy();
    }
  });

  test('every chart SVG on / has a committed snapshot, and every snapshot a chart SVG', () => {
    const missing = [...builtSvgs()].filter(([name]) => !snapshotNames.includes(name));
    // As vitest does with a new snapshot: written on a developer's machine (look at it, commit it), a failure in CI.
    if (missing.length && !process.env.CI) for (const [name, svg] of missing) writeFileSync(join(snapshotDir, `${name}.svg`), normaliseSvg(svg));
    else expect(missing.map(([name]) => name), 'chart SVGs with no committed snapshot').toEqual([]);
    expect(snapshotNames.filter((name) => !builtSvgs().has(name)), 'snapshots of no chart on /').toEqual([]);
  });

  // One test per SVG, so a failure names the chart and layout. On a mismatch the new SVG is written beside the
  // expected one as <name>-changed.svg (ignored by git) to open side by side; `-u` accepts the change.
  test.each(snapshotNames)('%s.svg matches the built chart', async (name) => {
    const svg = builtSvgs().get(name);
    expect(svg, `no SVG ${name} on /`).toBeDefined();
    const actual = normaliseSvg(svg!);
    const changed = join(snapshotDir, `${name}-changed.svg`);
    if (actual === readFileSync(join(snapshotDir, `${name}.svg`), 'utf8')) rmSync(changed, { force: true });
    else writeFileSync(changed, actual);
    await expect(actual).toMatchFileSnapshot(`__snapshots__/${name}.svg`);
  });
});
