/**
 * How a host should serve the built site, written at build time from what the build already knows:
 * each page's Content Security Policy (read back from the <meta> src/integrations/pageSecurity.ts wrote, so the
 * header is that exact policy) and the renamed sections (content/published-slugs.json).
 *
 * Pure functions turn those into the host files: an nginx include (deploy/nginx/explainer.conf),
 * and dist/_headers and dist/_redirects for Netlify and Cloudflare Pages. The integration at the end
 * writes them and puts a gzip and a brotli copy beside every text file. Hosts that read none of this
 * (GitHub Pages) still get each page's meta policy and the meta-refresh redirect pages.
 */
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlibConstants, gzip } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import contentTypes from './contentTypes.json';
import { filesUnder } from './files';
import { pagePolicy } from './pageSecurity';
import { parsePublishedSlugs, publishedSlugsFile, redirectPaths } from '../mdx/publishedSlugs';
import { defaultLocale, localeInfo, locales } from '../lib/locale';

/** Each edition other than the default answers an unknown address under its prefix with its own 404 page. */
const editionNotFound = locales.filter((l) => l !== defaultLocale).map((l) => ({ prefix: `${localeInfo[l].prefix}/`, page: `${localeInfo[l].prefix}/404.html` }));

/** One file of the built site. */
export interface SiteFile {
  /** Its path under dist/, with a leading slash: "/sections/x/index.html". */
  path: string;
  /** For an HTML page: the policy in its <meta>. */
  policy?: string;
}

interface Redirect {
  from: string;
  to: string;
}

const cacheControl = {
  /** Files under /_astro/ have a content hash in their name: a new build gives a new name. */
  immutable: 'public, max-age=31536000, immutable',
  /** Pages, data, share images and icons keep their names across corrections: check every time (ETag). */
  revalidate: 'public, max-age=0, must-revalidate',
};

/**
 * Features the site never uses, off for it and for anything it could embed. "Copy link" and "Share"
 * use the clipboard and Web Share, so those two stay allowed. Only names Chromium knows: an unknown
 * one is a console error on every page.
 */
const unusedFeatures = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
];

/** Sent with every response. */
const commonHeaders: readonly [string, string][] = [
  ['X-Content-Type-Options', 'nosniff'],
  // The site needs no Referer, and links to other hosts are already noreferrer.
  ['Referrer-Policy', 'no-referrer'],
  ['Permissions-Policy', unusedFeatures.map((f) => `${f}=()`).join(', ')],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
];

/** Only over HTTPS (a browser ignores it over HTTP). No includeSubDomains: the site does not own its neighbours. */
const strictTransportSecurity = 'max-age=31536000';

/**
 * Generated files that are host configuration, not site content. .nojekyll: GitHub Pages, when it
 * publishes a branch, runs Jekyll, which drops every folder starting with "_" (so /_astro/) unless it is there.
 */
const hostFiles = ['/_headers', '/_redirects', '/.nojekyll'];
const isPrecompressed = (path: string): boolean => /\.(gz|br)$/.test(path);

const contentTypeOf = (path: string): string =>
  (contentTypes as Record<string, string>)[posix.extname(path)] ?? 'application/octet-stream';

/** Text that compresses well; images, fonts and PDFs are compressed already. */
export const isCompressible = (path: string): boolean => /^(text\/|application\/(json|xml)|image\/svg\+xml)/.test(contentTypeOf(path));

const isHashed = (path: string): boolean => path.startsWith('/_astro/');

/** The address a file is served at: "/sections/x/index.html" → "/sections/x/". */
export const urlPathOf = (path: string): string => path.replace(/(^|\/)index\.html$/, '$1');

/** A <meta> policy cannot carry frame-ancestors; the header can, so it is the meta policy plus that. */
export const headerPolicy = (metaPolicy: string): string => `${metaPolicy}; frame-ancestors 'none'`;

/** The headers of one file besides the common ones (nginx sets Content-Type from its types table instead). */
export function fileHeaders(file: SiteFile): [string, string][] {
  const headers: [string, string][] = [['Cache-Control', isHashed(file.path) ? cacheControl.immutable : cacheControl.revalidate]];
  if (file.policy !== undefined) headers.push(['Content-Security-Policy', headerPolicy(file.policy)]);
  return headers;
}

const generatedNote = (what: string): string =>
  `# Generated by the build (src/integrations/hosting.ts) from the built pages and ${publishedSlugsFile}: do not edit.\n# ${what}\n`;

// ---------------------------------------------------------------------------------------------- nginx

