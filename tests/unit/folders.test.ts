/** Folder contracts: src/components/ holds exactly the components MDX authors use (SectionBody's map). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { projectRoot } from '../helpers/build';

test('src/components/ holds only the components the MDX prose can use, and all of them', () => {
  const body = readFileSync(join(projectRoot, 'src/chrome/SectionBody.astro'), 'utf8');
  const map = body.match(/<Content components=\{\{ ([^}]*) \}\} \/>/)![1]!.split(', ').filter((name) => !name.startsWith('...'));
  const files = readdirSync(join(projectRoot, 'src/components'))
    .filter((f) => f.endsWith('.astro'))
    .map((f) => f.replace(/\.astro$/, ''));
  expect(files.sort()).toEqual(map.sort());
});
