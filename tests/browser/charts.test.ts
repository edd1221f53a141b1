/**
 * Charts in a real Chromium, `/` opened once per width and every check of that width run on the one load:
 * no text label overlaps another or leaves its SVG; chart text renders at 12 px or more from a phone up and
 * 14 px or more on a desktop (font size × the SVG's scale); one layout shows, never wider than its layout;
 * figures are given room on a desktop while prose keeps its measure; "Figure N" numbers follow the page;
 * details open on hover, keyboard focus and tap and close with Esc; axe finds no violation in any chart.
 * The Chinese edition's charts (`/zh/`, their own words, measured as CJK) pass the label check at 320, 768 and
 * 1280 px.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { useBrowser } from '../helpers/browser';
import { shownCharts } from '../helpers/probes';
import { page as distPage, sectionsFromContent } from '../helpers/dist';
import { layoutWidths, minTextPx, wideFrom } from '../../src/styles/tokens';

const { browser, origin } = useBrowser();
/** The charts a built page shows, in order: `/`, or `/zh/` for the Chinese edition. */
const chartIds = (path = '/') => distPage(path).querySelectorAll('figure.chart').map((f) => f.id);

async function openPage(path: string, width: number): Promise<Page> {
  // A context per page: axe needs one, and closing the page closes it.
  const context = await browser().newContext({ viewport: { width, height: 900 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  page.on('close', () => void context.close().catch(() => undefined));
  await page.goto(`${origin()}${path}`, { waitUntil: 'load' });
  return page;
}

/** A page at one width for every test of a describe block: opened before its first test, closed after its last. */
function pageAt(path: string, width: number): () => Page {
  let page: Page | undefined;
  beforeAll(async () => {
    page = await openPage(path, width);
  });
  afterAll(async () => {
    await page?.close();
  });
  return () => page!;
}

/** Boxes of the visible text in a chart's visible SVGs (one per line), and those SVGs' boxes. */
async function textBoxes(page: Page, id: string) {
  return page.locator(`#${id}`).evaluate((figure) => {
    const visible = [...figure.querySelectorAll<SVGSVGElement>('svg.chart-svg')].filter((svg) => svg.getBoundingClientRect().width > 0);
    return visible.map((svg) => {
      const box = svg.getBoundingClientRect();
      const texts = [...svg.querySelectorAll<SVGTextElement>('text')]
        .filter((t) => t.textContent!.trim() && getComputedStyle(t).visibility !== 'hidden')
        .flatMap((t) => {
          // One box per line: a line is a <text> (or, in a chart drawn with them, a <tspan>).
          const parts = t.querySelectorAll('tspan').length ? [...t.querySelectorAll('tspan')] : [t];
          return parts.map((p) => {
            const r = p.getBoundingClientRect();
            return { text: p.textContent!.trim(), left: r.left, right: r.right, top: r.top, bottom: r.bottom };
          });
        })
        .filter((r) => r.right > r.left);
      return { svg: { left: box.left, right: box.right, top: box.top, bottom: box.bottom }, texts };
    });
  });
}

/** The smallest rendered size of any visible chart text on the page, with the label and chart it belongs to. */
const smallestText = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<SVGTextElement>('figure.chart svg.chart-svg text')]
      .filter((t) => t.getBoundingClientRect().width > 0)
      .map((t) => {
        const svg = t.ownerSVGElement!;
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        return { px: parseFloat(getComputedStyle(t).fontSize) * scale, text: t.textContent!.trim(), chart: svg.closest('figure')!.id };
      })
      .reduce((a, b) => (b.px < a.px ? b : a)),
  );

/** Which layout each figure shows, its inner width and its shown SVGs' sizes (tests/helpers/probes.ts). */
const shownLayouts = (page: Page) => page.evaluate(shownCharts);

/**
 * The rendered floor at each width tested: 12 px from a 360 px phone up, 14 px at 1280. A 320 px phone (the
 * smallest still in use) draws the 358-unit phone layout at 288 px, so its text is 288 / 358 of its size there.
 */
const floors: Record<number, number> = {
  320: minTextPx.phone * (288 / layoutWidths.narrow),
  360: minTextPx.phone,
  390: minTextPx.phone,
  768: minTextPx.phone,
  1280: minTextPx.desktop,
};

/** The label gate: in every chart shown, no text label overlaps another or leaves its SVG. */
async function expectNoLabelClash(page: Page, ids: string[], width: number): Promise<void> {
  for (const id of ids) {
    const svgs = await textBoxes(page, id);
    expect(svgs.length, id).toBeGreaterThan(0);
    for (const { svg, texts } of svgs) {
      for (const t of texts) {
        expect(t.left, `${id} "${t.text}" left`).toBeGreaterThanOrEqual(svg.left - 0.5);
        expect(t.right, `${id} "${t.text}" right`).toBeLessThanOrEqual(svg.right + 0.5);
        expect(t.top, `${id} "${t.text}" top`).toBeGreaterThanOrEqual(svg.top - 0.5);
        expect(t.bottom, `${id} "${t.text}" bottom`).toBeLessThanOrEqual(svg.bottom + 0.5);
      }
      for (let i = 0; i < texts.length; i++) {
        for (let j = i + 1; j < texts.length; j++) {
          const a = texts[i]!;
          const b = texts[j]!;
          const overlap = Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
          expect(overlap, `${id} at ${width}px: "${a.text}" overlaps "${b.text}"`).toBe(false);
        }
      }
    }
  }
}

describe.each([320, 360, 390, 768, 1280])('charts on / at %d px', (width) => {
  const page = pageAt('/', width);
  /** A test declared only at these widths: the other widths have no such test (not a skipped one). */
  const testAt = (...widths: number[]): typeof test | ((..._: unknown[]) => void) => (widths.includes(width) ? test : () => undefined);

  test('no label overlaps another or leaves its SVG', async () => {
    await expectNoLabelClash(page(), chartIds(), width);
  });

  test(`chart text renders at ${floors[width]!.toFixed(1)} px or more (font size × the SVG's scale)`, async () => {
    const smallest = await smallestText(page());
    expect(smallest.px, `${smallest.chart} "${smallest.text}"`).toBeGreaterThanOrEqual(floors[width]! - 0.05);
  });

  test('one layout shows, the phone one below the wide width, and no SVG is wider than its layout', async () => {
    const shown = await shownLayouts(page());
    expect(shown.length).toBeGreaterThan(0);
    for (const chart of shown) {
      // A chart drawn in one layout (the case path's column) shows it at every width.
      const only = distPage('/').querySelectorAll(`#${chart.id} .chart-variant`).length === 1;
      expect(chart.variants, chart.id).toEqual([chart.width >= wideFrom && !only ? 'wide' : 'narrow']);
      for (const svgWidth of chart.svgWidths) expect(svgWidth, chart.id).toBeLessThanOrEqual(layoutWidths[chart.variants[0] as 'narrow' | 'wide'] + 0.5);
    }
  });

  test('prose keeps its measure, and so do the words around each chart (title, caption, controls, steps, source line)', async () => {
    const { measure, prose, words } = await page().evaluate(() => {
      const main = document.querySelector('main')!;
      // The measure as the page lays it out: a probe as wide as --measure in the text column.
      const probe = document.createElement('div');
      probe.style.width = 'var(--measure)';
      main.append(probe);
      const measure = probe.getBoundingClientRect().width;
      probe.remove();
      const width = (e: Element) => e.getBoundingClientRect().width;
      return {
        measure,
        prose: Math.max(...[...main.querySelectorAll('.section > p, .section > ul, .section > ol')].map(width)),
        words: Math.max(...[...main.querySelectorAll('figure.chart > :not(.chart-body, .anchor-link, .visually-hidden)')].map(width)),
      };
    });
    expect(measure).toBeGreaterThan(200);
    expect(prose).toBeGreaterThan(200);
    expect(prose).toBeLessThanOrEqual(measure + 0.5);
    expect(words).toBeLessThanOrEqual(measure + 0.5);
  });

  // On a desktop (1280 px): room for figures, their numbers, and the details by keyboard and mouse.

  testAt(1280)('figures break out of the text column to the right, 850 px or wider, within the window', async () => {
    const { column, figures, contents } = await page().evaluate(() => {
      const p = document.querySelector('.section > p')!.getBoundingClientRect();
      const toc = document.querySelector('.toc')!.getBoundingClientRect();
      return {
        column: { left: p.left, right: p.right },
        contents: { right: toc.right },
        figures: [...document.querySelectorAll('figure.chart')].map((f) => {
          const r = f.getBoundingClientRect();
          return { id: f.id, left: r.left, right: r.right, width: r.width };
        }),
      };
    });
    for (const f of figures) {
      expect(f.width, f.id).toBeGreaterThanOrEqual(850);
      expect(f.width, f.id).toBeGreaterThan(column.right - column.left);
      // The contents list keeps the left margin: the figure starts with the text and grows to the right.
      expect(f.left, f.id).toBeCloseTo(column.left, 0);
      expect(f.left, f.id).toBeGreaterThan(contents.right);
      expect(f.right, f.id).toBeLessThanOrEqual(1280 - 16);
    }
  });

  testAt(1280)('"Figure N" stands before each chart’s title, numbered 1 up in the order of the page', async () => {
    const numbers = await page().evaluate(() =>
      [...document.querySelectorAll('figure.chart')].map((f) => {
        const number = f.querySelector<HTMLElement>('.chart-title > .chart-number:first-child')!;
        return { id: f.id, text: number.textContent, shown: number.getBoundingClientRect().height > 0, name: f.querySelector('svg.chart-svg')!.getAttribute('aria-labelledby') };
      }),
    );
    expect(numbers.map((n) => n.text)).toEqual(chartIds().map((_, i) => `Figure ${i + 1}`));
    expect(numbers.length).toBe(9);
    for (const n of numbers) expect(n.shown, n.id).toBe(true);
    // The number is part of the chart's name: its anchor link says it, and the SVG is labelled by the title holding it.
    const links = await page().locator('figure.chart > a.anchor-link').evaluateAll((as) => as.map((a) => a.getAttribute('aria-label')));
    expect(links.map((l) => l!.split(':')[0])).toEqual(chartIds().map((_, i) => `Link to Figure ${i + 1}`));
    for (const n of numbers) expect(n.name, n.id).toContain(`${n.id}-title`);
  });

  testAt(1280)('each section page numbers its charts as / does', () => {
    const onRoot = new Map(distPage('/').querySelectorAll('figure.chart').map((f) => [f.id, f.querySelector('.chart-number')!.text]));
    let seen = 0;
    for (const { slug } of sectionsFromContent()) {
      for (const figure of distPage(`/sections/${slug}/`).querySelectorAll('figure.chart')) {
        seen++;
        expect(figure.querySelector('.chart-number')!.text, `${slug} ${figure.id}`).toBe(onRoot.get(figure.id));
      }
    }
    expect(seen).toBe(onRoot.size);
  });

  testAt(1280)('every detail opens on keyboard focus, shows its values, and closes with Esc', async () => {
    for (const id of chartIds()) {
      const targets = page().locator(`#${id} .chart-wide .chart-target`);
      const count = await targets.count();
      for (let i = 0; i < count; i++) {
        const target = targets.nth(i);
        await target.focus();
        const tooltip = page().locator(`#${id} .chart-tooltip`);
        await expect(tooltip.isVisible(), `${id} target ${i}`).resolves.toBe(true);
        const label = (await target.getAttribute('aria-label'))!;
        const text = (await tooltip.innerText()).replace(/\s+/g, ' ');
        for (const part of label.split(/: |; /)) expect(text, `${id} target ${i}`).toContain(part.trim());
        await page().keyboard.press('Escape');
        await expect(tooltip.isVisible()).resolves.toBe(false);
      }
    }
  });

  testAt(1280)('hovering a mark shows its detail, and moving away hides it', async () => {
    for (const id of chartIds()) {
      const target = page().locator(`#${id} .chart-wide .chart-target`).first();
      if ((await target.count()) === 0) continue;
      await target.hover();
      const tooltip = page().locator(`#${id} .chart-tooltip`);
      await expect(tooltip.isVisible(), id).resolves.toBe(true);
      await expect(tooltip.innerText()).resolves.toContain((await target.getAttribute('data-tip-title'))!);
      await page().mouse.move(0, 0);
      await expect(tooltip.isVisible(), id).resolves.toBe(false);
    }
  });

  // Last, as it opens every data table.
  testAt(390, 1280)('axe finds no violation in any chart, its data table open', async () => {
    await page().evaluate(() => document.querySelectorAll('details.chart-data').forEach((d) => ((d as HTMLDetailsElement).open = true)));
    const results = await new AxeBuilder({ page: page() }).include('figure.chart').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});

/**
 * The Chinese edition draws every chart again with its own words, measured as CJK: the label gate runs over those
 * layouts at a small phone's, a tablet's and a desktop's width. Only the gate: the frame, its details and its checks
 * above are the same code in both editions.
 */
describe.each([320, 768, 1280])('Chinese charts on /zh/ at %d px', (width) => {
  const page = pageAt('/zh/', width);

  test('/zh/ shows every chart / shows', () => {
    expect([...chartIds('/zh/')].sort()).toEqual([...chartIds()].sort());
  });

  test('no label overlaps another or leaves its SVG', async () => {
    await expectNoLabelClash(page(), chartIds('/zh/'), width);
  });
});

test('tapping a mark on a phone shows its detail', async () => {
  const context = await browser().newContext({ viewport: { width: 360, height: 800 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto(`${origin()}/`, { waitUntil: 'load' });
  const id = chartIds()[0]!;
  const target = page.locator(`#${id} .chart-narrow .chart-target`).first();
  await target.scrollIntoViewIfNeeded();
  await target.tap();
  await expect(page.locator(`#${id} .chart-tooltip`).isVisible()).resolves.toBe(true);
  await context.close();
});
