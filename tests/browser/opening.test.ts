/**
 * The opening of / in Chromium: on a phone (390 × 844) and a desktop (1280 × 800), with JavaScript off,
 * the first screen shows the title, the source line and the four headline figures, each the data module's
 * text and a link to the note that quotes its sentence; with JavaScript a figure opens that note as a panel.
 * Nothing moves while the page loads, and axe finds nothing in light or dark.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, layoutShifts, recordLayoutShifts, settled, useBrowser } from '../helpers/browser';
import { getEvent, getFigure } from '../../src/data/index';
import { figureText } from '../../src/data/display';
import type { SourceFigure } from '../../src/data/dataset';

const { browser, origin } = useBrowser();

/** The four headline figures, in the interview's order. */
const headline = ['livelihoodCases', 'livelihoodAmount', 'migrantWorkerCases', 'migrantWorkerAmount'].map((id) => getFigure(id) as SourceFigure);
const interview = getEvent('interview');
const sizes = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
] as const;

async function open(viewport: { width: number; height: number }, options: { javaScriptEnabled?: boolean; colorScheme?: 'light' | 'dark'; layoutShifts?: boolean } = {}): Promise<Page> {
  const { javaScriptEnabled = true, colorScheme = 'light' } = options;
  const context = await browser().newContext({ viewport, javaScriptEnabled, colorScheme, reducedMotion: 'reduce' });
  const page = await context.newPage();
  page.on('close', () => void context.close().catch(() => undefined));
  if (options.layoutShifts) await recordLayoutShifts(page);
  await page.goto(origin() + '/', { waitUntil: 'load' });
  return page;
}

/** Each key figure as the browser lays it out, before any scrolling. */
const keyFigures = (page: Page) =>
  page.locator('header.intro dl a.fig').evaluateAll((links) =>
    links.map((a) => {
      const r = a.getBoundingClientRect();
      return {
        id: (a as HTMLElement).dataset.figure!,
        text: a.textContent!,
        href: a.getAttribute('href')!,
        box: { top: r.top, bottom: r.bottom, left: r.left, right: r.right },
        label: a.closest('div')!.querySelector('dt')!.textContent!.trim(),
        fontSize: parseFloat(getComputedStyle(a.querySelector('.fig-number')!).fontSize),
        labelSize: parseFloat(getComputedStyle(a.closest('div')!.querySelector('dt')!).fontSize),
        colour: getComputedStyle(a).color,
      };
    }),
  );

/** A CSS colour as the browser computes it (rgb(…)), for comparing with a computed style. */
const computedColour = (page: Page, value: string) =>
  page.evaluate((v) => {
    const probe = document.createElement('span');
    probe.style.color = v;
    document.body.append(probe);
    const colour = getComputedStyle(probe).color;
    probe.remove();
    return colour;
  }, value);

