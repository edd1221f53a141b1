/**
 * `npm run pdf`: prints the whole explainer in each edition (`/` and `/zh/`) from the built site to
 * dist/explainer.pdf and dist/explainer-zh.pdf with Debian's Chromium, as a reader's "Save as PDF" would.
 * Run `npm run build` first.
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

/** Each edition's whole explainer and the file it prints to. */
export const editions = [
  { path: '/', file: 'explainer.pdf' },
  { path: '/zh/', file: 'explainer-zh.pdf' },
];

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

/** Serve dist/ and print one edition's whole explainer (`/` by default) to its file; returns the PDF's facts. */
export async function printExplainer({ path, file } = editions[0]) {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error('dist/ has no index.html: run "npm run build" first.');
  }
  const browser = await launchChromium();
  const server = await serveDist();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle' });
    const pdf = await page.pdf(pdfOptions);
    const outFile = join(distDir, file);
    await writeFile(outFile, pdf);
    return { file: outFile, bytes: pdf.length, ...pdfFacts(pdf) };
  } finally {
    await browser.close();
    await server.close();
  }
}

async function main() {
  for (const edition of editions) {
    const { file, bytes, pages, widthMm, heightMm } = await printExplainer(edition);
    console.log(`Wrote ${file}: ${pages} pages, ${widthMm} × ${heightMm} mm, ${Math.round(bytes / 1024)} KB`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(`npm run pdf: ${error.message}`);
    process.exit(1);
  });
}
