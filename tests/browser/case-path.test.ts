/**
 * The path of a case as a scrolling walk (src/charts/case-path/), in Chromium: the diagram stays in view
 * while the steps pass and shows the state of the step being read, beside the steps in a wide figure and
 * above them in a narrow one; links to a step land in its state; the step links are the keyboard path;
 * without JavaScript, in print and with reduced motion every step and the whole diagram show; axe finds
 * nothing and scrolling through the walk shifts no layout.
 */
import { describe, expect, test } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { axeViolations, layoutShifts, recordLayoutShifts, settled, useBrowser } from '../helpers/browser';
import { layoutWidths } from '../../src/styles/tokens';
import { expectReadable, type Layout, layoutOf, nodesInOrder, walkState as walkNow } from '../helpers/walk';

const { browser, origin } = useBrowser();

/**
 * The walk's own page, its section: the same figure, frame and CSS as on /, at a sixth of its elements, so each of
 * the many loads and scrolls here is cheaper. The walk as built on / and a link to a step on / are checked too.
 */
const walkPage = '/sections/special-actions/';

async function open(width: number, options: BrowserContextOptions = {}, path = walkPage): Promise<Page> {
  const context = await browser().newContext({ viewport: { width, height: width > 600 ? 900 : 740 }, ...options });
  const page = await context.newPage();
  page.on('close', () => void context.close().catch(() => undefined));
  await recordLayoutShifts(page);
  await page.goto(`${origin()}${path}`, { waitUntil: 'load' });
  return page;
}

/**
 * Sets the figure's width through CSSOM: today it is the 600 px text column at 1280 px, and the breakout will
 * widen it (880 px at 1280). The walk is checked at both, whatever the build gives.
 */
async function sizeFigure(page: Page, width: number): Promise<void> {
  await page.locator('#chart-case-path').evaluate((figure: HTMLElement, w) => {
    figure.style.width = `${w}px`;
    figure.style.maxWidth = 'none';
    figure.style.marginInlineEnd = '0';
  }, width);
  // The walk measures its new size in a ResizeObserver and watches the steps afresh.
  await settled(page);
}

/**
 * Does `move` and waits until the scroll it starts has come to rest (its scrollend, however long a smooth scroll
 * takes; one at the starting place is an earlier scroll's), then until the walk has settled there.
 */
async function afterScroll(page: Page, move: () => Promise<unknown>): Promise<void> {
  await page.evaluate(() => {
    const from = scrollY;
    const state = window as unknown as { scrolled: boolean };
    state.scrolled = false;
    const ended = () => {
      if (scrollY === from) return;
      state.scrolled = true;
      removeEventListener('scrollend', ended);
    };
    addEventListener('scrollend', ended);
  });
  await move();
  await page.waitForFunction(() => (window as unknown as { scrolled: boolean }).scrolled);
  await settled(page);
}

/** Waits until the walk has measured itself once: its first measure puts a linked step on the reading line. */
const measured = (page: Page) => page.waitForFunction(() => document.querySelector<HTMLElement>('case-path-chart')!.style.getPropertyValue('--case-path-diagram') !== '');

/** Waits until every transition running in the case-path figure has ended (the boxes' ease), however long it takes. */
const easeEnded = (page: Page) =>
  page.locator('#chart-case-path').evaluate(async (figure) => {
    // Style is up to date after a frame, so every transition the last change started is listed.
    await new Promise(requestAnimationFrame);
    await Promise.all(figure.getAnimations({ subtree: true }).map((a) => a.finished));
  });

/** What the walk shows now (tests/helpers/walk.ts). */
const walkState = (page: Page) => page.evaluate(walkNow);

/** Scroll each step into view as a link to it would, and check the diagram follows. */
async function walkEveryStep(page: Page, layout: Layout) {
  for (let n = 1; n <= 7; n++) {
    await page.locator(`#chart-case-path-step-${n}`).evaluate((li) => li.scrollIntoView({ behavior: 'instant' }));
    await expect.poll(() => walkState(page).then((s) => [s.step, s.node])).toEqual([`chart-case-path-step-${n}`, [nodesInOrder[n - 1]]]);
    expectReadable(await walkState(page), layout, `step ${n}`);
  }
}

