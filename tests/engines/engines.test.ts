/**
 * Every reader's browser: the site in Firefox ESR (Gecko) and WebKitGTK (WebKit, as Safari and iOS browsers are)
 * as well as Chromium, all three from Debian (scripts/engines.mjs, tests/helpers/engines.ts). A smoke test of what
 * differs between engines, not a second copy of the Chromium suite: on each page, at a phone and a desktop width,
 * light and dark, each engine loads the page cleanly, shows the headline figures in the first screen, scrolls no
 * sideways on the phone, keeps the walk's diagram in view as its steps pass and lands a step link on its step, and
 * opens a note panel and a chart detail inside the viewport; and it draws the charts at Chromium's layout and size
 * and computes Chromium's styles for what carries meaning (links to notes, figure numbers, context, focus rings), so
 * a declaration one engine drops is caught.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveDist } from '../../scripts/serve.mjs';
import { assertBuilt, page as builtPage } from '../helpers/dist';
import { engines, openTab, type Engine, type Scheme, type Tab } from '../helpers/engines';
import { chartTargetsShown, heardProblems, listenForProblems, loadProblems, meaningStyles, shownCharts } from '../helpers/probes';
import { expectReadable, layoutOf, walkState } from '../helpers/walk';

/** The pages every engine reads: each edition's whole explainer and one section page. */
const pages = ['/', '/sections/special-actions/', '/zh/', '/zh/sections/special-actions/'];
const sizes = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];

/** Polls wait this long: a smooth scroll in WebKit, on a busy 2-core machine, can take a few seconds. */
const timeout = 10_000;

let origin = '';
let closeServer = async () => {};
beforeAll(async () => {
  assertBuilt();
  const server = await serveDist();
  origin = server.origin;
  closeServer = server.close;
});
afterAll(() => closeServer());

/** Where an element is, or null when there is none or it is not shown (runs in the page). */
function rectOf(selector: string) {
  const el = [...document.querySelectorAll(selector)].find((e) => e.getBoundingClientRect().width > 0);
  if (!el) return null;
  const { top, bottom, left, right } = el.getBoundingClientRect();
  return { top, bottom, left, right, viewportWidth: document.documentElement.clientWidth, viewportHeight: innerHeight };
}

type Rect = NonNullable<ReturnType<typeof rectOf>>;
/** Where the element is, for a failure's message. */
const where = (r: Rect | null) => (r ? `x ${r.left | 0}–${r.right | 0}, y ${r.top | 0}–${r.bottom | 0} in ${r.viewportWidth}×${r.viewportHeight}` : 'not shown');
/** True when the element is within the viewport's width and starts on screen; else where it is. */
const opensInView = (r: Rect | null) => (!!r && r.left >= 0 && r.right <= r.viewportWidth + 0.5 && r.top >= 0 && r.top < r.viewportHeight) || where(r);
/** True when the whole element is in the viewport; else where it is. */
const inViewport = (r: Rect | null) => (opensInView(r) === true && r!.bottom <= r!.viewportHeight + 0.5) || where(r);

/** The walk's diagram stays in view with the step being read, and a step's "#" link lands on that step. */
async function checkWalk(tab: Tab) {
  const readable = async () => {
    const s = await tab.run(walkState);
    try {
      expectReadable(s, layoutOf(s), tab.engine);
      return [s.step, s.node];
    } catch (error) {
      return `${s.step} not readable: ${(error as Error).message}`;
    }
  };
  await tab.run(() => document.getElementById('chart-case-path-step-5')!.scrollIntoView({ behavior: 'instant' }));
  await expect.poll(readable, { timeout }).toEqual(['chart-case-path-step-5', ['sanctions']]);
  // The next step's "#" link, in view below the step being read.
  await tab.click('#chart-case-path-step-6 .anchor-link');
  await expect.poll(readable, { timeout }).toEqual(['chart-case-path-step-6', ['crackdown']]);
}

