/** getSections: reading order, and a slug or an order used twice fails naming both files. */
import { beforeEach, describe, expect, test, vi } from 'vitest';

const entries: { id: string; data: { slug: string; order: number } }[] = [];
const asked: string[] = [];
vi.mock('astro:content', () => ({
  getCollection: async (name: string) => {
    asked.push(name);
    return entries;
  },
}));

const { getSections, sectionPath } = await import('../../../src/mdx/sections');

beforeEach(() => {
  entries.length = 0;
});

describe('getSections', () => {
  test('returns the sections in reading order, each at /sections/<slug>/', async () => {
    entries.push({ id: 'b', data: { slug: 'second', order: 2 } }, { id: 'a', data: { slug: 'first', order: 1 } }, { id: 'c', data: { slug: 'third', order: 3 } });
    const sections = await getSections();
    expect(sections.map((s) => s.id)).toEqual(['a', 'b', 'c']);
    expect(sectionPath(sections[0]!)).toBe('/sections/first/');
    expect(asked.at(-1)).toBe('sections');
  });

  test('a slug used twice fails, naming both files and the field', async () => {
    entries.push({ id: 'one', data: { slug: 'same', order: 1 } }, { id: 'two', data: { slug: 'same', order: 2 } });
    await expect(getSections()).rejects.toThrow('content/sections/two.mdx: field "slug": "same" is also used by content/sections/one.mdx');
  });

  test('an order used twice fails the same way', async () => {
    entries.push({ id: 'one', data: { slug: 'a', order: 1 } }, { id: 'two', data: { slug: 'b', order: 1 } });
    await expect(getSections()).rejects.toThrow('content/sections/two.mdx: field "order": "1" is also used by content/sections/one.mdx');
  });
});
