/** The reading aids in the built HTML: contents, "#" links, share links, theme script and button. */
import { beforeAll, describe, expect, test } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { assertBuilt, page, pagePaths, readDist, sectionsFromContent } from '../helpers/dist';

const sections = sectionsFromContent();

beforeAll(assertBuilt);

/** The page's own absolute URL, as the build wrote it (whatever SITE_URL was). */
const canonical = (doc: HTMLElement) => doc.querySelector('link[rel="canonical"]')!.getAttribute('href')!;

describe('contents on /', () => {
  test('a closed disclosure of plain links, one per section in order, named by its heading', () => {
    const toc = page('/').querySelector('nav.toc')!;
    expect(toc.getAttribute('aria-labelledby')).toBe('contents-title');
    const details = toc.querySelector('details')!;
    expect(details.hasAttribute('open')).toBe(false);
    expect(details.querySelector('summary > h2#contents-title')?.text).toBe('Contents');
    const links = details.querySelectorAll('ol > li > a');
    expect(links.map((a) => [a.getAttribute('href'), a.text])).toEqual(sections.map((s) => [`#${s.slug}`, s.shortTitle]));
    // No section is marked in the HTML: the script marks the one being read.
    expect(toc.querySelectorAll('[aria-current]')).toHaveLength(0);
  });

  test('the progress bar is decorative', () => {
    const bars = page('/').querySelectorAll('.reading-progress');
    expect(bars).toHaveLength(1);
    expect(bars[0]!.getAttribute('aria-hidden')).toBe('true');
  });
});

describe('"#" links', () => {
  test('every section heading on / has one, beside (not inside) the h2, named for the section', () => {
    const root = page('/');
    for (const s of sections) {
      const heading = root.getElementById(`${s.slug}-title`)!;
      expect(heading.querySelector('a')).toBeNull();
      const links = heading.parentNode!.querySelectorAll('a.anchor-link');
      expect(links.map((a) => [a.getAttribute('href'), a.getAttribute('aria-label'), a.text])).toEqual([
        [`#${s.slug}`, `Link to section: ${s.title}`, '#'],
      ]);
    }
  });

  test('every chart on every page has one, outside its caption, named for the chart', () => {
    let charts = 0;
    for (const path of pagePaths()) {
      for (const figure of page(path).querySelectorAll('figure.chart')) {
        charts++;
        const number = figure.querySelector('.chart-title .chart-number')!.text;
        const title = figure.querySelector('.chart-title')!.text.replace(number, '').trim();
        const link = figure.querySelector(':scope > a.anchor-link');
        expect(link?.getAttribute('href'), `${path} ${figure.id}`).toBe(`#${figure.id}`);
        expect(link?.getAttribute('aria-label')).toBe(path.startsWith('/zh/') ? `链接到${number}：${title}` : `Link to ${number}: ${title}`);
        expect(figure.querySelector('figcaption a.anchor-link')).toBeNull();
      }
    }
    expect(charts).toBeGreaterThanOrEqual(10);
  });
});

describe('share links', () => {
  /** The one share row of a part of a page: its URL and its buttons' names. */
  function shareRow(scope: HTMLElement) {
    const rows = scope.querySelectorAll('.share-link');
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    return {
      url: row.getAttribute('data-share-url'),
      buttons: row.querySelectorAll('button').map((b) => [b.text.replace(/\s+/g, ' ').trim(), b.hasAttribute('hidden')]),
      status: row.querySelector('[role="status"]')?.getAttribute('aria-live'),
    };
  }

  test("each section on / shares its own page's absolute URL, built from the site setting", () => {
    const root = page('/');
    const site = canonical(root);
    for (const s of sections) {
      const row = shareRow(root.getElementById(s.slug)!);
      expect(row.url, s.slug).toBe(new URL(`/sections/${s.slug}/`, site).href);
      expect(row.buttons).toEqual([
        [`Copy link to “${s.title}”`, false],
        [`Share “${s.title}”`, true],
      ]);
      expect(row.status).toBe('polite');
    }
  });

  test('each section page shares itself, right under its h1', () => {
    for (const s of sections) {
      const doc = page(`/sections/${s.slug}/`);
      const h1 = doc.querySelector('h1')!;
      expect(h1.nextElementSibling?.classList.contains('share-link'), s.slug).toBe(true);
      expect(shareRow(doc.querySelector('article')!).url).toBe(canonical(doc));
    }
  });
});

describe('theme', () => {
  test('every page sets the stored theme in <head> before any stylesheet, and has the toggle in its header', () => {
    for (const path of pagePaths()) {
      const html = readDist(path);
      const head = html.slice(0, html.indexOf('</head>'));
      const script = head.indexOf("localStorage.getItem('theme')");
      expect(script, path).toBeGreaterThan(0);
      for (const later of ['<style', '<link rel="stylesheet"', '<script type="module"']) {
        const at = head.indexOf(later);
        if (at >= 0) expect(script, `${path}: ${later}`).toBeLessThan(at);
      }
      const toggle = page(path).querySelector('header.site-header button.theme-toggle');
      expect(toggle?.text.replace(/\s+/g, ' ').trim(), path).toBe(path.startsWith('/zh/') ? '◐ 配色： 跟随系统 浅色 深色' : '◐ Theme: System Light Dark');
    }
  });
});
