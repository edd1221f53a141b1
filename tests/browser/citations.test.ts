/** "Cite this" in Chromium: Copy puts exactly the citation on the clipboard and says so; keyboard, print, no-JS; axe. */
import { describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, useBrowser } from '../helpers/browser';
import { lastUpdated } from '../../src/data/index';
import { citationsFor, plainText, sectionRecord } from '../../src/data/citation';

const { browser, origin } = useBrowser();

/** A page in a context allowed to use the clipboard (loopback is a secure context). */
async function open(path: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser().newContext({ permissions: ['clipboard-read', 'clipboard-write'], reducedMotion: 'reduce', ...options });
  const page = await context.newPage();
  await page.goto(origin() + path, { waitUntil: 'load' });
  return { context, page };
}

/** The APA text as citation.ts writes it, for the URL the build used. */
async function expectedApa(page: Page, slug: string, title: string): Promise<string> {
  const origin = new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).origin;
  const [apa] = citationsFor(sectionRecord(origin, lastUpdated, { slug, title, path: `/sections/${slug}/` }));
  return plainText(apa!.parts);
}

describe('Copy', () => {
  test('clicking Copy puts exactly the APA text on the clipboard and announces it', async () => {
    const { context, page } = await open('/sections/judicial-assistance/');
    await page.locator('#cite-section > summary').click();
    await page.getByRole('button', { name: 'Copy APA citation' }).click();
    // Its label reads "Copied" for two seconds once the clipboard write resolves, so find it by what it
    // copies and wait for it: on a busy machine the write can resolve after the click returns.
    const label = page.locator('button[data-copy="cite-section-apa"] .copy-label');
    await expect.poll(() => label.textContent(), { timeout: 1500, interval: 50 }).toBe('Copied');
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    expect(clipboard).toBe(await expectedApa(page, 'judicial-assistance', 'Measure four: judicial assistance'));
    expect(clipboard).toBe(await page.locator('#cite-section-apa').textContent());
    const status = page.locator('#cite-section [role="status"]');
    await expect.poll(() => status.textContent()).toBe('Copied APA citation');
    await expect(status.isVisible()).resolves.toBe(true);
    await expect.poll(() => label.textContent(), { timeout: 4000 }).toBe('Copy');
    await context.close();
  });

  test('works from the keyboard alone: open the block, Tab to a Copy button, press Enter', async () => {
    const { context, page } = await open('/');
    await page.locator('#cite-explainer > summary').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#cite-explainer').getAttribute('open')).resolves.toBe('');
    // Tab past the note's link and the APA and Chicago buttons to GB/T.
    const focusedName = () => page.evaluate(() => document.activeElement?.textContent?.replace(/\s+/g, ' ').trim());
    for (let i = 0; i < 10 && (await focusedName()) !== 'Copy GB/T 7714 citation'; i++) await page.keyboard.press('Tab');
    expect(await focusedName()).toBe('Copy GB/T 7714 citation');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.locator('#cite-explainer-gbt').textContent());
    await expect.poll(() => page.locator('#cite-explainer [role="status"]').textContent()).toBe('Copied GB/T 7714 citation');
    // The focused button shows a focus outline.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).toBe('solid');
    await context.close();
  });

  test('copies the BibTeX entry with its line breaks', async () => {
    const { context, page } = await open('/');
    await page.locator('#cite-source > summary').click();
    await page.getByRole('button', { name: 'Copy BibTeX citation' }).click();
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    // Author, title and note between the braces: the item is undated, so it has no year or month.
    expect(clipboard.split('\n')).toHaveLength(5);
    expect(clipboard).toMatch(/^@misc\{china-news-network:interview-en,\n/);
    await context.close();
  });
});

describe('without the script or in print', () => {
  test('with JavaScript off the citations read and no Copy button shows', async () => {
    const { context, page } = await open('/sections/the-interview/', { javaScriptEnabled: false });
    await page.locator('#cite-section > summary').click();
    await expect(page.locator('#cite-section-apa').isVisible()).resolves.toBe(true);
    await expect(page.locator('button.copy-citation').first().isVisible()).resolves.toBe(false);
    await context.close();
  });

  test('print shows every citation, even in a closed block, and hides the buttons', async () => {
    const { context, page } = await open('/');
    await page.emulateMedia({ media: 'print' });
    for (const id of ['cite-explainer-apa', 'cite-explainer-bibtex', 'cite-source-gbt']) {
      const box = await page.locator(`#${id}`).boundingBox();
      expect(box?.height, id).toBeGreaterThan(10);
    }
    await expect(page.locator('#cite-explainer').getAttribute('open')).resolves.toBeNull();
    const shown = await page.locator('button.copy-citation').evaluateAll((buttons) => buttons.filter((b) => b.getClientRects().length > 0).length);
    expect(shown).toBe(0);
    await context.close();
  });
});

describe('accessibility', () => {
  test.each([
    ['/', '#sources-and-method', 360],
    ['/sections/sources-and-method/', 'main', 1280],
  ] as const)('axe finds no violation in the citations and the changelog on %s (in %s) at %i px, opened and after a copy', async (path, scope, width) => {
    const { context, page } = await open(path, { viewport: { width, height: 900 } });
    await page.evaluate(() => document.querySelectorAll('details.citations').forEach((d) => ((d as HTMLDetailsElement).open = true)));
    await page.getByRole('button', { name: 'Copy APA citation' }).first().click();
    expect(await axeViolations(page, { include: scope })).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'no sideways scroll with every block open').toBeLessThanOrEqual(0);
    await context.close();
  });
});