/** A figure's note opens as a panel on screen and within its width (a long note runs on below); a chart's detail opens wholly in view. */
async function checkPanels(tab: Tab) {
  await tab.run(() => scrollTo({ top: 0, behavior: 'instant' }));
  await tab.click('main a.fig[data-panel]');
  await expect.poll(() => tab.run(rectOf, '.ref-panel').then(opensInView), { timeout, message: 'note panel opens in view' }).toBe(true);
  await tab.click('main a.fig[data-panel]');
  await tab.run(() => document.querySelector('figure.chart')!.scrollIntoView({ behavior: 'instant' }));
  await tab.click('figure.chart .chart-target');
  await expect.poll(() => tab.run(rectOf, '.chart-tooltip').then(inViewport), { timeout, message: 'chart detail inside the viewport' }).toBe(true);
}

/** Loads the page in the tab, checks what every engine must do, and returns what is compared with Chromium. */
async function read(tab: Tab, path: string, width: number, height: number) {
  await tab.resize(width, height);
  tab.problems.length = 0;
  await tab.goto(origin + path);
  await tab.run(listenForProblems);
  await expect.poll(() => tab.run(chartTargetsShown), { timeout, message: 'charts laid out' }).toBe(true);
  expect(await tab.run(loadProblems)).toEqual([]);
  if (path === '/') {
    const figures = await tab.run(() => [...document.querySelectorAll('.key-figures a.fig')].map((a) => a.getBoundingClientRect().bottom <= innerHeight));
    expect(figures, 'headline figures in the first screen').toEqual([true, true, true, true]);
  }
  if (width < 600) expect(await tab.run(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 'sideways scroll').toBe(0);
  const charts = (await tab.run(shownCharts)).map((c) => ({ ...c, width: Math.round(c.width), svgWidths: c.svgWidths.map(Math.round), svgHeights: c.svgHeights.map(Math.round) }));
  // Every chart the build wrote into the page (nine on /), each drawn.
  expect(charts.map((c) => c.id)).toEqual(builtPage(path).querySelectorAll('figure.chart').map((f) => f.id));
  for (const chart of charts) expect(chart.svgHeights.length && Math.min(...chart.svgHeights), `${chart.id} drawn`).toBeGreaterThan(0);
  // The first Tab from the top of the page focuses the skip link: its ring is compared with the rest.
  await tab.pressTab();
  const styles = await tab.run(meaningStyles);
  if (await tab.run(() => !!document.querySelector('case-path-chart'))) await checkWalk(tab);
  await checkPanels(tab);
  expect([...tab.problems, ...(await tab.run(heardProblems))]).toEqual([]);
  return { charts, styles };
}

const schemes: Scheme[] = ['light', 'dark'];
describe.each(schemes)('in %s colours', (scheme) => {
  const tabs: Partial<Record<Engine, Tab>> = {};
  beforeAll(async () => {
    for (const engine of engines) tabs[engine] = await openTab(engine, scheme);
  });
  afterAll(async () => {
    for (const tab of Object.values(tabs)) await tab.close();
  });
  /** Chromium's readings (engines lists it first), which the other engines must match. */
  const chromium = new Map<string, Awaited<ReturnType<typeof read>>>();

  describe.each(pages)('%s', (path) => {
    test.each(sizes.flatMap(({ width, height }) => engines.map((engine) => ({ engine, width, height }))))(
      '$engine at $width px: loads cleanly, works, and draws and styles as Chromium does',
      async ({ engine, width, height }) => {
        const tab = tabs[engine]!;
        const reading = await read(tab, path, width, height);
        const key = `${path} ${width}`;
        if (engine === 'chromium') chromium.set(key, reading);
        else expect(reading, `${tab.version} against Chromium`).toEqual(chromium.get(key));
      },
    );
  });
});

test('the load check itself sees, in WebKit, a stylesheet, an image and a script that a page policy refused', async () => {
  const root = mkdtempSync(join(tmpdir(), 'engines-'));
  writeFileSync(
    join(root, 'index.html'),
    `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'">` +
      '<style>p { color: red }</style><script type="module" src="/x.js"></script></head>' +
      '<body><img src="/x.png" alt=""><x-element></x-element><p>Refused</p></body></html>',
  );
  const server = await serveDist({ root });
  const tab = await openTab('webkit', 'light');
  try {
    await tab.goto(`${server.origin}/`);
    expect(await tab.run(loadProblems)).toEqual([expect.stringMatching(/^stylesheet not applied: <style>/), expect.stringMatching(/^image not loaded: /), '<x-element> never defined']);
  } finally {
    await tab.close();
    await server.close();
  }
});
