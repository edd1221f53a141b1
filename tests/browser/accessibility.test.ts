/**
 * Accessibility in Chromium beyond the per-page gate (page-gate.test.ts: axe and the heading outline on every
 * page): touch targets at phone widths, keyboard order and focus indicators, the skip link, 200% text size, and
 * the explainer without JavaScript.
 */
import { describe, expect, test } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { axeViolations, chartTargetsReady, useBrowser } from '../helpers/browser';
import { sectionsFromContent } from '../helpers/dist';
import { dataset } from '../../src/data/index';
import { figureText } from '../../src/data/display';
import { getChart } from '../../src/charts/index';

const { browser, origin } = useBrowser();
const sections = sectionsFromContent();
const sectionPage = `/sections/${sections.find((s) => s.slug === 'in-numbers')?.slug ?? sections[0]!.slug}/`;

async function open(path: string, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser().newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce', ...options });
  const page = await context.newPage();
  await page.goto(origin() + path, { waitUntil: 'load' });
  return page;
}

const close = (page: Page) => page.context().close();


describe('touch targets', () => {
  // Which links crowd each other depends on where lines wrap, so the phone widths are checked one by one
  // (412 px is Lighthouse's phone: the notes' stacked links failed there and at no other width).
  test.each(['/', sectionPage])('%s: every target is 24 px or has room around it at 360, 390 and 412 px', async (path) => {
    const found: string[] = [];
    const page = await open(path, { viewport: { width: 360, height: 800 } });
    for (const width of [360, 390, 412]) {
      await page.setViewportSize({ width, height: 800 });
      found.push(...(await axeViolations(page, { rules: ['target-size'] })).map((v) => `${width} px: ${v}`));
    }
    await close(page);
    expect(found).toEqual([]);
  });
});

/** Visible, tabbable elements in document order, described (runs in the page). */
function tabbables(): string[] {
  // A short, stable description of an element for comparing focus sequences (inline: functions run in the page).
  const describe = (el: Element) => {
    const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
    return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''} "${text}"`;
  };
  return [...document.querySelectorAll<HTMLElement | SVGElement>('*')]
    .filter((el) => {
      if (el.tabIndex < 0 || (el as HTMLButtonElement).disabled || el.closest('[inert]')) return false;
      if (el instanceof HTMLAnchorElement && !el.hasAttribute('href') && !el.hasAttribute('tabindex')) return false;
      // Content of a closed <details> is not rendered, its summary is.
      const details = el.parentElement?.closest('details');
      if (details && !details.open && !(el.tagName === 'SUMMARY' && el.parentElement === details)) return false;
      if (el.classList.contains('skip-link')) return true; // off screen until focused; checked on its own
      const rect = el.getBoundingClientRect();
      return rect.width > 0 && rect.height > 0 && el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
    })
    .map(describe);
}

interface Stop {
  element: string;
  indicator: string | null;
  inView: boolean;
  visible: boolean;
}

/** What has focus now: its description, its focus indicator, whether it is on screen. */
function focused(): Stop {
  // A short, stable description of an element for comparing focus sequences (inline: functions run in the page).
  const describe = (el: Element) => {
    const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
    return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''} "${text}"`;
  };
  const el = document.activeElement!;
  const style = getComputedStyle(el);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 ? `outline ${style.outlineWidth} ${style.outlineStyle}` : null;
  const shadow = style.boxShadow !== 'none' ? `box-shadow ${style.boxShadow}` : null;
  const rect = el.getBoundingClientRect();
  return {
    element: describe(el),
    indicator: outline ?? shadow,
    inView: rect.bottom > 0 && rect.right > 0 && rect.top < innerHeight && rect.left < innerWidth,
    visible: rect.width > 0 && rect.height > 0 && el.checkVisibility({ opacityProperty: true, visibilityProperty: true }),
  };
}

async function tabThrough(page: Page, presses: number): Promise<Stop[]> {
  const stops: Stop[] = [];
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press('Tab');
    stops.push(await page.evaluate(focused));
  }
  return stops;
}

async function openForKeyboard(path: string, width: number): Promise<Page> {
  const page = await open(path, { viewport: { width, height: 800 } });
  await chartTargetsReady(page);
  return page;
}