/** Scroll through the walk by wheel, 150 px at a time: the steps made current, in order, each readable. */
async function wheelThrough(page: Page, layout: Layout) {
  await page.locator('#chart-case-path-step-1').evaluate((li) => li.scrollIntoView({ behavior: 'instant' }));
  await page.mouse.move(10, 10);
  await expect.poll(() => walkState(page).then((s) => s.step)).toBe('chart-case-path-step-1');
  const seen = ['chart-case-path-step-1'];
  for (let i = 0; i < 80 && seen.at(-1) !== 'chart-case-path-step-7'; i++) {
    await afterScroll(page, () => page.mouse.wheel(0, 150));
    const s = await walkState(page);
    if (s.step !== seen.at(-1)) seen.push(s.step!);
    expect(s.node, s.step!).toEqual([nodesInOrder[Number(s.step!.at(-1)) - 1]]);
    expectReadable(s, layout, `${s.step} after ${i + 1} turns`, false);
  }
  expect(seen).toEqual(nodesInOrder.map((_, i) => `chart-case-path-step-${i + 1}`));
}

describe('the walk on a wide screen', () => {
  test.each([
    [1280, 600, 'above'],
    [1280, 880, 'beside'],
  ] as const)('at %i px in a %i px figure the diagram stays %s the steps and shows each step in view', async (viewport, width, layout) => {
    const page = await open(viewport);
    await sizeFigure(page, width);
    await walkEveryStep(page, layout);
    await wheelThrough(page, layout);
    // The one layout, a column, beside the steps or above them, never drawn wider than its layout.
    const svgWidth = await page.locator('#chart-case-path .chart-svg').evaluate((svg) => svg.getBoundingClientRect().width);
    expect(svgWidth).toBeGreaterThan(0);
    expect(svgWidth).toBeLessThanOrEqual(layoutWidths.narrow + 0.5);
    await page.close();
  });

  test('at 1280 px as built, the walk follows each step', async () => {
    const page = await open(1280, {}, '/');
    await walkEveryStep(page, layoutOf(await walkState(page)));
    await page.close();
  });

  test('the current box is drawn heavier and bold, the others dimmed but their text at full strength', async () => {
    const page = await open(1280, { reducedMotion: 'no-preference' });
    await page.locator('#chart-case-path-step-3').evaluate((li) => li.scrollIntoView({ behavior: 'instant' }));
    await expect.poll(() => walkState(page).then((s) => s.node)).toEqual(['enforcement']);
    await easeEnded(page); // the 200 ms ease
    const styles = await page.locator('#chart-case-path g.node').evaluateAll((gs) =>
      gs.map((g) => ({
        node: (g as SVGGElement).dataset.node,
        opacity: getComputedStyle(g.querySelector('rect')!).opacity,
        stroke: getComputedStyle(g.querySelector('rect')!).strokeWidth,
        weight: getComputedStyle(g.querySelector('text')!).fontWeight,
        textOpacity: getComputedStyle(g.querySelector('text')!).opacity,
      })),
    );
    for (const s of styles) {
      const current = s.node === 'enforcement';
      expect(s, s.node).toMatchObject({ opacity: current ? '1' : '0.4', weight: current ? '700' : '400', textOpacity: '1' });
      expect(parseFloat(s.stroke), s.node).toBe(current ? 3.5 : 2);
    }
    await page.close();
  });
});

