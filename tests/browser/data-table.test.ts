/**
 * The /data/ table in Chromium: filtering by kind, sorting by column, by mouse
 * and keyboard, the live count; every row without JavaScript; axe clean.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { figures, getFigure } from '../../src/data/index';
import { axeViolations, layoutShifts, recordLayoutShifts, settled, useBrowser } from '../helpers/browser';

const { browser, origin } = useBrowser();

async function open(width = 1280, javaScriptEnabled = true): Promise<Page> {
  const context = await browser().newContext({ viewport: { width, height: 900 }, javaScriptEnabled, reducedMotion: 'reduce' });
  const page = await context.newPage();
  page.on('close', () => void context.close().catch(() => undefined));
  await page.goto(`${origin()}/data/`, { waitUntil: 'load' });
  return page;
}

/** Ids of the rows a reader sees, top to bottom. */
const visibleIds = (page: Page) =>
  page.locator('#figures-table tbody tr').evaluateAll((rows) => rows.filter((r) => (r as HTMLElement).offsetHeight > 0).map((r) => r.id));
const status = (page: Page) => page.locator('#figures-status').innerText();
const idsOf = (kind?: string) => figures.filter((f) => !kind || f.kind === kind).map((f) => f.id);
const valuesOf = (ids: string[]) => ids.map((id) => getFigure(id).value);

describe('filter by kind', () => {
  test.each(['interview', 'context', 'derived'])('%s shows exactly the module’s figures of that kind, and says how many', async (kind) => {
    const page = await open();
    await page.locator(`.kind-filter input[value="${kind}"]`).check();
    const expected = idsOf(kind);
    await expect(visibleIds(page)).resolves.toEqual(expected);
    await expect(status(page)).resolves.toBe(`Showing ${expected.length} of ${figures.length} figures`);
    await page.locator('.kind-filter input[value="all"]').check();
    await expect(visibleIds(page)).resolves.toEqual(idsOf());
    await page.close();
  });

  test('a link to an input hidden by the filter shows every kind again and lands on it', async () => {
    const page = await open();
    await page.locator('.kind-filter input[value="derived"]').check();
    await page.locator('#averagePerLivelihoodCase a[href="#livelihoodAmount"]').click();
    await expect(page.locator('#livelihoodAmount').isVisible()).resolves.toBe(true);
    await expect(page.locator('.kind-filter input[value="all"]').isChecked()).resolves.toBe(true);
    expect(page.url()).toMatch(/#livelihoodAmount$/);
    await page.close();
  });
});

describe('sort', () => {
  test('by value: ascending, then descending, numerically, with aria-sort on the header', async () => {
    const page = await open();
    const header = page.locator('th[data-sort-key="value"]');
    await header.locator('button').click();
    const ascending = await visibleIds(page);
    expect(new Set(ascending)).toEqual(new Set(idsOf()));
    expect(valuesOf(ascending)).toEqual(valuesOf(idsOf()).sort((a, b) => a - b));
    // Worked by hand: the smallest is the 0.183% share, the largest the 2.3 trillion yuan total.
    expect(ascending[0]).toBe('assistanceShareOfLivelihoodAmount');
    expect(ascending.at(-1)).toBe('nationalAmountChinaTrial');
    await expect(header.getAttribute('aria-sort')).resolves.toBe('ascending');

    await header.locator('button').click();
    const descending = await visibleIds(page);
    expect(valuesOf(descending)).toEqual(valuesOf(idsOf()).sort((a, b) => b - a));
    await expect(header.getAttribute('aria-sort')).resolves.toBe('descending');
    await expect(status(page)).resolves.toBe(`Showing ${figures.length} of ${figures.length} figures, sorted by value, largest first`);
    await expect(page.locator('th[data-sort-key="label"]').getAttribute('aria-sort')).resolves.toBeNull();
    await page.close();
  });

  test('sorting keeps the filter, and by kind restores the page order', async () => {
    const page = await open();
    await page.locator('.kind-filter input[value="context"]').check();
    await page.locator('th[data-sort-key="value"] button').click();
    const sorted = await visibleIds(page);
    expect(valuesOf(sorted)).toEqual(valuesOf(idsOf('context')).sort((a, b) => a - b));
    await page.locator('.kind-filter input[value="all"]').check();
    await page.locator('th[data-sort-key="kind"] button').click();
    await expect(visibleIds(page)).resolves.toEqual(idsOf());
    await page.close();
  });

  test('by figure label, A to Z', async () => {
    const page = await open();
    await page.locator('th[data-sort-key="label"] button').click();
    const labels = (await visibleIds(page)).map((id) => getFigure(id).label);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
    await page.close();
  });
});

describe('keyboard', () => {
  test('the filter works with arrow keys and the sort buttons with Enter and Space', async () => {
    const page = await open();
    await page.locator('.kind-filter input[value="all"]').focus();
    await page.keyboard.press('ArrowRight');
    await expect(visibleIds(page)).resolves.toEqual(idsOf('interview'));
    await page.keyboard.press('ArrowRight');
    await expect(visibleIds(page)).resolves.toEqual(idsOf('context'));
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(visibleIds(page)).resolves.toEqual(idsOf());

    // Tab from the filter to the first sort button, then along the header.
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.closest('th')?.dataset.sortKey)).resolves.toBe('label');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.closest('th')?.dataset.sortKey)).resolves.toBe('value');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    expect(valuesOf(await visibleIds(page))).toEqual(valuesOf(idsOf()).sort((a, b) => a - b));
    await page.keyboard.press('Space');
    expect(valuesOf(await visibleIds(page))).toEqual(valuesOf(idsOf()).sort((a, b) => b - a));
    await page.close();
  });
});

