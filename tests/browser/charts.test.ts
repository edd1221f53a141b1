/**
 * Charts in a real Chromium: details open on hover and on keyboard focus and
 * close with Esc; no text label overlaps another or leaves its SVG at 320, 768
 * and 1280 px; one layout shows, never wider than its layout; axe finds no violation in any chart.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { useBrowser } from '../helpers/browser';
import { page as distPage } from '../helpers/dist';
import { layoutWidths, wideFrom } from '../../src/design/tokens';

const { browser, origin } = useBrowser();
const chartIds = () => distPage('/').querySelectorAll('figure.chart').map((f) => f.id);

async function openRoot(width: number): Promise<Page> {
  // A context per page: axe needs one, and closing the page closes it.
  const context = await browser().newContext({ viewport: { width, height: 900 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  page.on('close', () => void context.close().catch(() => undefined));
  await page.goto(`${origin()}/`, { waitUntil: 'load' });
  return page;
}

/** Boxes of the visible text in a chart's visible SVGs, and those SVGs' boxes. */
async function textBoxes(page: Page, id: string) {
  return page.locator(`#${id}`).evaluate((figure) => {
    const visible = [...figure.querySelectorAll<SVGSVGElement>('svg.chart-svg')].filter(
      (svg) => svg.getBoundingClientRect().width > 0,
    );
    return visible.map((svg) => {
      const box = svg.getBoundingClientRect();
      const texts = [...svg.querySelectorAll<SVGTextElement>('text')]
        .filter((t) => t.textContent!.trim() && getComputedStyle(t).visibility !== 'hidden')
        .flatMap((t) => {
          // One box per line (tspan) so multi-line labels are compared line by line.
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

describe('chart labels', () => {
  test.each([320, 768, 1280])('never overlap or leave their SVG at %d px', async (width) => {
    const page = await openRoot(width);
    for (const id of chartIds()) {
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
    await page.close();
  });

  test.each([320, 1280])('render at 12 px or more at %d px', async (width) => {
    const page = await openRoot(width);
    const smallest = await page.evaluate(() =>
      Math.min(
        ...[...document.querySelectorAll<SVGTextElement>('figure.chart svg.chart-svg text')]
          .filter((t) => t.getBoundingClientRect().width > 0)
          .map((t) => {
            const svg = t.ownerSVGElement!;
            const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
            return parseFloat(getComputedStyle(t).fontSize) * scale;
          }),
      ),
    );
    expect(smallest).toBeGreaterThanOrEqual(11.9);
    await page.close();
  });

  test.each([320, 600, 1280])('one layout shows at %d px: the phone one below the wide width, and no SVG wider than its layout', async (width) => {
    const page = await openRoot(width);
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('figure.chart')].map((figure) => ({
        id: figure.id,
        width: figure.getBoundingClientRect().width - parseFloat(getComputedStyle(figure).paddingLeft) - parseFloat(getComputedStyle(figure).paddingRight),
        variants: [...figure.querySelectorAll<HTMLElement>('.chart-variant')].filter((v) => v.getBoundingClientRect().width > 0).map((v) => v.dataset.variant!),
        svgWidths: [...figure.querySelectorAll<SVGSVGElement>('svg.chart-svg')].filter((s) => s.getBoundingClientRect().width > 0).map((s) => s.getBoundingClientRect().width),
      })),
    );
    expect(shown.length).toBeGreaterThan(0);
    for (const chart of shown) {
      expect(chart.variants, chart.id).toEqual([chart.width >= wideFrom ? 'wide' : 'narrow']);
      for (const svgWidth of chart.svgWidths) expect(svgWidth, chart.id).toBeLessThanOrEqual(layoutWidths[chart.variants[0] as 'narrow' | 'wide'] + 0.5);
    }
    await page.close();
  });
});

describe('chart details', () => {
  test('every detail opens on keyboard focus, shows its values, and closes with Esc', async () => {
    const page = await openRoot(1280);
    for (const id of chartIds()) {
      const targets = page.locator(`#${id} .chart-wide .chart-target`);
      const count = await targets.count();
      for (let i = 0; i < count; i++) {
        const target = targets.nth(i);
        await target.focus();
        const tooltip = page.locator(`#${id} .chart-tooltip`);
        await expect(tooltip.isVisible(), `${id} target ${i}`).resolves.toBe(true);
        const label = (await target.getAttribute('aria-label'))!;
        const text = (await tooltip.innerText()).replace(/\s+/g, ' ');
        for (const part of label.split(/: |; /)) expect(text, `${id} target ${i}`).toContain(part.trim());
        await page.keyboard.press('Escape');
        await expect(tooltip.isVisible()).resolves.toBe(false);
      }
    }
    await page.close();
  });

  test('hovering a mark shows its detail, and moving away hides it', async () => {
    const page = await openRoot(1280);
    for (const id of chartIds()) {
      const target = page.locator(`#${id} .chart-wide .chart-target`).first();
      if ((await target.count()) === 0) continue;
      await target.hover();
      const tooltip = page.locator(`#${id} .chart-tooltip`);
      await expect(tooltip.isVisible(), id).resolves.toBe(true);
      await expect(tooltip.innerText()).resolves.toContain((await target.getAttribute('data-tip-title'))!);
      await page.mouse.move(0, 0);
      await expect(tooltip.isVisible(), id).resolves.toBe(false);
    }
    await page.close();
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
});

describe('chart accessibility', () => {
  test.each([375, 1280])('axe finds no violation in any chart at %d px', async (width) => {
    const page = await openRoot(width);
    // Open every data table so axe checks it too.
    await page.evaluate(() => document.querySelectorAll('details.chart-data').forEach((d) => ((d as HTMLDetailsElement).open = true)));
    const results = await new AxeBuilder({ page }).include('figure.chart').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.close();
  });
});
