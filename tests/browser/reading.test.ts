/**
 * Reading aids in Chromium: the contents mark the section in view, "Copy link" and
 * "Share" hand over the section's absolute URL, the theme toggle switches, persists and
 * never flashes, the progress bar moves no layout; keyboard, no JavaScript, print, axe.
 */
import { describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, layoutShifts, recordLayoutShifts, useBrowser } from '../helpers/browser';
import { sectionsFromContent } from '../helpers/dist';

const { browser, origin } = useBrowser();
const sections = sectionsFromContent();

type ContextOptions = Parameters<Browser['newContext']>[0];

/** A page in its own context (clipboard allowed; loopback is a secure context). */
async function open(path: string, options: ContextOptions = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser().newContext({
    viewport: { width: 1280, height: 900 },
    permissions: ['clipboard-read', 'clipboard-write'],
    reducedMotion: 'reduce',
    ...options,
  });
  const page = await context.newPage();
  await page.goto(origin() + path, { waitUntil: 'load' });
  return { context, page };
}

const currentLinks = (page: Page) =>
  page.locator('nav.toc a[aria-current="true"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));

/** The site's origin as the build wrote it (SITE_URL or the default), from the page's canonical link. */
const siteOrigin = async (page: Page) => new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).origin;

const focusedName = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el?.getAttribute('aria-label') ?? el?.innerText.replace(/\s+/g, ' ').trim();
  });

/** Presses Tab until the focused element has this accessible name (or gives up). */
async function tabTo(page: Page, name: string, limit = 40): Promise<void> {
  for (let i = 0; i < limit && (await focusedName(page)) !== name; i++) await page.keyboard.press('Tab');
  expect(await focusedName(page)).toBe(name);
}

