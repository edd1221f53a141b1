/**
 * The folder tree is the architecture: each room of src/ imports only from rooms below it, so the
 * pipeline reads bottom up (helpers → tokens → data → charts → MDX → pages → post-build). The
 * element registry sits just under the layouts: it loads every custom element, wherever it lives.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { projectRoot } from '../helpers/build';

/** Bottom to top. A room may import from its own level or any level below. */
const levels: string[][] = [
  ['lib', 'i18n', 'assets'],
  ['styles'],
  ['data'],
  ['ui'],
  ['charts'],
  ['mdx', 'content.config.ts'],
  ['share'],
  ['chrome'],
  ['elements'],
  ['layouts'],
  ['views'],
  ['pages'],
  ['integrations'],
];
const src = join(projectRoot, 'src');
const roomOf = (file: string) => relative(src, file).split('/')[0]!;
const level = (room: string) => levels.findIndex((rooms) => rooms.includes(room));
const files = readdirSync(src, { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.(ts|mjs|astro)$/.test(f) && f !== 'env.d.ts')
  .map((f) => join(src, f));

test('every room of src/ has a level', () => {
  const rooms = [...new Set(files.map(roomOf))];
  expect(rooms.filter((room) => level(room) < 0)).toEqual([]);
});

test('no import runs from a lower room to a higher one', () => {
  const upward: string[] = [];
  for (const file of files) {
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^'?]+)/g)) {
      const target = resolve(dirname(file), spec!);
      if (!target.startsWith(src)) continue;
      const [from, to] = [roomOf(file), roomOf(target)];
      if (level(to) > level(from)) upward.push(`${relative(src, file)} → ${relative(src, target)}`);
    }
  }
  expect(upward).toEqual([]);
});
