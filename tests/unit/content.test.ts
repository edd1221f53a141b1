/** Rules for the MDX prose that no compiler enforces. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { dataset, events, glossary } from '../../src/data/index';
import { parsePublishedSlugs } from '../../src/mdx/publishedSlugs';

const dir = join(import.meta.dirname, '..', '..', 'content', 'sections');
const files = readdirSync(dir).filter((f) => f.endsWith('.mdx'));
const read = (f: string) => readFileSync(join(dir, f), 'utf8');
const frontmatter = (text: string) => text.match(/^---\n([\s\S]*?)\n---\n/)![1]!;
const body = (text: string) => text.replace(/^---\n[\s\S]*?\n---\n/, '');

describe('sections', () => {
  test('there are ten, with unique orders and word slugs matching their file names (or the name before a rename)', () => {
    expect(files).toHaveLength(10);
    const orders = files.map((f) => Number(frontmatter(read(f)).match(/^order: (\d+)$/m)![1]));
    expect([...orders].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const { redirects } = parsePublishedSlugs(JSON.parse(read('../published-slugs.json')));
    for (const f of files) {
      const slug = frontmatter(read(f)).match(/^slug: (.+)$/m)![1];
      expect(slug, f).toMatch(/^[a-z][a-z-]*[a-z]$/);
      // A renamed section may keep its file: its old slug then redirects to its slug.
      const name = f.replace(/\.mdx$/, '');
      expect(name === slug || redirects[name] === slug, `${f}: slug "${slug}"`).toBe(true);
    }
  });

  test('prose types no number: figures come from the data module (years aside)', () => {
    for (const f of files) {
      body(read(f))
        .split('\n')
        .forEach((line, i) => {
          const prose = line
            .replace(/<[^>]*>/g, ' ') // JSX tags and their props
            .replace(/\]\([^)]*\)/g, ']') // link targets
            .replace(/\b(19|20)\d\d\b/g, ' '); // years
          expect(prose, `${f}:${i + 1}: ${line.trim().slice(0, 80)}`).not.toMatch(/\d/);
        });
    }
  });

  test('no spelled-out counts slip in either', () => {
    const counts = /\b(two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|billion)\b/i;
    for (const f of files) {
      const prose = body(read(f))
        .replace(/<[^>]*>/g, ' ')
        .replace(/"[^"\n]*"/g, ' '); // quotations from the source may contain words like "thousands"
      expect(prose.match(counts)?.[0], f).toBeUndefined();
    }
  });

  test('every Fig and When id exists', () => {
    for (const f of files) {
      for (const [, id] of read(f).matchAll(/<Fig id="([^"]+)"/g)) expect(dataset.byId.has(id!), `${f}: ${id}`).toBe(true);
      for (const [, id] of read(f).matchAll(/<When id="([^"]+)"/g)) expect(events.some((e) => e.id === id), `${f}: ${id}`).toBe(true);
    }
  });

  test('a glossary term is marked at most once per section, never in a heading, and the glossary comes last', () => {
    for (const f of files) {
      const ids = [...read(f).matchAll(/<Term id="([^"]+)">/g)].map((m) => m[1]!);
      for (const id of ids) expect(glossary.some((e) => e.id === id), `${f}: ${id}`).toBe(true);
      expect(ids.filter((id, i) => ids.indexOf(id) !== i), f).toEqual([]);
      expect(body(read(f)).match(/^#.*<Term/m), f).toBeNull();
    }
    const last = files.find((f) => /^order: 10$/m.test(frontmatter(read(f))));
    expect(last).toBe('glossary.mdx');
    expect(read('glossary.mdx')).toContain('<GlossaryList />');
  });

  test('the site’s voice says enforcement; "execution" appears only in quotes', () => {
    for (const f of files) {
      const unquoted = body(read(f)).replace(/"[^"\n]*"/g, ' ').replace(/“[^”\n]*”/g, ' ');
      expect(unquoted, f).not.toMatch(/\bexecut/i);
    }
  });
});

describe('the Chinese edition’s sections (content/zh/sections)', () => {
  const zhDir = join(dir, '..', 'zh', 'sections');
  const zhFiles = readdirSync(zhDir).filter((f) => f.endsWith('.mdx'));
  const readZh = (f: string) => readFileSync(join(zhDir, f), 'utf8');
  /** What a reader sees typed: tags, figure placeholders and verbatim quotations of the report aside. */
  const typed = (text: string) =>
    text
      .replace(/<[^>]*>/g, ' ')
      .replace(/\{[A-Za-z]+\}/g, ' ')
      .replace(/“[^”\n]*”/g, ' ')
      .replace(/\]\([^)]*\)/g, ']');

  test('one for every English section, with the same file name', () => {
    expect([...zhFiles].sort()).toEqual([...files].sort());
  });

  test('no digit is typed, not even a year: figures and dates come from the data module', () => {
    for (const f of zhFiles) {
      const [, fm, prose] = readZh(f).match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/)!;
      const fields = fm!.split('\n').filter((l) => /^(title|shortTitle|description):/.test(l)).join('\n');
      for (const [i, line] of `${fields}\n${prose}`.split('\n').entries()) expect(typed(line), `${f}:${i + 1}: ${line.slice(0, 60)}`).not.toMatch(/[0-9０-９]/);
    }
  });

  test('no count is spelled out in Chinese numerals either (ordinals such as 第三 aside)', () => {
    const count = /(?<!第)[两二三四五六七八九十百千]+[件元人项类个家次种条位名场批份]/u;
    for (const f of zhFiles) expect(typed(readZh(f)).match(count)?.[0], f).toBeUndefined();
  });

  test('set in Chinese punctuation: no ASCII comma, colon, semicolon or bracket beside a Han character, and no <Zh> (it is all Chinese)', () => {
    for (const f of zhFiles) {
      const prose = typed(readZh(f).replace(/^---\n[\s\S]*?\n---\n/, ''));
      expect(prose.match(/\p{Script=Han}[,:;()]|[,:;()]\p{Script=Han}/u)?.[0], f).toBeUndefined();
      expect(readZh(f), f).not.toContain('<Zh>');
    }
  });
});
