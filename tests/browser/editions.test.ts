/**
 * Switching edition as a reader does: the link to the other edition opens the same page there, and on the
 * whole explainer the section being read, so a reader who switches mid-way keeps their place.
 */
import { expect, test } from 'vitest';
import { layoutShifts, recordLayoutShifts, settled, useBrowser } from '../helpers/browser';

const { browser, origin } = useBrowser();

test.each([
  ['/', '/zh/', '简体中文'],
  ['/zh/', '/', 'English'],
])('on %s the link to the other edition follows the section being read, and lands there', async (from, to, name) => {
  const context = await browser().newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(`${origin()}${from}`, { waitUntil: 'load' });
  const link = page.getByRole('link', { name, exact: true });
  await expect(link.getAttribute('href')).resolves.toBe(to);
  await page.evaluate(() => document.getElementById('in-numbers')!.scrollIntoView());
  await expect.poll(() => link.getAttribute('href')).toBe(`${to}#in-numbers`);
  // Followed as the reader would (a plain link): its address, read once, opened; the new page's position is polled below.
  const href = (await link.getAttribute('href'))!;
  expect(href).toBe(`${to}#in-numbers`);
  await page.goto(`${origin()}${href}`, { waitUntil: 'commit' });
  // The section's heading is at the top of the window, where the fragment puts it.
  await expect.poll(() => page.evaluate(() => Math.round(document.getElementById('in-numbers')!.getBoundingClientRect().top))).toBeLessThan(40);
  await context.close();
});

test('a section page links to the same section in the other edition, without JavaScript too', async () => {
  const context = await browser().newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${origin()}/sections/judicial-assistance/`);
  await page.getByRole('link', { name: '简体中文', exact: true }).click();
  await page.waitForURL(`${origin()}/zh/sections/judicial-assistance/`);
  await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-Hans');
  await context.close();
});

test.each([390, 1280])('loading /zh/ and scrolling through it shifts no layout (CLS 0) at %i px', async (width) => {
  const context = await browser().newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  await recordLayoutShifts(page);
  await page.goto(`${origin()}/zh/`, { waitUntil: 'load' });
  for (const y of [0.25, 0.5, 0.75, 1]) {
    // Instant jumps: a smooth scroll would still be on its way when the next one starts.
    await page.evaluate((f) => window.scrollTo({ top: document.body.scrollHeight * f, behavior: 'instant' }), y);
    await settled(page);
  }
  expect(await layoutShifts(page)).toEqual([]);
  await context.close();
});
