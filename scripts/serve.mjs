/**
 * dist/ (or another built folder) served on a free loopback port as a static host serves it:
 * /x/ → /x/index.html, an unknown path → 404.html with status 404. The one static server for the
 * browser and link tests, `npm run pdf` and `npm run bench`; nginx itself is scripts/nginx.mjs.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import contentTypes from '../src/integrations/contentTypes.json' with { type: 'json' };

export const distDir = fileURLToPath(new URL('../dist', import.meta.url));

/** The file a URL path is served from (/x/ → /x/index.html), or undefined; never outside `root`. */
export function distFile(pathname, root = distDir) {
  const candidate = join(root, normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, ''));
  if (!candidate.startsWith(root)) return undefined;
  return [candidate, join(candidate, 'index.html')].find((file) => existsSync(file) && statSync(file).isFile());
}

/** @param {string} file */
const typeOf = (file) => /** @type {Record<string, string>} */ (contentTypes)[extname(file)] ?? 'application/octet-stream';

/**
 * With `gzip: true` text is sent gzipped when the client accepts it, as real hosts do (the benchmark's
 * Lighthouse runs use this, so they do not flag a missing compression).
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function serveDist({ root = distDir, gzip = false } = {}) {
  const server = createServer((req, res) => {
    const found = distFile(new URL(req.url ?? '/', 'http://x').pathname, root);
    const file = found ?? join(root, '404.html');
    const type = typeOf(file);
    const body = existsSync(file) ? readFileSync(file) : Buffer.alloc(0);
    const compress = gzip && /^(text\/|application\/(json|xml)|image\/svg)/.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    res.writeHead(found ? 200 : 404, { 'Content-Type': type, ...(compress && { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' }) });
    res.end(compress ? gzipSync(body, { level: 9 }) : body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return { origin: `http://127.0.0.1:${address.port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
