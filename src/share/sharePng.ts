/**
 * Rasterises a share card's SVG to PNG at build time with resvg, using only the fonts shipped
 * in src/assets/fonts for the card's edition (shareFonts.ts): system fonts are not loaded, so
 * every machine draws the same card and nothing is fetched. Before drawing, every character the
 * card draws is looked up in the font files' own cmap: a character without a glyph fails the
 * build, naming it and the card, rather than show an empty box.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { Locale } from '../lib/locale';
import { cardTexts, shareImageSvg, type ShareCard } from './shareImage';
import { fontFolder, shareFonts } from './shareFonts';
import { readCmap } from './ttf';

/** Resolved from the project root: Astro and Vitest run there, and bundling moves this module's own URL. */
const fontPath = (name: string): string => join(process.cwd(), fontFolder, name);

/** Each edition's font files, regular then bold. */
export const shareFontPaths: Record<Locale, string[]> = {
  en: shareFonts.en.files.map(fontPath),
  zh: shareFonts.zh.files.map(fontPath),
};

/** The English card's fonts (DejaVu Sans). */
export const shareFontFiles = shareFontPaths.en;

function assertFontFiles(files: readonly string[], locale: Locale): void {
  const missing = files.filter((file) => !existsSync(file));
  if (!missing.length) return;
  const remedy = locale === 'en' ? '' : `; ${shareFonts[locale].remedy}`;
  throw new Error(`share images: font file not found: ${missing.join(', ')} (run the build from the project root${remedy})`);
}

export function renderSharePng(svg: string, locale: Locale = 'en'): Uint8Array<ArrayBuffer> {
  const fontFiles = shareFontPaths[locale];
  assertFontFiles(fontFiles, locale);
  const png = new Resvg(svg, { font: { loadSystemFonts: false, fontFiles, defaultFontFamily: shareFonts[locale].family } })
    .render()
    .asPng();
  return new Uint8Array(png);
}

const cmaps = new Map<string, Map<number, number>>();
/** The characters a font file has a glyph for, read once per file. */
const cmapOf = (file: string): Map<number, number> => {
  let cmap = cmaps.get(file);
  if (!cmap) cmaps.set(file, (cmap = readCmap(readFileSync(file))));
  return cmap;
};

/** A character as a message names it: 'é' (U+00E9). */
export const characterName = (ch: string): string => `'${ch}' (U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`;

/** The characters of `text` that a font file has no glyph for (the space included: without one it is drawn as a box's width), each once, in order. */
export function missingCharacters(text: string, fontFile: string): string[] {
  const cmap = cmapOf(fontFile);
  return [...new Set(text)].filter((ch) => !cmap.has(ch.codePointAt(0)!));
}

/**
 * Throws unless each of the card's edition's font files (regular and bold: any text may be set in either)
 * has a glyph for every character the card draws; the message names the characters, the card, the file and the fix.
 */
export function assertGlyphs(card: ShareCard, fontFiles: readonly string[] = shareFontPaths[card.locale]): void {
  assertFontFiles(fontFiles, card.locale);
  const text = cardTexts(card).join('');
  // Files missing the same characters (the regular and bold subsets, cut from one text) are named together.
  const byMissing = new Map<string, string[]>();
  for (const file of fontFiles) {
    const missing = missingCharacters(text, file).map(characterName).join(', ');
    if (missing) byMissing.set(missing, [...(byMissing.get(missing) ?? []), relative(process.cwd(), file)]);
  }
  if (byMissing.size) {
    const problems = [...byMissing].map(([missing, files]) => `${missing} (not in ${files.join(', ')})`).join('; ');
    throw new Error(`share card ${card.imagePath} draws characters its font has no glyph for: ${problems}. To fix: ${shareFonts[card.locale].remedy}.`);
  }
}

/** A card as its PNG route answers: its glyphs checked, then drawn. */
export function shareCardResponse(card: ShareCard): Response {
  assertGlyphs(card);
  return new Response(renderSharePng(shareImageSvg(card), card.locale), { headers: { 'Content-Type': 'image/png' } });
}
