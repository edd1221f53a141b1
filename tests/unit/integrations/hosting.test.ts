/** The pure functions that write the host configuration (src/integrations/hosting.ts) and the nginx.conf the tests wrap around it. */
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { beforeEach, describe, expect, test } from 'vitest';
import {
  compress,
  fileHeaders,
  headerPolicy,
  headersFile,
  isCompressible,
  nginxConfig,
  nginxQuote,
  redirectsFile,
  urlPathOf,
  type SiteFile,
} from '../../../src/integrations/hosting';
import { pagePolicy, withPolicy } from '../../../src/integrations/pageSecurity';
import { redirectPaths, slugPath } from '../../../src/mdx/publishedSlugs';
import { nginxMainConfig } from '../../../scripts/nginx.mjs';

const policy = "default-src 'none'; script-src 'self' 'sha256-abc='";
const files: SiteFile[] = [
  { path: '/index.html', policy },
  { path: '/sections/new/index.html', policy: "default-src 'none'; script-src 'self'" },
  { path: '/sections/old/index.html', policy: "default-src 'none'" },
  { path: '/404.html', policy: "default-src 'none'" },
  { path: '/_astro/app.AbC123.js' },
  { path: '/data/figures.csv' },
  { path: '/share/index.png' },
];
const redirects = [{ from: '/sections/old/', to: '/sections/new/' }];

/** The block of one nginx location, from "location <match> {" to its closing brace. */
const location = (config: string, match: string): string => {
  const start = config.indexOf(`location ${match} {\n`);
  if (start < 0) throw new Error(`no location ${match}`);
  return config.slice(start, config.indexOf('\n}', start) + 2);
};

