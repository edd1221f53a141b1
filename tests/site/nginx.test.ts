/**
 * The built dist/ served by a real nginx with the include the build generated (deploy/nginx/explainer.conf),
 * as a host would: status, every header, compression, cache lifetimes, 404 and redirects, for every page and
 * every file. Expected values are written out here, as the issue states them, not read from src/integrations/hosting.ts.
 */
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
// Shared with `node scripts/nginx.mjs`, which serves dist/ the same way by hand.
import { startNginx } from '../../scripts/nginx.mjs';
import { launchChromium } from '../../scripts/chromium.mjs';
import { assertBuilt, distFiles, distDir } from '../helpers/dist';
import { get, type Response } from '../helpers/http';

let nginx: Awaited<ReturnType<typeof startNginx>> & { httpsOrigin: string };

beforeAll(async () => {
  assertBuilt();
  const started = await startNginx({ root: distDir, https: true });
  nginx = { ...started, httpsOrigin: started.httpsOrigin! };
}, 30_000);

afterAll(async () => {
  await nginx?.stop();
});

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  // dist/explainer.pdf, once `npm run pdf` has printed the edition into the build.
  '.pdf': 'application/pdf',
};
const text = new Set(['.html', '.css', '.js', '.json', '.csv', '.txt', '.xml', '.svg']);
const immutable = 'public, max-age=31536000, immutable';
const revalidate = 'public, max-age=0, must-revalidate';

/** The site's files (not the precompressed copies or the files for Netlify, Cloudflare Pages and GitHub Pages) and the address of each. */
const files = distFiles()
  .filter((f) => !/\.(gz|br)$/.test(f) && !['/_headers', '/_redirects', '/.nojekyll'].includes(f))
  .map((file) => ({ file, url: file.replace(/(^|\/)index\.html$/, '$1') }));
const pages = files.filter((f) => f.file.endsWith('.html'));

function expectSecurityHeaders(res: Response, { https = false } = {}): void {
  expect(res.headers['x-content-type-options']).toBe('nosniff');
  expect(res.headers['referrer-policy']).toBe('no-referrer');
  expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
  const permissions = String(res.headers['permissions-policy']).split(/,\s*/);
  // Off: what the site never uses. Allowed: the clipboard and Web Share, which "Copy link" and "Share" need.
  expect(permissions).toEqual(expect.arrayContaining(['camera=()', 'microphone=()', 'geolocation=()', 'payment=()', 'usb=()']));
  for (const entry of permissions) expect(entry).toMatch(/^[a-z-]+=\(\)$/);
  expect(permissions.join()).not.toMatch(/clipboard|web-share/);
  expect(res.headers['strict-transport-security']).toBe(https ? 'max-age=31536000' : undefined);
}

/** The policy in the served page's own <meta>, which the header must repeat, adding frame-ancestors. */
const metaPolicy = (body: Buffer): string | undefined =>
  parse(body.toString('utf8')).querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');

