/** Reference panels in Chromium: open by mouse and keyboard, close with Esc, follow to the sentence, axe. */
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, useBrowser } from '../helpers/browser';
import { getFigure, type SourceFigure } from '../../src/data/index';

const { browser, origin } = useBrowser();

async function open(path = '/', width = 1280): Promise<Page> {
  const context = await browser().newContext({ viewport: { width, height: 900 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  page.on('close', () => void context.close().catch(() => undefined));
  await page.goto(origin() + path, { waitUntil: 'load' });
  return page;
}

const cases = getFigure('livelihoodCases') as SourceFigure;
const firstCases = '#in-numbers a.fig[data-figure="livelihoodCases"]';
const panelText = async (page: Page) => (await page.locator('.ref-panel').innerText()).replace(/\s+/g, ' ');

test('a click opens the figure’s panel with its exact sentence, and a second click closes it', async () => {
  const page = await open();
  await page.locator(firstCases).first().click();
  await expect(page.locator('.ref-panel').count()).resolves.toBe(1);
  expect(await panelText(page)).toContain(cases.sentence);
  expect(await panelText(page)).toContain(cases.sentenceZh!.text);
  await expect(page.locator(firstCases).first().getAttribute('aria-expanded')).resolves.toBe('true');
  expect(page.url()).not.toContain('#in-numbers-note'); // the link did not navigate
  await page.locator(firstCases).first().click();
  await expect(page.locator('.ref-panel').count()).resolves.toBe(0);
  await page.close();
});

test('keyboard: Enter opens, Tab moves into the panel, Esc closes and returns focus to the figure', async () => {
  const page = await open();
  await page.locator(firstCases).first().focus();
  await page.keyboard.press('Enter');
  expect(await panelText(page)).toContain(cases.sentence);
  await page.keyboard.press('Tab');
  await expect(page.evaluate(() => document.activeElement?.closest('.ref-panel') !== null)).resolves.toBe(true);
  await page.keyboard.press('Escape');
  await expect(page.locator('.ref-panel').count()).resolves.toBe(0);
  await expect(page.evaluate(() => (document.activeElement as HTMLElement).dataset.figure)).resolves.toBe('livelihoodCases');
  await page.close();
});

test('focus leaving the panel closes it (no focus trap)', async () => {
  const page = await open();
  await page.locator(firstCases).first().focus();
  await page.keyboard.press('Enter');
  // Tab through the panel's links and on: the panel closes once focus is past it.
  const links = await page.locator('.ref-panel a').count();
  expect(links).toBeGreaterThan(1);
  for (let i = 0; i <= links; i++) await page.keyboard.press('Tab');
  await expect(page.locator('.ref-panel').count()).resolves.toBe(0);
  await page.close();
});

test('a figure’s panel shows that figure first, marked, then the sentence it shares with the others', async () => {
  const page = await open();
  const amount = getFigure('migrantWorkerAmount') as SourceFigure;
  const trigger = page.locator('#in-numbers a.fig[data-figure="migrantWorkerAmount"]').first();
  const noteId = (await trigger.getAttribute('data-panel'))!;
  // The note lists other figures before this one: the panel reorders its copy, not the note.
  const listed = await page.locator(`[id="${noteId}"] a.note-fig`).evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(listed.indexOf('/data/#migrantWorkerAmount')).toBeGreaterThan(0);
  await trigger.click();
  const first = page.locator('.ref-panel > :first-child');
  await expect(first.getAttribute('href')).resolves.toBe('/data/#migrantWorkerAmount');
  await expect(first.evaluate((a) => a.classList.contains('is-current') && getComputedStyle(a).fontWeight)).resolves.toBe('650');
  await expect(page.locator('.ref-panel a.note-fig.is-current').count()).resolves.toBe(1);
  expect(await panelText(page)).toContain(amount.sentence);
  await expect(page.locator('.ref-panel a.note-fig').count()).resolves.toBe(listed.length);
  await expect(page.locator(`[id="${noteId}"] a.note-fig`).first().getAttribute('href')).resolves.toBe(listed[0]);
  await page.close();
});

test('a derived figure shows its formula', async () => {
  const page = await open();
  await page.locator('#in-numbers a.fig[data-figure="averagePerLivelihoodCase"]').first().click();
  expect(await panelText(page)).toContain('about 51.7 billion yuan ÷ about 640,000 cases = 80,781.25 ≈ 81,000 yuan per case');
  await page.close();
});

test('the panel’s link lands on the highlighted sentence of the source', async () => {
  const page = await open();
  await page.locator(firstCases).first().click();
  await page.locator(`.ref-panel a[href="/source/#${cases.sourceAnchor}"]`).click();
  await page.waitForURL(`**/source/#${cases.sourceAnchor}`);
  const sentence = page.locator(`#${cases.sourceAnchor}`);
  await expect(sentence.innerText()).resolves.toContain('640000 cases');
  const highlighted = await sentence.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(highlighted).not.toBe('rgba(0, 0, 0, 0)');
  const top = await sentence.evaluate((el) => el.getBoundingClientRect().top);
  expect(top).toBeGreaterThanOrEqual(0);
  expect(top).toBeLessThan(900);
  await page.close();
});

test('without JavaScript a figure is a link to its note', async () => {
  const context = await browser().newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${origin()}/`);
  await page.locator(firstCases).first().click();
  expect(page.url()).toMatch(/#in-numbers-note-1$/);
  await expect(page.locator('#in-numbers-note-1').innerText()).resolves.toContain('640000 cases');
  await context.close();
});

test('axe finds no violation with a panel open, on a phone and a desktop', async () => {
  for (const width of [375, 1280]) {
    const page = await open('/sections/in-numbers/', width);
    await page.locator('a.fig[data-figure="livelihoodCases"]').first().click();
    expect(await axeViolations(page, { include: ['.ref-panel', 'article'] })).toEqual([]);
    await page.close();
  }
});

test('a glossary term opens the same kind of panel, by mouse and by keyboard', async () => {
  const { getTerm } = await import('../../src/data/index');
  const term = getTerm('enforcement');
  const page = await open('/sections/the-interview/');
  const trigger = page.locator('a.term[data-term="enforcement"]').first();
  await trigger.click();
  const text = await panelText(page);
  expect(text).toContain(term.zh);
  expect(text).toContain(term.pinyin);
  expect(text).toContain(term.explanation);
  await expect(page.locator('.ref-panel').getAttribute('aria-label')).resolves.toBe('Glossary');
  await page.keyboard.press('Escape');
  await expect(page.locator('.ref-panel').count()).resolves.toBe(0);
  await trigger.focus();
  await page.keyboard.press('Enter');
  expect(await panelText(page)).toContain(term.explanation);
  await page.keyboard.press('Escape');
  await expect(page.evaluate(() => (document.activeElement as HTMLElement).dataset.term)).resolves.toBe('enforcement');
  // Its link goes to the glossary entry on /.
  await trigger.click();
  await page.locator('.ref-panel a').last().click();
  await page.waitForURL('**/#term-enforcement');
  await expect(page.locator('#term-enforcement').isVisible()).resolves.toBe(true);
  await page.close();
});