describe('contents', () => {
  test.each([1280, 360])('at %i px marks the section scrolled to, and only that one, going down and back up', async (width) => {
    const { context, page } = await open('/', { viewport: { width, height: 800 } });
    await expect(currentLinks(page)).resolves.toEqual([]);
    for (const s of [...sections, ...[...sections].reverse()]) {
      await page.locator(`section#${s.slug}`).evaluate((el) => el.scrollIntoView());
      await expect.poll(() => currentLinks(page), { message: s.slug }).toEqual([`#${s.slug}`]);
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(() => currentLinks(page)).toEqual([]);
    await context.close();
  });

  test.each([1024, 1280, 1600])('at %i px is always shown, sticky in a column beside the text, overlapping nothing', async (width) => {
    const { context, page } = await open('/', { viewport: { width, height: 800 } });
    await expect(page.locator('nav.toc ol').isVisible()).resolves.toBe(true);
    // <page-contents> opens the list from a ResizeObserver callback, after the first layout: wait for it.
    await expect.poll(() => page.locator('nav.toc details').getAttribute('open')).toBe('');
    for (const slug of ['in-numbers', 'reading-the-numbers', 'glossary']) {
      await page.locator(`section#${slug}`).evaluate((el) => el.scrollIntoView());
      const toc = (await page.locator('nav.toc').boundingBox())!;
      expect(toc.y, `${slug}: stuck near the top`).toBeGreaterThanOrEqual(0);
      expect(toc.y, `${slug}: stuck near the top`).toBeLessThan(40);
      expect(toc.x).toBeGreaterThanOrEqual(0);
      // Left of every block of the text column: sections, their charts and tables.
      const textLeft = await page.evaluate(() =>
        Math.min(...[...document.querySelectorAll('main > section, main figure.chart, main table')].map((e) => e.getBoundingClientRect().left)),
      );
      expect(toc.x + toc.width, slug).toBeLessThanOrEqual(textLeft);
    }
    await context.close();
  });

  test('the text column keeps its measure beside the contents', async () => {
    const { context, page } = await open('/sections/in-numbers/');
    const alone = await page.locator('article').evaluate((el) => el.getBoundingClientRect().width);
    await page.goto(`${origin()}/`);
    const beside = await page.locator('section#in-numbers').evaluate((el) => el.getBoundingClientRect().width);
    expect(beside).toBe(alone);
    await context.close();
  });

  test('on a phone is a closed "Contents" disclosure that opens by keyboard, and its links jump', async () => {
    const { context, page } = await open('/', { viewport: { width: 360, height: 800 } });
    const list = page.locator('nav.toc ol');
    await expect(list.isVisible()).resolves.toBe(false);
    await page.locator('nav.toc summary').focus();
    await page.keyboard.press('Enter');
    await expect(list.isVisible()).resolves.toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe(sections[2]!.shortTitle);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${sections[2]!.slug}`);
    await expect.poll(() => currentLinks(page)).toEqual([`#${sections[2]!.slug}`]);
    await context.close();
  });

  test('the header\'s "Contents" link opens the list on a phone', async () => {
    const { context, page } = await open('/', { viewport: { width: 360, height: 800 } });
    await page.locator('header.site-header a[href="/#contents"]').click();
    await expect.poll(() => page.locator('nav.toc ol').isVisible()).toBe(true);
    await context.close();
  });
});

describe('"#" links', () => {
  test('a section heading\'s and a chart\'s "#" link to themselves, by keyboard', async () => {
    const { context, page } = await open('/');
    await page.locator('#in-numbers-title').evaluate((el) => el.scrollIntoView());
    await page.locator('a[aria-label="Link to section: 2024 in numbers"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#in-numbers');
    await page.locator('#chart-scale > a.anchor-link').focus();
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#chart-scale');
    await context.close();
  });
});

describe('Copy link and Share', () => {
  test('Copy link puts the section page\'s absolute URL on the clipboard and says so, by keyboard', async () => {
    const { context, page } = await open('/');
    const expected = new URL('/sections/in-numbers/', await siteOrigin(page)).href;
    // From the section's "#" link, Tab reaches its Copy link button next.
    await page.locator('a[aria-label="Link to section: 2024 in numbers"]').focus();
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('Copy link to “2024 in numbers”');
    await page.keyboard.press('Enter');
    const status = page.locator('#in-numbers .share-status');
    await expect.poll(() => status.textContent()).toBe('Link copied');
    await expect(status.getAttribute('role')).resolves.toBe('status');
    await expect(status.isVisible()).resolves.toBe(true);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    // Another section copies its own URL.
    await page.getByRole('button', { name: 'Copy link to “Glossary”' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL('/sections/glossary/', expected).href);
    await expect.poll(() => page.locator('#glossary .share-status').textContent()).toBe('Link copied');
    await context.close();
  });

  test('on a section page, the button under the h1 copies that page\'s URL', async () => {
    const { context, page } = await open('/sections/judicial-assistance/', { viewport: { width: 360, height: 800 } });
    await page.getByRole('button', { name: 'Copy link to “Measure four: judicial assistance”' }).click();
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
    await expect.poll(() => page.locator('article .share-status').textContent()).toBe('Link copied');
    await context.close();
  });

  test('without a clipboard the status shows the link to copy by hand', async () => {
    const context = await browser().newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
    });
    await page.goto(`${origin()}/sections/glossary/`);
    await page.getByRole('button', { name: 'Copy link to “Glossary”' }).click();
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    await expect.poll(() => page.locator('article .share-status').textContent()).toBe(`Could not copy. The link: ${canonical}`);
    await context.close();
  });

  test('Share shows only where the device can share, and hands the share sheet the title and URL', async () => {
    const plain = await open('/');
    // Desktop Chromium on Linux has no share sheet.
    await expect(plain.page.evaluate(() => typeof navigator.share)).resolves.toBe('undefined');
    await expect(plain.page.locator('[data-native-share]').first().isVisible()).resolves.toBe(false);
    await plain.context.close();

    const context = await browser().newContext({ viewport: { width: 360, height: 800 }, reducedMotion: 'reduce' });
    await context.addInitScript(() => {
      const shared: ShareData[] = [];
      (window as unknown as { shared: ShareData[] }).shared = shared;
      navigator.share = (data?: ShareData) => {
        shared.push(data!);
        return Promise.resolve();
      };
    });
    const page = await context.newPage();
    await page.goto(`${origin()}/`, { waitUntil: 'load' });
    const share = page.getByRole('button', { name: 'Share “Glossary”' });
    await expect(share.isVisible()).resolves.toBe(true);
    await share.focus();
    await page.keyboard.press('Enter');
    const shared = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
    expect(shared).toEqual([{ title: 'Glossary', url: new URL('/sections/glossary/', await siteOrigin(page)).href }]);
    await context.close();
  });
});

