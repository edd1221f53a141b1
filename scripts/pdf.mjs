/**
 * `npm run pdf`: prints the whole explainer (`/`) from the built site to dist/explainer.pdf
 * with Debian's Chromium, as a reader's "Save as PDF" would. Run `npm run build` first.
 * Plain Node ESM so it runs without a TypeScript step; tests/browser/print.test.ts imports
 * `pdfOptions` so the test prints exactly as this script does, and scripts/bench.mjs reuses
 * `launchChromium`, `serveDist` and `printExplainer` so the benchmark times exactly this.
 */
import { existsSync } from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import chromiumFlags from './chromium-flags.json' with { type: 'json' };
import types from '../src/lib/contentTypes.json' with { type: 'json' };

const root = join(fileURLToPath(import.meta.url), '..', '..');
const distDir = join(root, 'dist');
const outFile = join(distDir, 'explainer.pdf');
export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** The page.pdf() options: the page's own @page rules decide size and margins. */
export const pdfOptions = { printBackground: true, preferCSSPageSize: true };

/**
 * Chromium's flags, shared with the browser tests and the benchmark: headless, and no background
 * traffic to hosts this machine cannot reach (which would also count as third-party requests).
 */
export const chromiumArgs = chromiumFlags;

/** @type {Record<string, string>} One table for this server, the tests' and the host configuration (src/lib/hosting.ts). */
const contentTypes = types;

/**
 * Serves dist/ on a free loopback port, as a static host would (/x/ → /x/index.html).
 * With `gzip: true` text files are sent gzipped when the client accepts it, as real hosts do
 * (the benchmark's Lighthouse runs use this, so they do not flag a missing compression).
 */
export async function serveDist({ gzip = false } = {}) {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const candidate = join(distDir, path);
    for (const file of [candidate, join(candidate, 'index.html')]) {
      if (file.startsWith(distDir) && (await stat(file).catch(() => undefined))?.isFile()) {
        const type = contentTypes[extname(file)] ?? 'application/octet-stream';
        const body = await readFile(file);
        const compressible = /^(text\/|application\/(json|xml)|image\/svg)/.test(type);
        if (gzip && compressible && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
          res.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
          res.end(gzipSync(body, { level: 9 }));
        } else {
          res.writeHead(200, { 'Content-Type': type });
          res.end(body);
        }
        return;
      }
    }
    res.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}

/** Page count and the first page's size in mm, read from the PDF's own objects. */
export function pdfFacts(pdf) {
  const text = pdf.toString('latin1');
  const pages = (text.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  const box = text.match(/\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/);
  const mm = (pt) => Math.round((Number(pt) * 25.4) / 72);
  return { pages, widthMm: box ? mm(box[3] - box[1]) : 0, heightMm: box ? mm(box[4] - box[2]) : 0 };
}

/** Throws a message saying how to get a Chromium when there is none at CHROME_PATH (or /usr/bin/chromium). */
export function assertChromium() {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `No Chromium at ${chromiumPath}. Install it with "apt-get install -y chromium" (or run scripts/setup-tests.sh), ` +
        'or point CHROME_PATH at a Chromium or Chrome binary.',
    );
  }
}

/** Debian's Chromium through playwright-core, with the flags above. */
export async function launchChromium() {
  assertChromium();
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}

/** Everything `npm run pdf` does: serve dist/, print `/` to dist/explainer.pdf; returns the PDF's facts. */
export async function printExplainer() {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error('dist/ has no index.html: run "npm run build" first.');
  }
  assertChromium();
  const server = await serveDist();
  const browser = await launchChromium();
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
