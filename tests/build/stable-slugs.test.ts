/**
 * Renaming a published section: with a redirect recorded, the old URL becomes a redirect
 * page (and a 301 at hosts that can redirect: nginx with the copy's generated include, and
 * its dist/_redirects) and its figures still link to their notes; without one, the build fails
 * naming content/published-slugs.json.
 * Each case builds a copy of the project, as tests/build/failing-build.test.ts does.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { startNginx } from '../../scripts/nginx.mjs';
import { buildCopy, type BuildResult } from '../helpers/build';
import { get } from '../helpers/http';

const siteUrl = 'https://example.org';

/** Build a renamed copy with the public address set, and hand the result and its dist/ to `check`. */
const buildWith = <T>(change: (dir: string) => void, check: (result: BuildResult) => T): T => buildCopy(change, check, { SITE_URL: siteUrl });

/** Give case-guidance.mdx, in both editions (they share slugs), the slug "typical-cases"; optionally record the redirect. */
function renameCaseGuidance(dir: string, { redirect }: { redirect: boolean }): void {
  for (const folder of ['content/sections', 'content/zh/sections']) {
    const mdx = join(dir, folder, 'case-guidance.mdx');
    const before = readFileSync(mdx, 'utf8');
    const after = before.replace(/^slug: case-guidance$/m, 'slug: typical-cases');
    if (after === before) throw new Error(`test setup: "slug: case-guidance" not found in ${folder}`);
    writeFileSync(mdx, after);
  }
  if (redirect) {
    const file = join(dir, 'content/published-slugs.json');
    const published = JSON.parse(readFileSync(file, 'utf8'));
    published.redirects['case-guidance'] = 'typical-cases';
    writeFileSync(file, JSON.stringify(published, null, 2));
  }
}

describe('a renamed section', () => {
  test('with a recorded redirect: the old URL is a redirect page to the new one, a 301 where the host can redirect, and every note link lands', async () => {
    await buildWith(
      (dir) => renameCaseGuidance(dir, { redirect: true }),
      async ({ status, output, dist }) => {
        expect(status, output).toBe(0);
        expect(existsSync(join(dist, 'sections/typical-cases/index.html'))).toBe(true);
        const oldPage = join(dist, 'sections/case-guidance/index.html');
        expect(existsSync(oldPage)).toBe(true);
        const doc = parse(readFileSync(oldPage, 'utf8'));
        expect(doc.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe('0; url=/sections/typical-cases/');
        expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${siteUrl}/sections/typical-cases/`);
        expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
        expect(doc.querySelector('html')?.getAttribute('lang')).toBe('en');
        expect(doc.querySelector('head > title')?.text).toBe('Moved: Measure three: guidance through typical cases (formerly “case-guidance”) · Enforcing livelihood cases in China, 2024');
        expect(doc.querySelector('body > main')).not.toBeNull();
        expect(doc.querySelector('h1')?.text).toBe('This section has moved');
        const link = doc.querySelector('main a');
        expect(link?.getAttribute('href')).toBe('/sections/typical-cases/');
        expect(link?.text).toBe(`${siteUrl}/sections/typical-cases/`);
        expect(doc.querySelectorAll('script')).toHaveLength(0);
        // The Chinese edition's old address moves with it, in Chinese.
        const zhOld = parse(readFileSync(join(dist, 'zh/sections/case-guidance/index.html'), 'utf8'));
        expect(zhOld.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe('0; url=/zh/sections/typical-cases/');
        expect(zhOld.querySelector('html')?.getAttribute('lang')).toBe('zh-Hans');
        expect(zhOld.querySelector('h1')?.text).toBe('本节已迁移');
        // Every figure and statement marker of the renamed section links to its note, on its page and on /.
        for (const page of ['sections/typical-cases/index.html', 'index.html']) {
          const html = parse(readFileSync(join(dist, page), 'utf8'));
          const section = page === 'index.html' ? html.querySelector('#typical-cases')! : html;
          const links = section.querySelectorAll('a.fig, a.src');
          expect(links.length, page).toBeGreaterThan(3);
          for (const link of links) {
            const id = link.getAttribute('href')!.replace(/^#/, '');
            expect(id, page).toMatch(/^typical-cases-note-\d+$/);
            expect(link.getAttribute('data-panel'), page).toBe(id);
            expect(html.querySelector(`[id="${id}"]`)?.classList.contains('figure-note'), `${page}: #${id}`).toBe(true);
          }
        }
        // The sitemap lists the new address only.
        const sitemap = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
        expect(sitemap).toContain(`<loc>${siteUrl}/sections/typical-cases/</loc>`);
        expect(sitemap).not.toContain('/sections/case-guidance/');
        // Hosts that can redirect answer 301: dist/_redirects, and nginx with the copy's own generated include.
        const redirects = readFileSync(join(dist, '_redirects'), 'utf8').split('\n');
        expect(redirects).toEqual(
          expect.arrayContaining(['/sections/case-guidance/ /sections/typical-cases/ 301', '/sections/case-guidance /sections/typical-cases/ 301', '/zh/sections/case-guidance/ /zh/sections/typical-cases/ 301']),
        );
        const nginx = await startNginx({ root: dist, include: join(dist, '..', 'deploy/nginx/explainer.conf') });
        try {
          for (const path of ['/sections/case-guidance/', '/sections/case-guidance', '/sections/case-guidance/index.html', '/zh/sections/case-guidance/']) {
            const res = await get(`${nginx.origin}${path}`);
            expect(res.status, path).toBe(301);
            expect(res.headers.location, path).toBe(path.startsWith('/zh/') ? '/zh/sections/typical-cases/' : '/sections/typical-cases/');
            expect(res.headers['x-content-type-options']).toBe('nosniff');
          }
          const moved = await get(`${nginx.origin}/sections/typical-cases/`);
          expect(moved.status).toBe(200);
          expect(moved.headers['content-security-policy']).toMatch(/^default-src 'none'; .*; frame-ancestors 'none'$/);
          expect((await get(`${nginx.origin}/sections/case-guidance/x`)).status).toBe(404);
        } finally {
          await nginx.stop();
        }
      },
    );
  });

  test('without one: the build fails naming the file and the slug', () => {
    buildWith(
      (dir) => renameCaseGuidance(dir, { redirect: false }),
      ({ status, output }) => {
        expect(status).not.toBe(0);
        expect(output).toContain('content/published-slugs.json: published slug "case-guidance" has no section and no redirect');
      },
    );
  });
});