/** nginx has no escape for "$" (a variable) or a double quote inside a quoted value: refuse them. */
export function nginxQuote(value: string): string {
  if (/["\\$\r\n]/.test(value)) throw new Error(`cannot write an nginx value with ", \\, $ or a line break: ${value}`);
  return `"${value}"`;
}

// "always": also on 404 and other error responses, which nginx otherwise sends without added headers.
const addHeaders = (headers: readonly [string, string][]): string[] => headers.map(([name, value]) => `  add_header ${name} ${nginxQuote(value)} always;`);

/** Inside a location, add_header replaces every inherited one, so each location lists all of them. */
function nginxLocation(match: string, headers: readonly [string, string][], body: string[] = []): string {
  const lines = [...addHeaders(commonHeaders), '  add_header Strict-Transport-Security $site_hsts always;', ...addHeaders(headers)];
  return [`location ${match} {`, ...lines, ...body.map((l) => `  ${l}`), '}'].join('\n');
}

/**
 * Directives for inside an nginx server {} block, which sets listen, server_name and root (the built dist/).
 * Pages are matched by file ("/x/index.html"): nginx's index step turns "/x/" into that internally.
 */
export function nginxConfig(files: readonly SiteFile[], redirects: readonly Redirect[]): string {
  const types = new Map<string, string[]>();
  for (const [ext, type] of Object.entries(contentTypes as Record<string, string>)) {
    const mime = type.split(';')[0]!;
    types.set(mime, [...(types.get(mime) ?? []), ext.slice(1)]);
  }
  // text/html always gets the charset; nginx warns when it is listed.
  const charsetTypes = Object.values(contentTypes as Record<string, string>)
    .filter((t) => /;\s*charset=utf-8/.test(t))
    .map((t) => t.split(';')[0]!)
    .filter((t) => t !== 'text/html');
  const movedPages = new Set(redirects.map((r) => `${r.from}index.html`));
  const pages = files.filter((f) => f.policy !== undefined && !movedPages.has(f.path));
  return [
    generatedNote('Directives for inside a server {} block that sets listen, server_name and root (the built dist/): see docs/deploy.md.'),
    '# Strict-Transport-Security over HTTPS only: $https is "on" there, and nginx sends no header whose value is empty.',
    'set $site_hsts "";',
    `if ($https = on) {\n  set $site_hsts ${nginxQuote(strictTransportSecurity)};\n}`,
    '',
    'index index.html;',
    '# Redirects say "Location: /path", right on any port and behind a proxy.',
    'absolute_redirect off;',
    'server_tokens off;',
    'etag on;',
    '',
    // Only the types the site serves (src/integrations/contentTypes.json): a new kind of file needs a line there.
    'types {',
    ...[...types].map(([mime, exts]) => `  ${mime} ${exts.join(' ')};`),
    '}',
    'default_type application/octet-stream;',
    'charset utf-8;',
    `charset_types ${charsetTypes.join(' ')};`,
    '',
    '# The build puts x.gz beside every text file x; a proxy or CDN in front gets them too, with Vary: Accept-Encoding.',
    'gzip_static on;',
    'gzip_vary on;',
    'gzip_proxied any;',
    '',
    '# An unknown address, or a folder with no page, answers 404 with the site\'s 404 page (an edition\'s own, under its prefix).',
    'error_page 403 404 =404 /404.html;',
    ...editionNotFound.map(({ prefix, page }) => nginxLocation(`^~ ${prefix}`, [['Cache-Control', cacheControl.revalidate]], [`error_page 403 404 =404 ${page};`])),
    '',
    `# Renamed sections (${publishedSlugsFile}): 301 to the new address. The old address's meta-refresh page stays for hosts that cannot redirect.`,
    ...redirects.flatMap(({ from, to }) =>
      [from, from.replace(/\/$/, ''), `${from}index.html`].map((path) => nginxLocation(`= ${path}`, [['Cache-Control', cacheControl.revalidate]], [`return 301 ${to};`])),
    ),
    '',
    '# Each page with its own Content Security Policy, the one in its <meta> plus frame-ancestors.',
    ...pages.map((page) => nginxLocation(`= ${page.path}`, fileHeaders(page))),
    '',
    '# Content-hashed build output: cached for a year, never revalidated.',
    nginxLocation('^~ /_astro/', [['Cache-Control', cacheControl.immutable]]),
    '',
    '# Everything else (data, share images, icons, sitemap): revalidated on every use.',
    nginxLocation('/', [['Cache-Control', cacheControl.revalidate]]),
    '',
  ].join('\n');
}

// ----------------------------------------------------------------------------- Netlify, Cloudflare Pages

/** Cloudflare Pages' documented limits for _headers: the build fails rather than ship a file it would not fully apply. */
const headersLimits = { rules: 100, lineLength: 2000 };

/**
 * dist/_headers, read by Netlify and Cloudflare Pages. Both add up every rule that matches a path, joining
 * repeated headers with commas, so no two matching rules set the same header: "/*" has the common ones,
 * "/_astro/*" its cache lifetime, and every other file an exact rule of its own (type, cache, page policy).
 */
export function headersFile(files: readonly SiteFile[]): string {
  const rule = (path: string, headers: readonly [string, string][]) => [path, ...headers.map(([n, v]) => `  ${n}: ${v}`)].join('\n');
  const rules = [
    // Both hosts serve HTTPS only (HTTP is redirected), so HSTS can go on every response.
    rule('/*', [...commonHeaders, ['Strict-Transport-Security', strictTransportSecurity]]),
    rule('/_astro/*', [['Cache-Control', cacheControl.immutable]]),
    ...files
      .filter((f) => !isHashed(f.path))
      .map((f) => rule(urlPathOf(f.path), [['Content-Type', contentTypeOf(f.path)], ...fileHeaders(f)])),
  ];
  const text = `${generatedNote('Headers for Netlify and Cloudflare Pages; an unknown address gets only the "/*" rule (its 404 page keeps its <meta> policy).')}\n${rules.join('\n')}\n`;
  if (rules.length > headersLimits.rules) throw new Error(`dist/_headers: ${rules.length} rules, over Cloudflare Pages' limit of ${headersLimits.rules}`);
  const long = text.split('\n').find((l) => l.length > headersLimits.lineLength);
  if (long) throw new Error(`dist/_headers: a line over ${headersLimits.lineLength} characters: ${long.slice(0, 80)}...`);
  return text;
}

/**
 * dist/_redirects for Netlify and Cloudflare Pages. Cloudflare redirects even where a file exists; Netlify
 * serves the meta-refresh page there instead ("shadowing"), which still sends the reader on.
 */
export function redirectsFile(redirects: readonly Redirect[]): string {
  const lines = redirects.flatMap(({ from, to }) => [`${from} ${to} 301`, `${from.replace(/\/$/, '')} ${to} 301`]);
  // Last, as Netlify reads top down and applies a 404 rule only where no file matches. Cloudflare Pages serves the
  // nearest 404.html up the tree by itself (and skips a 404 status here).
  const notFound = editionNotFound.map(({ prefix, page }) => `${prefix}* ${page} 404`);
  return `${generatedNote('Redirects of renamed sections, and each edition\'s 404 page, for Netlify and Cloudflare Pages.')}${[...lines, ...notFound].map((l) => `${l}\n`).join('')}`;
}

// ------------------------------------------------------------------------------------------ compression

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** The gzip (level 9) and brotli (quality 11, text mode) copies of one file. */
export async function compress(bytes: Buffer): Promise<{ gz: Buffer; br: Buffer }> {
  const [gz, br] = await Promise.all([
    gzipAsync(bytes, { level: 9 }),
    brotliAsync(bytes, {
      params: {
        [zlibConstants.BROTLI_PARAM_QUALITY]: 11,
        [zlibConstants.BROTLI_PARAM_MODE]: zlibConstants.BROTLI_MODE_TEXT,
        [zlibConstants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
  ]);
  return { gz, br };
}

/** Where the build writes the nginx include, relative to the project root. */
const nginxConfigPath = 'deploy/nginx/explainer.conf';

/**
 * Astro integration, after securePages() (it reads the policies that step wrote): writes the host
 * configuration, then the .gz and .br copies of every text file in dist/.
 */
export function hostConfig(): AstroIntegration {
  let projectRoot: URL;
  return {
    name: 'host-config',
    hooks: {
      'astro:config:done': ({ config }) => {
        projectRoot = config.root;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        // Astro writes only the root 404 page to 404.html; an edition's (src/pages/zh/404.astro) goes where hosts look for it.
        for (const { page } of editionNotFound) {
          const written = join(out, page.replace(/\.html$/, ''));
          await rename(join(written, 'index.html'), join(out, page));
          await rm(written, { recursive: true });
        }
        const paths = (await filesUnder(out)).filter((p) => !isPrecompressed(p) && !hostFiles.includes(p));
        const files: SiteFile[] = await Promise.all(
          paths.map(async (path) =>
            path.endsWith('.html') ? { path, policy: pagePolicy(await readFile(join(out, path), 'utf8'), join('dist', path)) } : { path },
          ),
        );
        const published = parsePublishedSlugs(JSON.parse(await readFile(new URL(publishedSlugsFile, projectRoot), 'utf8')));
        const redirects = redirectPaths(published);
        const nginxFile = fileURLToPath(new URL(nginxConfigPath, projectRoot));
        await mkdir(join(nginxFile, '..'), { recursive: true });
        await Promise.all([
          writeFile(join(out, '_headers'), headersFile(files)),
          writeFile(join(out, '_redirects'), redirectsFile(redirects)),
          writeFile(join(out, '.nojekyll'), ''),
          writeFile(nginxFile, nginxConfig(files, redirects)),
        ]);
        const totals = { raw: 0, gz: 0, br: 0, count: 0 };
        for (const { path } of files.filter((f) => isCompressible(f.path))) {
          const bytes = await readFile(join(out, path));
          const { gz, br } = await compress(bytes);
          await Promise.all([writeFile(join(out, `${path}.gz`), gz), writeFile(join(out, `${path}.br`), br)]);
          totals.raw += bytes.length;
          totals.gz += gz.length;
          totals.br += br.length;
          totals.count += 1;
        }
        logger.info(`dist/_headers, dist/_redirects, dist/.nojekyll and ${nginxConfigPath} written (${files.length} files, ${redirects.length} redirects)`);
        logger.info(`${totals.count} text files precompressed: ${totals.raw} bytes raw, ${totals.gz} gzip, ${totals.br} brotli`);
      },
    },
  };
}