describe('links to a step', () => {
  test.each([1280, 390])('/#chart-case-path-step-3 lands on step 3 with its box highlighted at %i px', async (width) => {
    const page = await open(width, {}, '/#chart-case-path-step-3');
    await expect.poll(() => walkState(page).then((s) => [s.step, s.node])).toEqual(['chart-case-path-step-3', ['enforcement']]);
    // Settled: once the walk has put the step on its line and watched the page there, it is still on step 3.
    await measured(page);
    await settled(page);
    const s = await walkState(page);
    expect([s.step, s.node]).toEqual(['chart-case-path-step-3', ['enforcement']]);
    expectReadable(s, layoutOf(s), 'landed');
    // From the end of parsing on, landing moves nothing. Before it, a busy machine may paint the opening while its
    // HTML is still arriving (a shift of the first screen, which opening.test.ts checks): not the walk's.
    const parsed = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domInteractive);
    const shifts = await layoutShifts(page);
    expect(shifts.filter((shift) => Number(/ at (\d+) ms/.exec(shift)![1]) >= parsed)).toEqual([]);
    await page.close();
  });

  test('following a step’s "#" link (hashchange) brings the diagram to that step', async () => {
    const page = await open(390);
    await page.locator('#chart-case-path-step-2').evaluate((li) => li.scrollIntoView({ behavior: 'instant' }));
    // The page eases to the step (smooth scrolling): it is read where it comes to rest.
    await afterScroll(page, () => page.evaluate(() => (location.hash = '#chart-case-path-step-6')));
    await expect.poll(() => walkState(page).then((s) => [s.step, s.node])).toEqual(['chart-case-path-step-6', ['crackdown']]);
    const after = await walkState(page);
    expectReadable(after, layoutOf(after), 'after the link');
    await page.close();
  });
});

describe('keyboard', () => {
  test.each([1280, 360])('Tab walks the step links at %i px: each focused link shows its step, visible and not under the diagram', async (width) => {
    const page = await open(width, { reducedMotion: 'reduce' });
    // The chart's own "#" link comes just before the steps in the Tab order.
    await page.locator('#chart-case-path > .anchor-link').focus();
    for (let n = 1; n <= 7; n++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const a = document.activeElement as HTMLElement;
        const r = a.getBoundingClientRect();
        const style = getComputedStyle(a);
        const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return { step: a.closest('li')?.id, label: a.getAttribute('aria-label'), ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2, uncovered: top === a };
      });
      expect(focused.step).toBe(`chart-case-path-step-${n}`);
      expect(focused.label).toMatch(new RegExp(`^Link to step ${n}: `));
      expect(focused.ring, `step ${n} focus ring`).toBe(true);
      await expect.poll(() => walkState(page).then((s) => [s.step, s.node])).toEqual([`chart-case-path-step-${n}`, [nodesInOrder[n - 1]]]);
      await expect.poll(() => page.evaluate(() => {
        const a = document.activeElement!;
        const r = a.getBoundingClientRect();
        return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === a && r.top >= 0 && r.bottom <= innerHeight;
      }), { message: `step ${n} link visible` }).toBe(true);
    }
    // Enter follows the link: the address names the step, and the walk, once it has handled the change, stays on it.
    await page.evaluate(() => addEventListener('hashchange', () => ((window as unknown as { hashChanged?: boolean }).hashChanged = true), { once: true }));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#chart-case-path-step-7');
    await page.waitForFunction(() => (window as unknown as { hashChanged?: boolean }).hashChanged);
    await settled(page);
    await expect(walkState(page).then((s) => s.step)).resolves.toBe('chart-case-path-step-7');
    await page.close();
  });
});

test('on a 360 px phone the diagram stays above the steps, and the walk shows each step', async () => {
  const page = await open(360, { reducedMotion: 'reduce', hasTouch: true, isMobile: true });
  await expect(page.locator('#chart-case-path .chart-narrow').isVisible()).resolves.toBe(true);
  await walkEveryStep(page, 'above');
  // The sticky diagram leaves room to read: at most 55% of a 740 px screen.
  const s = await walkState(page);
  expect(s.diagram!.bottom - s.diagram!.top).toBeLessThanOrEqual(0.55 * 740);
  await page.close();
});

