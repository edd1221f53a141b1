/**
 * `npm run fonts`: subset Noto Sans SC (regular and bold, OFL-1.1) to exactly the characters the Chinese share
 * cards draw, as TrueType (resvg in Node takes font files), into src/assets/fonts with the font's licence.
 * The full font (92 MB) is this folder's own dependency (package.json, installed by `npm run fonts`), not the
 * site's: `npm ci` at the root leaves it out. The same text gives byte-identical files.
 * The character set comes from the code that draws the cards (characters.ts), loaded through Vite as the build loads it.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import subsetFont from 'subset-font';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const started = performance.now();

const { module: cards } = await runnerImport(join(here, 'characters.ts'), { root, configFile: false, logLevel: 'error' });
const text = cards.editionCharacters(root, 'zh');
const { cjkFontSource, fontFolder, readCmap } = cards;
const fontPackage = dirname(createRequire(join(here, 'package.json')).resolve(`${cjkFontSource.package}/package.json`));

for (const [name, from] of Object.entries(cjkFontSource.weights)) {
  const subset = await subsetFont(readFileSync(join(fontPackage, from)), text, { targetFormat: 'truetype' });
  // Read back what the file holds, not what was asked for.
  const cmap = readCmap(subset);
  const missing = [...text].filter((ch) => !cmap.has(ch.codePointAt(0)));
  if (missing.length) throw new Error(`${from} has no glyph for ${missing.join(' ')}: the cards draw them; change the words or the font`);
  const out = join(root, fontFolder, name);
  writeFileSync(out, subset);
  console.log(`${relative(root, out)}: ${subset.length} bytes`);
}
const licence = join(root, fontFolder, cjkFontSource.licence.to);
copyFileSync(join(fontPackage, cjkFontSource.licence.from), licence);
console.log(`${relative(root, licence)}: the font's licence (${cjkFontSource.package}/${cjkFontSource.licence.from})`);
console.log(`${[...text].length} characters, from the Chinese cards' words, in ${Math.round(performance.now() - started)} ms`);
