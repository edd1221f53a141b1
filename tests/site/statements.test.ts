/**
 * Statements in the built site: every sentence of the English item is cited from /
 * or listed as unused; each marker's note quotes what it cites and links to it on
 * /source/; context cited outside a context box names its source; quotations in
 * charts and the glossary are word for word; the site never talks about how its
 * notes were made.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { dataset } from '../../src/data/index';
import { sourceTexts, splitSentences } from '../../src/data/sourceText';
import { quoteOccurs } from '../../src/mdx/remarkStatements';
import { assertBuilt, distFiles, page, pagePaths, readDist } from '../helpers/dist';

beforeAll(assertBuilt);

const sentences = splitSentences(sourceTexts['interview-en']);
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('the whole interview is walked', () => {
  test('every English sentence is cited from / or listed on /source/ as unused, with a reason, and never both', () => {
    const cited = new Set(
      page('/')
        .querySelectorAll('main a[href^="/source/#s"]')
        .map((a) => a.getAttribute('href')!.slice('/source/#'.length)),
    );
    const unused = page('/source/')
      .querySelectorAll('[data-unused]')
      .map((li) => ({ anchor: li.getAttribute('data-unused')!, reason: squash(li.text) }));
    for (const s of sentences) {
      const listed = unused.some((u) => u.anchor === s.anchor);
      expect(cited.has(s.anchor) !== listed, `${s.anchor}: ${s.text.slice(0, 60)} (cited: ${cited.has(s.anchor)}, unused: ${listed})`).toBe(true);
    }
    for (const u of unused) expect(u.reason, u.anchor).toMatch(/: \S.{10,}/);
    expect(sentences).toHaveLength(25);
  });
});

describe('statement markers', () => {
  const paths = ['/', ...pagePaths().filter((p) => p.startsWith('/sections/'))];

  test('each opens a note that quotes every sentence or passage it cites and links to it on /source/', () => {
    const source = page('/source/');
    let count = 0;
    for (const path of paths) {
      const doc = page(path);
      for (const marker of doc.querySelectorAll('a.src')) {
        count++;
        const note = doc.getElementById(marker.getAttribute('data-panel')!);
        expect(note?.classList.contains('statement-note'), `${path} ${marker.getAttribute('data-statement')}`).toBe(true);
        // The number a reader sees is the note's place in its list, as in print.
        const position = note!.parentNode!.querySelectorAll('li.figure-note').indexOf(note!) + 1;
        expect(marker.text.trim()).toBe(String(position));
        expect(marker.getAttribute('aria-label')).toBe(`Source note ${position}`);
        for (const id of marker.getAttribute('data-statement')!.split(' ')) {
          const cited = dataset.citable.get(id)!;
          expect(squash(note!.text), `${path} ${id}`).toContain(squash(cited.text));
          expect(note!.querySelector(`a[href="/source/#${id}"]`), `${path} ${id}`).not.toBeNull();
          expect(source.getElementById(id), `/source/ has #${id}`).not.toBeNull();
        }
      }
    }
    expect(count).toBeGreaterThan(50);
  });

  test('context cited outside a context box names its source beside the claim', () => {
    const doc = page('/');
    const labels = doc.querySelectorAll('.src-context');
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) {
      expect(label.closest('.context'), label.text).toBeNull();
      const marker = label.nextElementSibling!.querySelector('a.src')!;
      const names = marker
        .getAttribute('data-statement')!
        .split(' ')
        .map((id) => dataset.citable.get(id)!.sourceId)
        .filter((id) => id !== 'interviewEn');
      expect(names.length, label.text).toBeGreaterThan(0);
      expect(label.text).toMatch(/^\(context: .+\)$/);
    }
  });

  test('every context passage on /source/ has its own anchor, under its own source', () => {
    const source = page('/source/');
    for (const c of dataset.citable.values()) {
      if (c.sourceId === 'interviewEn') continue;
      expect(source.getElementById(c.id)?.closest(`#source-${c.sourceId}`), c.id).not.toBeNull();
    }
  });
});

describe('quotations outside the prose', () => {
  const texts = [sourceTexts['interview-en'], sourceTexts['context-notes']];
  const quotes = (text: string) => [...text.matchAll(/“([^”]+)”/g)].map((m) => m[1]!);

  test('every quotation in a chart (caption, description, tips, table) is word for word in a source', () => {
    const doc = page('/');
    for (const chart of doc.querySelectorAll('figure.chart')) {
      const tips = chart.querySelectorAll('[data-tip-detail]').map((g) => `${g.getAttribute('data-tip')} ${g.getAttribute('data-tip-detail')}`);
      // The SVG's text is drawn in pieces; the caption, description and table say the same in whole sentences.
      const words = ['figcaption', '.chart-description', '.chart-source', 'table'].map((sel) => chart.querySelector(sel)?.text ?? '').join(' ');
      for (const quote of [...quotes(words), ...tips.flatMap(quotes)]) {
        expect(texts.some((t) => quoteOccurs(quote, t)), `${chart.id}: “${quote}”`).toBe(true);
      }
    }
  });

  test('every quotation in the glossary is word for word in a source', () => {
    for (const quote of quotes(page('/').querySelector('#glossary dl.glossary')!.text)) {
      expect(texts.some((t) => quoteOccurs(quote, t)), `“${quote}”`).toBe(true);
    }
  });
});

describe('the site speaks about its subject, not about how its notes were made', () => {
  const process = /\b(was|were) (not )?seen\b|\breadable copy\b|\bstored (public )?cop(y|ies)\b|\bmirror\b|\bproject['’]s (verified )?(source )?notes\b|\bread (in|on) (a|stored)\b/i;

  test('no page, download or share text uses the phrases of the research process', () => {
    const files = distFiles().filter((f) => /\.(html|csv|json|txt|xml)$/.test(f));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const text = readDist(file).replace(/<script(?![^>]*ld\+json)[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ' ');
      expect(text.match(process)?.[0], file).toBeUndefined();
    }
  });
});
