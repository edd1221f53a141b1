/** Charts in Chromium, as a page lays them out: Figure 3 shows both of its measures at once, and no chart shifts the layout (the case path's walk: case-path.test.ts). */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { layoutShifts, recordLayoutShifts, settled, useBrowser } from '../helpers/browser';

const { browser, origin } = useBrowser();

async function open(width = 1280, javaScriptEnabled = true): Promise<Page> {
  const context = await browser().newContext({ viewport: { width, height: 900 }, javaScriptEnabled });
  const page = await context.newPage();
  page.on('close', () => void context.close().catch(() => undefined));
  await page.goto(`${origin()}/`, { waitUntil: 'load' });
  return page;
}

/** Where each measure's share and grid are drawn on screen, in the layout shown. */
const measures = (page: Page) =>
  page.locator('#chart-scale .chart-canvas').evaluateAll((canvases) => {
    const shown = canvases.filter((c) => (c as HTMLElement).offsetHeight > 0);
    return shown.map((canvas) =>
      [...canvas.querySelectorAll('text.share')].map((share) => {
        const box = share.getBoundingClientRect();
        return { text: share.textContent!, left: box.left, top: box.top, right: box.right };
      }),
    );
  });

describe('Figure 3: the two shares side by side', () => {
  test.each([
    [1280, true],
    [390, true],
    [390, false],
  ])('at %d px (JavaScript %s) one layout shows both shares, cases left of yuan, on one line, inside the figure', async (width, js) => {
    const page = await open(width, js);
    const shown = await measures(page);
    expect(shown).toHaveLength(1);
    const [cases, yuan] = shown[0]!;
    expect([cases!.text, yuan!.text]).toEqual(['about 12%', 'about 3.61%']);
    expect(yuan!.left).toBeGreaterThan(cases!.right);
    expect(Math.abs(yuan!.top - cases!.top)).toBeLessThan(1);
    const figure = (await page.locator('#chart-scale').boundingBox())!;
    expect(yuan!.right).toBeLessThanOrEqual(figure.x + figure.width);
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
    await settled(page);
  }
  expect(await layoutShifts(page)).toEqual([]);
  await context.close();
});