describe('keyboard', () => {
  test.each([
    ['/', 1280, 60],
    ['/', 375, 60],
    [sectionPage, 1280, Infinity],
  ] as const)('Tab from the top of %s at %i px visits the skip link, the header, then every control in order, each with a visible focus ring', async (path, width, cap) => {
    const page = await openForKeyboard(path, width);
    const expected = await page.evaluate(tabbables);
    expect(await page.evaluate(() => [...document.querySelectorAll('[tabindex]')].filter((el) => (el as HTMLElement).tabIndex > 0).length), 'positive tabindex').toBe(0);
    const presses = Math.min(expected.length, cap);
    const stops = await tabThrough(page, presses);
    expect(stops.map((s) => s.element)).toEqual(expected.slice(0, presses));
    expect(stops[0]!.element).toMatch(/^a\.skip-link/);
    const header = await page.evaluate(() => [...document.querySelectorAll('header.site-header a[href], header.site-header button')].filter((el) => el.checkVisibility()).length);
    expect(stops.slice(1, 1 + header).every((s) => /^(a|button)\b/.test(s.element))).toBe(true);
    expect(stops.filter((s) => !s.indicator).map((s) => s.element), 'no focus indicator').toEqual([]);
    expect(stops.filter((s) => !s.inView || !s.visible).map((s) => s.element), 'focused but not visible').toEqual([]);
    if (cap === Infinity) {
      // One more Tab leaves the page (focus goes to the browser UI: the body has focus in headless Chromium).
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement === document.body || document.activeElement === null)).toBe(true);
    }
    await close(page);
  });

  test('the whole explainer has a sane number of Tab stops', async () => {
    const page = await openForKeyboard('/', 1280);
    const count = (await page.evaluate(tabbables)).length;
    expect(count).toBeGreaterThan(20);
    expect(count, 'Tab stops on /').toBeLessThan(600);
    await close(page);
  });

  test.each(['/', sectionPage])('on %s the skip link shows when focused and moves focus to <main>', async (path) => {
    const page = await openForKeyboard(path, 375);
    await page.keyboard.press('Tab');
    const link = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const r = el.getBoundingClientRect();
      return { cls: el.className, inView: r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth && r.width > 1 };
    });
    expect(link).toEqual({ cls: 'skip-link', inView: true });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#main');
    expect(await page.evaluate(() => Math.abs(document.querySelector('main')!.getBoundingClientRect().top))).toBeLessThan(50);
    // The next Tab lands inside <main>, not back in the header.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.querySelector('main')!.contains(document.activeElement))).toBe(true);
    await close(page);
  });
});

/** At 200% text size: overflow, clipped text, and whether header, contents and chart controls fit (runs in the page). */
function zoomProblems(): string[] {
  const problems: string[] = [];
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth) problems.push(`page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
  const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`;
  // Text cut off by an ancestor that hides its overflow (scrolling containers are fine: their content can be reached).
  const clips = new Map<Element, boolean>();
  const clipping = (el: Element) => {
    if (!clips.has(el)) {
      const s = getComputedStyle(el);
      const hides = [s.overflowX, s.overflowY].some((o) => o === 'hidden' || o === 'clip');
      const r = el.getBoundingClientRect();
      // Visually hidden text (1 px, clipped) is meant for screen readers only.
      clips.set(el, hides && !(r.width <= 1 && r.height <= 1));
    }
    return clips.get(el)!;
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const reported = new Set<Element>();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent!.trim()) continue;
    const parent = node.parentElement!;
    if (!parent.checkVisibility({ visibilityProperty: true }) || parent.closest('.visually-hidden, svg, [aria-hidden="true"]')) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const text = range.getBoundingClientRect();
    if (text.width === 0 || text.height === 0) continue;
    for (let a = parent.parentElement; a && a !== document.body; a = a.parentElement) {
      if (!clipping(a) || reported.has(a)) continue;
      const box = a.getBoundingClientRect();
      if (text.left < box.left - 1 || text.right > box.right + 1 || text.top < box.top - 1 || text.bottom > box.bottom + 1) {
        reported.add(a);
        problems.push(`"${node.textContent!.trim().slice(0, 30)}" clipped by ${name(a)}`);
      }
    }
  }
  // The header, the contents and every chart's controls still fit their box and the window.
  for (const box of document.querySelectorAll('header.site-header, nav.toc, .table-controls')) {
    if (!box.checkVisibility()) continue;
    const outer = box.getBoundingClientRect();
    if (box.scrollWidth > box.clientWidth + 1) problems.push(`${name(box)} overflows: ${box.scrollWidth} > ${box.clientWidth}`);
    for (const item of box.querySelectorAll('a, button, input, label, select, summary')) {
      const r = item.getBoundingClientRect();
      if (r.width === 0 || !item.checkVisibility()) continue;
      if (r.left < Math.max(0, outer.left) - 1 || r.right > Math.min(innerWidth, outer.right) + 1) {
        problems.push(`${name(item)} "${item.textContent!.trim().slice(0, 30)}" sticks out of ${name(box)}`);
      }
    }
  }
  return problems;
}