describe('paths and policies', () => {
  test('a page is served at its folder', () => {
    expect(urlPathOf('/index.html')).toBe('/');
    expect(urlPathOf('/sections/x/index.html')).toBe('/sections/x/');
    expect(urlPathOf('/404.html')).toBe('/404.html');
    expect(urlPathOf('/data/figures.csv')).toBe('/data/figures.csv');
  });

  test('the header policy is the meta policy plus frame-ancestors', () => {
    expect(headerPolicy(policy)).toBe(`${policy}; frame-ancestors 'none'`);
  });

  test('pagePolicy reads back exactly the policy withPolicy wrote, and only one', () => {
    const html = withPolicy('<!doctype html><html><head><meta charset="utf-8"><script>a()</script></head><body></body></html>', 'x.html');
    const read = pagePolicy(html, 'x.html');
    expect(read).toMatch(/^default-src 'none'; script-src 'self' 'sha256-/);
    expect(html).toContain(`content="${read}"`);
    expect(() => pagePolicy('<html></html>', 'dist/a.html')).toThrow('dist/a.html: expected one Content-Security-Policy <meta>, found 0');
  });

  test('redirects come from the published slugs, as section paths', () => {
    expect(slugPath('in-numbers')).toBe('/sections/in-numbers/');
    expect(redirectPaths({ slugs: ['a', 'b'], redirects: { a: 'b' } })).toEqual([
      { from: '/sections/a/', to: '/sections/b/' },
      { from: '/zh/sections/a/', to: '/zh/sections/b/' },
    ]);
  });

  test('text is compressible; images are not', () => {
    for (const path of ['/a.html', '/a.js', '/a.css', '/a.csv', '/a.json', '/a.txt', '/a.xml', '/a.svg']) expect(isCompressible(path), path).toBe(true);
    for (const path of ['/a.png', '/a.ico', '/a.woff2', '/a.pdf', '/a.gz']) expect(isCompressible(path), path).toBe(false);
  });

  test('hashed assets are immutable for a year, everything else revalidated; pages carry their policy', () => {
    expect(fileHeaders({ path: '/_astro/a.js' })).toEqual([['Cache-Control', 'public, max-age=31536000, immutable']]);
    expect(fileHeaders({ path: '/share/index.png' })).toEqual([['Cache-Control', 'public, max-age=0, must-revalidate']]);
    expect(fileHeaders({ path: '/index.html', policy })).toEqual([
      ['Cache-Control', 'public, max-age=0, must-revalidate'],
      ['Content-Security-Policy', `${policy}; frame-ancestors 'none'`],
    ]);
  });
});

describe('nginxConfig', () => {
  // Computed in each test, so mutation testing credits the test that reads it.
  let config = '';
  beforeEach(() => {
    config = nginxConfig(files, redirects);
  });

  test('each page has an exact location with its own policy and every header, also on errors', () => {
    const home = location(config, '= /index.html');
    expect(home).toContain(`add_header Content-Security-Policy "${policy}; frame-ancestors 'none'" always;`);
    for (const line of [
      'add_header X-Content-Type-Options "nosniff" always;',
      'add_header Referrer-Policy "no-referrer" always;',
      'add_header Cross-Origin-Opener-Policy "same-origin" always;',
      'add_header Strict-Transport-Security $site_hsts always;',
      'add_header Cache-Control "public, max-age=0, must-revalidate" always;',
    ]) {
      expect(home).toContain(line);
    }
    expect(location(config, '= /404.html')).toContain(`add_header Content-Security-Policy "default-src 'none'; frame-ancestors 'none'" always;`);
    expect(config).toContain('error_page 403 404 =404 /404.html;');
  });

  test('HSTS is set only when the connection is HTTPS', () => {
    expect(config).toContain('set $site_hsts "";\nif ($https = on) {\n  set $site_hsts "max-age=31536000";\n}');
  });

  test('/_astro/ is immutable for a year, the catch-all revalidated and without a policy', () => {
    expect(location(config, '^~ /_astro/')).toContain('add_header Cache-Control "public, max-age=31536000, immutable" always;');
    expect(location(config, '/')).toContain('add_header Cache-Control "public, max-age=0, must-revalidate" always;');
    expect(location(config, '/')).not.toContain('Content-Security-Policy');
  });

  test('an old section address answers 301 at all three spellings, and has no page location of its own', () => {
    for (const path of ['/sections/old/', '/sections/old', '/sections/old/index.html']) {
      expect(location(config, `= ${path}`)).toContain('  return 301 /sections/new/;\n}');
    }
    expect(config.match(/location = \/sections\/old\/index\.html \{/g)).toHaveLength(1);
  });

  test('types carry charset=utf-8 for text, precompressed files are used, redirects stay relative', () => {
    expect(config).toMatch(/^ {2}text\/csv csv;$/m);
    expect(config).toMatch(/^charset utf-8;$/m);
    const charsetTypes = config.match(/^charset_types (.*);$/m)![1]!.split(' ');
    expect(charsetTypes).toEqual(expect.arrayContaining(['text/csv', 'text/plain', 'application/json', 'text/javascript']));
    // nginx always adds the charset to text/html, and warns when it is listed.
    expect(charsetTypes).not.toContain('text/html');
    expect(config).toContain('gzip_static on;');
    expect(config).toContain('absolute_redirect off;');
  });

  test('names neither root nor listen: the server block around it does', () => {
    expect(config).not.toMatch(/^\s*(root|listen|server_name)\s/m);
  });

  test('refuses values nginx would misread', () => {
    expect(nginxQuote("a 'b'")).toBe(`"a 'b'"`);
    for (const bad of ['a"b', 'a$b', 'a\\b', 'a\nb']) expect(() => nginxQuote(bad), bad).toThrow(/cannot write an nginx value/);
    expect(() => nginxConfig([{ path: '/index.html', policy: 'default-src $x' }], [])).toThrow(/cannot write an nginx value/);
  });
});

describe('headersFile (Netlify, Cloudflare Pages)', () => {
  let rules = new Map<string, string[]>();
  beforeEach(() => {
    const text = headersFile(files);
    rules = new Map(
      text
        .split(/\n(?=\/)/)
        .filter((block) => block.startsWith('/'))
        .map((block) => {
          const [path, ...lines] = block.trim().split('\n');
          return [path!, lines.map((l) => l.trim())];
        }),
    );
  });

  test('common headers on every path, HSTS included (both hosts serve HTTPS only)', () => {
    expect(rules.get('/*')).toEqual([
      'X-Content-Type-Options: nosniff',
      'Referrer-Policy: no-referrer',
      expect.stringMatching(/^Permissions-Policy: accelerometer=\(\), .*camera=\(\)/),
      'Cross-Origin-Opener-Policy: same-origin',
      'Strict-Transport-Security: max-age=31536000',
    ]);
  });

  test('pages by address with their policy; files with type and cache; /_astro/* immutable', () => {
    expect(rules.get('/')).toEqual([
      'Content-Type: text/html; charset=utf-8',
      'Cache-Control: public, max-age=0, must-revalidate',
      `Content-Security-Policy: ${policy}; frame-ancestors 'none'`,
    ]);
    expect(rules.get('/data/figures.csv')).toEqual(['Content-Type: text/csv; charset=utf-8', 'Cache-Control: public, max-age=0, must-revalidate']);
    expect(rules.get('/_astro/*')).toEqual(['Cache-Control: public, max-age=31536000, immutable']);
    expect(rules.has('/_astro/app.AbC123.js')).toBe(false);
  });

  test('no two rules that match one path set the same header (the hosts would join them with commas)', () => {
    const common = new Set(rules.get('/*')!.map((l) => l.split(':')[0]));
    for (const [path, lines] of rules) {
      if (path === '/*') continue;
      for (const line of lines) expect(common.has(line.split(':')[0]), `${path}: ${line}`).toBe(false);
    }
  });

  test("fails the build past Cloudflare Pages' limits instead of losing rules", () => {
    const many = Array.from({ length: 99 }, (_, i) => ({ path: `/f${i}.csv` }));
    expect(() => headersFile(many)).toThrow("dist/_headers: 101 rules, over Cloudflare Pages' limit of 100");
    expect(() => headersFile([{ path: '/index.html', policy: `default-src 'none'; script-src ${'x'.repeat(2000)}` }])).toThrow(/a line over 2000 characters/);
  });
});

describe('redirectsFile', () => {
  test('a 301 for the old address with and without its slash', () => {
    const lines = redirectsFile(redirects).split('\n').filter((l) => l && !l.startsWith('#'));
    expect(lines).toEqual(['/sections/old/ /sections/new/ 301', '/sections/old /sections/new/ 301', '/zh/* /zh/404.html 404']);
  });

  test('no renamed sections: only the Chinese edition’s 404 page', () => {
    expect(redirectsFile([]).split('\n').filter((l) => l && !l.startsWith('#'))).toEqual(['/zh/* /zh/404.html 404']);
  });
});

describe('compress', () => {
  test('gzip and brotli copies decode to the same bytes, Chinese included, and are smaller', async () => {
    const bytes = Buffer.from('执行到位金额 '.repeat(200) + 'about 51.7 billion yuan'.repeat(50));
    const { gz, br } = await compress(bytes);
    expect(gunzipSync(gz).equals(bytes)).toBe(true);
    expect(brotliDecompressSync(br).equals(bytes)).toBe(true);
    expect(gz.length).toBeLessThan(bytes.length / 10);
    expect(br.length).toBeLessThan(gz.length);
  });
});

describe('nginxMainConfig (the tests\' nginx.conf around the include)', () => {
  test('root, port and the include are its parameters; everything nginx writes stays in its folder', () => {
    const conf = nginxMainConfig({ root: '/srv/site', include: '/srv/conf/explainer.conf', dir: '/tmp/n', port: 8123 });
    expect(conf).toContain('    listen 127.0.0.1:8123;\n');
    expect(conf).toContain('    root /srv/site;\n');
    expect(conf).toContain('    include /srv/conf/explainer.conf;\n');
    expect(conf).toContain('daemon off;');
    expect(conf).toContain('pid /tmp/n/nginx.pid;');
    for (const line of conf.split('\n').filter((l) => /_temp_path|error_log/.test(l))) expect(line).toContain(' /tmp/n/');
    expect(conf).not.toMatch(/ssl|brotli/);
  });

  test('with TLS and the brotli module: a second listener and brotli_static', () => {
    const conf = nginxMainConfig({
      root: '/r',
      include: '/i.conf',
      dir: '/d',
      port: 1,
      tls: { port: 2, cert: '/d/c.pem', key: '/d/k.pem' },
      brotli: '/m/brotli.so',
    });
    expect(conf.startsWith('load_module /m/brotli.so;\n')).toBe(true);
    expect(conf).toContain('    listen 127.0.0.1:2 ssl;\n    ssl_certificate /d/c.pem;\n    ssl_certificate_key /d/k.pem;\n');
    expect(conf).toContain('    brotli_static on;\n');
  });
});

describe('nginxConfig: the server-wide directives', () => {
  const lines = () => nginxConfig(files, redirects).split('\n');

  test('is made of directives, blocks and comments only, with balanced braces', () => {
    let depth = 0;
    for (const line of lines()) {
      const code = line.trim();
      if (code === '' || code.startsWith('#')) continue;
      expect(code, 'a directive ends with ";", a block opens with "{" or closes with "}"').toMatch(/(;|\{|^\})$/);
      if (code.endsWith('{')) depth += 1;
      if (code === '}') depth -= 1;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
  });

  test('starts by saying it is generated, from what, and not to be edited', () => {
    expect(lines()[0]).toBe('# Generated by the build (src/integrations/hosting.ts) from the built pages and content/published-slugs.json: do not edit.');
    expect(lines()[1]).toMatch(/^# Directives for inside a server \{\} block/);
  });

  test('serves index.html for a folder, relative redirects, no version, ETags, precompressed copies, and the 404 page', () => {
    const top = lines().filter((l) => !l.startsWith(' '));
    for (const directive of [
      'index index.html;',
      'absolute_redirect off;',
      'server_tokens off;',
      'etag on;',
      'default_type application/octet-stream;',
      'charset utf-8;',
      'gzip_static on;',
      'gzip_vary on;',
      'gzip_proxied any;',
      'error_page 403 404 =404 /404.html;',
    ]) {
      expect(top, directive).toContain(directive);
    }
  });

  test('types: each type the site serves with its extension (src/integrations/contentTypes.json), without parameters', () => {
    const all = lines();
    const start = all.indexOf('types {');
    expect(all.slice(start, all.indexOf('}', start) + 1)).toEqual([
      'types {',
      '  text/html html;',
      '  text/css css;',
      '  text/javascript js;',
      '  application/json json;',
      '  text/csv csv;',
      '  text/plain txt;',
      '  application/xml xml;',
      '  image/svg+xml svg;',
      '  image/png png;',
      '  image/x-icon ico;',
      '  application/pdf pdf;',
      '  font/woff2 woff2;',
      '}',
    ]);
    // The UTF-8 text types, except text/html, which nginx always gives the charset.
    expect(all).toContain('charset_types text/css text/javascript application/json text/csv text/plain application/xml;');
  });

  test('a location of its own for each page with a policy, none for other files or moved pages', () => {
    const matches = lines()
      .filter((l) => l.startsWith('location = '))
      .map((l) => l.slice('location = '.length, -2));
    expect(matches).toEqual([
      '/sections/old/',
      '/sections/old',
      '/sections/old/index.html',
      '/index.html',
      '/sections/new/index.html',
      '/404.html',
    ]);
  });
});

describe('headersFile: the edges', () => {
  test('starts by saying it is generated; an unknown kind of file is sent as bytes', () => {
    const text = headersFile([{ path: '/data/figures.bin' }]);
    expect(text.split('\n')[0]).toBe('# Generated by the build (src/integrations/hosting.ts) from the built pages and content/published-slugs.json: do not edit.');
    expect(text).toContain('/data/figures.bin\n  Content-Type: application/octet-stream\n');
  });

  test('exactly 100 rules and a line of exactly 2000 characters are within the limits', () => {
    // "/*" and "/_astro/*" are two rules; 98 files make 100.
    expect(() => headersFile(Array.from({ length: 98 }, (_, i) => ({ path: `/f${i}.csv` })))).not.toThrow();
    const prefix = "  Content-Security-Policy: default-src 'none'; script-src ";
    const suffix = "; frame-ancestors 'none'";
    const filler = 'x'.repeat(2000 - prefix.length - suffix.length);
    const text = headersFile([{ path: '/index.html', policy: `default-src 'none'; script-src ${filler}` }]);
    expect(Math.max(...text.split('\n').map((l) => l.length))).toBe(2000);
  });
});

describe('urlPathOf: only a whole index.html at the end', () => {
  test.each([
    ['/index.html', '/'],
    ['/sections/x/index.html', '/sections/x/'],
    ['/sections/x/xindex.html', '/sections/x/xindex.html'],
    ['/sections/x/index.html.gz', '/sections/x/index.html.gz'],
    ['/404.html', '/404.html'],
  ])('%s is served at %s', (path, url) => {
    expect(urlPathOf(path)).toBe(url);
  });
});
