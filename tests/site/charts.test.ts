/**
 * Every chart is in the static HTML of / and of its section page (so it shows
 * with JavaScript off and in print), complete with its parts, and each SVG
 * matches its committed snapshot at both layout widths.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { assertBuilt, page, sectionsFromContent } from '../helpers/dist';

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

  test('each chart is complete: title, caption, source line, description, table and both layouts', () => {
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
      expect(svgs.map((s) => s.getAttribute('data-variant')).sort(), id).toEqual(
        expect.arrayContaining(['narrow', 'wide']),
      );
      for (const svg of svgs) {
        expect(svg.getAttribute('role')).toBe('img');
        expect(svg.getAttribute('aria-labelledby')).toContain(`${id}-title`);
        expect(svg.getAttribute('aria-describedby')).toBe(`${id}-desc`);
        expect(svg.querySelectorAll('text').length, id).toBeGreaterThan(0);
      }
    }
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

  test('every chart SVG matches its snapshot', async () => {
    for (const figure of root().querySelectorAll('figure.chart')) {
      for (const svg of figure.querySelectorAll('svg.chart-svg')) {
        const panel = svg.getAttribute('data-panel');
        const name = [figure.id, svg.getAttribute('data-variant'), panel].filter(Boolean).join('-');
        await expect(normaliseSvg(svg)).toMatchFileSnapshot(`__snapshots__/${name}.svg`);
      }
    }
  });
});
