/**
 * Chart downloads in Chromium: "Data (CSV)" downloads the chart's rows, "Image (SVG)"
 * a standalone SVG with the title, the marks and no CSS variables left, "Image (PNG)" a PNG.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { parse } from 'node-html-parser';
import { averages } from '../../src/charts/averages/chart';
import { chartTable } from '../../src/charts/common/chart';
import { parseCsv } from '../helpers/csv';
import { layoutWidths } from '../../src/styles/tokens';
import { useBrowser } from '../helpers/browser';

const { browser, origin } = useBrowser();

async function open(width = 1280, javaScriptEnabled = true): Promise<Page> {
  const context = await browser().newContext({ viewport: { width, height: 900 }, javaScriptEnabled, acceptDownloads: true });
  const page = await context.newPage();
  page.on('close', () => void context.close().catch(() => undefined));
  await page.goto(`${origin()}/`, { waitUntil: 'load' });
  return page;
}

async function download(page: Page, chart: string, name: string): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(`#${chart} .chart-downloads`).getByText(name).click()]);
  return { file, bytes: await readFile((await file.path())!) };
}

describe('Data (CSV)', () => {
  test.each([true, false])('downloads the chart’s rows (JavaScript %s)', async (javaScriptEnabled) => {
    const page = await open(1280, javaScriptEnabled);
    const { file, bytes } = await download(page, 'chart-averages', 'Data (CSV)');
    expect(file.suggestedFilename()).toBe('chart-averages.csv');
    const [header, ...rows] = parseCsv(bytes.toString('utf8'));
    const { table } = chartTable(averages);
    expect(header!.slice(0, -1)).toEqual(table.columns);
    expect(rows.map((r) => r.slice(0, -1))).toEqual(table.rows);
    expect(rows[0]).toContain('about 81,000 yuan');
    await page.close();
  });
});

describe('Image (SVG)', () => {
  test.each([360, 1280])('is a standalone SVG of the visible layout with the title, marks and source, and no CSS variables (%d px)', async (width) => {
    const page = await open(width);
    const { file, bytes } = await download(page, 'chart-averages', 'Image (SVG)');
    expect(file.suggestedFilename()).toBe('chart-averages.svg');
    const text = bytes.toString('utf8');
    const doc = parse(text);
    const root = doc.querySelector('svg')!;
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(text).toContain('Average amount per case and per person, 2024');
    expect(text).toContain('Source: China News Network');
    expect(text).toContain('about 81,000 yuan');
    // The background and the three bars.
    expect(doc.querySelectorAll('rect').length).toBeGreaterThanOrEqual(4);
    expect(text).not.toContain('var(--');
    expect(text).not.toContain('class=');
    // Presentation attributes, not style attributes (the page's CSP blocks those).
    expect(text).not.toMatch(/\sstyle=/);
    // The variant the reader sees: the phone layout at 360 px, the wide one at 1280 px.
    expect(doc.querySelector('svg svg')!.getAttribute('data-variant')).toBe(width < 600 ? 'narrow' : 'wide');
    // Colours are written out: the livelihood bar keeps its blue.
    expect(text).toMatch(/fill="rgb\(0, 114, 178\)"/);
    await expect.poll(() => page.locator('#chart-averages [data-export-status]').textContent()).toBe('Saved chart-averages.svg');
    await page.close();
  });

  test('keeps a number set large as drawn: Figure 3’s shares in the accent, the qualifier at the label size', async () => {
    const page = await open(1280);
    const { bytes } = await download(page, 'chart-scale', 'Image (SVG)');
    const shares = parse(bytes.toString('utf8'))
      .querySelectorAll('svg svg text')
      .filter((t) => t.querySelector('tspan'));
    expect(shares.map((t) => t.text)).toEqual(['about 12%', 'about 3.61%']);
    for (const share of shares) {
      // The migrant-worker vermillion, written out; the number at twice the qualifier's size.
      expect(share.getAttribute('fill')).toBe('rgb(179, 71, 0)');
      expect(parseFloat(share.getAttribute('font-size')!)).toBe(2 * parseFloat(share.querySelector('tspan')!.getAttribute('font-size')!));
    }
    await page.close();
  });
});

describe('dark theme', () => {
  test('the image keeps the page’s dark background, so its light text stays readable', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(`${origin()}/`, { waitUntil: 'load' });
    const { bytes } = await download(page, 'chart-averages', 'Image (SVG)');
    const doc = parse(bytes.toString('utf8'));
    // The palette's dark page background (#161614) and text (#ecebe6).
    expect(doc.querySelector('rect')!.getAttribute('fill')).toBe('rgb(22, 22, 20)');
    expect(doc.querySelector('text')!.getAttribute('fill')).toBe('rgb(236, 235, 230)');
    await context.close();
  });
});

describe('Image (PNG)', () => {
  test('is a PNG at twice the SVG size', async () => {
    const page = await open();
    const { file, bytes } = await download(page, 'chart-averages', 'Image (PNG)');
    expect(file.suggestedFilename()).toBe('chart-averages.png');
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // IHDR width (bytes 16–19, big-endian): the SVG width (the wide layout at 1280 px) + 2 × 16 padding, doubled.
    expect(bytes.readUInt32BE(16)).toBe((layoutWidths.wide + 2 * 16) * 2);
    await page.close();
  });
});

describe('visibility', () => {
  test('without JavaScript the image buttons are hidden and the CSV link shows', async () => {
    const page = await open(1280, false);
    await expect(page.locator('#chart-averages .chart-downloads a').isVisible()).resolves.toBe(true);
    await expect(page.locator('#chart-averages button[data-export]').first().isVisible()).resolves.toBe(false);
    await page.close();
  });

  test('the download row is hidden in print', async () => {
    const page = await open();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#chart-averages .chart-downloads').isVisible()).resolves.toBe(false);
    await page.close();
  });
});