describe('the reading edition: every step and the whole diagram', () => {
  /** Every step shown in order, every box drawn in one visible diagram, and none highlighted or dimmed. */
  const edition = (page: Page) =>
    page.locator('case-path-chart').evaluate((walk) => {
      const diagram = [...walk.querySelectorAll<HTMLElement>('.chart-variant')].find((v) => v.getBoundingClientRect().height > 0)!;
      const nodes = [...diagram.querySelectorAll<SVGGElement>('g.node')];
      const steps = [...walk.querySelectorAll<HTMLElement>('.case-steps li')];
      return {
        steps: steps.filter((li) => li.getBoundingClientRect().height > 0).map((li) => li.dataset.node),
        ids: steps.map((li) => li.id),
        boxes: nodes.filter((g) => g.getBoundingClientRect().width > 0).length,
        opacities: [...new Set(nodes.map((g) => getComputedStyle(g.querySelector('rect')!).opacity))],
        strokes: [...new Set(nodes.map((g) => getComputedStyle(g.querySelector('rect')!).strokeWidth))],
        weights: [...new Set(nodes.map((g) => getComputedStyle(g.querySelector('text')!).fontWeight))],
        transitions: [...new Set([...nodes.map((g) => g.querySelector('rect')!), ...steps].map((el) => getComputedStyle(el).transitionDuration))],
        sticky: getComputedStyle(diagram).position === 'sticky',
        gaps: [...new Set(steps.slice(1).map((li) => getComputedStyle(li).marginTop))],
      };
    });
  const everyStep = nodesInOrder;
  const ids = nodesInOrder.map((_, i) => `chart-case-path-step-${i + 1}`);

  test.each([390, 1280])('without JavaScript at %i px', async (width) => {
    const page = await open(width, { javaScriptEnabled: false });
    const e = await edition(page);
    expect(e).toMatchObject({ steps: everyStep, ids, boxes: 7, opacities: ['1'], strokes: ['2px'], weights: ['400'], sticky: false });
    // A plain list: no scrolling room between the steps.
    expect(e.gaps.map(parseFloat).every((g) => g < 20)).toBe(true);
    await page.close();
  });

  test('in print, after the walk was on step 4', async () => {
    const page = await open(1280);
    await page.locator('#chart-case-path-step-4').evaluate((li) => li.scrollIntoView({ behavior: 'instant' }));
    await expect.poll(() => walkState(page).then((s) => s.node)).toEqual(['payout']);
    await easeEnded(page); // the screen's 200 ms ease ends: print shows the resting state
    await page.emulateMedia({ media: 'print' });
    const e = await edition(page);
    expect(e).toMatchObject({ steps: everyStep, ids, boxes: 7, opacities: ['1'], strokes: ['2px'], weights: ['400'], transitions: ['0s'], sticky: false });
    expect(e.gaps.map(parseFloat).every((g) => g < 20)).toBe(true);
    await page.close();
  });

  test.each([390, 1280])('with reduced motion at %i px: no box dimmed, nothing eases', async (width) => {
    const page = await open(width, { reducedMotion: 'reduce' });
    await page.locator('#chart-case-path-step-5').evaluate((li) => li.scrollIntoView({ behavior: 'instant' }));
    await expect.poll(() => walkState(page).then((s) => s.node)).toEqual(['sanctions']);
    const e = await edition(page);
    // The walk still marks the step being read, but the whole diagram stays at full strength and changes at once.
    expect(e).toMatchObject({ steps: everyStep, ids, boxes: 7, opacities: ['1'], transitions: ['0s'] });
    await page.close();
  });
});

test.each([390, 1280])('axe finds no violation in the walk under way at %i px', async (width) => {
  const page = await open(width);
  await page.locator('#chart-case-path-step-4').evaluate((li) => li.scrollIntoView({ behavior: 'instant' }));
  await expect.poll(() => walkState(page).then((s) => s.node)).toEqual(['payout']);
  expect(await axeViolations(page, { include: '#chart-case-path' })).toEqual([]);
  await page.close();
});

test.each([390, 1280])('scrolling through the walk shifts no layout (CLS 0) at %i px', async (width) => {
  const page = await open(width, { reducedMotion: 'no-preference' });
  const [top, bottom] = await page.locator('case-path-chart').evaluate((walk) => {
    const r = walk.getBoundingClientRect();
    return [r.top + scrollY - innerHeight, r.bottom + scrollY];
  });
  for (let y = top; y <= bottom; y += 120) {
    await page.evaluate((to) => window.scrollTo({ top: to, behavior: 'instant' }), y);
    await settled(page);
  }
  await easeEnded(page); // the last step's 200 ms ease
  expect(await walkState(page).then((s) => s.step)).toBe('chart-case-path-step-7');
  expect(await layoutShifts(page)).toEqual([]);
  await page.close();
});