describe('200% text size', () => {
  test.each(['/', sectionPage, '/data/', '/source/'].flatMap((path) => [375, 1280].map((width) => [path, width] as const)))(
    '%s at %i px: text and headings double, nothing scrolls sideways or is clipped, header and controls fit',
    async (path, width) => {
      const page = await open(path, { viewport: { width, height: 800 } });
      // Body text and every heading level the page has.
      const sizes = () =>
        page.evaluate(() =>
          Object.fromEntries(
            ['main p', 'h1', 'main h2', 'main h3'].flatMap((s) => {
              const el = document.querySelector(s);
              return el ? [[s, parseFloat(getComputedStyle(el).fontSize)]] : [];
            }),
          ),
        );
      const before = await sizes();
      // Text-only zoom: the root font size, as a browser's "text size" setting changes it (a CSSOM change, allowed by CSP).
      await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
      // Open the disclosures so their contents are laid out and checked too.
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      const after = await sizes();
      expect(Object.keys(before)).toContain('h1');
      for (const [selector, size] of Object.entries(before)) expect(after[selector]! / size, selector).toBeGreaterThanOrEqual(1.9);
      expect(await page.evaluate(zoomProblems)).toEqual([]);
      await close(page);
    },
  );
});

describe('without JavaScript, /', () => {
  test('shows every section, every figure, every chart with its SVG and a data table that opens, and no JS-only control', async () => {
    const page = await open('/', { javaScriptEnabled: false });
    for (const s of sections) expect(await page.locator(`section#${s.slug}`).isVisible(), s.slug).toBe(true);

    const figs = await page.locator('.fig').evaluateAll((els) =>
      els.map((el) => {
        el.scrollIntoView();
        const r = el.getBoundingClientRect();
        return { id: (el as HTMLElement).dataset.figure!, text: el.textContent!.trim(), visible: r.width > 0 && r.height > 0 && el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) };
      }),
    );
    expect(figs.length).toBeGreaterThan(20);
    for (const fig of figs) {
      const figure = dataset.byId.get(fig.id);
      expect(figure, fig.id).toBeDefined();
      expect([figureText(figure!), figureText(figure!, { bare: true })], fig.id).toContain(fig.text);
      expect(fig.visible, `${fig.id} visible`).toBe(true);
    }

    const charts = page.locator('figure.chart');
    const count = await charts.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const chart = charts.nth(i);
      const id = await chart.getAttribute('id');
      const svgs = await chart.locator('svg').evaluateAll((els) => els.filter((svg) => svg.checkVisibility() && svg.getBoundingClientRect().height > 50).length);
      expect(svgs, `${id}: a visible SVG`).toBeGreaterThanOrEqual(1);
      const table = chart.locator('details.chart-data table');
      // Closed at first unless the definition reads the table with the chart (tableOpen); the summary toggles it.
      const open = getChart(id!)!.tableOpen === true;
      await expect(table.isVisible(), `${id}: table ${open ? 'open' : 'closed'} at first`).resolves.toBe(open);
      await chart.locator('details.chart-data > summary').click();
      await expect(table.isVisible(), `${id}: table toggled by a click`).resolves.toBe(!open);
      expect(await table.locator('tbody tr').count(), id!).toBeGreaterThan(0);
    }

    const jsOnly = await page.evaluate(() =>
      [...document.querySelectorAll('[data-js-only], button')]
        .filter((el) => el.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(jsOnly, 'JS-only controls shown').toEqual([]);
    await close(page);
  });
});
