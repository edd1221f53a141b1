/**
 * Statement markers in Chromium: a marker opens its sentence in the same panel the
 * figures use, by mouse, tap and keyboard; Esc returns focus; the focus ring shows;
 * axe stays clean; without JavaScript it is a link to its note. A marker and the figures of the
 * sentence it cites open one note.
 */
import { expect, test } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { axeViolations, useBrowser } from '../helpers/browser';
import { dataset } from '../../src/data/index';

const { browser, origin } = useBrowser();

async function open(path = '/', options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser().newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce', ...options });
  const page = await context.newPage();
  page.on('close', () => void context.close().catch(() => undefined));
  await page.goto(origin() + path, { waitUntil: 'load' });
  return page;
}

// Huang's "difficult point" (sentence 4) and the 2024 figures (sentence 1, with its Chinese wording).
const difficult = '#livelihood-cases a.src[data-statement="s4"]';
const figures = '#the-interview a.src[data-statement="s1"]';
const s4 = dataset.citable.get('s4')!;
const s1 = dataset.citable.get('s1')!;
const zhFigures = dataset.citable.get('c-zh-figures')!;
const panelText = async (page: Page) => (await page.locator('.ref-panel').innerText()).replace(/\s+/g, ' ');

test('a click opens the sentence, its source and its link on /source/, and a second click closes it', async () => {
  const page = await open();
  const marker = page.locator(figures).first();
  await marker.click();
  await expect(page.locator('.ref-panel').getAttribute('aria-label')).resolves.toBe('Where this statement comes from');
  const text = await panelText(page);
  expect(text).toContain(s1.text);
  expect(text).toContain(zhFigures.zh[0]!.slice(0, 20)); // the Chinese report's wording, where known
  expect(text).toContain('China News Network');
  await expect(page.locator('.ref-panel a[href="/source/#s1"]').count()).resolves.toBe(1);
  await expect(marker.getAttribute('aria-expanded')).resolves.toBe('true');
  expect(page.url()).not.toContain('-note-');
  await marker.click();
  await expect(page.locator('.ref-panel').count()).resolves.toBe(0);
  await page.close();
});

test('a marker and the figures its sentence gives open one note, which quotes the sentence once', async () => {
  const page = await open();
  const marker = page.locator(figures).first();
  const noteId = await marker.getAttribute('data-panel');
  // Sentence 1 gives the livelihood figures: their links in the same section open the marker's note.
  await expect(page.locator(`#the-interview a.fig[data-figure="livelihoodCases"]`).first().getAttribute('data-panel')).resolves.toBe(noteId);
  await marker.click();
  const quotes = await page.locator('.ref-panel blockquote').allInnerTexts();
  expect(quotes.filter((q) => q.replace(/\s+/g, ' ').trim() === s1.text)).toHaveLength(1);
  expect(new Set(quotes).size).toBe(quotes.length);
  // A statement's panel lists the figures as they are, none marked.
  await expect(page.locator('.ref-panel a.note-fig[href="/data/#livelihoodCases"]').count()).resolves.toBe(1);
  await expect(page.locator('.ref-panel .is-current').count()).resolves.toBe(0);
  await page.close();
});

test('a tap opens it on a phone', async () => {
  const page = await open('/sections/livelihood-cases/', { viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true });
  await page.locator('a.src[data-statement="s4"]').first().tap();
  expect(await panelText(page)).toContain(s4.text);
  // The panel fits the phone's screen.
  const box = (await page.locator('.ref-panel').boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(375);
  await page.close();
});

test('keyboard: Tab reaches the marker with a visible focus ring, Enter opens, Esc closes and returns focus', async () => {
  const page = await open();
  const marker = page.locator(difficult).first();
  await marker.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(marker.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  const ring = await marker.evaluate((el) => getComputedStyle(el).outlineStyle + ' ' + getComputedStyle(el).outlineWidth);
  expect(ring).toMatch(/^solid [3-9]/);
  await page.keyboard.press('Enter');
  expect(await panelText(page)).toContain(s4.text);
  await page.keyboard.press('Tab');
  await expect(page.evaluate(() => document.activeElement?.closest('.ref-panel') !== null)).resolves.toBe(true);
  await page.keyboard.press('Escape');
  await expect(page.locator('.ref-panel').count()).resolves.toBe(0);
  await expect(page.evaluate(() => (document.activeElement as HTMLElement).dataset.statement)).resolves.toBe('s4');
  await page.close();
});

test('a context marker opens its passage, labelled as context', async () => {
  const page = await open();
  await page.locator('#the-interview .context a.src[data-statement="c-trial-broadcast"]').first().click();
  const text = await panelText(page);
  expect(text).toContain(dataset.citable.get('c-trial-broadcast')!.text);
  expect(text).toContain('China Trial magazine');
  expect(text).toContain('(context)');
  await page.close();
});

test('axe finds no violation with a statement panel open', async () => {
  const page = await open('/sections/livelihood-cases/');
  await page.locator('a.src[data-statement="s4"]').first().click();
  expect(await axeViolations(page, { include: ['.ref-panel', 'article'] })).toEqual([]);
  await page.close();
});

test('without JavaScript a marker is a link to its note, which quotes the sentence', async () => {
  const context = await browser().newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${origin()}/`);
  const marker = page.locator(difficult).first();
  const target = (await marker.getAttribute('href'))!;
  await marker.click();
  expect(page.url().endsWith(target)).toBe(true);
  await expect(page.locator(target).innerText()).resolves.toContain('a difficult point and a direction that requires concerted efforts');
  await context.close();
});

test('the panel’s link lands on the highlighted passage on /source/', async () => {
  const page = await open();
  await page.locator('#the-interview .context a.src[data-statement="c-trial-broadcast"]').first().click();
  await page.locator('.ref-panel a', { hasText: 'See it on the source page' }).click();
  await page.waitForURL('**/source/#c-trial-broadcast');
  const passage = page.locator('#c-trial-broadcast');
  await expect(passage.innerText()).resolves.toContain('carried the live broadcast');
  await expect(passage.evaluate((el) => getComputedStyle(el).backgroundColor)).resolves.not.toBe('rgba(0, 0, 0, 0)');
  const top = await passage.evaluate((el) => el.getBoundingClientRect().top);
  expect(top).toBeGreaterThanOrEqual(0);
  expect(top).toBeLessThan(900);
  await page.close();
});