describe('theme', () => {
  const theme = (page: Page) => page.evaluate(() => document.documentElement.dataset.theme ?? null);
  const stored = (page: Page) => page.evaluate(() => localStorage.getItem('theme'));
  const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const chartColour = (page: Page) =>
    page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--c-livelihood').trim());
  const label = (page: Page) => page.locator('.theme-toggle').innerText().then((t) => t.replace(/\s+/g, ' ').trim());
  const lightBg = 'rgb(253, 252, 248)';
  const darkBg = 'rgb(22, 22, 20)';

  test('the toggle goes Dark → Light → System on a light system, and each choice survives a reload', async () => {
    const { context, page } = await open('/', { colorScheme: 'light' });
    expect([await theme(page), await label(page), await background(page), await chartColour(page)]).toEqual([null, '◐ Theme: System', lightBg, '#0072b2']);
    await page.locator('.theme-toggle').click();
    expect([await theme(page), await stored(page), await label(page), await background(page), await chartColour(page)]).toEqual([
      'dark',
      'dark',
      '◐ Theme: Dark',
      darkBg,
      '#56b4e9',
    ]);
    await expect.poll(() => page.locator('[data-theme-status]').textContent()).toBe('Theme: Dark');
    await page.reload({ waitUntil: 'load' });
    expect([await theme(page), await label(page), await background(page)]).toEqual(['dark', '◐ Theme: Dark', darkBg]);
    await page.locator('.theme-toggle').click();
    expect([await theme(page), await stored(page), await background(page)]).toEqual(['light', 'light', lightBg]);
    await page.reload({ waitUntil: 'load' });
    expect([await theme(page), await label(page)]).toEqual(['light', '◐ Theme: Light']);
    await page.locator('.theme-toggle').click();
    expect([await theme(page), await stored(page), await label(page), await background(page)]).toEqual([null, null, '◐ Theme: System', lightBg]);
    await context.close();
  });

  test('on a dark system the first press shows Light, and Light holds across a reload', async () => {
    const { context, page } = await open('/sections/in-numbers/', { colorScheme: 'dark' });
    expect([await theme(page), await background(page), await chartColour(page)]).toEqual([null, darkBg, '#56b4e9']);
    await page.locator('.theme-toggle').click();
    expect([await theme(page), await background(page), await chartColour(page)]).toEqual(['light', lightBg, '#0072b2']);
    await page.reload({ waitUntil: 'load' });
    expect([await theme(page), await background(page)]).toEqual(['light', lightBg]);
    await context.close();
  });

  test('works by keyboard with a visible focus', async () => {
    const { context, page } = await open('/', { colorScheme: 'light' });
    await expect(page.getByRole('button', { name: 'Theme: System', exact: true }).count()).resolves.toBe(1);
    await tabTo(page, '◐ Theme: System', 10);
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');
    await page.keyboard.press('Enter');
    expect(await theme(page)).toBe('dark');
    await page.keyboard.press('Space');
    expect(await theme(page)).toBe('light');
    await context.close();
  });

  test('no flash: the stored theme is on <html> before the body exists and before the first frame', async () => {
    const context = await browser().newContext({ colorScheme: 'light' });
    await context.addInitScript(() => {
      const seen = window as unknown as { atBody?: string | null; atFirstFrame?: string | null };
      // Record the attribute when <body> first appears, and at the first animation frame (before first paint).
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        seen.atBody = document.documentElement.dataset.theme ?? null;
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
      requestAnimationFrame(() => (seen.atFirstFrame = document.documentElement.dataset.theme ?? null));
    });
    const page = await context.newPage();
    await page.goto(`${origin()}/`);
    await page.evaluate(() => localStorage.setItem('theme', 'dark'));
    for (const path of ['/', '/sections/in-numbers/', '/data/']) {
      await page.goto(origin() + path, { waitUntil: 'load' });
      const seen = await page.evaluate(() => {
        const w = window as unknown as { atBody?: string | null; atFirstFrame?: string | null };
        return [w.atBody, w.atFirstFrame];
      });
      expect(seen, path).toEqual(['dark', 'dark']);
    }
    await context.close();
  });

  // Both palettes with the states the per-page gate does not reach (a status shown, the current section marked),
  // each chosen with the toggle against the system's scheme: the emulated schemes use the same colour tokens
  // (themeCss) and the gate checks them on every page.
  test.each([
    ['dark', 'light'],
    ['light', 'dark'],
  ] as const)('axe finds no colour-contrast violation on / in %s chosen with the toggle on a %s system', async (theme, colorScheme) => {
    const { context, page } = await open('/', { colorScheme });
    await page.locator('.theme-toggle').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
    // Open every disclosure so the text inside is checked too.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => ((d as HTMLDetailsElement).open = true)));
    await page.getByRole('button', { name: 'Copy link to “2024 in numbers”' }).click();
    await page.locator('section#in-numbers').evaluate((el) => el.scrollIntoView());
    await expect.poll(() => currentLinks(page)).toEqual(['#in-numbers']);
    expect(await axeViolations(page, { rules: ['color-contrast'] })).toEqual([]);
    await context.close();
  });

  test.each([360, 1280])('axe finds no violation in the header, the contents and a section head at %i px', async (width) => {
    const { context, page } = await open('/', { viewport: { width, height: 800 } });
    await page.locator('section#in-numbers').evaluate((el) => el.scrollIntoView());
    const include = ['header.site-header', 'nav.toc', '#in-numbers .section-heading', '#in-numbers .share-link', '#chart-scale > a'];
    expect(await axeViolations(page, { include })).toEqual([]);
    await context.close();
  });
});

