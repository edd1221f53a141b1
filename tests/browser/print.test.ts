/**
 * The print edition in Chromium: page.pdf() with the options `npm run pdf` uses, read back with
 * poppler (pdftotext, pdftoppm). Every section and chart prints; a chart's title, caption and
 * source line share a page and its data table prints; no control prints; a link to another page
 * prints its address; a dark preference still prints black on white. On screen, the
 * "Print / Save as PDF" button shows only with JavaScript and opens the print dialog.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BrowserContextOptions } from 'playwright-core';
import { axeViolations, useBrowser } from '../helpers/browser';
import { page as distPage, sectionsFromContent } from '../helpers/dist';
import { pdfOptions } from '../../scripts/pdf.mjs';
import { palette } from '../../src/styles/tokens';
import { getEvent } from '../../src/data/index';

const { browser, origin } = useBrowser();
const work = mkdtempSync(join(tmpdir(), 'print-test-'));

/** Runs a poppler tool; without poppler-utils the test fails and says how to install it. */
function poppler(tool: 'pdftotext' | 'pdftoppm', args: string[]): Buffer {
  try {
    return execFileSync(tool, args);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(`No ${tool}: install poppler-utils ("apt-get install -y poppler-utils", or run scripts/setup-tests.sh).`);
    }
    throw error;
  }
}

/**
 * Prints a page as `npm run pdf` does (US Letter, Chromium's default when the CSS sets no size,
 * or A4 as a printer there would) and returns the PDF's file path.
 */
async function printPdf(
  path: string,
  name: string,
  options: BrowserContextOptions = {},
  extra: { pageRanges?: string; format?: 'A4' } = {},
): Promise<string> {
  const context = await browser().newContext(options);
  const page = await context.newPage();
  await page.goto(`${origin()}${path}`, { waitUntil: 'load' });
  const file = join(work, `${name}.pdf`);
  writeFileSync(file, await page.pdf({ ...pdfOptions, ...extra }));
  await context.close();
  return file;
}

/**
 * The text of each page (pdftotext puts a form feed after every page), in the order Chromium drew it:
 * a column of notes, or a chart's labels, stay in one piece where a layout reading would interleave them.
 */
function pageTexts(file: string): string[] {
  return poppler('pdftotext', ['-raw', file, '-']).toString('utf8').split('\f').slice(0, -1);
}

/**
 * How far down each page its content reaches, from 0 (blank) to 1 (the bottom margin), read from a
 * 20 dpi greyscale render; the page number, in the bottom margin, does not count.
 */
function pageFill(file: string, margins: { topMm: number; bottomMm: number; heightMm: number }): number[] {
  const dir = mkdtempSync(join(work, 'fill-'));
  poppler('pdftoppm', ['-r', '20', '-gray', file, join(dir, 'p')]);
  return readdirSync(dir)
    .sort()
    .map((name) => {
      const pgm = readFileSync(join(dir, name));
      const [, width, height] = pgm.toString('latin1', 0, 20).match(/^P5\s+(\d+)\s+(\d+)\s+255\s/)!.map(Number) as [number, number, number];
      const pixels = pgm.subarray(pgm.length - width * height);
      const top = Math.floor((height * margins.topMm) / margins.heightMm);
      const bottom = Math.ceil((height * (margins.heightMm - margins.bottomMm)) / margins.heightMm);
      let last = top;
      for (let y = top; y < bottom; y++) {
        if (pixels.subarray(y * width, (y + 1) * width).some((v) => v < 220)) last = y;
      }
      return (last - top) / (bottom - top);
    });
}

/** Text without any whitespace: pdftotext wraps lines and spaces CJK where the HTML does not. */
// Case aside: "Figure N" prints in capitals.
const squash = (text: string) => text.replace(/\s+/g, '').toLowerCase();

/** Whether printed text holds a phrase, whitespace aside (a short message, not the whole PDF, on failure). */
function expectPrinted(text: string, phrase: string, where = 'the PDF', present = true): void {
  expect(squash(text).includes(squash(phrase)), `"${phrase}" ${present ? 'in' : 'not in'} ${where}`).toBe(present);
}