describe('without JavaScript', () => {
  test.each([360, 1280])('every row shows and no control does at %d px', async (width) => {
    const page = await open(width, false);
    await expect(visibleIds(page)).resolves.toEqual(idsOf());
    await expect(page.locator('.table-controls').isVisible()).resolves.toBe(false);
    await expect(page.locator('#figures-table button').evaluateAll((bs) => bs.filter((b) => (b as HTMLElement).offsetHeight > 0).length)).resolves.toBe(0);
    await expect(page.locator('th[data-sort-key="value"]').innerText()).resolves.toBe('Value');
    await page.close();
  });
});

describe('phones', () => {
  test('rows are cards, and the sort buttons stand above them', async () => {
    const page = await open(360);
    const display = await page.locator(`#${figures[0]!.id}`).evaluate((r) => getComputedStyle(r).display);
    expect(display).toBe('block');
    for (const key of ['label', 'kind', 'value']) {
      await expect(page.locator(`th[data-sort-key="${key}"] button`).isVisible(), key).resolves.toBe(true);
    }
    await page.locator('.kind-filter input[value="derived"]').check();
    await expect(visibleIds(page)).resolves.toEqual(idsOf('derived'));
    await page.close();
  });
});

describe('print', () => {
  test('shows every row and no control, whatever the filter', async () => {
    const page = await open();
    await page.locator('.kind-filter input[value="interview"]').check();
    await page.emulateMedia({ media: 'print' });
    await expect(visibleIds(page)).resolves.toEqual(idsOf());
    await expect(page.locator('.table-controls').isVisible()).resolves.toBe(false);
    await expect(page.locator('.sort-button').first().isVisible()).resolves.toBe(false);
    await page.close();
  });
});

describe('layout', () => {
  // Retried: on a loaded 2-core machine Chromium has once reported a 0.003 shift here that never reproduced alone.
  test('loading and using the controls shifts no layout before the reader acts (CLS 0)', { retry: 2 }, async () => {
    const context = await browser().newContext({ viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await recordLayoutShifts(page);
    await page.goto(`${origin()}/data/`, { waitUntil: 'load' });
    await settled(page);
    expect(await layoutShifts(page)).toEqual([]);
    await context.close();
  });
});

describe('accessibility', () => {
  test.each([360, 1280])('axe finds no violation at %d px, sorted and filtered', async (width) => {
    const page = await open(width);
    await page.locator('th[data-sort-key="value"] button').click();
    await page.locator('.kind-filter input[value="context"]').check();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
