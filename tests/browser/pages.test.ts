/** Browser tests in a real Chromium: the 404 page, deep links, the layout-shift recorder, the text measure (each page's own load checks are in page-gate.test.ts). */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { layoutShifts, recordLayoutShifts, useBrowser } from '../helpers/browser';
import { sectionsFromContent } from '../helpers/dist';

const { browser, origin } = useBrowser();
const sections = sectionsFromContent();

describe('every page', () => {
  test('an unknown address gets the 404 page with status 404', async () => {
    const page = await browser().newPage();
    const response = await page.goto(`${origin()}/sections/no-such-section/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
    await page.close();
  });
});

describe('deep links', () => {
  // One tab for every deep link (a new one per link started a renderer process each time). Each link is opened from
  // another document, so it is a page load that lands on the fragment, never a jump within the page; routing every
  // request keeps the HTTP cache off, as in a new tab.
  let tab: Page | undefined;
  beforeAll(async () => {
    const context = await browser().newContext({ viewport: { width: 390, height: 800 }, reducedMotion: 'reduce' });
    await context.route('**/*', (route) => route.continue());
    tab = await context.newPage();
  });
  afterAll(() => tab?.context().close());

  test.each(sections.map((s) => s.slug))('/#%s lands on that section', async (slug) => {
    const page = tab!;
    await page.goto(`${origin()}/404.html`);
    await page.goto(`${origin()}/#${slug}`);
    const top = await page.locator(`section#${slug}`).evaluate((el) => el.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(40);
    await expect(page.locator(`#${slug}-title`).isVisible()).resolves.toBe(true);
  });

  /** Where the element is from the top of the viewport (no animation frame: without JavaScript none comes). */
  const topOf = (page: Page, selector: string) => page.locator(selector).evaluate((el) => el.getBoundingClientRect().top);

  test.each([true, false])('with motion allowed (JavaScript %s), a deep link to a note far down lands on it at once', async (javaScriptEnabled) => {
    const context = await browser().newContext({ viewport: { width: 390, height: 800 }, reducedMotion: 'no-preference', javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(`${origin()}/404.html`);
    // Some 15,000 px down: a glide there takes over a second, far longer than the load.
    await page.goto(`${origin()}/#in-numbers-note-1`, { waitUntil: 'load' });
    // Where the browser puts it when asked to scroll there at once (its scroll margin and padding), within a pixel.
    const landed = await topOf(page, '#in-numbers-note-1');
    await page.locator('#in-numbers-note-1').evaluate((el) => el.scrollIntoView({ behavior: 'instant' }));
    expect(Math.abs(landed - (await topOf(page, '#in-numbers-note-1')))).toBeLessThan(1);
    await context.close();
  });

  test('with motion allowed, once the page has loaded an in-page link glides', async () => {
    const context = await browser().newContext({ viewport: { width: 390, height: 800 }, reducedMotion: 'no-preference' });
    const page = await context.newPage();
    await page.goto(`${origin()}/`, { waitUntil: 'load' });
    // The opening's link to the first section, about 1,100 px down: it lands there, passing through the positions
    // between (a jump scrolls once, straight to the end).
    await page.evaluate(() => {
      const seen: number[] = ((window as unknown as { seen: number[] }).seen = []);
      addEventListener('scroll', () => seen.push(scrollY));
    });
    await page.locator('a[href="#the-interview"]:visible').first().click();
    await expect.poll(() => topOf(page, '#the-interview')).toBeLessThan(40);
    const seen = await page.evaluate(() => (window as unknown as { seen: number[] }).seen);
    expect(new Set(seen.filter((y) => y > 0 && y < seen.at(-1)! - 100)).size).toBeGreaterThan(2);
    await context.close();
  });
});

describe('layout', () => {
  test('the layout-shift recorder the CLS checks use sees a shift and names what moved', async () => {
    const context = await browser().newContext({ viewport: { width: 390, height: 800 } });
    await recordLayoutShifts(context);
    const page = await context.newPage();
    await page.goto(`${origin()}/`, { waitUntil: 'load' });
    expect(await layoutShifts(page)).toEqual([]);
    // A late banner above the content, as a careless script might add (CSSOM: the page's CSP allows it).
    await page.evaluate(() => {
      const banner = document.createElement('div');
      banner.style.height = '200px';
      document.body.prepend(banner);
    });
    await expect.poll(() => layoutShifts(page)).toEqual([expect.stringMatching(/^0\.\d{4} at \d+ ms: .*→/)]);
    await context.close();
  });

  test('body text keeps a comfortable measure and size on a wide screen', async () => {
    const page = await browser().newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${origin()}/`);
    // The median over every paragraph of four lines or more: one paragraph's figure depends on its words (and its
    // figures, which do not break across lines), the median on the column.
    const { fontSize, lineHeight, charactersPerLine } = await page.evaluate(() => {
      const perLine = [...document.querySelectorAll<HTMLElement>('main section.section > p:not(.kicker, .section-permalink)')].flatMap((p) => {
        const lineHeight = parseFloat(getComputedStyle(p).lineHeight);
        const lines = Math.round(p.getBoundingClientRect().height / lineHeight);
        if (lines < 4) return [];
        // Average over the full lines only: the last line is usually short.
        const range = document.createRange();
        range.selectNodeContents(p);
        const lastLineTop = Math.max(...[...range.getClientRects()].map((r) => r.top));
        let lastLineChars = 0;
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          for (let i = 0; i < n.textContent!.length; i++) {
            const r = document.createRange();
            r.setStart(n, i);
            r.setEnd(n, i + 1);
            if (r.getBoundingClientRect().top >= lastLineTop - 1) lastLineChars++;
          }
        }
        return [(p.textContent!.length - lastLineChars) / (lines - 1)];
      });
      perLine.sort((a, b) => a - b);
      const style = getComputedStyle(document.querySelector('main section.section > p:not(.kicker)')!);
      return { fontSize: parseFloat(style.fontSize), lineHeight: parseFloat(style.lineHeight), charactersPerLine: perLine[Math.floor(perLine.length / 2)]! };
    });
    expect(fontSize).toBeGreaterThanOrEqual(18);
    expect(fontSize).toBeLessThanOrEqual(21);
    expect(lineHeight / fontSize).toBeGreaterThan(1.45);
    // The 30em column gives a median of about 56 characters a line, before and after the statement markers
    // (measured 1 December 2026); the old single-paragraph check passed only on that paragraph's words.
    expect(charactersPerLine).toBeGreaterThan(50);
    expect(charactersPerLine).toBeLessThan(76);
    await page.close();
  });
});
