/**
 * One tab in Chromium, Firefox or WebKit, driven the same way whatever drives it (playwright-core, puppeteer-core
 * or selenium-webdriver), for the cross-engine test. `problems` collects what the driver hears: console errors,
 * page errors and CSP violations in Chromium and Firefox; WebKitWebDriver reports no console (its automation
 * sessions are private, and WebKitGTK 2.50 has no BiDi), so there the page's own checks stand in for it.
 */
import { By, Key } from 'selenium-webdriver';
import { launchChromium } from '../../scripts/chromium.mjs';
import { launchFirefox, launchWebKit } from '../../scripts/engines.mjs';

export const engines = ['chromium', 'firefox', 'webkit'] as const;
export type Engine = (typeof engines)[number];
export type Scheme = 'light' | 'dark';

export interface Tab {
  engine: Engine;
  version: string;
  problems: string[];
  /** Sets the viewport (CSS px). */
  resize(width: number, height: number): Promise<void>;
  /** Loads a URL and resolves at its load event. */
  goto(url: string): Promise<void>;
  /** Runs a self-contained function in the page (it is sent as text) and returns its JSON-able result. */
  run<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** A real click at the middle of the first shown element that matches. */
  click(selector: string): Promise<void>;
  /** A real press of the Tab key. */
  pressTab(): Promise<void>;
  /** The viewport as a PNG. */
  screenshot(): Promise<Buffer>;
  close(): Promise<void>;
}

async function chromiumTab(scheme: Scheme): Promise<Tab> {
  const browser = await launchChromium();
  const page = await (await browser.newContext({ colorScheme: scheme })).newPage();
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  return {
    engine: 'chromium',
    version: browser.version(),
    problems,
    resize: (width, height) => page.setViewportSize({ width, height }),
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    run: (fn, arg) => page.evaluate(fn, arg as never),
    click: (selector) => page.locator(selector).locator('visible=true').first().click(),
    pressTab: () => page.keyboard.press('Tab'),
    screenshot: () => page.screenshot(),
    close: () => browser.close(),
  };
}

async function firefoxTab(scheme: Scheme): Promise<Tab> {
  const browser = await launchFirefox({ dark: scheme === 'dark' });
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  // Firefox reports a CSP violation as a page error.
  page.on('pageerror', (e) => problems.push(`page error: ${e instanceof Error ? e.message : String(e)}`));
  return {
    engine: 'firefox',
    version: await browser.version(),
    problems,
    resize: (width, height) => page.setViewport({ width, height }),
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    run: (fn, arg) => page.evaluate(fn, arg as never) as never,
    click: async (selector) => {
      for (const handle of await page.$$(selector)) if (await handle.isVisible()) return handle.click();
      throw new Error(`no shown ${selector}`);
    },
    pressTab: () => page.keyboard.press('Tab'),
    screenshot: async () => Buffer.from(await page.screenshot()),
    close: () => browser.close(),
  };
}

async function webkitTab(scheme: Scheme): Promise<Tab> {
  const { driver, close } = await launchWebKit({ dark: scheme === 'dark' });
  const capabilities = await driver.getCapabilities();
  return {
    engine: 'webkit',
    version: `${capabilities.get('browserName')}/${capabilities.get('browserVersion')}`,
    problems: [],
    resize: async (width, height) => void (await driver.manage().window().setRect({ width, height })),
    // WebDriver's navigation returns at the load event (the default page-load strategy, "normal").
    goto: (url) => driver.get(url),
    // A function is sent as `return (fn).apply(null, arguments)`; a promise it returns is awaited.
    run: (fn, arg) => driver.executeScript(fn, arg),
    click: async (selector) => {
      for (const element of await driver.findElements(By.css(selector))) {
        if (!(await element.isDisplayed())) continue;
        // WebKitWebDriver scrolls the element into view with the page's scroll-behavior and checks at once, before a
        // smooth scroll arrives ("not interactable"): when it is out of view, bring it to the middle at once first, as
        // the other drivers do.
        await driver.executeScript((el: Element) => {
          const r = el.getBoundingClientRect();
          if (r.top < 0 || r.bottom > innerHeight) el.scrollIntoView({ block: 'center', behavior: 'instant' });
        }, element);
        return element.click();
      }
      throw new Error(`no shown ${selector}`);
    },
    pressTab: () => driver.actions().sendKeys(Key.TAB).perform(),
    screenshot: async () => Buffer.from(await driver.takeScreenshot(), 'base64'),
    close,
  };
}

/** A tab in the engine, in light or dark colours (each engine sets the scheme at launch, so one browser per tab). */
export function openTab(engine: Engine, scheme: Scheme): Promise<Tab> {
  return { chromium: chromiumTab, firefox: firefoxTab, webkit: webkitTab }[engine](scheme);
}
