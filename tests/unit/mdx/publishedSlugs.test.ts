/** Stable section URLs: the recorded slugs, the redirect map and the check that fails the build. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parsePublishedSlugs, slugProblems, assertSlugsResolve } from '../../../src/mdx/publishedSlugs';
import { sectionsFromContent } from '../../helpers/dist';
import { projectRoot } from '../../helpers/build';

const file = 'content/published-slugs.json';
const recorded = (slugs: string[], redirects: Record<string, string> = {}) => parsePublishedSlugs({ slugs, redirects });

describe('slugProblems', () => {
  test('none when every recorded slug is a section', () => {
    expect(slugProblems(recorded(['a', 'b']), ['a', 'b', 'c'])).toEqual([]);
  });

  test('a renamed section without a redirect names the file, the slug and both ways out', () => {
    expect(slugProblems(recorded(['a', 'old-name']), ['a', 'new-name'])).toEqual([
      `${file}: published slug "old-name" has no section and no redirect: give a section the slug "old-name" again, or add "old-name": "<new slug>" to "redirects"`,
    ]);
  });

  test('a renamed section with a redirect to its new slug resolves', () => {
    expect(slugProblems(recorded(['a', 'old-name'], { 'old-name': 'new-name' }), ['a', 'new-name'])).toEqual([]);
  });

  test('a redirect from a slug a section still has would hide that section', () => {
    expect(slugProblems(recorded(['a'], { a: 'b' }), ['a', 'b'])).toEqual([`${file}: redirect "a": a section still has the slug "a"; remove the redirect`]);
  });

  test('a redirect must land on a section, and a chain says where to point instead', () => {
    expect(slugProblems(recorded(['x', 'y'], { x: 'y', y: 'z' }), ['z'])).toEqual([
      `${file}: redirect "x" → "y": no section has the slug "y" ("y" itself redirects to "z": point "x" there)`,
    ]);
    expect(slugProblems(recorded(['x'], { x: 'nowhere' }), ['z'])).toEqual([`${file}: redirect "x" → "nowhere": no section has the slug "nowhere"`]);
  });

  test('assertSlugsResolve throws every problem at once', () => {
    expect(() => assertSlugsResolve(recorded(['gone', 'lost']), ['a'])).toThrow(/"gone" has no section[\s\S]*\n.*"lost" has no section/);
  });
});

describe('parsePublishedSlugs', () => {
  test('rejects a malformed slug or an unknown field, naming the file and the field', () => {
    expect(() => parsePublishedSlugs({ slugs: ['Bad_Slug'], redirects: {} })).toThrow(`${file}: field "slugs.0": must be lower-case words`);
    expect(() => parsePublishedSlugs({ slugs: [], redirects: {}, extra: 1 })).toThrow(`${file}: field "": Unrecognized key: "extra"`);
    expect(() => parsePublishedSlugs({ slugs: [] })).toThrow(`${file}: field "redirects": Required`);
  });
});

describe(file, () => {
  const published = parsePublishedSlugs(JSON.parse(readFileSync(join(projectRoot, file), 'utf8')));
  const sections = sectionsFromContent().map((s) => s.slug);

  test('records every current section slug, so renaming one later is caught', () => {
    expect(sections.filter((slug) => !published.slugs.includes(slug))).toEqual([]);
  });

  test('every recorded slug resolves', () => {
    expect(slugProblems(published, sections)).toEqual([]);
  });
});
