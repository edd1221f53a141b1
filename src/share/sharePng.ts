/**
 * Rasterises a share card's SVG to PNG at build time with resvg, using only the DejaVu
 * fonts shipped in src/assets/fonts (system fonts are not loaded, so every machine
 * draws the same card and nothing is fetched).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { shareFontFamily } from './shareImage';

/** Resolved from the project root: Astro and Vitest run there, and bundling moves this module's own URL. */
export const shareFontFiles = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((name) => join(process.cwd(), 'src', 'assets', 'fonts', name));

export function renderSharePng(svg: string): Uint8Array<ArrayBuffer> {
  const missing = shareFontFiles.filter((file) => !existsSync(file));
  if (missing.length) throw new Error(`share images: font file not found: ${missing.join(', ')} (run the build from the project root)`);
  const png = new Resvg(svg, { font: { loadSystemFonts: false, fontFiles: shareFontFiles, defaultFontFamily: shareFontFamily } })
    .render()
    .asPng();
  return new Uint8Array(png);
}
