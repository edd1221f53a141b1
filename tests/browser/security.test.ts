/**
 * The Content Security Policy in a real Chromium: it is enforced (an injected inline script
 * does not run), and reading the site — every control on / and /data/ — never trips it.
 */
import { describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useBrowser } from '../helpers/browser';

const { browser, origin } = useBrowser();

/** A page that records every CSP violation (the event) and every console error (Chromium logs violations there too). */
async function open(path: string, context: BrowserContext): Promise<{ page: Page; problems: string[]; violations: () => Promise<string[]> }> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.goto(origin() + path, { waitUntil: 'load' });
  await page.evaluate(() => {
    const log: string[] = [];
    (window as unknown as { cspLog: string[] }).cspLog = log;
    document.addEventListener('securitypolicyviolation', (e) => log.push(`${e.violatedDirective}: ${e.blockedURI || e.sample}`));
  });
  const violations = () => page.evaluate(() => (window as unknown as { cspLog: string[] }).cspLog);
  return { page, problems, violations };
}

describe('the policy is enforced', () => {
  test('an injected inline script does not run, and an inline style attribute does not apply', async () => {
    const context = await browser().newContext();
    const { page, violations } = await open('/', context);
    const result = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
      const p = document.createElement('p');
      p.setAttribute('style', 'color: rgb(255, 0, 0)');
      document.body.append(p);
      // Both are decided as they are added: an allowed inline script runs on insertion.
      return { injected: 'injected' in window, colour: getComputedStyle(p).color };
    });
    expect(result.injected).toBe(false);
    expect(result.colour).not.toBe('rgb(255, 0, 0)');
    // The violation events come a task later.
    await expect.poll(async () => {
      const seen = await violations();
      return [seen.some((v) => v.startsWith('script-src')), seen.some((v) => v.startsWith('style-src'))];
    }).toEqual([true, true]);
    await context.close();
  });
});

describe('no violation while reading', () => {
  test('every control on / (theme, panels, glossary, case-path walk, details, downloads, citations)', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true, permissions: ['clipboard-read', 'clipboard-write'] });
    const { page, problems, violations } = await open('/', context);
    for (let i = 0; i < 3; i++) await page.locator('.theme-toggle').click();
    await page.locator('a.fig[data-figure="livelihoodCases"]').first().click();
    await expect(page.locator('.ref-panel').count()).resolves.toBe(1);
    await page.keyboard.press('Escape');
    await page.locator('a.term[data-term="enforcement"]').first().click();
    await expect(page.locator('.ref-panel').count()).resolves.toBe(1);
    await page.keyboard.press('Escape');
    // The case-path walk sets its reading line through CSSOM when a step link is followed.
    await page.locator('#chart-case-path-step-3 .anchor-link').click();
    await page.locator('#chart-averages .chart-wide .chart-target').first().hover();
    await expect(page.locator('#chart-averages .chart-tooltip').isVisible()).resolves.toBe(true);
    for (const name of ['Image (SVG)', 'Image (PNG)']) {
      await Promise.all([page.waitForEvent('download'), page.locator('#chart-averages .chart-downloads').getByText(name).click()]);
    }
    const cite = page.locator('details.citations').first();
    await cite.locator('summary').click();
    await cite.getByRole('button', { name: 'Copy APA citation' }).click();
    // The copy is done when it is announced.
    await expect.poll(() => cite.locator('.copy-status').textContent()).toBe('Copied APA citation');
    expect(await violations()).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('sorting and filtering the /data/ table', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const { page, problems, violations } = await open('/data/', context);
    await page.locator('#figures-table thead button').first().click();
    await page.locator('.kind-filter input').last().check();
    expect(await violations()).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