describe('progress bar', () => {
  test.each([360, 1280])('follows the scroll at %i px and shifts no layout (CLS 0), with a stored theme', async (width) => {
    const context = await browser().newContext({ viewport: { width, height: 800 } });
    await context.addInitScript(() => localStorage.setItem('theme', 'dark'));
    await recordLayoutShifts(context);
    const page = await context.newPage();
    await page.goto(`${origin()}/`, { waitUntil: 'load' });
    const bar = page.locator('.reading-progress');
    const scale = () => bar.evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
    await expect(bar.evaluate((el) => getComputedStyle(el).position)).resolves.toBe('fixed');
    await expect(scale()).resolves.toBe(0);
    for (const share of [0.25, 0.5, 0.75, 1]) {
      // An instant jump: the page scrolls smoothly where motion is allowed, and the bar is read where the scroll lands.
      await page.evaluate((f) => window.scrollTo({ top: (document.documentElement.scrollHeight - innerHeight) * f, behavior: 'instant' }), share);
      await expect.poll(scale).toBeCloseTo(share, 2);
    }
    expect(await layoutShifts(page)).toEqual([]);
    await context.close();
  });
});

describe('without JavaScript, and in print', () => {
  const shownButtons = (page: Page) =>
    page.locator('button').evaluateAll((buttons) => buttons.filter((b) => b.getClientRects().length > 0).map((b) => b.textContent!.trim()));

  test.each([360, 1280])('with JavaScript off at %i px the contents are plain links and no button shows', async (width) => {
    const { context, page } = await open('/', { javaScriptEnabled: false, viewport: { width, height: 800 } });
    await expect(shownButtons(page)).resolves.toEqual([]);
    await expect(page.locator('.reading-progress').isVisible()).resolves.toBe(false);
    const list = page.locator('nav.toc ol');
    // Wide screens show the list without a script; phones open the disclosure natively.
    if (width < 1024) {
      await expect(list.isVisible()).resolves.toBe(false);
      await page.locator('nav.toc summary').click();
    }
    await expect(list.isVisible()).resolves.toBe(true);
    await page.locator(`nav.toc a[href="#${sections[4]!.slug}"]`).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${sections[4]!.slug}`);
    await expect(page.locator('a.anchor-link').first().isVisible()).resolves.toBe(true);
    await context.close();
  });

  test('no button, "#" link, progress bar or contents list prints (navigation is for the screen)', async () => {
    const { context, page } = await open('/', { viewport: { width: 360, height: 800 } });
    await page.emulateMedia({ media: 'print' });
    await expect(shownButtons(page)).resolves.toEqual([]);
    const shown = await page.locator('a.anchor-link, .reading-progress, .share-link').evaluateAll((els) => els.filter((e) => e.getClientRects().length > 0).length);
    expect(shown).toBe(0);
    await expect(page.locator('nav.toc').isVisible()).resolves.toBe(false);
    await expect(page.locator('.start-reading').isVisible()).resolves.toBe(false);
    // The key figures print as plain numbers, like every figure.
    const underlines = await page.locator('.key-figures .fig-number').evaluateAll((els) => els.map((e) => getComputedStyle(e).textDecorationLine));
    expect(underlines).toEqual(['none', 'none', 'none', 'none']);
    await context.close();
  });
});