describe('nginx with the generated configuration', () => {
  test('nginx -t accepts it with no warning', () => {
    expect(nginx.testOutput).toContain('syntax is ok');
    expect(nginx.testOutput).toContain('test is successful');
    expect(nginx.testOutput).not.toMatch(/\[(warn|emerg|alert)\]/);
  });

  test('the site has pages and every kind of asset to check', () => {
    expect(pages.length).toBeGreaterThan(10);
    // The kinds the issue names are all there (CSS is inlined into the pages, so there are no .css files).
    expect([...new Set(files.map((f) => extname(f.file)))]).toEqual(expect.arrayContaining(['.html', '.js', '.csv', '.json', '.txt', '.png', '.svg', '.xml']));
    expect(files.some((f) => f.url.startsWith('/_astro/'))).toBe(true);
  });

  test.each(files)('$url: 200, its type, the security headers, its cache lifetime, the exact bytes', async ({ file, url }) => {
    const res = await get(`${nginx.origin}${url}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(types[extname(file)]);
    expectSecurityHeaders(res);
    expect(res.headers['cache-control']).toBe(url.startsWith('/_astro/') ? immutable : revalidate);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body.equals(readFileSync(join(distDir, file)))).toBe(true);
    if (file.endsWith('.html')) {
      const policy = metaPolicy(res.body);
      expect(policy).toMatch(/^default-src 'none'; /);
      expect(res.headers['content-security-policy']).toBe(`${policy}; frame-ancestors 'none'`);
    } else {
      expect(res.headers['content-security-policy']).toBeUndefined();
    }
  });

  test.each(files.filter((f) => text.has(extname(f.file))))('$url: gzip and brotli when asked, the same bytes once decoded', async ({ file, url }) => {
    const raw = readFileSync(join(distDir, file));
    const gz = await get(`${nginx.origin}${url}`, { 'Accept-Encoding': 'gzip' });
    expect(gz.status).toBe(200);
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers.vary).toBe('Accept-Encoding');
    expect(gz.headers['content-type']).toBe(types[extname(file)]);
    expect(gunzipSync(gz.body).equals(raw)).toBe(true);
    expect(gz.body.length).toBeLessThan(raw.length + 32);
    expect(nginx.brotli, 'Debian\'s libnginx-mod-http-brotli-static: run scripts/setup-tests.sh').toBe(true);
    const br = await get(`${nginx.origin}${url}`, { 'Accept-Encoding': 'br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).equals(raw)).toBe(true);
  });

  test('images are sent as they are, even to a client that accepts gzip', async () => {
    for (const { url } of files.filter((f) => /\.(png|ico)$/.test(f.file))) {
      const res = await get(`${nginx.origin}${url}`, { 'Accept-Encoding': 'gzip, br' });
      expect(res.headers['content-encoding'], url).toBeUndefined();
    }
  });

  test('CSV, JSON and text keep their Chinese characters', async () => {
    for (const url of ['/data/figures.csv', '/data/figures.json']) {
      const res = await get(`${nginx.origin}${url}`, { 'Accept-Encoding': 'gzip' });
      const served = gunzipSync(res.body).toString('utf8');
      expect(served, url).toMatch(/[\u4e00-\u9fff]/);
      expect(served).toBe(readFileSync(join(distDir, url), 'utf8'));
      expect(res.headers['content-type']).toMatch(/; charset=utf-8$/);
    }
  });

  test('a page not changed since it was fetched answers 304 (revalidation costs no body)', async () => {
    for (const url of ['/', '/data/figures.csv', '/share/index.png']) {
      const first = await get(`${nginx.origin}${url}`);
      expect(first.headers.etag, url).toBeDefined();
      const again = await get(`${nginx.origin}${url}`, { 'If-None-Match': first.headers.etag! });
      expect(again.status, url).toBe(304);
      expect(again.body.length).toBe(0);
    }
  });

  test('an unknown address answers 404 with the 404 page, its policy and the headers', async () => {
    const notFound = readFileSync(join(distDir, '404.html'));
    for (const url of ['/no-such-page/', '/sections/no-such-section/', '/data/charts/', '/_astro/gone.js']) {
      const res = await get(`${nginx.origin}${url}`);
      expect(res.status, url).toBe(404);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.body.equals(notFound), url).toBe(true);
      expectSecurityHeaders(res);
      expect(res.headers['content-security-policy']).toBe(`${metaPolicy(notFound)}; frame-ancestors 'none'`);
    }
    const gz = await get(`${nginx.origin}/no-such-page/`, { 'Accept-Encoding': 'gzip' });
    expect(gz.status).toBe(404);
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).equals(notFound)).toBe(true);
  });

  test('a page address without its trailing slash answers 301 to the page, on the same host and port', async () => {
    const res = await get(`${nginx.origin}/sections/in-numbers`);
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe('/sections/in-numbers/');
  });

  test('over HTTPS, and only there, Strict-Transport-Security is sent too', async () => {
    for (const url of ['/', '/data/figures.csv', '/no-such-page/']) {
      const secure = await get(`${nginx.httpsOrigin}${url}`);
      expectSecurityHeaders(secure, { https: true });
      const plain = await get(`${nginx.origin}${url}`);
      expect(plain.headers['strict-transport-security'], url).toBeUndefined();
    }
  });

  test('dist/_headers (Netlify, Cloudflare Pages) gives each page the policy header nginx sends, and .nojekyll is there', async () => {
    const rules = new Map(
      readFileSync(join(distDir, '_headers'), 'utf8')
        .split(/\n(?=\/)/)
        .filter((block) => block.startsWith('/'))
        .map((block) => {
          const [path, ...lines] = block.trim().split('\n');
          return [path!, lines.map((l) => l.trim())];
        }),
    );
    for (const { url } of pages) {
      const res = await get(`${nginx.origin}${url}`);
      expect(rules.get(url), url).toContain(`Content-Security-Policy: ${res.headers['content-security-policy']}`);
    }
    expect(rules.get('/_astro/*')).toEqual(['Cache-Control: public, max-age=31536000, immutable']);
    expect([...rules.keys()].filter((path) => /\.(gz|br)$/.test(path))).toEqual([]);
    expect(readFileSync(join(distDir, '.nojekyll'), 'utf8')).toBe('');
  });

  test('Chromium loads pages from nginx with both policies enforced and nothing refused or logged', async () => {
    const browser = await launchChromium();
    try {
      for (const url of ['/', '/data/', '/no-such-page/']) {
        const page = await browser.newPage();
        const messages: string[] = [];
        // A script or style the header policy refused would show here (and as a console error).
        await page.addInitScript(() =>
          document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP refused ${e.blockedURI} (${e.violatedDirective})`)),
        );
        page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
        page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
        page.on('requestfailed', (r) => messages.push(`failed: ${r.url()}`));
        const res = await page.goto(`${nginx.origin}${url}`, { waitUntil: 'load' });
        const status = url === '/no-such-page/' ? 404 : 200;
        expect(res?.status()).toBe(status);
        expect(res?.headers()['content-security-policy']).toMatch(/frame-ancestors 'none'$/);
        // Chromium reports the 404 status of the page itself; nothing else may appear.
        const expected = status === 404 ? [expect.stringMatching(/^error: Failed to load resource: .*404/)] : [];
        expect(messages, url).toEqual(expected);
        await page.close();
      }
    } finally {
      await browser.close();
    }
  });
});
