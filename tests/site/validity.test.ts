/**
 * Every built page is valid HTML by html-validate's recommended rules (configured in .htmlvalidate.json at the
 * repository root, which FileSystemConfigLoader finds by walking up from dist/).
 */
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { assertBuilt, distDir, distFiles, pagePaths, readDist } from '../helpers/dist';
import { projectRoot } from '../helpers/build';

assertBuilt();
const validator = new HtmlValidate(new FileSystemConfigLoader());
const file = (path: string) => join(distDir, path.endsWith('/') ? `${path}index.html` : path);

describe('html-validate', () => {
  test('checks every page, the 404 page included', () => {
    expect(pagePaths()).toContain('/404.html');
    expect(pagePaths().length).toBeGreaterThan(3);
  });

  test.each(pagePaths())('%s has no error or warning', async (path) => {
    const report = await validator.validateFile(file(path));
    const problems = report.results.flatMap((result) =>
      result.messages.map((m) => `${relative(projectRoot, result.filePath)}:${m.line}:${m.column} ${m.ruleId} ${m.message}`),
    );
    expect(problems).toEqual([]);
  });
});

// The W3C Nu checker rejects anything after </html> as a fatal error (html-validate lets it pass).
test.each(pagePaths())('%s has no markup outside <html>', (path) => {
  const html = readDist(path).trim();
  expect(html.slice(0, 15).toLowerCase()).toBe('<!doctype html>');
  expect(html.indexOf('</html>')).toBe(html.length - '</html>'.length);
});

describe('CSS every engine applies', () => {
  /** Every stylesheet the site ships, as built (after the minifier): each page's <style> blocks and dist's .css files. */
  const css = () => [
    ...pagePaths().flatMap((path) => [...readDist(path).matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map(([, text]) => ({ where: path, text: text! }))),
    ...distFiles().filter((f) => f.endsWith('.css')).map((f) => ({ where: f, text: readDist(f) })),
  ];

  test('text-decoration is never a shorthand with more than its line: WebKit (Safari, WebKitGTK 2.50) drops such a declaration whole', () => {
    const found = css().flatMap(({ where, text }) =>
      [...text.matchAll(/(?<![\w-])text-decoration\s*:\s*([^;}]+)/g)].map(([, value]) => value!.trim()).filter((value) => /\s/.test(value)).map((value) => `${where}: text-decoration: ${value}`),
    );
    expect(css().length).toBeGreaterThan(pagePaths().length);
    expect(found).toEqual([]);
  });
});
