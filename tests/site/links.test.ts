/**
 * linkinator crawls the built site from / through a local static server, as a visitor's browser would, and checks
 * every link, asset and #fragment. Links to any other host, the site's public address included, are skipped, never
 * fetched; absolute links to the public address (canonical, og:url, share images, citations) are checked against
 * dist/ instead.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LinkChecker, LinkState, type LinkResult } from 'linkinator';
import { serveDist } from '../../scripts/serve.mjs';
import { assertBuilt, distFiles, page, pagePaths } from '../helpers/dist';

const siteOrigin = new URL(process.env.SITE_URL ?? 'http://localhost:4321').origin;

let server: Awaited<ReturnType<typeof serveDist>>;
let links: LinkResult[];
const crawled = new Set<string>();
const skipped = new Set<string>();

beforeAll(async () => {
  assertBuilt();
  server = await serveDist();
  const options = {
    checkFragments: true,
    concurrency: 10,
    timeout: 10_000,
    linksToSkip: async (url: string) => {
      if (url.startsWith(server.origin)) return false;
      skipped.add(url);
      return true;
    },
  };
  const checker = new LinkChecker();
  checker.on('pagestart', (url) => crawled.add(new URL(url).pathname));
  const fromRoot = await checker.check({ ...options, path: `${server.origin}/`, recurse: true });
  // The 404 page is linked from nowhere (a host serves it for unknown addresses): check its links in a second run.
  // (Not as a second start of the first: its links, checked first without crawling, would then never be crawled.)
  const from404 = await checker.check({ ...options, path: `${server.origin}/404.html`, recurse: true });
  const fromZh404 = await checker.check({ ...options, path: `${server.origin}/zh/404.html`, recurse: true });
  links = [...fromRoot.links, ...from404.links, ...fromZh404.links];
}, 120_000);

/**
 * The pages whose HTML links to `url`. linkinator names the parent of the page a missing fragment belongs to,
 * not the page holding the link, so the built HTML is searched instead.
 */
function referrers(url: string, fallback?: string): string[] {
  const target = url.replace(server.origin, '');
  const found = pagePaths().filter((from) =>
    page(from)
      .querySelectorAll('a[href], link[href], img[src], script[src], source[src]')
      .some((el) => {
        const href = new URL(el.getAttribute('href') ?? el.getAttribute('src')!, `${siteOrigin}${from}`);
        return href.origin === siteOrigin && `${href.pathname}${href.search}${href.hash}` === target;
      }),
  );
  return found.length ? found : [fallback?.replace(server.origin, '') ?? '(start)'];
}

afterAll(async () => {
  await server?.close();
});

describe('links (linkinator)', () => {
  test('crawls every built page', () => {
    expect([...crawled].sort()).toEqual(expect.arrayContaining(pagePaths()));
    expect(crawled.size).toBeGreaterThanOrEqual(pagePaths().length);
  });

  test('no link, asset or #fragment is broken', () => {
    const broken = links
      .filter((l) => l.state === LinkState.BROKEN)
      .map((l) => {
        const why = l.failureDetails?.map((d) => (d instanceof Error ? d.message : `HTTP ${d.status}`)).join('; ') ?? `HTTP ${l.status}`;
        return `${referrers(l.url, l.parent).join(', ')} → ${l.url.replace(server.origin, '')}: ${why}`;
      });
    expect([...new Set(broken)]).toEqual([]);
  });

  test('every absolute link to the public address names a built page or file', () => {
    const files = new Set(distFiles());
    const broken: string[] = [];
    for (const from of pagePaths()) {
      for (const el of page(from).querySelectorAll('[href], [src], meta[content]')) {
        for (const value of [el.getAttribute('href'), el.getAttribute('src'), el.getAttribute('content')]) {
          if (!value?.startsWith(`${siteOrigin}/`) && value !== siteOrigin) continue;
          const { pathname } = new URL(value);
          if (!files.has(pathname.endsWith('/') ? `${pathname}index.html` : pathname)) broken.push(`${from} → ${value}`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  test('other hosts are skipped, never fetched', () => {
    for (const l of links) if (l.state !== LinkState.SKIPPED && /^https?:/.test(l.url)) expect(l.url.startsWith(server.origin), l.url).toBe(true);
    // Every link to another host was offered to linksToSkip (and nothing else was).
    const other = links.filter((l) => /^https?:/.test(l.url) && !l.url.startsWith(server.origin)).map((l) => l.url);
    expect(new Set(other)).toEqual(skipped);
  });
});
