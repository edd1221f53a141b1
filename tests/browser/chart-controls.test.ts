/** The charts' own controls in Chromium: the Cases / Yuan toggle, and no layout shift (the case path's walk: case-path.test.ts). */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { layoutShifts, recordLayoutShifts, useBrowser } from '../helpers/browser';

const { browser, origin } = useBrowser();

async function open(width = 1280, javaScriptEnabled = true): Promise<Page> {
  const context = await browser().newContext({ viewport: { width, height: 900 }, javaScriptEnabled });
  const page = await context.newPage();
  page.on('close', () => void context.close().catch(() => undefined));
  await page.goto(`${origin()}/`, { waitUntil: 'load' });
  return page;
}

const shownPanels = (page: Page) =>
  page.locator('#chart-scale .chart-wide .chart-canvas').evaluateAll((els) =>
    els.filter((e) => (e as HTMLElement).offsetHeight > 0).map((e) => (e as HTMLElement).dataset.panel),
  );

describe('Cases / Yuan toggle', () => {
  test('shows one measure at a time and switches by mouse', async () => {
    const page = await open();
    await expect(shownPanels(page)).resolves.toEqual(['cases']);
    const yuan = page.locator('#chart-scale .measure-toggle button[data-measure="yuan"]');
    await yuan.click();
    await expect(shownPanels(page)).resolves.toEqual(['yuan']);
    await expect(yuan.getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(page.locator('#chart-scale button[data-measure="cases"]').getAttribute('aria-pressed')).resolves.toBe('false');
    const shownText = await page.locator('#chart-scale .chart-wide .chart-canvas.is-shown').evaluate((e) =>
      [...e.querySelectorAll('text')].map((t) => t.textContent).join(' ').replace(/\s+/g, ' '),
    );
    expect(shownText).toContain('1.864 billion yuan');
    await page.close();
  });

  test('switches by keyboard, and the shown grid’s details are reachable', async () => {
    const page = await open();
    await page.locator('#chart-scale button[data-measure="cases"]').focus();
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => (document.activeElement as HTMLElement).dataset.measure)).resolves.toBe('yuan');
    await page.keyboard.press('Enter');
    await expect(shownPanels(page)).resolves.toEqual(['yuan']);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(focused).toContain('Rural migrant workers');
    expect(focused).toContain('1.864 billion yuan');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Space');
    await expect(shownPanels(page)).resolves.toEqual(['cases']);
    await page.close();
  });

  test('switching keeps the chart the same height', async () => {
    const page = await open(390);
    const height = () => page.locator('#chart-scale .chart-narrow').evaluate((e) => e.getBoundingClientRect().height);
    const before = await height();
    await page.locator('#chart-scale button[data-measure="yuan"]').click();
    expect(await height()).toBe(before);
    await page.close();
  });

  test('without JavaScript both grids show and the toggle does not', async () => {
    const page = await open(1280, false);
    await expect(shownPanels(page)).resolves.toEqual(['cases', 'yuan']);
    await expect(page.locator('#chart-scale .chart-controls').isVisible()).resolves.toBe(false);
    await page.close();
  });
});

test('loading / and using the charts shifts no layout (CLS 0)', async () => {
  const context = await browser().newContext({ viewport: { width: 390, height: 800 } });
  const page = await context.newPage();
  await recordLayoutShifts(page);
  await page.goto(`${origin()}/`, { waitUntil: 'load' });
  for (const y of [0.25, 0.5, 0.75, 1]) {
    // Instant jumps: a smooth scroll would still be on its way when the next one starts.
    await page.evaluate((f) => window.scrollTo({ top: document.body.scrollHeight * f, behavior: 'instant' }), y);
    await page.waitForTimeout(100);
  }
  expect(await layoutShifts(page)).toEqual([]);
  await context.close();
});
