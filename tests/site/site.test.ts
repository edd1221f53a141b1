/** Tests of the built site in dist/: pages, ids, metadata, downloads and links. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { figures, sentenceIs, sources, type SourceFigure } from '../../src/data/index';
import { exportColumns, exportRows } from '../../src/data/export';
import { figureText } from '../../src/data/display';
import { sourceTexts, splitSentences } from '../../src/data/sourceText';
import { site } from '../../src/lib/site';
import { parseCsv } from '../helpers/csv';
import { assertBuilt, distFiles, page, pagePaths, readDist, sectionsFromContent, distDir } from '../helpers/dist';

const sections = sectionsFromContent();
const interviewFigures = figures.filter((f): f is SourceFigure => f.kind === 'interview');

beforeAll(assertBuilt);

describe('/ (the whole explainer)', () => {
  test('has every section, in order, with its slug as id, and a table of contents linking to each', () => {
    const root = page('/');
    const ids = root.querySelectorAll('main > section.section').map((s) => s.id);
    expect(ids).toEqual(sections.map((s) => s.slug));
    const tocLinks = root.querySelectorAll('nav.toc a').map((a) => a.getAttribute('href'));
    expect(tocLinks).toEqual(sections.map((s) => `#${s.slug}`));
    for (const s of sections) expect(root.getElementById(`${s.slug}-title`)?.text).toBe(s.title);
  });

  test('shows every interview figure, rendered from the data module and linked to its note', () => {
    const root = page('/');
    for (const f of interviewFigures) {
      const shown = root.querySelectorAll(`a.fig[data-figure="${f.id}"]`);
      expect(shown.length, f.id).toBeGreaterThan(0);
      for (const a of shown) {
        expect(a.querySelector('data')?.getAttribute('value')).toBe(String(f.value));
        const noteId = a.getAttribute('data-panel')!;
        expect(a.getAttribute('href')).toBe(`#${noteId}`);
        const note = root.getElementById(noteId);
        expect(note?.text.replace(/\s+/g, ' '), `${f.id} → #${noteId}`).toContain(f.sentence);
        expect(note!.querySelector(`a[href="/data/#${f.id}"]`)).not.toBeNull();
        expect(note!.querySelector(`a[href="/source/#${f.sourceAnchor}"]`)).not.toBeNull();
      }
    }
    expect(root.text).toContain('about 640,000 cases');
    expect(root.text).toContain('about 51.7 billion yuan');
    expect(root.text).toContain('75,200 cases');
    expect(root.text).toContain('1.864 billion yuan');
    expect(root.text).toContain('2,311 people');
    expect(root.text).toContain('94.5551 million yuan');
  });

  test('states its source in the header', () => {
    const header = page('/').querySelector('header.intro')!;
    expect(header.querySelector('h1')?.text).toBe(site.title);
    expect(header.text).toContain('Huang Wenjun');
    expect(header.text).toContain('10 March 2025');
    expect(header.querySelector('a[href="/source/"]')).not.toBeNull();
  });

  test('labels every context box as context, with a named source', () => {
    const boxes = page('/').querySelectorAll('.context[role="note"]');
    expect(boxes.length).toBeGreaterThanOrEqual(5);
    for (const box of boxes) {
      expect(box.querySelector('.context-tag')?.text).toBe('Context');
      expect(box.querySelector('.context-sources')?.text).toMatch(/not in the English news item\. Sources?: \S/);
    }
  });
});

describe('figure notes', () => {
  test('every figure on every page opens its own note: sentence or formula, numbered in order of first use', () => {
    for (const path of ['/', ...sections.map((s) => `/sections/${s.slug}/`)]) {
      const doc = page(path);
      for (const a of doc.querySelectorAll('a.fig')) {
        const id = a.getAttribute('data-figure')!;
        const figure = figures.find((f) => f.id === id)!;
        const note = doc.getElementById(a.getAttribute('data-panel')!);
        expect(note?.classList.contains('figure-note'), `${path} ${id}`).toBe(true);
        const text = note!.text.replace(/\s+/g, ' ');
        expect(text, `${path} ${id}`).toContain(figure.kind === 'derived' ? figure.formulaText : figure.sentence);
        // The opening's key figures link to the note of the first section that quotes them, and carry no note number.
        if (a.closest('.key-figures')) {
          expect(a.getAttribute('data-note'), `${path} ${id}`).toBeUndefined();
          continue;
        }
        // The number in print matches the note's position in its list.
        const position = note!.parentNode!.querySelectorAll('li.figure-note').indexOf(note!) + 1;
        expect(a.getAttribute('data-panel')).toMatch(new RegExp(`-note-${position}$`));
        expect(a.getAttribute('data-note')).toBe(String(position));
      }
    }
  });
});

describe('section pages', () => {
  test.each(sections.map((s, i) => [s.slug, s, i] as const))('/sections/%s/ has its title, description and neighbours', (slug, s, i) => {
    const doc = page(`/sections/${slug}/`);
    expect(doc.querySelector('title')?.text).toBe(`${s.shortTitle} · ${site.title}`);
    expect(doc.querySelector('h1')?.text).toBe(s.title);
    const description = doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
    expect(description.length).toBeGreaterThanOrEqual(50);
    expect(description).not.toMatch(/[{}]/);
    const prev = doc.querySelector('a[rel="prev"]')?.getAttribute('href');
    const next = doc.querySelector('a[rel="next"]')?.getAttribute('href');
    expect(prev).toBe(i > 0 ? `/sections/${sections[i - 1]!.slug}/` : undefined);
    expect(next).toBe(i < sections.length - 1 ? `/sections/${sections[i + 1]!.slug}/` : undefined);
    expect(doc.querySelector(`a[href="/#${slug}"]`)).not.toBeNull();
  });

  test('descriptions render figures from the data module', () => {
    const description = page('/sections/judicial-assistance/').querySelector('meta[name="description"]')?.getAttribute('content');
    expect(description).toContain('2,311 people');
    expect(description).toContain('94.5551 million yuan');
  });
});

describe('every page', () => {
  const paths = pagePaths();

  test('the expected pages exist', () => {
    for (const p of ['/', '/data/', '/source/', '/404.html', ...sections.map((s) => `/sections/${s.slug}/`)]) {
      expect(paths, p).toContain(p);
    }
  });

  test.each(paths)('%s has a unique title, a description, one h1 and its edition’s lang', (path) => {
    const doc = page(path);
    const chinese = path.startsWith('/zh/');
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe(chinese ? 'zh-Hans' : 'en');
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
    const description = doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
    // Chinese says in about 20 characters what English says in 40.
    expect(description.length).toBeGreaterThanOrEqual(chinese ? 20 : 40);
    const titles = paths.map((p) => page(p).querySelector('title')?.text);
    expect(titles.filter((t) => t === doc.querySelector('title')?.text)).toHaveLength(1);
  });

  test('no internal link or fragment is broken', () => {
    const idsByPage = new Map(paths.map((p) => [p, new Set(page(p).querySelectorAll('[id]').map((e) => e.id))]));
    const files = new Set(distFiles());
    const broken: string[] = [];
    for (const from of paths) {
      for (const el of page(from).querySelectorAll('a[href], link[href], img[src], script[src]')) {
        const raw = el.getAttribute('href') ?? el.getAttribute('src')!;
        if (/^(https?:)?\/\//.test(raw) && !raw.startsWith('http://localhost')) continue; // checked below: there are none
        if (raw.startsWith('mailto:')) continue;
        const url = new URL(raw, `http://site${from}`);
        const target = url.pathname;
        const exists = target.endsWith('/') ? files.has(`${target}index.html`) : files.has(target);
        if (!exists && !raw.startsWith('http://localhost')) broken.push(`${from} → ${raw}`);
        if (url.hash && exists) {
          const ids = idsByPage.get(target);
          if (!ids?.has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${from} → ${raw} (no such fragment)`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  test('no page loads anything from another host', () => {
    for (const path of paths) {
      const doc = page(path);
      const external = doc
        .querySelectorAll('script[src], link[rel="stylesheet"], link[rel="preload"], img[src], iframe[src], source[src]')
        .map((e) => e.getAttribute('src') ?? e.getAttribute('href')!)
        .filter((u) => /^(https?:)?\/\//.test(u));
      expect(external, path).toEqual([]);
    }
  });
});

describe('/data/', () => {
  test('has one row per figure with its value, and a sentence link or formula', () => {
    const doc = page('/data/');
    for (const f of figures) {
      const row = doc.getElementById(f.id);
      expect(row?.tagName, f.id).toBe('TR');
      expect(row!.querySelector('.value')?.text).toBe(figureText(f, { style: 'table' }));
      if (f.kind === 'derived') expect(row!.text).toContain(f.formulaText);
      else expect(row!.text.replace(/\s+/g, ' ')).toContain(f.sentence);
      if (f.kind === 'interview') {
        expect(row!.querySelector(`a[href="/source/#${f.sourceAnchor}"]`), f.id).not.toBeNull();
      }
    }
  });

  test('figures.csv has the module’s rows, column for column', () => {
    const [header, ...rows] = parseCsv(readDist('/data/figures.csv'));
    expect(header).toEqual([...exportColumns]);
    const expected = exportRows(figures, sources, sentenceIs);
    expect(rows).toHaveLength(expected.length);
    rows.forEach((cells, i) => expect(cells).toEqual(exportColumns.map((c) => String(expected[i]![c]))));
  });

  test('figures.json has the same rows and the sources', () => {
    const json = JSON.parse(readDist('/data/figures.json'));
    expect(json.figures).toEqual(exportRows(figures, sources, sentenceIs));
    expect(json.sources.map((s: { id: string }) => s.id)).toEqual(sources.map((s) => s.id));
  });
});

describe('/source/', () => {
  test('holds the whole English item, sentence by sentence, each with its anchor', () => {
    const doc = page('/source/');
    const expected = splitSentences(sourceTexts['interview-en']);
    for (const s of expected) {
      const el = doc.getElementById(s.anchor);
      expect(el?.text.replace(/^\d+/, ''), s.anchor).toBe(s.text);
    }
    expect(readDist('/source/interview-en.txt')).toBe(sourceTexts['interview-en']);
  });
});

describe('404', () => {
  test('is a real page listing the sections', () => {
    const doc = page('/404.html');
    expect(doc.querySelector('h1')?.text).toBe('Page not found');
    const links = doc.querySelectorAll('main ol a').map((a) => a.getAttribute('href'));
    expect(links).toEqual(sections.map((s) => `/sections/${s.slug}/`));
  });

  test('favicons exist', () => {
    expect(existsSync(join(distDir, 'favicon.ico'))).toBe(true);
    expect(existsSync(join(distDir, 'favicon.svg'))).toBe(true);
  });
});
