/**
 * Renaming a published section: with a redirect recorded, the old URL becomes a redirect
 * page; without one, the build fails naming content/published-slugs.json. Each case builds
 * a copy of the project, as tests/build/failing-build.test.ts does.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { buildCopy, type BuildResult } from '../helpers/build';

const siteUrl = 'https://example.org';

/** Build a renamed copy with the public address set, and hand the result and its dist/ to `check`. */
const buildWith = (change: (dir: string) => void, check: (result: BuildResult) => void): void =>
  buildCopy(change, check, { SITE_URL: siteUrl });

/** Give content/sections/case-guidance.mdx the slug "typical-cases"; optionally record the redirect. */
function renameCaseGuidance(dir: string, { redirect }: { redirect: boolean }): void {
  const mdx = join(dir, 'content/sections/case-guidance.mdx');
  const before = readFileSync(mdx, 'utf8');
  const after = before.replace(/^slug: case-guidance$/m, 'slug: typical-cases');
  if (after === before) throw new Error('test setup: "slug: case-guidance" not found');
  writeFileSync(mdx, after);
  if (redirect) {
    const file = join(dir, 'content/published-slugs.json');
    const published = JSON.parse(readFileSync(file, 'utf8'));
    published.redirects['case-guidance'] = 'typical-cases';
    writeFileSync(file, JSON.stringify(published, null, 2));
  }
}

describe('a renamed section', () => {
  test('with a recorded redirect: the old URL is a redirect page to the new one', () => {
    buildWith(
      (dir) => renameCaseGuidance(dir, { redirect: true }),
      ({ status, output, dist }) => {
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
        // The sitemap lists the new address only.
        const sitemap = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
        expect(sitemap).toContain(`<loc>${siteUrl}/sections/typical-cases/</loc>`);
        expect(sitemap).not.toContain('/sections/case-guidance/');
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
