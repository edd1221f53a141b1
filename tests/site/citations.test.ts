/** "Cite this" and the changelog in the built site. */
import { beforeAll, describe, expect, test } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { changelog, getSource, lastUpdated } from '../../src/data/index';
import { dayMonthYear } from '../../src/data/dates';
import { citationsFor, explainerRecord, plainText, sectionRecord, sourceCitationRecord, type CitationRecord } from '../../src/data/citation';
import { assertBuilt, page, sectionsFromContent } from '../helpers/dist';

const sections = sectionsFromContent();

beforeAll(assertBuilt);

/** The page's own absolute URL, as the build wrote it (whatever SITE_URL was). */
const canonical = (doc: HTMLElement) => doc.querySelector('link[rel="canonical"]')!.getAttribute('href')!;

/** A citation block holds the four styles, each exactly as citation.ts writes it, with a hidden Copy button. */
function expectCitations(block: HTMLElement | null, record: CitationRecord) {
  expect(block?.tagName).toBe('DETAILS');
  const expected = citationsFor(record);
  expect(block!.querySelectorAll('dt').map((dt) => dt.text)).toEqual(expected.map((c) => c.label));
  for (const c of expected) {
    const text = block!.querySelector(`#${block!.id}-${c.style}`);
    expect(text?.text, `${block!.id} ${c.style}`).toBe(plainText(c.parts));
    const button = block!.querySelector(`button[data-copy="${block!.id}-${c.style}"]`);
    expect(button?.hasAttribute('hidden'), 'Copy is hidden until the script finds a clipboard').toBe(true);
    expect(button?.text.replace(/\s+/g, ' ').trim()).toBe(`Copy ${c.name} citation`);
  }
  expect(block!.querySelector('[role="status"]')).not.toBeNull();
}

describe('cite this section', () => {
  test.each(sections)('/sections/$slug/ cites itself in four styles with its own URL', (s) => {
    const doc = page(`/sections/${s.slug}/`);
    const url = canonical(doc);
    expect(url).toMatch(new RegExp(`^https?://[^/]+/sections/${s.slug}/$`));
    const block = doc.querySelector('main > .cite-this > details#cite-section');
    // Under the article, not inside it.
    expect(doc.querySelector('article details#cite-section')).toBeNull();
    expectCitations(block, sectionRecord(new URL(url).origin, lastUpdated, { slug: s.slug, title: s.title, path: `/sections/${s.slug}/` }));
    for (const style of ['apa', 'chicago', 'gbt', 'bibtex']) expect(block!.querySelector(`#cite-section-${style}`)!.text).toContain(url);
    expect(block!.querySelector('#cite-section-apa i')?.text).toBe(s.title);
    expect(block!.querySelector('#cite-section-bibtex')?.tagName).toBe('PRE');
    expect(block!.querySelector('time')?.getAttribute('datetime')).toBe(lastUpdated);
  });
});

describe('cite the explainer and the source report', () => {
  test.each(['/', '/sections/sources-and-method/'])('%s has both, in the Sources and method text', (path) => {
    const doc = page(path);
    const origin = new URL(canonical(doc)).origin;
    const scope = path === '/' ? doc.getElementById('sources-and-method')! : doc.querySelector('article')!;
    expectCitations(scope.querySelector('details#cite-explainer'), explainerRecord(origin, lastUpdated));
    expectCitations(scope.querySelector('details#cite-source'), sourceCitationRecord(getSource('interviewEn')));
    expect(scope.querySelector('#cite-explainer-apa')!.text).toContain(`${origin}/`);
    expect(scope.querySelector('#cite-source-apa')!.text).toContain('China News Network. (n.d.).');
  });

  test('/ has no section citation, and each id appears once on every page', () => {
    expect(page('/').getElementById('cite-section')).toBeNull();
    for (const path of ['/', ...sections.map((s) => `/sections/${s.slug}/`)]) {
      const ids = page(path).querySelectorAll('[id^="cite-"]').map((e) => e.id);
      expect(new Set(ids).size, path).toBe(ids.length);
    }
  });
});

describe('corrections and updates', () => {
  test.each(['/', '/sections/sources-and-method/'])('%s lists every changelog entry with its date', (path) => {
    const log = page(path).getElementById('corrections');
    expect(log?.text).toContain('Corrections and updates');
    const items = log!.querySelectorAll('li');
    expect(items).toHaveLength(changelog.length);
    items.forEach((li, i) => {
      const entry = changelog[i]!;
      expect(li.querySelector('time')?.getAttribute('datetime')).toBe(entry.date);
      expect(li.querySelector('time')?.text).toBe(dayMonthYear(entry.date));
      expect(li.text).toBe(`${dayMonthYear(entry.date)}: ${entry.summary}`);
    });
    expect(page(path).text).not.toContain('None so far');
  });

  test('it ends the explainer’s text: last in Sources and method, before only the glossary appendix', () => {
    const sections = page('/').querySelectorAll('main > section.section');
    expect(sections.at(-1)!.id).toBe('glossary');
    const method = sections.at(-2)!;
    expect(method.id).toBe('sources-and-method');
    const blocks = method.childNodes.filter((n) => n.nodeType === 1).map((n) => (n as HTMLElement).classList.value.join(' '));
    // Only the section's number notes and its page link follow the changelog.
    expect(blocks.slice(blocks.indexOf('changelog') + 1).filter((c) => c !== 'figure-notes')).toEqual(['section-permalink']);
  });
});
