/**
 * Renaming a published section: with a redirect recorded, the old URL becomes a redirect
 * page; without one, the build fails naming content/published-slugs.json. Each case builds
 * a copy of the project, as tests/build/failing-build.test.ts does.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const siteUrl = 'https://example.org';

/** Copy the project, apply `change`, build it, and hand the result and its dist/ to `check` before cleaning up. */
function buildWith(change: (dir: string) => void, check: (result: { status: number | null; output: string; dist: string }) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'explainer-slugs-'));
  try {
    for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public']) {
      cpSync(join(root, entry), join(dir, entry), { recursive: true });
    }
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
    // Astro caches the content layer in node_modules/.astro, which the symlink shares with every
    // other build; a cache of its own keeps another build's sections out of this one.
    const config = join(dir, 'astro.config.mjs');
    writeFileSync(config, readFileSync(config, 'utf8').replace('defineConfig({', "defineConfig({\n  cacheDir: './.astro-cache',"));
    change(dir);
    const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/astro.js'), 'build'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, SITE_URL: siteUrl, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
      timeout: 120_000,
    });
    check({ status: result.status, output: `${result.stdout}\n${result.stderr}`, dist: join(dir, 'dist') });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

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
