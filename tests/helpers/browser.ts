/**
 * Browser tests run Debian's Chromium (scripts/chromium.mjs) against dist/ on the static server
 * (scripts/serve.mjs). They never skip: without a Chromium they fail and say how to install one.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { AxeResults, RunOptions } from 'axe-core';
import { launchChromium } from '../../scripts/chromium.mjs';
import { serveDist } from '../../scripts/serve.mjs';
import { assertBuilt } from './dist';
import { chartTargetsShown } from './probes';

/**
 * One Chromium and one static server for a browser test file: call at the top level of the file, then read
 * `browser()` and `origin()` inside tests. Registers beforeAll (checks dist/ is built) and afterAll hooks.
 */
export function useBrowser(): { browser: () => Browser; origin: () => string } {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serveDist>> | undefined;
  beforeAll(async () => {
    assertBuilt();
    server = await serveDist();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`useBrowser(): no ${what} yet; read it inside a test or hook`);
    return value;
  };
  return { browser: () => ready(browser, 'browser'), origin: () => ready(server, 'server').origin };
}

/**
 * Record every layout shift a page makes without recent input, from before its first paint.
 * Call on a context or page before navigating; read with layoutShifts().
 */
export async function recordLayoutShifts(target: BrowserContext | Page): Promise<void> {
  await target.addInitScript(() => {
    const shifts: string[] = [];
    type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[] };
    const record = (entries: Shift[]) => {
      for (const entry of entries) {
        if (entry.hadRecentInput) continue;
        // Name what moved, so a failure says where to look.
        const moved = (entry.sources ?? []).map(({ node, previousRect: a, currentRect: b }) => {
          const el = node instanceof Element ? node : node?.parentElement;
          const name = el ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}` : 'unknown';
          return `${name} (${a.x},${a.y} ${a.width}×${a.height} → ${b.x},${b.y} ${b.width}×${b.height})`;
        });
        shifts.push(`${entry.value.toFixed(4)} at ${Math.round(entry.startTime)} ms: ${moved.join('; ')}`);
      }
    };
    const observer = new PerformanceObserver((list) => record(list.getEntries() as Shift[]));
    observer.observe({ type: 'layout-shift', buffered: true });
    // A shift is reported in a task after its frame: taking the ones not yet reported, a read misses none.
    (window as unknown as { layoutShifts: () => string[] }).layoutShifts = () => {
      record(observer.takeRecords() as Shift[]);
      return shifts;
    };
  });
}

/** The layout shifts recorded so far, each with its score, time and the elements that moved. */
export const layoutShifts = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as { layoutShifts: () => string[] }).layoutShifts());

/**
 * Waits until a loaded page has nothing left that would move it: its web fonts are in (a late font reflows the text),
 * then two frames are drawn, so every resize and intersection observer has run on the final layout and what they
 * changed is laid out (and any shift it made recorded) before the next look at the page.
 */
export const settled = (page: Page): Promise<unknown> =>
  page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });

/**
 * Waits until every chart shown has its layer of detail buttons, which <chart-figure> adds once each SVG is laid
 * out (a ResizeObserver, so after the load event): a test that counts or tabs through controls waits for it.
 */
export const chartTargetsReady = (page: Page): Promise<unknown> => page.waitForFunction(chartTargetsShown);

/**
 * axe-core's own script, the copy @axe-core/playwright depends on (so the same version the tests always ran); put
 * into a page once per document by axeViolations().
 */
const axeSource = readFileSync(createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright')).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe's violations, each named by rule, element and help. `rules` limits the run to those rules; `include` to the
 * parts of the page a test is about (the per-page gate, page-gate.test.ts, checks every page whole).
 */
export const axeViolations = async (page: Page, { rules, include }: { rules?: string[]; include?: string | string[] } = {}): Promise<string[]> => {
  // By default axe's rule set: every WCAG 2.0/2.1 A and AA rule (wcag2a, wcag2aa, wcag21a, wcag21aa tags) and the
  // best practices; only AAA, deprecated and experimental rules are off by default.
  // Only violations are collected (not passes): the same checks, a quarter faster on the long page.
  // Plus WCAG 2.2's target size (2.5.8, off in axe by default; Lighthouse's accessibility score counts it).
  const options: RunOptions = { resultTypes: ['violations'], rules: { 'target-size': { enabled: true } } };
  if (rules) options.runOnly = { type: 'rule', values: rules };
  // axe.run() in the page itself, as @axe-core/playwright's legacy mode does, minus its overheads: it put axe's
  // 650 KB script into the page twice per run and sent every result back; the default mode also opened a blank page
  // per run to merge per-frame results in (the site has no frames, and the gate fails any third-party request).
  // Two to four times faster, the same rules and results. The page-gate self-test shows both kinds of run find.
  type Axe = { run: (context: unknown, options: RunOptions) => Promise<AxeResults> };
  if (!(await page.evaluate(() => typeof (window as unknown as { axe?: Axe }).axe?.run === 'function'))) await page.evaluate(axeSource);
  const selectors = [include ?? []].flat();
  return page.evaluate(
    async ({ options, selectors }) => {
      const { axe } = window as unknown as { axe: Axe };
      const results = await axe.run(selectors.length ? { include: selectors } : document, options);
      return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')}: ${v.help}`));
    },
    { options, selectors },
  );
};
