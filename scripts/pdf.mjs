/**
 * `npm run pdf`: prints the whole explainer (`/`) from the built site to dist/explainer.pdf
 * with Debian's Chromium, as a reader's "Save as PDF" would. Run `npm run build` first.
 * Plain Node ESM so it runs without a TypeScript step; tests/browser/print.test.ts imports
 * `pdfOptions` so the test prints exactly as this script does, and scripts/bench.mjs reuses
 * `printExplainer` so the benchmark times exactly this.
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from './chromium.mjs';
import { distDir, serveDist } from './serve.mjs';

const outFile = join(distDir, 'explainer.pdf');

/** The page.pdf() options: the page's own @page rules decide size and margins. */
export const pdfOptions = { printBackground: true, preferCSSPageSize: true };

/** Page count and the first page's size in mm, read from the PDF's own objects. */
function pdfFacts(pdf) {
  const text = pdf.toString('latin1');
  const pages = (text.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  const box = text.match(/\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/);
  const mm = (pt) => Math.round((Number(pt) * 25.4) / 72);
  return { pages, widthMm: box ? mm(box[3] - box[1]) : 0, heightMm: box ? mm(box[4] - box[2]) : 0 };
}

/** Everything `npm run pdf` does: serve dist/, print `/` to dist/explainer.pdf; returns the PDF's facts. */
export async function printExplainer() {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error('dist/ has no index.html: run "npm run build" first.');
  }
  const browser = await launchChromium();
  const server = await serveDist();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/`, { waitUntil: 'networkidle' });
    const pdf = await page.pdf(pdfOptions);
    await writeFile(outFile, pdf);
    return { file: outFile, bytes: pdf.length, ...pdfFacts(pdf) };
  } finally {
    await browser.close();
    await server.close();
  }
}

async function main() {
  const { file, bytes, pages, widthMm, heightMm } = await printExplainer();
  console.log(`Wrote ${file}: ${pages} pages, ${widthMm} × ${heightMm} mm, ${Math.round(bytes / 1024)} KB`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(`npm run pdf: ${error.message}`);
    process.exit(1);
  });
}