describe.each(sizes)('the first screen at $width × $height, without JavaScript', (viewport) => {
  test('shows the title, the source line and the four headline figures, large, with what each counts', async () => {
    const page = await open(viewport, { javaScriptEnabled: false });
    const inView = (box: { top: number; bottom: number; left: number; right: number }) =>
      box.top >= 0 && box.left >= 0 && box.bottom <= viewport.height && box.right <= viewport.width;

    const h1 = await page.locator('header.intro h1').boundingBox();
    expect(h1 && inView({ top: h1.y, bottom: h1.y + h1.height, left: h1.x, right: h1.x + h1.width }), 'h1 on the first screen').toBe(true);
    const byline = page.locator('header.intro .byline');
    expect(await byline.innerText()).toContain(interview.dateLabel);
    await expect(byline.locator('time').getAttribute('datetime')).resolves.toBe(interview.date);
    const bylineBox = (await byline.boundingBox())!;
    expect(bylineBox.y + bylineBox.height, 'byline on the first screen').toBeLessThanOrEqual(viewport.height);

    const figures = await keyFigures(page);
    expect(figures.map((f) => f.id)).toEqual(headline.map((f) => f.id));
    for (const [i, f] of figures.entries()) {
      expect(inView(f.box), `${f.id} ${JSON.stringify(f.box)} inside ${viewport.width} × ${viewport.height}`).toBe(true);
      expect(f.text, f.id).toBe(figureText(headline[i]!, { bare: true }));
      expect(f.label.length, `${f.id} has a label`).toBeGreaterThan(5);
      // Large numbers over small labels: 32 px or more against 14 px.
      expect(f.fontSize, f.id).toBeGreaterThanOrEqual(32);
      expect(f.labelSize, f.id).toBe(14);
    }
    // The migrant-worker pair in the accent colour, the livelihood pair not.
    const migrant = await computedColour(page, 'var(--migrant)');
    expect(figures.map((f) => f.colour === migrant)).toEqual([false, false, true, true]);

    // Phones: two by two; desktop: one row.
    const rows = new Set(figures.map((f) => Math.round(f.box.bottom))).size;
    expect(rows).toBe(viewport.width < 600 ? 2 : 1);

    // The order of the opening: kicker, title, dek, byline, key figures, then the way in.
    const order = await page.locator('header.intro > *').evaluateAll((els) => els.map((el) => el.className || el.tagName.toLowerCase()));
    const at = (name: string) => order.findIndex((c) => c.split(' ').includes(name));
    const positions = ['kicker', 'h1', 'standfirst', 'byline', 'key-figures', 'start-reading'].map(at);
    expect(positions.every((p) => p >= 0), JSON.stringify(order)).toBe(true);
    expect(positions, JSON.stringify(order)).toEqual([...positions].sort((a, b) => a - b));
    await page.close();
  });

  test('each figure links to the note that quotes its sentence, and following it shows that note', async () => {
    const page = await open(viewport, { javaScriptEnabled: false });
    const figures = await keyFigures(page);
    for (const [i, f] of figures.entries()) {
      expect(f.href, f.id).toMatch(/^#[a-z-]+-note-\d+$/);
      const note = (await page.locator(`[id="${f.href.slice(1)}"]`).innerText()).replace(/\s+/g, ' ');
      expect(note, f.id).toContain(headline[i]!.sentence);
    }
    await page.locator('header.intro dl a.fig').nth(2).click();
    await page.waitForURL(`**${figures[2]!.href}`);
    const note = page.locator(`[id="${figures[2]!.href.slice(1)}"]`);
    const box = (await note.boundingBox())!;
    expect(box.y, 'the note scrolled into view').toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(viewport.height);
    await page.close();
  });
});

describe.each(sizes)('with JavaScript at $width × $height', (viewport) => {
  test('clicking a figure opens its source panel with its sentence, and does not navigate', async () => {
    const page = await open(viewport);
    for (const i of [0, 3]) {
      const figure = headline[i]!;
      const trigger = page.locator(`header.intro dl a.fig[data-figure="${figure.id}"]`);
      await trigger.click();
      const panel = page.locator('.ref-panel');
      await expect(panel.count()).resolves.toBe(1);
      await expect(panel.getAttribute('aria-label')).resolves.toBe('Where this number comes from');
      expect((await panel.innerText()).replace(/\s+/g, ' ')).toContain(figure.sentence);
      await expect(trigger.getAttribute('aria-expanded')).resolves.toBe('true');
      const box = (await panel.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      expect(new URL(page.url()).hash).toBe('');
      await page.keyboard.press('Escape');
      await expect(panel.count()).resolves.toBe(0);
    }
    await page.close();
  });

  test('nothing moves while the page loads (CLS 0)', async () => {
    const page = await open(viewport, { layoutShifts: true });
    await settled(page);
    await expect(layoutShifts(page)).resolves.toEqual([]);
    await page.close();
  });
});

test.each(['light', 'dark'] as const)('axe finds no violation in the opening in %s, phone size', async (colorScheme) => {
  const page = await open(sizes[0], { colorScheme });
  expect(await axeViolations(page, { include: 'header.intro' })).toEqual([]);
  await page.close();
});
