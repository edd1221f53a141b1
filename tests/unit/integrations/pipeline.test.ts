/**
 * The two build integrations end to end on a small made-up dist/: securePages() writes each page's policy and
 * marks external links, then hostConfig() writes the host files and the compressed copies.
 */
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { filesUnder } from '../../../src/integrations/files';
import { hostConfig } from '../../../src/integrations/hosting';
import { securePages } from '../../../src/integrations/pageSecurity';

let root = '';
let dist = '';
const page = (body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>T</title></head><body>${body}</body></html>`;
const files: Record<string, string> = {
  '/index.html': page('<a href="https://example.com/report">report</a> <a href="https://site.test/sections/new-name/">here</a>'),
  '/sections/new-name/index.html': page('<p>Section</p>'),
  // Astro writes an edition's 404 page as a folder; hostConfig moves it to where hosts look.
  '/zh/404/index.html': page('<p>找不到页面</p>'),
  '/style.css': 'body { color: black; }\n'.repeat(20),
  '/data/figures.csv': 'id,value\r\nlivelihoodCases,640000\r\n',
  '/share/index.png': 'not really a png',
  // Left over from an earlier run: neither is listed as a file of the site.
  '/_headers': 'old',
  '/style.css.gz': 'old',
};

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'integrations-'));
  dist = join(root, 'dist');
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(dist, path, '..'), { recursive: true });
    await writeFile(join(dist, path), text);
  }
  await mkdir(join(root, 'content'));
  await writeFile(join(root, 'content/published-slugs.json'), JSON.stringify({ slugs: ['new-name'], redirects: { 'old-name': 'new-name' } }));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

type Hooks = Record<string, (options: unknown) => unknown>;
async function run(integration: { hooks: unknown }, config: object): Promise<string[]> {
  const hooks = integration.hooks as Hooks;
  const logs: string[] = [];
  await hooks['astro:config:done']!({ config });
  await hooks['astro:build:done']!({ dir: pathToFileURL(`${dist}/`), logger: { info: (m: string) => logs.push(m) } });
  return logs;
}
const read = (path: string) => readFile(join(dist, path), 'utf8');

describe('filesUnder', () => {
  test('every file below a folder, nested ones included, as sorted site paths', async () => {
    expect(await filesUnder(dist)).toEqual(['/_headers', '/data/figures.csv', '/index.html', '/sections/new-name/index.html', '/share/index.png', '/style.css', '/style.css.gz', '/zh/404/index.html']);
  });
});

describe('securePages', () => {
  test('writes a policy into every page and marks links to other hosts, leaving other files alone', async () => {
    const logs = await run(securePages(), { site: 'https://site.test/' });
    expect(logs).toEqual(['Content Security Policy and safe external links written into 3 pages']);
    const home = await read('/index.html');
    expect(home).toContain('<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src \'none\'; script-src \'self\';');
    expect(home).toContain('<a rel="noopener noreferrer" href="https://example.com/report">');
    expect(home).toContain('<a href="https://site.test/sections/new-name/">');
    expect(await read('/sections/new-name/index.html')).toContain('http-equiv="Content-Security-Policy"');
    expect(await read('/style.css')).toBe(files['/style.css']);
  });
});

describe('hostConfig', () => {
  test('writes _headers, _redirects, .nojekyll and the nginx include from the pages’ policies and the renamed sections', async () => {
    await run(securePages(), { site: 'https://site.test/' });
    const logs = await run(hostConfig(), { root: pathToFileURL(`${root}/`) });
    // Six files of the site (the old _headers and .gz are not), one renamed section, in each edition.
    expect(logs[0]).toBe('dist/_headers, dist/_redirects, dist/.nojekyll and deploy/nginx/explainer.conf written (6 files, 2 redirects)');
    // The Chinese 404 page is where hosts look for it, and nothing is left where Astro wrote it.
    expect(await read('/zh/404.html')).toContain('找不到页面');
    expect(await filesUnder(join(dist, 'zh'))).toEqual(['/404.html', '/404.html.br', '/404.html.gz']);

    const headers = await read('/_headers');
    expect(headers).toContain("/\n  Content-Type: text/html; charset=utf-8\n  Cache-Control: public, max-age=0, must-revalidate\n  Content-Security-Policy: default-src 'none';");
    expect(headers).toContain('/style.css\n  Content-Type: text/css; charset=utf-8\n');
    expect(headers).not.toMatch(/^\/_headers$|^\/style\.css\.gz$/m);
    expect((await read('/_redirects')).split('\n').filter((l) => l && !l.startsWith('#'))).toEqual([
      '/sections/old-name/ /sections/new-name/ 301',
      '/sections/old-name /sections/new-name/ 301',
      '/zh/sections/old-name/ /zh/sections/new-name/ 301',
      '/zh/sections/old-name /zh/sections/new-name/ 301',
      '/zh/* /zh/404.html 404',
    ]);
    expect(await read('/.nojekyll')).toBe('');
    const nginx = await readFile(join(root, 'deploy/nginx/explainer.conf'), 'utf8');
    expect(nginx).toContain('location = /index.html {');
    expect(nginx).toContain('location = /sections/old-name/ {\n');
    expect(nginx).toContain('  return 301 /sections/new-name/;');
    expect(nginx).toMatch(/location \^~ \/zh\/ \{\n[^}]*  error_page 403 404 =404 \/zh\/404\.html;\n\}/);
  });

  test('puts a gzip and a brotli copy beside every text file, none beside images, and says how much', async () => {
    await run(securePages(), { site: 'https://site.test/' });
    const logs = await run(hostConfig(), { root: pathToFileURL(`${root}/`) });
    const text = ['/index.html', '/sections/new-name/index.html', '/style.css', '/data/figures.csv', '/zh/404.html'];
    let raw = 0;
    for (const path of text) {
      const bytes = await readFile(join(dist, path));
      raw += bytes.length;
      expect(gunzipSync(await readFile(join(dist, `${path}.gz`))).equals(bytes), path).toBe(true);
      expect(brotliDecompressSync(await readFile(join(dist, `${path}.br`))).equals(bytes), path).toBe(true);
    }
    expect(existsSync(join(dist, '/share/index.png.gz'))).toBe(false);
    const sizes = async (ext: string) => {
      let sum = 0;
      for (const path of text) sum += (await readFile(join(dist, `${path}${ext}`))).length;
      return sum;
    };
    expect(logs[1]).toBe(`5 text files precompressed: ${raw} bytes raw, ${await sizes('.gz')} gzip, ${await sizes('.br')} brotli`);
  });
});