/** What each chart on a page should print, read from the built HTML. */
function chartsOn(path: string) {
  return distPage(path)
    .querySelectorAll('figure.chart')
    .map((figure) => {
      // The printed graphic is the wide layout (the only one, for a chart drawn in one); its labels in document order.
      const labels = figure.querySelectorAll('.chart-variant').at(-1)!.querySelectorAll('svg text').map((t) => t.text.trim()).filter((t) => t.length > 0);
      return {
        id: figure.id,
        title: figure.querySelector('.chart-title')!.text,
        heading: `${figure.querySelector('.chart-title')!.text} ${figure.querySelector('.chart-caption')!.text}`,
        source: figure.querySelector('.chart-source')!.text,
        labels: [labels[0]!, labels.at(-1)!],
        // Each step's words, without its "#" link (navigation, not printed).
        steps: figure.querySelectorAll('.case-steps li').map((li) => li.text.replace(/#\s*$/, '').trim()),
        tableCaption: figure.querySelector('.chart-data caption')!.text,
      };
    });
}

/** Control labels that must never reach paper. */
const controlText = [
  'Print / Save as PDF',
  'Show the data',
  'Copy link',
  'Data (CSV)',
  'Image (SVG)',
  'Image (PNG)',
  'Download:',
  /\bCopy\b/,
  /\bPrevious\b/,
  /\bNext\b/,
  /\bCases\s+Yuan\b/,
  /Step \d+ of \d+/,
];

function expectNoControls(text: string): void {
  for (const control of controlText) {
    const printed = typeof control === 'string' ? text.includes(control) : control.test(text);
    expect(printed, `control text ${String(control)} printed`).toBe(false);
  }
}

const sectionPage = '/sections/in-numbers/';
let rootPages: string[];
let rootPagesA4: string[];
let rootFill: number[];
let rootFillA4: number[];
let sectionPages: string[];

/** The margins of @page in src/styles/print.css, and the two papers' heights. */
const margins = { topMm: 13, bottomMm: 15 };
const paperHeightMm = { Letter: 279.4, A4: 297 };

beforeAll(async () => {
  // The whole explainer with its scripts running (so every control exists), and one section
  // with JavaScript off, so its tables print through CSS alone, with no beforeprint handler.
  const letter = await printPdf('/', 'root');
  const a4 = await printPdf('/', 'root-a4', {}, { format: 'A4' });
  rootPages = pageTexts(letter);
  rootPagesA4 = pageTexts(a4);
  rootFill = pageFill(letter, { ...margins, heightMm: paperHeightMm.Letter });
  rootFillA4 = pageFill(a4, { ...margins, heightMm: paperHeightMm.A4 });
  sectionPages = pageTexts(await printPdf(sectionPage, 'section', { javaScriptEnabled: false }));
}, 120_000);

afterAll(async () => {
  rmSync(work, { recursive: true, force: true });
});

describe('the printed explainer (/)', () => {
  test('has every section title', () => {
    for (const section of sectionsFromContent()) expectPrinted(rootPages.join('\n'), section.title);
  });

  test.each(chartsOn('/').flatMap((c) => [['Letter', c.id, c] as const, ['A4', c.id, c] as const]))(
    'on %s, %s: title, caption and source line on one page, and its data table',
    (paper, _, chart) => {
      const pages = paper === 'A4' ? rootPagesA4 : rootPages;
      // Case aside: the "Figure N" before the title prints in capitals.
      const page = pages.findIndex((text) => squash(text).toLowerCase().includes(squash(chart.heading).toLowerCase()));
      expect(page, 'title and caption together on some page').toBeGreaterThanOrEqual(0);
      expectPrinted(pages[page]!, chart.source, `page ${page + 1}, with the title`);
      expectPrinted(pages.join('\n'), chart.tableCaption);
    },
  );

  test.each([['Letter'], ['A4']] as const)('on %s, each section’s number and title print on one page', (paper) => {
    const pages = (paper === 'A4' ? rootPagesA4 : rootPages).map((text) => squash(text).toLowerCase());
    sectionsFromContent().forEach((section, i) => {
      const opening = squash(`Section ${i + 1} ${section.title}`).toLowerCase();
      expect(pages.some((text) => text.includes(opening)), `"Section ${i + 1}" above "${section.title}"`).toBe(true);
    });
  });

  test('prints no control', () => {
    expectNoControls(rootPages.join('\n'));
  });

  test('prints every note: the sentences quoted, their source and the note number in the text', () => {
    const text = rootPages.join('\n');
    const livelihood = distPage('/').getElementById('livelihood-cases')!;
    const marker = livelihood.querySelector('a.src[data-statement="s4"]')!;
    const note = livelihood.querySelector(`#${marker.getAttribute('data-panel')}`)!;
    // The claim's marker prints as its number, right after the quotation …
    expectPrinted(text, `concerted efforts”.${marker.text}`);
    // … and its note, at the end of the section, quotes the sentence and names the source.
    expectPrinted(text, note.querySelector('blockquote')!.text);
    expectPrinted(text, `See sentence 4 in the source`);
    // Every note on / prints every sentence it quotes.
    const notes = distPage('/').querySelectorAll('li.figure-note');
    expect(notes.length).toBeGreaterThan(30);
    for (const n of notes) for (const q of n.querySelectorAll('blockquote')) expectPrinted(text, q.text.slice(0, 60), n.id);
  });

  test('opens with a title block: site, source and date, and the page’s address', () => {
    const canonical = distPage('/').querySelector('link[rel=canonical]')!.getAttribute('href')!;
    for (const phrase of ['Source: China News Network', getEvent('interview').dateLabel, `This page: ${canonical}`]) {
      expectPrinted(rootPages[0]!, phrase, 'page 1');
    }
  });

  test('a link to another page prints its address; figures and notes do not', () => {
    const origin = new URL(distPage('/').querySelector('link[rel=canonical]')!.getAttribute('href')!).origin;
    const text = rootPages.join('\n');
    expectPrinted(text, `all figures (${origin}/data/)`);
    expectPrinted(text, `the full source text (${origin}/source/)`);
    // Figures link to /data/#id or to their note; notes link to /source/#sN: none prints an address.
    for (const address of [`(${origin}/data/#`, `(${origin}/source/#`, '(#']) expectPrinted(text, address, 'the PDF', false);
  });

  // The size of its content: the whole explainer in at most 22 pages on either paper.
  test.each([['Letter'], ['A4']] as const)('fits in 22 pages on %s', (paper) => {
    const pages = paper === 'A4' ? rootPagesA4 : rootPages;
    expect(pages.length).toBeLessThanOrEqual(22);
    expect(paper === 'A4' ? rootFillA4 : rootFill).toHaveLength(pages.length);
  });

  test.each(chartsOn('/').flatMap((c) => [['Letter', c.id, c] as const, ['A4', c.id, c] as const]))(
    'on %s, %s is never split: its title, its first and last labels, its steps and its source line on one page',
    (paper, _, chart) => {
      const pages = paper === 'A4' ? rootPagesA4 : rootPages;
      const on = (phrase: string) => pages.flatMap((text, i) => (squash(text).includes(squash(phrase)) ? [i + 1] : []));
      const titlePages = on(chart.heading);
      expect(titlePages, 'the title with its caption, on one page').toHaveLength(1);
      const [page] = titlePages as [number];
      // The source line's first and last words: no page falls inside it either.
      const source = squash(chart.source);
      for (const part of [source.slice(0, 30), source.slice(-30), ...chart.labels, ...chart.steps]) {
        expect(on(part), `"${part.slice(0, 40)}" on page ${page}`).toContain(page);
      }
    },
  );

  test.each([['Letter'], ['A4']] as const)('on %s, no page is more than half empty but a section’s last', (paper) => {
    const pages = paper === 'A4' ? rootPagesA4 : rootPages;
    const fill = paper === 'A4' ? rootFillA4 : rootFill;
    // A section's last page is the one before a page that opens with a section's kicker ("Section 3"), and the very last.
    // (The page number may come first in the text.)
    const opensSection = (text: string) => /^\s*section\s+\d+\b/im.test(text.split('\n').filter((l) => l.trim()).slice(0, 3).join('\n'));
    const halfEmpty = fill.flatMap((f, i) => (f < 0.5 && i < fill.length - 1 && !opensSection(pages[i + 1]!) ? [`page ${i + 1}: ${Math.round(f * 100)}%`] : []));
    expect(halfEmpty).toEqual([]);
    // The measure sees content: a full page reaches the bottom, the last page is not blank.
    expect(Math.max(...fill)).toBeGreaterThan(0.9);
    expect(fill.at(-1)).toBeGreaterThan(0.05);
  });
});

describe(`a printed section page (${sectionPage}), JavaScript off`, () => {
  test.each(chartsOn(sectionPage).map((c) => [c.id, c] as const))('%s: title, caption and source line on one page, and its data table', (_, chart) => {
    const page = sectionPages.findIndex((text) => squash(text).toLowerCase().includes(squash(chart.heading).toLowerCase()));
    expect(page, 'title and caption together on some page').toBeGreaterThanOrEqual(0);
    expectPrinted(sectionPages[page]!, chart.source, `page ${page + 1}, with the title`);
    expectPrinted(sectionPages.join('\n'), chart.tableCaption);
  });

  test('has its title and address on the first page and prints no control', () => {
    const canonical = distPage(sectionPage).querySelector('link[rel=canonical]')!.getAttribute('href')!;
    const title = sectionsFromContent().find((s) => `/sections/${s.slug}/` === sectionPage)!.title;
    expectPrinted(sectionPages[0]!, title, 'page 1');
    expectPrinted(sectionPages[0]!, `This page: ${canonical}`, 'page 1');
    expectNoControls(sectionPages.join('\n'));
  });

  test('stays near its measured length (4 US Letter pages, ±25%)', () => {
    expect(sectionPages.length).toBeGreaterThanOrEqual(3);
    expect(sectionPages.length).toBeLessThanOrEqual(5);
  });
});

describe('a dark colour preference', () => {
  test('still prints on white: the first page of the PDF is white paper', async () => {
    const file = await printPdf('/', 'dark', { colorScheme: 'dark' }, { pageRanges: '1' });
    // A 20 dpi binary PPM: "P6 width height 255" then RGB bytes.
    const ppm = poppler('pdftoppm', ['-r', '20', '-f', '1', '-l', '1', file]);
    const [, width, height] = ppm.toString('latin1', 0, 20).match(/^P6\s+(\d+)\s+(\d+)\s+255\s/)!.map(Number) as [number, number, number];
    const pixels = ppm.subarray(ppm.length - width * height * 3);
    const at = (x: number, y: number) => [...pixels.subarray((y * width + x) * 3, (y * width + x) * 3 + 3)];
    expect(at(2, 2), 'top-left margin').toEqual([255, 255, 255]);
    expect(at(width >> 1, height - 3), 'bottom margin').toEqual([255, 255, 255]);
    const mean = pixels.reduce((sum, v) => sum + v, 0) / pixels.length;
    expect(mean, 'mostly white, with dark text').toBeGreaterThan(230);
  });

  test('print media takes the light page and chart colours', async () => {
    const context = await browser().newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(`${origin()}/`, { waitUntil: 'load' });
    const read = () =>
      page.evaluate(() => ({
        background: getComputedStyle(document.body).backgroundColor,
        livelihood: getComputedStyle(document.documentElement).getPropertyValue('--c-livelihood').trim(),
      }));
    expect((await read()).livelihood, 'the screen is dark').toBe(palette.livelihood.dark);
    await page.emulateMedia({ media: 'print' });
    expect(await read()).toEqual({ background: 'rgb(255, 255, 255)', livelihood: palette.livelihood.light });
    await context.close();
  });
});

describe('the Print / Save as PDF button', () => {
  test.each(['/', sectionPage])('on %s: shown with JavaScript, opens the print dialog by mouse and keyboard, hidden in print, axe clean', async (path) => {
    const context = await browser().newContext({ viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      (window as unknown as { printCalls: number }).printCalls = 0;
      window.print = () => void (window as unknown as { printCalls: number }).printCalls++;
    });
    await page.goto(`${origin()}${path}`, { waitUntil: 'load' });
    const button = page.getByRole('button', { name: 'Print / Save as PDF' });
    await expect(button.isVisible()).resolves.toBe(true);
    // Where the brief puts it: in the intro on /; on a section page under the h1, with the share controls, before the text.
    const place = await button.evaluate((b) => {
      if (b.closest('header.intro')) return 'intro';
      const h1 = document.querySelector('h1')!;
      // The first paragraph of prose (share and status lines are short).
      const firstParagraph = [...(b.closest('article')?.querySelectorAll(':scope > p') ?? [])].find((p) => (p.textContent ?? '').length > 80);
      const afterH1 = Boolean(h1.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
      const beforeText = !firstParagraph || Boolean(b.compareDocumentPosition(firstParagraph) & Node.DOCUMENT_POSITION_FOLLOWING);
      return afterH1 && beforeText ? 'under h1' : 'elsewhere';
    });
    expect(place).toBe(path === '/' ? 'intro' : 'under h1');
    await button.click();
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => (window as unknown as { printCalls: number }).printCalls)).resolves.toBe(2);
    expect(await axeViolations(page, { include: '.print-control' })).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    await expect(button.isVisible()).resolves.toBe(false);
    await context.close();
  });

  test('is not shown with JavaScript off (it could do nothing)', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${origin()}/`);
    await expect(page.getByRole('button', { name: 'Print / Save as PDF' }).isVisible()).resolves.toBe(false);
    await context.close();
  });
});

describe('the printed Chinese explainer (/zh/)', () => {
  const printed: Partial<Record<'Letter' | 'A4', { texts: string[]; fill: number[] }>> = {};
  beforeAll(async () => {
    for (const paper of ['Letter', 'A4'] as const) {
      const file = await printPdf('/zh/', `zh-${paper}`, {}, paper === 'A4' ? { format: 'A4' } : {});
      printed[paper] = { texts: pageTexts(file), fill: pageFill(file, { ...margins, heightMm: paperHeightMm[paper] }) };
    }
  }, 120_000);

  test.each([['Letter'], ['A4']] as const)('fits in 22 pages on %s, each numbered in Chinese', (paper) => {
    const { texts } = printed[paper]!;
    expect(texts.length).toBeLessThanOrEqual(22);
    texts.forEach((text, i) => expectPrinted(text, `第 ${i + 1} 页，共 ${texts.length} 页`, `page ${i + 1}`));
  });

  test('prints every section’s title and every chart’s title and table, and no control', () => {
    const all = printed.A4!.texts.join('\n');
    for (const title of distPage('/zh/').querySelectorAll('section.section h2').map((h) => h.text)) expectPrinted(all, title);
    for (const chart of chartsOn('/zh/')) {
      expectPrinted(all, chart.title);
      expectPrinted(all, chart.tableCaption);
    }
    for (const control of ['打印 / 存为PDF', '复制链接', '上一节', '下一节']) expectPrinted(all, control, 'the PDF', false);
  });

  test('sets no Chinese text under 8pt on paper (六号, 7.875pt, is the smallest Chinese is set)', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(`${origin()}/zh/`, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    const smallest = await page.evaluate(() => {
      const sizes = new Map<number, string>();
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node.parentElement!;
        if (!/\p{Script=Han}/u.test(node.textContent ?? '') || !element.checkVisibility() || element.closest('svg')) continue;
        const size = parseFloat(getComputedStyle(element).fontSize);
        if (!sizes.has(size)) sizes.set(size, `${element.tagName.toLowerCase()}.${element.className}: ${(node.textContent ?? '').trim().slice(0, 20)}`);
      }
      const min = Math.min(...sizes.keys());
      return { pt: (min * 72) / 96, where: sizes.get(min) };
    });
    await context.close();
    expect(smallest.pt, smallest.where).toBeGreaterThanOrEqual(8);
  });
});
