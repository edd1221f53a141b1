/** The built glossary: marked terms, their panel templates and the glossary section on /. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { glossary } from '../../src/data/index';
import { inEnglishOrder } from '../../src/data/display';
import { assertBuilt, page, sectionsFromContent } from '../helpers/dist';

beforeAll(assertBuilt);

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const termTagsInContent = () => {
  const dir = join(import.meta.dirname, '..', '..', 'content', 'sections');
  return readdirSync(dir).flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/<Term id="([^"]+)">/g)].map((m) => m[1]!));
};

describe('terms in the prose', () => {
  test('every a.term on / links to an entry on / and has its panel template', () => {
    const root = page('/');
    const terms = root.querySelectorAll('a.term');
    // Every <Term> in the MDX renders once on the long page.
    expect(terms).toHaveLength(termTagsInContent().length);
    expect(terms.length).toBeGreaterThan(30);
    for (const a of terms) {
      const id = a.getAttribute('data-term')!;
      expect(a.getAttribute('href')).toBe(`/#term-${id}`);
      expect(a.getAttribute('data-panel')).toBe(`term-${id}-panel`);
      expect(root.getElementById(`term-${id}`)?.tagName, id).toBe('DT');
      expect(root.querySelector(`template#term-${id}-panel`), id).not.toBeNull();
    }
    // The first marked term reads as the prose wrote it.
    expect(terms[0]!.text).toBe('Enforcement Bureau');
    expect(terms[0]!.getAttribute('data-term')).toBe('enforcementBureau');
  });

  test('every section page has the templates its terms name', () => {
    for (const { slug } of sectionsFromContent()) {
      const doc = page(`/sections/${slug}/`);
      for (const a of doc.querySelectorAll('a.term')) {
        expect(doc.querySelector(`template#${a.getAttribute('data-panel')}`), `${slug}: ${a.getAttribute('data-term')}`).not.toBeNull();
      }
    }
  });
});

describe('panel templates', () => {
  test('a page carries the templates of the terms it marks, and no others', () => {
    const paths = ['/', '/data/', '/source/', '/404.html', ...sectionsFromContent().map(({ slug }) => `/sections/${slug}/`)];
    for (const path of paths) {
      const doc = page(path);
      const marked = new Set(doc.querySelectorAll('a.term').map((a) => a.getAttribute('data-panel')));
      const templates = doc.querySelectorAll('template[id^="term-"]').map((t) => t.id);
      expect(new Set(templates), path).toEqual(marked);
      expect(templates, `${path}: one template per term`).toHaveLength(marked.size);
    }
    // Pages without glossary terms in their prose (the data page, a glossary-only section) ship no templates.
    expect(page('/data/').querySelectorAll('template')).toHaveLength(0);
    expect(page('/sections/judicial-assistance/').querySelectorAll('template[id^="term-"]').length).toBeLessThan(glossary.length);
  });

  test('one per entry, with Chinese, pinyin, rendering, explanation, the item’s word, the note and a link to the entry', () => {
    const root = page('/');
    expect(root.querySelectorAll('main template')).toHaveLength(glossary.length);
    for (const e of glossary) {
      const template = root.querySelector(`template#term-${e.id}-panel`)!;
      const title = template.querySelector('p.panel-title')!;
      expect(title.querySelector('span[lang="zh-Hans"]')?.text, e.id).toBe(e.zh);
      expect(title.querySelector('span.pinyin')?.text, e.id).toBe(e.pinyin);
      expect(squash(template.text)).toContain(e.english);
      expect(squash(template.text)).toContain(e.explanation);
      if (e.sourceEnglish) expect(template.text).toContain(`The English item says: “${e.sourceEnglish}”`);
      if (e.translationNote) expect(template.text).toContain(e.translationNote);
      const link = template.querySelector('a')!;
      expect(link.text).toBe('Glossary entry');
      expect(link.getAttribute('href')).toBe(`/#term-${e.id}`);
      // Cloned into the page, a template must not bring duplicate ids with it.
      expect(template.querySelectorAll('[id]'), e.id).toHaveLength(0);
    }
  });

  test('the enforcement panel reads as worked out by hand', () => {
    const template = page('/').querySelector('template#term-enforcement-panel')!;
    expect(template.querySelector('p.panel-title')!.innerHTML).toBe('<span lang="zh-Hans">执行</span> <span class="pinyin" lang="zh-Latn-pinyin">zhíxíng</span>');
    expect(template.text).toContain('The English item says: “execution”');
  });
});

describe('the glossary section', () => {
  test('is the last section on / and lists every entry, in English alphabetical order', () => {
    const root = page('/');
    const sections = root.querySelectorAll('main > section.section');
    expect(sections.at(-1)?.id).toBe('glossary');
    const dts = sections.at(-1)!.querySelectorAll('dl.glossary dt');
    expect(dts.map((dt) => dt.id)).toEqual(inEnglishOrder(glossary).map((e) => `term-${e.id}`));
    // Worked by hand: "amount delivered…" sorts before "child-rearing…", "work-related…" comes last.
    expect(dts[0]!.id).toBe('term-amountDelivered');
    expect(dts[1]!.id).toBe('term-childSupport');
    expect(dts.at(-1)!.id).toBe('term-workInjuryInsurance');
  });

  test('each entry gives the English term, Chinese and pinyin, then the explanation, the item’s word and the note once', () => {
    const glossarySection = page('/').getElementById('glossary')!;
    for (const e of glossary) {
      const dt = glossarySection.querySelector(`#term-${e.id}`)!;
      expect(dt.querySelector('dfn')?.text, e.id).toBe(e.english);
      expect(dt.querySelector('span[lang="zh-Hans"]')?.text, e.id).toBe(e.zh);
      expect(dt.querySelector('.pinyin')?.text, e.id).toBe(e.pinyin);
      const dd = dt.nextElementSibling!;
      expect(dd.tagName).toBe('DD');
      const text = squash(dd.text);
      expect(text).toContain(e.explanation);
      if (e.sourceEnglish) expect(text).toContain(`The English item says: “${e.sourceEnglish}”`);
      if (e.translationNote) expect(squash(glossarySection.text).split(e.translationNote), e.id).toHaveLength(2);
    }
    // Chinese inside a note is marked for CJK fonts and pronunciation.
    expect(glossarySection.querySelector('#term-livelihoodCases + dd .term-note span[lang="zh-Hans"]')?.text).toBe('涉民生案件');
  });

  test('has its own page too, with the same entries', () => {
    const ids = page('/sections/glossary/').querySelectorAll('dl.glossary dt').map((dt) => dt.id);
    expect(ids).toHaveLength(glossary.length);
  });
});
